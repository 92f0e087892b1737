#!/usr/bin/env bash
# Resident memory of launcher + embedded MariaDB + Payara (issue 15; docs/benchmarks.md).
#
#   bench/memory.sh [requests per endpoint]      (after mvn -B -q -DskipTests package; default 50)
#
# Starts `java -jar target/deutsch4u.jar` with DEMO_DATA=true on a new DATA_DIR and the default memory
# settings (PAYARA_XMX unset), then plays a session as admin: the login page, and each API list of the
# demo data (courses, sessions of each course, participants, providers, locations, users, audit trail,
# usage report of the year) `requests` times. Reports RSS per process and the server's heap and class
# metadata right after ready, right after the session, and after 90 s idle (G1 periodic collection).
set -euo pipefail
cd "$(dirname "$0")/.."
requests="${1:-50}"
port=18498
work="$(pwd)/target/bench-memory"
rm -rf "$work"; mkdir -p "$work"
auth="admin:bench-admin-password"
base="http://127.0.0.1:$port"

PORT=$port DATA_DIR="$work/data" ADMIN_PASSWORD=bench-admin-password DEMO_DATA=true \
  setsid java -jar target/deutsch4u.jar >"$work/console.log" 2>&1 &
launcher=$!
trap 'kill -TERM $launcher 2>/dev/null; wait $launcher 2>/dev/null || true' EXIT
until curl -fs "$base/health/ready" >/dev/null 2>&1; do
  kill -0 $launcher 2>/dev/null || { echo "the application exited, see $work/console.log" >&2; exit 1; }
  sleep 0.5
done

report() { # label
  local db payara
  db=$(pgrep -P $launcher -f mariadbd || true); payara=$(pgrep -P $launcher -f payara-micro)
  printf '%-14s RSS MB: launcher %4d  mariadbd %4d  Payara %4d  total %4d | Payara heap %s, metaspace %s\n' "$1" \
    $(( $(ps -o rss= -p $launcher) / 1024 )) $(( $(ps -o rss= -p "$db") / 1024 )) $(( $(ps -o rss= -p "$payara") / 1024 )) \
    $(( ($(ps -o rss= -p $launcher) + $(ps -o rss= -p "$db") + $(ps -o rss= -p "$payara")) / 1024 )) \
    "$(jcmd "$payara" GC.heap_info | awk '/garbage-first heap/ {print $6 " used of " $4}' | tr -d ',')" \
    "$(jcmd "$payara" GC.heap_info | awk '/Metaspace/ {print $3}' | tr -d ',')"
}

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
report "after ready"
year=$(date +%Y)
courses=$(curl -fs -u "$auth" "$base/api/courses" | grep -o '"id":[0-9]*' | cut -d: -f2 | sort -u | head -20)
for i in $(seq 1 "$requests"); do
  curl -fs -o /dev/null "$base/login.xhtml"
  for path in /api/courses /api/participants /api/providers /api/locations /api/users /api/audit \
      "/api/reports/usage?from=$year-01-01&to=$year-12-31&groupBy=district"; do
    curl -fs -o /dev/null -u "$auth" "$base$path" || echo "failed: $path" >&2
  done
  for c in $courses; do curl -fs -o /dev/null -u "$auth" "$base/api/courses/$c/sessions" || true; done
done
report "after session"
sleep 90
report "after 90 s idle"
