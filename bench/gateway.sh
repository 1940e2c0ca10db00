#!/usr/bin/env bash
# Gateway GET throughput and latency against two baselines measured in the same run: the service
# called directly, and nginx (Debian's package) proxying to it with keep-alive. Starts the suite with
# ./run.sh --fresh in its own data folder (ports 8080-8083, 15432, 19092-19093 and 8090 must be free),
# installs wrk and nginx from Debian's packages when missing, and prints requests/s, p50 and p99 with
# the ratios. The request is a cheap authenticated GET (a reporting period: no database read), so the
# figures are what each proxy adds.
#   bench/gateway.sh [seconds per run, default 15] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_PER_RUN="${1:-15}"
CONNECTIONS="${2:-32}"
PATH_TESTED=/api/v1/periods/2024S1

install_missing() {
  local missing=()
  command -v wrk > /dev/null || missing+=(wrk)
  command -v nginx > /dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
  [ ${#missing[@]} -eq 0 ] && return
  echo "bench: installing ${missing[*]} from Debian's packages"
  local sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" > /dev/null 2>&1 \
    || { $sudo apt-get update > /dev/null && $sudo apt-get install -y --no-install-recommends "${missing[@]}" > /dev/null; }
}
install_missing
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

export CT20_DATA_DIR; CT20_DATA_DIR=$(mktemp -d -t ct20-bench-XXXXXX)
export GATEWAY_RATE_LIMIT_PER_MINUTE=100000000 # the benchmark measures the proxy, not the limit
RUN_PID=
cleanup() {
  [ -f "$CT20_DATA_DIR/nginx/nginx.pid" ] && kill "$(cat "$CT20_DATA_DIR/nginx/nginx.pid")" 2> /dev/null || true
  [ -n "$RUN_PID" ] && kill -INT "$RUN_PID" 2> /dev/null && wait "$RUN_PID" 2> /dev/null || true
  pgrep -f "$ROOT/[a-z-]*/target/quarkus-app/quarkus-run.jar|$CT20_DATA_DIR/data/postgres" | xargs -r kill -9 2> /dev/null || true
  rm -rf "$CT20_DATA_DIR"
}
trap cleanup EXIT

perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV or die "exec: $!"' ./run.sh --fresh > "$CT20_DATA_DIR/run.log" 2>&1 &
RUN_PID=$!
for _ in $(seq 1 300); do
  grep -q "CT20 is up" "$CT20_DATA_DIR/run.log" && break
  kill -0 "$RUN_PID" 2> /dev/null || { tail -40 "$CT20_DATA_DIR/run.log"; exit 1; }
  sleep 1
done
grep -q "CT20 is up" "$CT20_DATA_DIR/run.log" || { echo "bench: the suite did not come up"; tail -40 "$CT20_DATA_DIR/run.log"; exit 1; }

TOKEN=$(curl -sf -X POST localhost:8080/dev/token -H 'Content-Type: application/json' -d '{"role":"VIEWER","unit":"VN"}' \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')

mkdir -p "$CT20_DATA_DIR/nginx"
cat > "$CT20_DATA_DIR/nginx/nginx.conf" <<EOF
worker_processes auto;
pid $CT20_DATA_DIR/nginx/nginx.pid;
error_log $CT20_DATA_DIR/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $CT20_DATA_DIR/nginx; proxy_temp_path $CT20_DATA_DIR/nginx;
  fastcgi_temp_path $CT20_DATA_DIR/nginx; uwsgi_temp_path $CT20_DATA_DIR/nginx; scgi_temp_path $CT20_DATA_DIR/nginx;
  upstream service { server 127.0.0.1:8082; keepalive 64; }
  server {
    listen 127.0.0.1:8090;
    location / { proxy_pass http://service; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
EOF
"$NGINX" -c "$CT20_DATA_DIR/nginx/nginx.conf"

# wrk's summary → "requests/s p50_ms p99_ms non2xx"
measure() {
  local url=$1 out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" "$url")
  local rps p50 p99 bad
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  bad=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") ${bad:-0}"
}
to_ms() { # wrk prints 1.23ms, 456.00us or 1.02s
  local v=$1
  case "$v" in
    *us) awk -v x="${v%us}" 'BEGIN {printf "%.3f", x / 1000}' ;;
    *ms) awk -v x="${v%ms}" 'BEGIN {printf "%.3f", x}' ;;
    *s) awk -v x="${v%s}" 'BEGIN {printf "%.3f", x * 1000}' ;;
  esac
}

for url in "http://localhost:8082$PATH_TESTED" "http://127.0.0.1:8090$PATH_TESTED" "http://localhost:8080$PATH_TESTED"; do
  wrk -t1 -c4 -d3s -H "Authorization: Bearer $TOKEN" "$url" > /dev/null # warm-up
done
read -r D_RPS D_P50 D_P99 D_BAD < <(measure "http://localhost:8082$PATH_TESTED")
read -r N_RPS N_P50 N_P99 N_BAD < <(measure "http://127.0.0.1:8090$PATH_TESTED")
read -r G_RPS G_P50 G_P99 G_BAD < <(measure "http://localhost:8080$PATH_TESTED")

echo
echo "gateway GET throughput, GET $PATH_TESTED, $CONNECTIONS connections, ${SECONDS_PER_RUN} s each, wrk on the same 2 cores"
printf '  %-36s %9s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n' "service direct (report-service)" "$D_RPS" "$D_P50" "$D_P99" "$D_BAD"
printf '  %-36s %9s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n' "nginx proxying it (baseline)" "$N_RPS" "$N_P50" "$N_P99" "$N_BAD"
printf '  %-36s %9s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n' "gateway (token check, limit, proxy)" "$G_RPS" "$G_P50" "$G_P99" "$G_BAD"
awk -v g="$G_RPS" -v n="$N_RPS" -v d="$D_RPS" -v gp="$G_P50" -v np="$N_P50" -v dp="$D_P50" 'BEGIN {
  printf "  gateway throughput: %.2fx nginx, %.2fx direct (goal >= 1.0x nginx)\n", g / n, g / d
  printf "  added p50: gateway %.3f ms, nginx %.3f ms (goal: gateway <= 0.5 ms)\n", gp - dp, np - dp
}'
