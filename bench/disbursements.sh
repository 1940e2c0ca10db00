#!/usr/bin/env bash
# Disbursements through the gateway with the outbox, then a count of what survived: every
# acknowledged disbursement is in loan-service, and report-service's figures, built from the
# loan.disbursed events, equal loan-service's sum to the dong. While the load runs, a probe disburses
# to a loan of another commune once a second and times how long until that commune's consolidated
# figures show it (event → Kafka → report-service), so the latency is measured at the load's rate.
# Starts the suite with ./run.sh --fresh in a data folder of its own (ports 8080-8083, 15432 and
# 19092-19093 must be free); installs wrk when missing.
#   bench/disbursements.sh [seconds of load, default 30] [connections, default 16] [loans, default 400]
# Each loan of 99,000,000 VND is disbursed in tranches of 10,000 VND, round robin: a few dozen tranches
# a loan at the rates reached, so the work per disbursement is that of a loan with a few movements.
set -euo pipefail
source "$(dirname "$0")/lib/suite.sh"
cd "$BENCH_ROOT"
LOAD_SECONDS="${1:-30}"
CONNECTIONS="${2:-16}"
LOANS="${3:-400}"
TRANCHE=10000 # VND a disbursement: a loan of 99,000,000 (no collateral below 100,000,000) takes 9,900 of them
export GATEWAY_RATE_LIMIT_PER_MINUTE=100000000

bench_install wrk:wrk
bench_start_suite
bench_wait_idle
ADMIN=$(bench_token SYSTEM_ADMIN VN)
OFFICER=$(bench_token LOAN_OFFICER 12)
APPROVER=$(bench_token LOAN_APPROVER 12)
VIEWER=$(bench_token VIEWER 12)

post() { # token, path, body[, header]: prints the body, fails on an HTTP error
  curl -sf -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' ${4:+-H "$4"} -d "$3" "localhost:8080$2"; }
json_id() { grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }
disbursed_in() { # commune: VND disbursed there in 2024S1 as report-service's figures say
  curl -sf -H "Authorization: Bearer $VIEWER" "localhost:8080/api/v1/consolidations/$1/2024S1" \
    | grep -o '"loans":{"total":{[^}]*}' | grep -o '"disbursed":[0-9]*' | cut -d: -f2; }

curl -sf -X PUT -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"businessDate":"2024-03-01"}' \
  localhost:8080/api/v1/loan-business-date > /dev/null
SOURCE=$(post "$APPROVER" /api/v1/capital-sources '{"code":"BENCH-LC-2024","name":"Vốn ngân sách tỉnh Lai Châu ủy thác (benchmark)",
  "kind":"PROVINCIAL_BUDGET_ENTRUSTED","ownerUnitCode":"12"}' | json_id)
curl -sf -X PUT -H "Authorization: Bearer $APPROVER" -H 'Content-Type: application/json' \
  -d '{"unitCode":"12","year":2024,"allocated":100000000000}' "localhost:8080/api/v1/capital-sources/$SOURCE/allocations" > /dev/null
approved_loan() { # i, commune: an approved loan of 99,000,000 to a new borrower of the commune; prints its id
  local borrower loan
  borrower=$(post "$OFFICER" /api/v1/borrowers "{\"citizenId\":\"012098$(printf %06d "$1")\",\"fullName\":\"Người vay $1\",
    \"dateOfBirth\":\"1998-02-02\",\"sex\":\"MALE\",\"ethnicity\":\"Dao\",\"category\":\"POOR\",\"communeCode\":\"$2\"}" | json_id)
  loan=$(post "$OFFICER" /api/v1/loans "{\"borrowerId\":\"$borrower\",\"product\":\"OVERSEAS_WORK\",\"marketCode\":\"JP\",
    \"enterpriseName\":\"Công ty thử tải\",\"contractNumber\":\"HĐ-B-$1\",\"contractTermMonths\":24,\"contractCost\":120000000,
    \"amountRequested\":99000000,\"termMonths\":24,\"capitalSourceId\":\"$SOURCE\"}" | json_id)
  [ -n "$loan" ] || { echo "bench: could not apply for loan $1" >&2; return 1; }
  curl -sf -X POST -H "Authorization: Bearer $APPROVER" -H 'If-Match: "0"' "localhost:8080/api/v1/loans/$loan/approve" > /dev/null
  echo "$loan"
}
# the loans, four at a time, to borrowers of Mù Sang (Phong Thổ)
WORKERS=()
for worker in 0 1 2 3; do
  (for i in $(seq $((worker + 1)) 4 "$LOANS"); do approved_loan "$i" 03568 >> "$CT20_DATA_DIR/loans.$worker"; done) &
  WORKERS+=($!)
done
for worker in "${WORKERS[@]}"; do wait "$worker" || true; done # not a bare wait: the suite runs in the background too
mapfile -t IDS < <(cat "$CT20_DATA_DIR"/loans.*)
[ "${#IDS[@]}" -eq "$LOANS" ] || { echo "bench: only ${#IDS[@]} of $LOANS loans could be set up"; exit 1; }
PROBE=$(approved_loan 999999 03386) # Quyết Thắng, Phong Thổ: only the probe lends there

