#!/usr/bin/env bash
# Close of business over N active loans (default 20,000) against a baseline measured in the same
# run (the old job's reads: one query per loan). Needs what ./test.sh needs; prints the figures.
#   bench/close-of-business.sh [loans] [batch size]
set -euo pipefail
cd "$(dirname "$0")/.."
LOANS="${1:-20000}"
BATCH="${2:-500}"
[ "${BENCH_BUILT:-0}" = 1 ] || ./mvnw -B -q install -DskipTests -pl loan-service -am
./mvnw -B verify -pl loan-service -Dct20.test.excluded-groups=none -Dgroups=benchmark -Dtest='CloseOfBusinessBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
    -Dct20.bench.loans="$LOANS" -Dct20.close-of-business.batch-size="$BATCH" -Dquarkus.log.category.\"vn.ct20\".level=INFO \
  | sed -n '/^close of business/,/^  loans past due/p'
