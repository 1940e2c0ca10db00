#!/usr/bin/env bash
# End-to-end check of the local run, as a new user meets it: ./run.sh --fresh brings the suite up,
# a dev token works through the gateway, Ctrl-C leaves no process behind, a second start keeps the data.
# Uses its own data folder; needs ports 8080-8083, 15432 and 19092-19093 free.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
export CT20_DATA_DIR; CT20_DATA_DIR=$(mktemp -d -t ct20-smoke-XXXXXX)
LOG="$CT20_DATA_DIR/run.log"
passed=0; failed=0; RUN_PID=

check() { # description, command...
  local what=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "smoke: ok   - $what"
  else failed=$((failed + 1)); echo "smoke: FAIL - $what"; fi
}

start_suite() {
  # A background job of a script inherits SIGINT as "ignored", and the JVM keeps it so (as under
  # nohup); restore the default a terminal gives, so the Ctrl-C below is a real Ctrl-C.
  perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV or die "exec: $!"' ./run.sh "$@" > "$LOG" 2>&1 &
  RUN_PID=$!
  for _ in $(seq 1 300); do
    grep -q "CT20 is up" "$LOG" && return 0
    kill -0 "$RUN_PID" 2>/dev/null || break
    sleep 1
  done
  echo "smoke: the suite did not come up; last lines of its log:"; tail -40 "$LOG"
  return 1
}

stop_suite() { # Ctrl-C, as in a terminal
  kill -INT "$RUN_PID" 2>/dev/null
  for _ in $(seq 1 60); do kill -0 "$RUN_PID" 2>/dev/null || break; sleep 1; done
  wait "$RUN_PID" 2>/dev/null
  RUN_PID=
}

leftovers() { pgrep -f "$ROOT/[a-z-]*/target/quarkus-app/quarkus-run.jar|$CT20_DATA_DIR/data/postgres|vn.ct20.devstack.LocalRun" ; }
no_leftovers() { sleep 1; [ -z "$(leftovers)" ]; }

cleanup() {
  [ -n "$RUN_PID" ] && kill -TERM "$RUN_PID" 2>/dev/null && wait "$RUN_PID" 2>/dev/null
  leftovers | xargs -r kill -9 2>/dev/null
  rm -rf "$CT20_DATA_DIR"
}
trap cleanup EXIT

