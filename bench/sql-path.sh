#!/usr/bin/env bash
# The statements of an attendance save without the application (issue 16): before issue 16 (plain JDBC), today's
# (plain JDBC) and today's through Jdbi; client and database CPU per save. Runs on the database bench/attendance.sh
# left (BENCH_DB, default deutsch4u_bench); each save is rolled back. Usage: bench/sql-path.sh [savesPerRound [rounds]]
set -euo pipefail
cd "$(dirname "$0")/.."
db="${BENCH_DB:-deutsch4u_bench}"
lib=target/bench-lib
rm -rf "$lib" && mkdir -p "$lib"
unzip -q -j target/deutsch4u.war 'WEB-INF/lib/mariadb-java-client-*.jar' 'WEB-INF/lib/jdbi3-core-*.jar' \
  'WEB-INF/lib/geantyref-*.jar' 'WEB-INF/lib/slf4j-*.jar' -d "$lib"
unzip -q target/deutsch4u.war 'WEB-INF/classes/attendance/*.sql' -d "$lib"
java -cp "$lib/*:$lib/WEB-INF/classes" bench/SqlPathBench.java "jdbc:mariadb://127.0.0.1:3306/$db" d4u_bench bench-db-password "${1:-2000}" "${2:-5}"
