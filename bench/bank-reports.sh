#!/usr/bin/env bash
# The bank's national quarterly report over N loans (default 50,000) against one SQL aggregate of the
# same rows, measured in the same run. Needs what ./test.sh needs; prints the figures.
#   bench/bank-reports.sh [loans]
set -euo pipefail
cd "$(dirname "$0")/.."
LOANS="${1:-50000}"
[ "${BENCH_BUILT:-0}" = 1 ] || ./mvnw -B -q install -DskipTests -pl loan-service -am
./mvnw -B verify -pl loan-service -Dct20.test.excluded-groups=none -Dgroups=benchmark -Dtest='BankReportBenchmark' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dct20.bench.loans="$LOANS" -Dquarkus.log.category.\"vn.ct20\".level=INFO \
  | sed -n '/^bank quarterly report/,/^  heap retained/p'
