#!/usr/bin/env bash
# Measures the cold start of `java -jar target/deutsch4u.jar` (to /health/ready UP) and the resident
# memory of the launcher and its children, on the embedded MariaDB: a first start on an empty DATA_DIR
# and then restarts. Usage: bench/cold-start.sh [restarts]   (after mvn -B -q -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
restarts="${1:-2}"
port=18499
data="$(pwd)/target/bench-cold-start-data"
rm -rf "$data"

rss_tree_mb() { # sum of RSS over a process and all its descendants, in MB
  local pids; pids=$(pstree -p "$1" | grep -o '([0-9]\+)' | tr -d '()')
  ps -o rss= -p $(echo $pids | tr ' ' ',') | awk '{s+=$1} END {printf "%.0f", s/1024}'
}

run() {
  local label="$1" start end pid
  start=$(date +%s.%N)
  PORT=$port DATA_DIR="$data" ADMIN_PASSWORD=bench-admin-password setsid java -jar target/deutsch4u.jar >"target/bench-$label.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.2; done
  end=$(date +%s.%N)
  printf '%-10s ready after %5.1f s, RSS %s MB (launcher + mariadbd + Payara)\n' "$label" "$(echo "$end - $start" | bc)" "$(rss_tree_mb $pid)"
  kill -TERM "$pid"; wait "$pid" || true
}

run first
for i in $(seq 1 "$restarts"); do run "restart$i"; done
