#!/usr/bin/env bash
# Public course finder benchmark (issue 17): GET /api/public/courses and the page /kurse, without login, at a
# fixed arrival rate (default 200/s for 30 s after 10 s of warm-up) on loopback, against "Hessen x10"
# (bench/hessen-x10.sql) with every second course marked public and every location given a contact.
# Needs the MariaDB server on 127.0.0.1:3306 with root access through the socket (as in CI); creates the
# database deutsch4u_bench_finder afresh (loading Hessen x10 takes a few minutes).
# BENCH_REUSE_DATA=true keeps a database loaded by an earlier run (skips the few minutes of loading).
# Usage: bench/finder.sh [ratePerSecond] [seconds]   (after mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
rate="${1:-200}"
seconds="${2:-30}"
port=18496
db=deutsch4u_bench_finder
password=bench-db-password
root() { mariadb --batch --skip-column-names "$@"; }

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

# The app migrates the empty database (Flyway) and creates admin; the data is loaded into it afterwards.
PORT=$port DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" DB_USER=d4u_bench DB_PASSWORD="$password" \
  ADMIN_PASSWORD=bench-admin-password DATA_DIR="$(pwd)/target/bench-finder-data" \
  setsid java -jar target/deutsch4u.jar >target/bench-finder-app.log 2>&1 &
app=$!
trap 'kill -TERM $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
  kill -0 $app 2>/dev/null || { echo "the app did not start, see target/bench-finder-app.log" >&2; exit 1; }
  sleep 0.5
done

start=$(date +%s)
if [ "$reuse" = false ]; then
root "$db" < bench/hessen-x10.sql >/dev/null
root "$db" -e "UPDATE course SET public_listing = TRUE, support_languages = IF(id % 3 = 0, 'ar,fa', NULL) WHERE id % 2 = 0;
               UPDATE location SET contact_phone = '069 1234567', contact_email = CONCAT('ort', id, '@example.org'),
                      childcare_available = (id % 4 = 0);"
fi
echo "loaded Hessen x10 in $(( $(date +%s) - start )) s:" $(root "$db" -e "
  SELECT CONCAT((SELECT COUNT(*) FROM course), ' courses, ', (SELECT COUNT(*) FROM course WHERE public_listing), ' public, ',
                (SELECT COUNT(*) FROM course WHERE public_listing AND end_date >= CURDATE() AND status <> 'CANCELLED'),
                ' of them public and not ended (what the finder lists), ', (SELECT COUNT(*) FROM enrollment), ' enrollments')")

java bench/FinderBench.java "http://127.0.0.1:$port" "$rate" "$seconds"