LUA="$CT20_DATA_DIR/disburse.lua"
{
  echo "loans = {$(printf '"%s",' "${IDS[@]}")}"
  cat <<LUA
counter = 0
setup = function(thread) thread:set("id", math.random(1, 1000000000)) end
init = function(args) prefix = tostring(id) end
request = function()
  counter = counter + 1
  local loan = loans[(counter % #loans) + 1]
  local headers = {["Content-Type"] = "application/json", ["Idempotency-Key"] = "bench-" .. prefix .. "-" .. counter}
  for name, value in pairs(wrk.headers) do headers[name] = value end -- the token given with -H
  return wrk.format("POST", "/api/v1/loans/" .. loan .. "/disbursements", headers, '{"amount":$TRANCHE}')
end
LUA
} > "$LUA"

# the probe: once a second a disbursement to the probe loan, timed until the commune's figures show it
PROBE_TIMES="$CT20_DATA_DIR/probe"
: > "$PROBE_TIMES"
probe() {
  local n=0 before start seen waited status
  while [ -f "$CT20_DATA_DIR/probing" ]; do
    n=$((n + 1))
    before=$(disbursed_in 03386 || echo 0)
    status=$(curl -s -o "$CT20_DATA_DIR/probe-answer" -w '%{http_code}' -X POST -H "Authorization: Bearer $OFFICER" \
      -H 'Content-Type: application/json' -H "Idempotency-Key: bench-probe-$n" -d "{\"amount\":$TRANCHE}" "localhost:8080/api/v1/loans/$PROBE/disbursements")
    if [ "$status" != 201 ] && [ "$status" != 200 ]; then
      echo "refused $status $(head -c 300 "$CT20_DATA_DIR/probe-answer")" >> "$PROBE_TIMES"; sleep 1; continue
    fi
    start=$(date +%s%N) # acknowledged: committed with its event in the outbox
    for waited in $(seq 1 1500); do # at most about 30 s
      seen=$(disbursed_in 03386 || echo 0)
      [ "${seen:-0}" -ge $((${before:-0} + TRANCHE)) ] && break
      sleep 0.02
    done
    echo $((($(date +%s%N) - start) / 1000000)) >> "$PROBE_TIMES"
    sleep 1
  done
}
PROBE_PID=
if [ "${LATENCY_PROBE:-1}" = 1 ]; then # LATENCY_PROBE=0: the load alone (the probe polls a consolidation about 50 times a second)
  touch "$CT20_DATA_DIR/probing"
  BENCH_CLEANUPS+=("rm -f $CT20_DATA_DIR/probing") # the probe stops with the script, however it ends
  probe &
  PROBE_PID=$!
fi
WRK_OUT=$(wrk -t"$(( CONNECTIONS < 2 ? 1 : 2 ))" -c"$CONNECTIONS" -d"${LOAD_SECONDS}s" --latency -s "$LUA" -H "Authorization: Bearer $OFFICER" http://localhost:8080)
rm -f "$CT20_DATA_DIR/probing"
[ -z "$PROBE_PID" ] || wait "$PROBE_PID" || true

SENT=$(echo "$WRK_OUT" | awk '/requests in/ {print $1}')
NON2XX=$(echo "$WRK_OUT" | awk '/Non-2xx/ {print $5}'); NON2XX=${NON2XX:-0}
ERRORS=$(echo "$WRK_OUT" | awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}'); ERRORS=${ERRORS:-0}
ACKED=$((SENT - NON2XX - ERRORS))
RPS=$(echo "$WRK_OUT" | awk '/Requests\/sec/ {print $2}')
P50=$(echo "$WRK_OUT" | awk '$1 == "50%" {print $2}')
P99=$(echo "$WRK_OUT" | awk '$1 == "99%" {print $2}')

# what survived: loan-service's sum over the loans, and report-service's figures once caught up
BOOKED=0
for loan in "${IDS[@]}"; do
  d=$(curl -sf -H "Authorization: Bearer $OFFICER" "localhost:8080/api/v1/loans/$loan" | grep -o '"disbursedPrincipal":[0-9]*' | cut -d: -f2)
  BOOKED=$((BOOKED + d))
done
SEEN=0
for _ in $(seq 1 120); do
  SEEN=$(disbursed_in 03568 || echo 0)
  [ "${SEEN:-0}" -ge "$BOOKED" ] && break
  sleep 1
done

echo
echo "disbursements through the gateway (token, limit, proxy, write pipeline, outbox), $CONNECTIONS connections for $LOAD_SECONDS s over $LOANS loans"
echo "  sent $SENT, acknowledged $ACKED, refused $NON2XX, socket errors $ERRORS: $RPS req/s, p50 $P50, p99 $P99 (goal: >= 1,000/s sustained)"
echo "  loan-service booked $((BOOKED / TRANCHE)) disbursements ($BOOKED VND): lost $(( ACKED > BOOKED / TRANCHE ? ACKED - BOOKED / TRANCHE : 0 )) of the acknowledged (goal: 0)"
echo "  report-service's figures of the commune: $SEEN VND; differs from loan-service's by $((SEEN - BOOKED)) VND (goal: 0)"
echo "  probes refused: $(grep -c refused "$PROBE_TIMES" || true) $(grep -m1 refused "$PROBE_TIMES" || true)"
{ grep -v refused "$PROBE_TIMES" || true; } | sort -n | awk '
  {v[NR] = $1}
  END {
    if (NR == 0) { print "  loan.disbursed → visible: no probe finished"; exit }
    p50 = int(NR * 0.50 + 0.5); if (p50 < 1) p50 = 1
    p99 = int(NR * 0.99 + 0.5); if (p99 < 1) p99 = 1
    printf "  loan.disbursed → visible in report-service figures during the load: %d probes, p50 %d ms, p99 %d ms (goal: p99 <= 500 ms at 500 events/s)\n", NR, v[p50], v[p99]
  }'
