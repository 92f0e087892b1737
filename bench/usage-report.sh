#!/usr/bin/env bash
# Usage report benchmark (issue 7): loads "Hessen x10" (bench/usage-data.sql) into a migrated database once,
# then times the year 2025 by district and by course and one provider's month through the running app's API,
# and the same year by district as plain aggregate SQL over the attendance rows (bench/usage-plain.sql);
# checks that API and plain SQL give the same figures. Each timing: best and median of 5 runs.
#
#   DB_HOST=127.0.0.1 DB_PORT=3306 DB_NAME=… DB_USER=… DB_PASSWORD=… \
#   APP_URL=http://127.0.0.1:8080 ADMIN_PASSWORD=… bench/usage-report.sh
set -euo pipefail
cd "$(dirname "$0")"
export MYSQL_PWD="$DB_PASSWORD"
sql() { mariadb -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" --batch --skip-column-names "$DB_NAME" "$@"; }

if [ "$(sql -e "SELECT COUNT(*) FROM provider WHERE name = 'Bench-Träger 1'")" = "0" ]; then
  start=$(date +%s)
  sql < usage-data.sql
  echo "loaded in $(( $(date +%s) - start )) s: $(sql -e 'SELECT COUNT(*) FROM course_session') sessions," \
       "$(sql -e 'SELECT COUNT(*) FROM attendance') attendance rows"
fi

python3 - <<'PY'
import base64, json, os, statistics, subprocess, time, urllib.request

base, admin = os.environ["APP_URL"], os.environ["ADMIN_PASSWORD"]
def sql(text):
    out = subprocess.run(["mariadb", "-h", os.environ["DB_HOST"], "-P", os.environ["DB_PORT"], "-u", os.environ["DB_USER"],
                          "--batch", "--skip-column-names", os.environ["DB_NAME"]], input=text, capture_output=True,
                         text=True, check=True).stdout
    return [line.split("\t") for line in out.splitlines()]

def get(path, user="admin", password=admin):
    request = urllib.request.Request(base + path, headers={"Authorization": "Basic " + base64.b64encode(
        f"{user}:{password}".encode()).decode()})
    with urllib.request.urlopen(request) as response:
        return json.load(response)

def timed(call, runs=5):
    times = []
    for _ in range(runs):
        start = time.perf_counter(); result = call(); times.append(time.perf_counter() - start)
    return result, min(times), statistics.median(times)

plain_sql = open("usage-plain.sql").read()
plain, plain_best, plain_median = timed(lambda: sql(plain_sql))
year = "/api/reports/usage?from=2025-01-01&to=2025-12-31"
by_district, api_best, api_median = timed(lambda: get(year + "&groupBy=district"))
_, course_best, course_median = timed(lambda: get(year + "&groupBy=course"))

provider_id = sql("SELECT id FROM provider WHERE name = 'Bench-Träger 1'")[0][0]
user = "bench-provider-1"
if not sql(f"SELECT id FROM app_user WHERE username = '{user}'"):
    body = json.dumps({"username": user, "password": "bench-provider-password", "displayName": "Bench",
                       "role": "PROVIDER", "providerId": int(provider_id)}).encode()
    request = urllib.request.Request(base + "/api/users", data=body, method="POST", headers={
        "Content-Type": "application/json", "Authorization": "Basic " + base64.b64encode(f"admin:{admin}".encode()).decode()})
    urllib.request.urlopen(request).close()
_, month_best, month_median = timed(lambda: get("/api/reports/usage?from=2025-03-01&to=2025-03-31&groupBy=course",
                                                user, "bench-provider-password"))

def figures(row):
    rate = lambda v: None if v is None else "%.4f" % float(v)
    return [str(row["courses"]), str(row["sessionsHeld"]), str(row["sessionsCancelled"]), str(row["unitsHeld"]),
            str(row["participants"]), str(row["participantUnits"]), rate(row["attendanceRate"]), rate(row["utilisation"])]
api_rows = {str(r["key"]): figures(r) for r in by_district["rows"]}
sql_rows = {r[0]: [None if v == "NULL" else v for v in r[1:]] for r in plain}
print("figures identical:", api_rows == sql_rows, f"({len(api_rows)} districts)")
if api_rows != sql_rows:
    for key in sorted(set(api_rows) | set(sql_rows)):
        if api_rows.get(key) != sql_rows.get(key):
            print(" district", key, "api", api_rows.get(key), "sql", sql_rows.get(key))
print(f"year by district, plain SQL over attendance rows: best {plain_best:.3f} s, median {plain_median:.3f} s")
print(f"year by district, API:                            best {api_best:.3f} s, median {api_median:.3f} s"
      f"  (ratio API/plain {api_median / plain_median:.2f})")
print(f"year by course, API:                              best {course_best:.3f} s, median {course_median:.3f} s")
print(f"one provider's month by course, API:              best {month_best * 1000:.0f} ms, median {month_median * 1000:.0f} ms")
PY
