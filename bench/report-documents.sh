#!/usr/bin/env bash
# Official documents (PDF, XLSX) of 34 to 10,599 rows against the baseline of the same rows as JSON,
# measured in the same run. Needs only a JDK 17 (no database); prints the figures.
#   bench/report-documents.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${BENCH_BUILT:-0}" = 1 ] || ./mvnw -B -q install -DskipTests -pl platform -am
./mvnw -B verify -pl platform -Dct20.test.excluded-groups=none -Dgroups=benchmark -Dtest='DocumentRenderingBenchmark' \
    -Dsurefire.failIfNoSpecifiedTests=false | sed -n '/^report documents/,/^  *10,599/p'
