#!/usr/bin/env bash
# Saving a 25-participant attendance sheet through the API versus plain JDBC, 1 and 32 clients (issue 6).
# Needs the MariaDB server on 127.0.0.1:3306 with root access through the socket (as in CI); creates the
# database deutsch4u_bench (or BENCH_DB; port BENCH_PORT) afresh. Usage: bench/attendance.sh [savesPerClient]  (after mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
saves="${1:-40}"
port="${BENCH_PORT:-18498}"
db="${BENCH_DB:-deutsch4u_bench}"
password=bench-db-password
mariadb <<SQL
DROP DATABASE IF EXISTS $db;
CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER IF NOT EXISTS 'd4u_bench'@'127.0.0.1' IDENTIFIED BY '$password';
GRANT ALL PRIVILEGES ON $db.* TO 'd4u_bench'@'127.0.0.1';
SQL
url="jdbc:mariadb://127.0.0.1:3306/$db"
lib=target/bench-lib
rm -rf "$lib" && mkdir -p "$lib"
unzip -q -j target/deutsch4u.war 'WEB-INF/lib/mariadb-java-client-*.jar' -d "$lib"

PORT=$port DB_URL="$url" DB_USER=d4u_bench DB_PASSWORD="$password" ADMIN_PASSWORD=bench-admin-password \
  DATA_DIR="$(pwd)/target/bench-attendance-data" setsid java -jar target/deutsch4u.jar >target/bench-attendance-app.log 2>&1 &
app=$!
trap 'kill -TERM $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.5; done

java -cp "$lib/*" bench/AttendanceBench.java "http://127.0.0.1:$port" bench-admin-password "$url" d4u_bench "$password" "$saves" "$app"
