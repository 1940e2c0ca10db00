#!/usr/bin/env bash
# Gateway GET throughput and latency against two baselines measured in the same run: the service
# called directly, and nginx (Debian's package) proxying to it with keep-alive. Starts the suite with
# ./run.sh --fresh in its own data folder (ports 8080-8083, 15432, 19092-19093 and 8090 must be free),
# waits for it to go idle, installs wrk and nginx from Debian's packages when missing, then measures
# the three in turn, three rounds, and prints the median requests/s, p50 and p99 with the ratios.
# The request is a cheap authenticated GET (a reporting period: no database read), so the figures
# are what each proxy adds. PROFILE=1 also writes a CPU flame graph of the gateway to bench/profiles/.
#   bench/gateway.sh [seconds per run, default 10] [connections, default 32]
set -euo pipefail
source "$(dirname "$0")/lib/suite.sh"
cd "$BENCH_ROOT"
SECONDS_PER_RUN="${1:-10}"
CONNECTIONS="${2:-32}"
PATH_TESTED=/api/v1/periods/2024S1
export GATEWAY_RATE_LIMIT_PER_MINUTE=100000000 # the benchmark measures the proxy, not the limit

bench_install wrk:wrk nginx:nginx-light
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
bench_start_suite
bench_wait_idle
TOKEN=$(bench_token VIEWER VN)

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
BENCH_CLEANUPS+=("kill \$(cat $CT20_DATA_DIR/nginx/nginx.pid) 2> /dev/null")

to_ms() { # wrk prints 1.23ms, 456.00us or 1.02s
  local v=$1
  case "$v" in
    *us) awk -v x="${v%us}" 'BEGIN {printf "%.3f", x / 1000}' ;;
    *ms) awk -v x="${v%ms}" 'BEGIN {printf "%.3f", x}' ;;
    *s) awk -v x="${v%s}" 'BEGIN {printf "%.3f", x * 1000}' ;;
  esac
}
# one wrk run → "requests/s p50_ms p99_ms non2xx"
measure() {
  local out rps p50 p99 bad
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --latency -H "Authorization: Bearer $TOKEN" "$1")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
  p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  bad=$(echo "$out" | awk '/Non-2xx/ {print $5}')
  echo "$rps $(to_ms "$p50") $(to_ms "$p99") ${bad:-0}"
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

declare -A URL=([direct]="http://localhost:8082$PATH_TESTED" [nginx]="http://127.0.0.1:8090$PATH_TESTED" [gateway]="http://localhost:8080$PATH_TESTED")
for target in direct nginx gateway; do # warm-up: the JIT compiles the hot paths
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" -H "Authorization: Bearer $TOKEN" "${URL[$target]}" > /dev/null
done
RESULTS="$CT20_DATA_DIR/results"
: > "$RESULTS"
for round in 1 2 3; do
  for target in direct nginx gateway; do
    if [ "${PROFILE:-0}" = 1 ] && [ "$target" = gateway ] && [ "$round" = 2 ]; then bench_profile_start gateway; fi
    echo "$target $(measure "${URL[$target]}")" >> "$RESULTS"
    if [ "${PROFILE:-0}" = 1 ] && [ "$target" = gateway ] && [ "$round" = 2 ]; then
      mkdir -p bench/profiles && bench_profile_stop gateway "$BENCH_ROOT/bench/profiles/gateway.html" "gateway, GET through the proxy, CPU, $(date +%F)"
    fi
  done
done

stat() { awk -v t="$1" -v c="$2" '$1 == t {print $c}' "$RESULTS" | median; }
for target in direct nginx gateway; do
  declare "${target}_rps=$(stat "$target" 2)" "${target}_p50=$(stat "$target" 3)" "${target}_p99=$(stat "$target" 4)"
  declare "${target}_bad=$(awk -v t="$target" '$1 == t {s += $5} END {print s + 0}' "$RESULTS")"
done

echo
echo "gateway GET throughput: GET $PATH_TESTED, $CONNECTIONS connections, median of 3 runs of ${SECONDS_PER_RUN} s each; wrk, proxies and service share the 2 cores"
printf '  %-38s %9s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n' "service direct (report-service)" "$direct_rps" "$direct_p50" "$direct_p99" "$direct_bad"
printf '  %-38s %9s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n' "nginx proxying it (baseline)" "$nginx_rps" "$nginx_p50" "$nginx_p99" "$nginx_bad"
printf '  %-38s %9s req/s  p50 %7s ms  p99 %7s ms  non-2xx %s\n' "gateway (token, limit, proxy)" "$gateway_rps" "$gateway_p50" "$gateway_p99" "$gateway_bad"
awk -v g="$gateway_rps" -v n="$nginx_rps" -v d="$direct_rps" -v gp="$gateway_p50" -v np="$nginx_p50" -v dp="$direct_p50" 'BEGIN {
  printf "  gateway throughput: %.2fx nginx, %.2fx the service direct (goal: >= 1.0x nginx)\n", g / n, g / d
  printf "  p50 added to the direct call: gateway %.3f ms, nginx %.3f ms (goal: gateway <= 0.5 ms)\n", gp - dp, np - dp
}'
