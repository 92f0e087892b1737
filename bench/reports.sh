#!/usr/bin/env bash
# Usage report benchmark (issues 7 and 15) on "Hessen x10" (bench/hessen-x10.sql): the year by district and by
# course, one provider's month and 15 March - 10 September by district through the API, against the best hand-written SQL on the same database,
# in one run (bench/ReportsBench.java). Needs the MariaDB server on 127.0.0.1:3306 with root access through
# the socket (as in CI); creates the database deutsch4u_bench_reports afresh and sets the server's
# innodb_buffer_pool_size to BENCH_BUFFER_POOL_BYTES (default 1 GiB; the data set is ~460 MiB) - a global
# setting, dynamic since MariaDB 10.2, which stays so afterwards. BENCH_DB and BENCH_PORT choose another database
# and port (e.g. when several checkouts share the server).
# Usage: bench/reports.sh [repetitions]   (after mvn -B -q -DskipTests package; takes about 5 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-7}"
port="${BENCH_PORT:-18497}"
db="${BENCH_DB:-deutsch4u_bench_reports}"
password=bench-db-password
pool="${BENCH_BUFFER_POOL_BYTES:-1073741824}"
root() { mariadb --batch --skip-column-names "$@"; }

before=$(root -e "SELECT @@innodb_buffer_pool_size")
if [ "$before" != "$pool" ]; then
  root -e "SET GLOBAL innodb_buffer_pool_size = $pool"
  # The resize runs in the background; its status is empty or "Completed ..." when it is done.
  while root -e "SHOW STATUS LIKE 'Innodb_buffer_pool_resize_status'" | cut -f2 | grep -q '[a-z]' \
        && ! root -e "SHOW STATUS LIKE 'Innodb_buffer_pool_resize_status'" | grep -q Completed; do
    sleep 0.5
  done
fi
echo "innodb_buffer_pool_size: was $((before / 1048576)) MiB, now $(( $(root -e "SELECT @@innodb_buffer_pool_size") / 1048576 )) MiB" \
     "(SET GLOBAL on the whole server, so that the data fits; it stays so after this run)"

root <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER IF NOT EXISTS 'd4u_bench'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON $db.* TO 'd4u_bench'@'127.0.0.1';
SQL
url="jdbc:mariadb://127.0.0.1:3306/$db"
lib=target/bench-reports-lib
rm -rf "$lib" && mkdir -p "$lib"
unzip -q -j target/deutsch4u.war 'WEB-INF/lib/mariadb-java-client-*.jar' -d "$lib"

# The app migrates the empty database (Flyway) and creates admin; the data is loaded into it afterwards.
PORT=$port DB_URL="$url" DB_USER=d4u_bench DB_PASSWORD="$password" ADMIN_PASSWORD=bench-admin-password \
  DATA_DIR="$(pwd)/target/bench-reports-data" setsid java -jar target/deutsch4u.jar >target/bench-reports-app.log 2>&1 &
app=$!
trap 'kill -TERM $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { echo "the app did not start, see target/bench-reports-app.log" >&2; exit 1; }
  sleep 0.5
done

start=$(date +%s)
root "$db" < bench/hessen-x10.sql >/dev/null
echo "loaded Hessen x10 in $(( $(date +%s) - start )) s:" $(root "$db" -e "
  SELECT CONCAT((SELECT COUNT(*) FROM provider WHERE name LIKE 'Bench-%'), ' providers, ',
                (SELECT COUNT(*) FROM location), ' locations in ', (SELECT COUNT(DISTINCT district_id) FROM location), ' districts, ',
                (SELECT COUNT(*) FROM course), ' courses, ', (SELECT COUNT(*) FROM course_session), ' sessions (',
                (SELECT GROUP_CONCAT(n ORDER BY status) FROM (SELECT status, CONCAT(COUNT(*), ' ', status) AS n
                 FROM course_session GROUP BY status) x), '), ', (SELECT COUNT(*) FROM participant), ' participants, ',
                (SELECT COUNT(*) FROM enrollment), ' enrollments, ', (SELECT COUNT(*) FROM attendance), ' attendance rows, ',
                (SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables
                 WHERE table_schema = DATABASE()), ' MiB')")

# Every derived column must equal what the attendance rows say, or the comparison below means nothing.
mismatches=$(root "$db" -e "
  SELECT (SELECT COUNT(*) FROM course_session s
          LEFT JOIN (SELECT session_id, SUM(status = 'PRESENT') AS present, COUNT(*) AS recorded
                     FROM attendance GROUP BY session_id) a ON a.session_id = s.id
          WHERE s.present_count <> COALESCE(a.present, 0) OR s.recorded_count <> COALESCE(a.recorded, 0)
             OR (a.session_id IS NOT NULL AND (s.status <> 'HELD' OR s.attendance_version < 1))
             OR (s.status = 'HELD') <> (s.attendance_version > 0)
             OR (s.status = 'PLANNED') <> (s.session_date > CURDATE()))
       + (SELECT COUNT(*) FROM (SELECT s.course_id, a.participant_id, MIN(s.session_date) AS f, MAX(s.session_date) AS l
                                FROM attendance a JOIN course_session s ON s.id = a.session_id
                                WHERE a.status = 'PRESENT' AND s.status = 'HELD' GROUP BY s.course_id, a.participant_id) x
          LEFT JOIN course_presence cp ON cp.course_id = x.course_id AND cp.participant_id = x.participant_id
          WHERE NOT (cp.first_present <=> x.f AND cp.last_present <=> x.l))
       + (SELECT COUNT(*) FROM attendance) - (SELECT COUNT(*) FROM attendance a
          JOIN enrolled_session es ON es.session_id = a.session_id AND es.participant_id = a.participant_id)
       + (SELECT COUNT(*) FROM course_presence) - (SELECT COUNT(DISTINCT course_id, participant_id) FROM attendance a
          JOIN course_session s ON s.id = a.session_id WHERE a.status = 'PRESENT')")
if [ "$mismatches" != 0 ]; then
  echo "FAILED: $mismatches derived values differ from the attendance rows" >&2
  exit 1
fi
echo "derived columns checked: status, present_count, recorded_count, attendance_version, course_presence and the" \
     "enrollment of every entry agree with the rows"

java -cp "$lib/*" bench/ReportsBench.java "http://127.0.0.1:$port" bench-admin-password "$url" d4u_bench "$password" "$reps"
