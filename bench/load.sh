#!/usr/bin/env bash
# Load test with pages (issue 15): Gatling (bench/load/, its own Maven project, outside the application's build)
# drives the Faces pages as browsers do - form login, ViewState, PrimeFaces ajax requests - on loopback against
# "Hessen x10" (bench/hessen-x10.sql): teachers open their start page and an attendance sheet and save it,
# providers search participants, open course pages and enroll people, programme staff open the dashboard and
# the usage report. Needs the MariaDB server on 127.0.0.1:3306 with root access through the socket (as in CI);
# creates the database deutsch4u_bench_load afresh and, like bench/reports.sh, sets the server's
# innodb_buffer_pool_size to BENCH_BUFFER_POOL_BYTES (default 1 GiB) so that the data set fits.
# BENCH_REUSE_DATA=true keeps a database loaded by an earlier run (skips the minutes of loading; earlier runs'
# saves and enrollments stay in it).
# Usage: bench/load.sh [users] [seconds]   (after mvn -B -q -DskipTests package; defaults 100 users, 180 s)
# The report: a Markdown table of p50/p95/p99 per request, errors and throughput (bench/LoadSummary.java) and
# Gatling's HTML report in bench/load/target/gatling/*/index.html.
set -euo pipefail
cd "$(dirname "$0")/.."
users="${1:-100}"
seconds="${2:-180}"
port=18650
db=deutsch4u_bench_load
password=bench-db-password
pool="${BENCH_BUFFER_POOL_BYTES:-1073741824}"
out="$(pwd)/target/bench-load"
root() { mariadb --batch --skip-column-names "$@"; }

if [ "$(root -e "SELECT @@innodb_buffer_pool_size")" != "$pool" ]; then
  root -e "SET GLOBAL innodb_buffer_pool_size = $pool"
  sleep 5
fi

reuse="${BENCH_REUSE_DATA:-false}"
if [ "$reuse" = true ] && [ "$(root -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$db' AND table_name = 'course'")" = 1 ]; then
  echo "reusing the data in $db"
else
  reuse=false
  root <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER IF NOT EXISTS 'd4u_bench'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON $db.* TO 'd4u_bench'@'127.0.0.1';
SQL
fi
mkdir -p "$out"

# The app migrates the empty database (Flyway) and creates admin; the data is loaded into it afterwards.
PORT=$port DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" DB_USER=d4u_bench DB_PASSWORD="$password" \
  ADMIN_PASSWORD=bench-admin-password DATA_DIR="$out/data" \
  setsid java -jar target/deutsch4u.jar >"$out/app.log" 2>&1 &
app=$!
trap 'kill -TERM $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { echo "the app did not start, see $out/app.log" >&2; exit 1; }
  sleep 0.5
done

if [ "$reuse" = false ]; then
  start=$(date +%s)
  root "$db" < bench/hessen-x10.sql >/dev/null
  root "$db" < bench/load-accounts.sql
  echo "loaded Hessen x10 and the accounts in $(( $(date +%s) - start )) s"
fi

# Who does what: each teacher's held sessions that may still be recorded (ATTENDANCE_CORRECTION_DAYS, 14 days),
# each provider's first course that has not ended, and the provider's number for name searches.
root "$db" -e "
  SELECT 'username,sessionIds' UNION ALL
  SELECT CONCAT(u.username, ',', GROUP_CONCAT(s.id SEPARATOR ' ')) FROM app_user u JOIN course c ON c.teacher_id = u.id
  JOIN course_session s ON s.course_id = c.id
  WHERE u.username LIKE 'bench-teacher-%' AND s.status = 'HELD' AND s.session_date > CURDATE() - INTERVAL 14 DAY
  GROUP BY u.id" >"$out/teachers.csv"
root "$db" -e "
  SELECT 'username,courseId,providerNumber' UNION ALL
  SELECT CONCAT(u.username, ',', MIN(c.id), ',', SUBSTRING(u.username, LENGTH('bench-planner-') + 1))
  FROM app_user u JOIN course c ON c.provider_id = u.provider_id
  WHERE u.username LIKE 'bench-planner-%' AND c.end_date >= CURDATE() AND c.status = 'PUBLISHED'
  GROUP BY u.id" >"$out/providers.csv"
echo "$(( $(wc -l <"$out/teachers.csv") - 1 )) teachers with a sheet to record," \
     "$(( $(wc -l <"$out/providers.csv") - 1 )) providers with a running course; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# The server's heap as the run leaves it: in use after a full collection is what the sessions keep.
payara=$(pgrep -f "payara-micro.*--port $port" | head -1 || true)
heap() { [ -n "$payara" ] && jcmd "$payara" GC.heap_info | sed -n 2p | sed 's/^ *//'; }
# BENCH_PROFILE=FILE.jfr: a CPU profile of the server during the run (JFR, settings=profile), for bench/LoadProfile.java.
profile="${BENCH_PROFILE:-}"
[ -n "$profile" ] && [ -n "$payara" ] && jcmd "$payara" JFR.start name=load settings=profile >/dev/null
db_cpu_before=$(ps -o times= -C mariadbd | awk '{s+=$1} END {print s}')
mvn -B -q -f bench/load/pom.xml gatling:test \
  -Dload.baseUrl="http://127.0.0.1:$port" -Dload.password=bench-admin-password -Dload.users="$users" \
  -Dload.seconds="$seconds" -Dload.data="$out" || echo "the run had failed requests (see the table)"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "CPU of the database server during the run: $(( $(ps -o times= -C mariadbd | awk '{s+=$1} END {print s}') - db_cpu_before )) s"
[ -n "$profile" ] && [ -n "$payara" ] && jcmd "$payara" JFR.dump name=load filename="$profile" >/dev/null \
  && jcmd "$payara" JFR.stop name=load >/dev/null && echo "server profile: $profile"
[ -n "$payara" ] && jstat -gcutil "$payara" | sed 's/^/GC of the server: /'
[ -n "$payara" ] && jcmd "$payara" GC.run >/dev/null && echo "server heap after the run and a full collection: $(heap)"
report=$(ls -td bench/load/target/gatling/*/ | head -1)
echo "report: $report/index.html"
java bench/LoadSummary.java "$report"
