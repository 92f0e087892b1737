#!/usr/bin/env bash
# Heap of the participant import (issue 12): one preview of the 20,000-row maximum, one of a refused
# 500,000-row file, and six clients uploading the maximum for a while, with the /health/ready latency
# meanwhile. Starts the app with its embedded MariaDB in target/bench-import-data and a 512 MB heap
# (PAYARA_XMX, so that collections happen and show what stays alive). Usage (after mvn -B -q -DskipTests
# package): bench/import-heap.sh [seconds of the parallel phase, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
port=18497
PORT=$port ADMIN_PASSWORD=bench-admin-password PAYARA_XMX="${PAYARA_XMX:-512m}" \
  DATA_DIR="$(pwd)/target/bench-import-data" setsid java -jar target/deutsch4u.jar >target/bench-import-app.log 2>&1 &
app=$!
trap 'kill -TERM $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.5; done
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), PAYARA_XMX=${PAYARA_XMX:-512m}"
java bench/ImportHeapBench.java "http://127.0.0.1:$port" bench-admin-password "$app" "$seconds"