token() { curl -sf -X POST localhost:8080/dev/token -H 'Content-Type: application/json' -d "{\"role\":\"$1\",\"unit\":\"$2\"}" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/'; }
status() { curl -s -o /dev/null -w '%{http_code}' "$@"; }
eventually() { # retries a check for up to 120 s (the first start sends ~14,700 unit events to the other services)
  for _ in $(seq 1 240); do "$@" && return 0; sleep 0.5; done; return 1; }

health_all_up() {
  local body; body=$(curl -sf localhost:8080/q/health) || return 1
  echo "$body" | grep -q '"status": "UP"' && ! echo "$body" | grep -q DOWN &&
  for s in plan-service report-service loan-service; do echo "$body" | grep -q "\"$s\": \"UP\"" || return 1; done
}

if ! start_suite --fresh; then exit 1; fi
check "gateway /q/health reports every service UP" health_all_up
check "Swagger UI answers" [ "$(status localhost:8080/q/swagger-ui/)" = 200 ]
check "the suite OpenAPI document lists every service's paths" \
  bash -c "curl -sf localhost:8080/openapi | grep -q '/api/v1/units' && curl -sf localhost:8080/openapi | grep -q '/api/v1/capital-sources' && curl -sf localhost:8080/openapi | grep -q '/api/v1/periods'"
ADMIN=$(token SYSTEM_ADMIN VN)
check "a /dev/token token is accepted by plan-service through the gateway" \
  [ "$(status -H "Authorization: Bearer $ADMIN" localhost:8080/api/v1/units/VN)" = 200 ]
check "no token is refused with 401" [ "$(status localhost:8080/api/v1/units)" = 401 ]
check "the real units are loaded: Phong Thổ district exists on 2024-01-01" \
  [ "$(status -H "Authorization: Bearer $ADMIN" 'localhost:8080/api/v1/units/109?at=2024-01-01')" = 200 ]
plans_listed() {
  local body; body=$(curl -sf -H "Authorization: Bearer $ADMIN" 'localhost:8080/api/v1/plans?size=100') || return 1
  for number in 20-CT/TW 340/KH-UBND 90-KH/TU 103/KH-UBND 1923/KH-UBND 317-KH-HU; do
    echo "$body" | grep -q "\"number\":\"$number\"" || return 1
  done
  echo "$body" | grep -q '"declaredBudgetTotal":153459000000'
}
check "the source plans are listed through the gateway, with Lạng Sơn's 153,459,000,000 VND budget" plans_listed
check "a body is registered under Lạng Sơn through the gateway" [ "$(status -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"code":"SMOKE-20-BCD","name":"Ban Chỉ đạo thử nghiệm tỉnh Lạng Sơn","kind":"OTHER_BODY","parentCode":"20","validFrom":"2025-07-01"}' localhost:8080/api/v1/units)" = 201 ]
location_is_the_gateways() { # a created resource's Location names the gateway, not the service behind it
  curl -s -D - -o /dev/null -X POST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d '{"code":"SMOKE-20-LOC","name":"Tổ công tác thử nghiệm","kind":"OTHER_BODY","parentCode":"20","validFrom":"2025-07-01"}' \
    localhost:8080/api/v1/units | tr -d '\r' | grep -qi '^Location: http://localhost:8080/api/v1/units/SMOKE-20-LOC'
}
check "a Location header through the gateway names the gateway's address" location_is_the_gateways
APPROVER=$(token LOAN_APPROVER 20)
register_source() { [ "$(status -X POST -H "Authorization: Bearer $APPROVER" -H 'Content-Type: application/json' \
  -d '{"code":"UT-20-2024","name":"Vốn ngân sách tỉnh Lạng Sơn ủy thác qua NHCSXH","kind":"PROVINCIAL_BUDGET_ENTRUSTED","ownerUnitCode":"20"}' \
  localhost:8080/api/v1/capital-sources)" = 201 ]; }
check "loan-service learned the unit from Kafka and scopes a Lạng Sơn write to it" eventually register_source
obligations_of() { # plan id, period, expected due date: every obligation has that due date; prints how many there are
  local body; body=$(curl -sf -H "Authorization: Bearer $ADMIN" "localhost:8080/api/v1/obligations?planId=$1&period=$2&size=200") || return 1
  ! echo "$body" | grep -o '"dueDate":"[^"]*"' | grep -vq "\"$3\"" || return 1
  echo "$body" | grep -o '"total":[0-9]*' | cut -d: -f2
}
lang_son_obligations() { # 7 departments (Sở LĐTBXH consolidates), 11 districts and the 6 other bodies leading sections, for each period
  [ "$(obligations_of c02f2f28-04cd-3511-8b9b-03a5f71cf0d0 2024S1 2024-06-20)" = 24 ] &&
  [ "$(obligations_of c02f2f28-04cd-3511-8b9b-03a5f71cf0d0 2024 2024-12-21)" = 24 ] &&
  [ "$(obligations_of 34afa380-fad5-3b83-bd1a-d2981d92cbc9 2024 2024-12-05)" -gt 4 ]
}
check "report-service derived the obligations: Lạng Sơn 2024S1 due 20 June, 2024 due 21 December; Phong Thổ due 5 December" \
  eventually lang_son_obligations
json_id() { grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4; }
post() { # token, path, body[, extra header]: prints the response body
  curl -sf -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' ${4:+-H "$4"} -d "$3" "localhost:8080$2"; }
OFFICER=$(token LOAN_OFFICER 12); LOAN_APPROVER=$(token LOAN_APPROVER 12); VIEWER=$(token VIEWER 12)
lend_in_mu_sang() { # a loan to a worker of Mù Sang (03568, Phong Thổ, Lai Châu), disbursed on business date 2024-03-01
  curl -sf -X PUT -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"businessDate":"2024-03-01"}' \
    localhost:8080/api/v1/loan-business-date > /dev/null || return 1
  local borrower source loan
  borrower=$(post "$OFFICER" /api/v1/borrowers '{"citizenId":"012098000777","fullName":"Lò Văn Thử","dateOfBirth":"1998-02-02",
    "sex":"MALE","ethnicity":"Dao","category":"POOR","communeCode":"03568"}' | json_id) && [ -n "$borrower" ] || return 1
  source=$(post "$LOAN_APPROVER" /api/v1/capital-sources '{"code":"SMOKE-LC-2024","name":"Vốn ngân sách tỉnh Lai Châu ủy thác qua NHCSXH",
    "kind":"PROVINCIAL_BUDGET_ENTRUSTED","ownerUnitCode":"12"}' | json_id) && [ -n "$source" ] || return 1
  curl -sf -X PUT -H "Authorization: Bearer $LOAN_APPROVER" -H 'Content-Type: application/json' \
    -d '{"unitCode":"12","year":2024,"allocated":500000000}' "localhost:8080/api/v1/capital-sources/$source/allocations" > /dev/null || return 1
  loan=$(post "$OFFICER" /api/v1/loans "{\"borrowerId\":\"$borrower\",\"product\":\"OVERSEAS_WORK\",\"marketCode\":\"JP\",
    \"enterpriseName\":\"Công ty thử nghiệm\",\"contractNumber\":\"HĐ-THU-01\",\"contractTermMonths\":24,\"contractCost\":60000000,
    \"amountRequested\":50000000,\"termMonths\":24,\"capitalSourceId\":\"$source\"}" | json_id) && [ -n "$loan" ] || return 1
  curl -sf -X POST -H "Authorization: Bearer $LOAN_APPROVER" -H 'If-Match: "0"' "localhost:8080/api/v1/loans/$loan/approve" > /dev/null || return 1
  post "$OFFICER" "/api/v1/loans/$loan/disbursements" '{"amount":50000000}' "Idempotency-Key: smoke-$loan" > /dev/null || return 1
  LOAN=$loan
}
check "loan-service lends to a worker of Mù Sang: borrower, capital allocation, approval by another user, disbursement" lend_in_mu_sang
disburse_as() { # token, body, key: prints the status
  status -X POST -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -H "Idempotency-Key: $3" -d "$2" \
    "localhost:8080/api/v1/loans/$LOAN/disbursements"; }
check "through the gateway, another province's officer replaying the owner's key gets 404, not the disbursement" \
  [ "$(disburse_as "$(token LOAN_OFFICER 20)" '{"amount":50000000}' "smoke-$LOAN")" = 404 ]
check "through the gateway, a decimal amount is refused with 400 (never truncated)" \
  [ "$(disburse_as "$OFFICER" '{"amount":1.9}' "smoke-decimal-$LOAN")" = 400 ]
check "through the gateway, close of business is refused to a provincial approver (the head office's alone)" \
  [ "$(status -X POST -H "Authorization: Bearer $LOAN_APPROVER" localhost:8080/api/v1/loan-business-date/close-of-business)" = 403 ]
audited_disbursement() {
  curl -sf -H "Authorization: Bearer $(token AUDITOR VN)" "localhost:8080/api/v1/audit/loan?targetId=$LOAN" | grep -q '"operation":"loan.disburse"'; }
check "through the gateway, an auditor finds the disbursement in loan-service's audit trail" audited_disbursement
loan_in_consolidations() { # commune, district, province
  for unit in 03568 109 12; do
    curl -sf -H "Authorization: Bearer $VIEWER" "localhost:8080/api/v1/consolidations/$unit/2024S1" | grep -q '"disbursed":50000000' || return 1
  done
}
check "the disbursement shows in the 2024S1 consolidated figures of Mù Sang, Phong Thổ and Lai Châu (through Kafka)" \
  eventually loan_in_consolidations
readme_tour() { # the README's "A first API call" block as written, each curl failing on an HTTP error
  local dir; dir=$(mktemp -d -p "$CT20_DATA_DIR")
  sed -n '/^## A first API call/,/^```$/p' README.md | sed -n '/^```bash$/,/^```$/p' | sed '1d;$d' > "$dir/tour.sh"
  [ -s "$dir/tour.sh" ] || return 1
  if ! (cd "$dir" && curl() { command curl --fail-with-body "$@"; } && export -f curl && bash -x -euo pipefail tour.sh > tour.log 2>&1); then
    echo "smoke: the README tour stopped; its last lines:"; tail -n 12 "$dir/tour.log" | cut -c1-300; return 1
  fi
  grep -q '"operation":"loan.disburse"' "$dir/tour.log" && [ -s "$dir/quarterly.xlsx" ] || return 1
  # The official documents the tour asks for are PDFs, each with its embedded font (nothing fetched at run time).
  for pdf in bao-cao-tong-hop-20-2024S1.pdf tinh-hinh-nop-bao-cao.pdf quarterly.pdf; do
    [ "$(head -c 5 "$dir/$pdf")" = "%PDF-" ] && grep -aq "LiberationSerif" "$dir/$pdf" || { echo "smoke: $pdf is not the document"; return 1; }
  done
}
check "the README's first-call tour runs as written on a fresh start" readme_tour
gateway_contract() { # every id-free read of the suite document, items by id and refusals, held to /openapi
  local classpath # testkit and the modules it uses, installed so that Maven can resolve them on a clean machine
  ./mvnw -q -B install -DskipTests -pl events,devstack,testkit > /dev/null || return 1
  classpath=$(./mvnw -q -B dependency:build-classpath -pl testkit -Dmdep.outputFile=/dev/stdout) || return 1
  java -cp "testkit/target/classes:$classpath" vn.ct20.testkit.GatewayContractProbe http://localhost:8080
}
check "the gateway's answers are what the suite's OpenAPI document says" gateway_contract
stop_suite
check "Ctrl-C leaves no process behind" no_leftovers

if ! start_suite; then exit 1; fi
ADMIN=$(token SYSTEM_ADMIN VN)
check "a second start keeps the data" [ "$(status -H "Authorization: Bearer $ADMIN" 'localhost:8080/api/v1/units/SMOKE-20-BCD')" = 200 ]
stop_suite
check "Ctrl-C again leaves no process behind" no_leftovers

echo "smoke: $passed passed, $failed failed"
[ "$failed" = 0 ]
