#!/usr/bin/env bash
# Start-up time and resident memory of each service as ./run.sh runs them (JVM 17, -Xmx384m, serial
# GC): the time each says it took to start when the four start together on the 2 cores, and the RSS
# after the suite has gone idle and then served a load of reads and writes through the gateway.
# Needs ports 8080-8083, 15432 and 19092-19093 free; installs wrk when missing.
#   bench/footprint.sh [seconds of load, default 20]
set -euo pipefail
source "$(dirname "$0")/lib/suite.sh"
cd "$BENCH_ROOT"
LOAD_SECONDS="${1:-20}"
export GATEWAY_RATE_LIMIT_PER_MINUTE=100000000

bench_install wrk:wrk
bench_start_suite
bench_wait_idle
ADMIN=$(bench_token SYSTEM_ADMIN VN)

rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$(bench_pid "$1")/status"; }
declare -A IDLE
for s in gateway plan-service report-service loan-service; do IDLE[$s]=$(rss_mb "$s"); done

# the load: reads through the gateway on each service, and writes (units registered) on plan-service
cat > "$CT20_DATA_DIR/write.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  local body = string.format('{"code":"BW%d","name":"Đơn vị thử tải %d","kind":"OTHER_BODY","parentCode":"20","validFrom":"2025-07-01"}',
    counter, counter)
  local headers = {["Content-Type"] = "application/json"}
  for name, value in pairs(wrk.headers) do headers[name] = value end -- the token given with -H
  return wrk.format("POST", "/api/v1/units", headers, body)
end
LUA
for path in /api/v1/units/VN "/api/v1/plans?size=20" /api/v1/periods/2024S1 "/api/v1/loans?size=20" "/api/v1/obligations?size=20"; do
  wrk -t1 -c8 -d"$((LOAD_SECONDS / 5 + 1))s" -H "Authorization: Bearer $ADMIN" "http://localhost:8080$path" > /dev/null
done
wrk -t1 -c4 -d"$((LOAD_SECONDS / 4 + 1))s" -s "$CT20_DATA_DIR/write.lua" -H "Authorization: Bearer $ADMIN" "http://localhost:8080" > /dev/null
bench_wait_idle

echo
echo "footprint: start-up as the four services start together on 2 cores, RSS idle and after $LOAD_SECONDS s of reads and writes"
printf '  %-15s %12s %14s %16s\n' service "start-up s" "RSS idle MB" "RSS after load"
for s in gateway plan-service report-service loan-service; do
  started=$(grep "^\[$s\]" "$CT20_DATA_DIR/run.log" | grep -o 'started in [0-9.]*s' | head -1 | grep -o '[0-9.]*' | head -1 || true)
  printf '  %-15s %12s %14s %16s\n' "$s" "${started:-?}" "${IDLE[$s]}" "$(rss_mb "$s")"
done
echo "  goal: start-up <= 1.5 s, RSS <= 200 MB after load"
