#!/bin/sh
# Two Deutsch 4U instances as one cluster behind nginx, all on 127.0.0.1 (contract §10, docs/operations.md).
#   DB_URL=jdbc:mariadb://127.0.0.1:3306/deutsch4u DB_USER=... DB_PASSWORD=... bench/cluster-local.sh
# Needs: mvn -B -q -DskipTests package, Debian's nginx (apt-get install -y nginx-light), a MariaDB database that
# both instances share. Open http://127.0.0.1:8088/ ; stop one instance with: kill $(cat target/cluster-local/a.pid)
# Ctrl-C stops everything it started. Instance logs: target/cluster-local/{a,b}.log, nginx: target/cluster-local/nginx/.
set -eu
cd "$(dirname "$0")/.."
: "${DB_URL:?set DB_URL, DB_USER and DB_PASSWORD: the instances of a cluster share one MariaDB database}"
RUN=$(pwd)/target/cluster-local
mkdir -p "$RUN/nginx/logs"
MEMBERS=127.0.0.1:5901,127.0.0.1:5902

start_instance() { # name http-port cluster-port
    CLUSTER_MEMBERS=$MEMBERS CLUSTER_PORT=$3 PORT=$2 BIND_ADDRESS=127.0.0.1 DATA_DIR="$RUN/$1-data" \
        java -jar target/deutsch4u.jar >"$RUN/$1.log" 2>&1 &
    echo $! >"$RUN/$1.pid"
    echo "instance $1: http://127.0.0.1:$2/ (cluster port $3), pid $!, log $RUN/$1.log"
}

stop_all() {
    trap - EXIT INT TERM
    for name in nginx a b; do
        if [ -f "$RUN/$name.pid" ]; then
            kill "$(cat "$RUN/$name.pid")" 2>/dev/null || true
            rm -f "$RUN/$name.pid"
        fi
    done
    wait
}
trap stop_all EXIT INT TERM

cat >"$RUN/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log $RUN/nginx/logs/error.log;
pid $RUN/nginx/nginx.pid;
events { worker_connections 256; }
http {
    log_format upstream '\$remote_addr [\$time_local] "\$request" \$status upstream=\$upstream_addr \$request_time s';
    access_log $RUN/nginx/logs/access.log upstream;
    client_body_temp_path $RUN/nginx/body;
    proxy_temp_path $RUN/nginx/proxy;
    include $(pwd)/config/nginx-cluster.conf;
}
CONF
start_instance a 18081 5901
start_instance b 18082 5902
nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -g 'daemon off;' &
echo $! >"$RUN/nginx.pid"
echo "load balancer: http://127.0.0.1:8088/  (Ctrl-C stops all)"
until curl -fs -o /dev/null http://127.0.0.1:18081/health/ready && curl -fs -o /dev/null http://127.0.0.1:18082/health/ready; do
    sleep 2
done
echo "both instances are ready"
wait
