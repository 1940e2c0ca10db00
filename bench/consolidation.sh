#!/usr/bin/env bash
# The national consolidation of N communes' accepted reports (default 10,599) with per-commune targets,
# against the best plain SQL computing the same figures over the same rows, measured in the same run,
# at half and at all of the communes. Needs what ./test.sh needs; prints the figures.
#   bench/consolidation.sh [reports]
set -euo pipefail
cd "$(dirname "$0")/.."
REPORTS="${1:-10599}"
[ "${BENCH_BUILT:-0}" = 1 ] || ./mvnw -B -q install -DskipTests -pl report-service -am
./mvnw -B verify -pl report-service -Dct20.test.excluded-groups=none -Dgroups=benchmark -Dtest='ConsolidationBenchmark' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dct20.bench.reports="$REPORTS" \
  | sed -n '/^national consolidation/,/^  growth/p'
