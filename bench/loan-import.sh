#!/usr/bin/env bash
# The CSV import of N existing loans (default 20,000) in files of M rows (default 5,000), against
# PostgreSQL's COPY of the same rows, measured in the same run; prints each file's time so that the
# time per row can be seen to stay flat as the tables grow. Needs what ./test.sh needs.
#   bench/loan-import.sh [loans] [rows per file]
set -euo pipefail
cd "$(dirname "$0")/.."
LOANS="${1:-20000}"
FILE_ROWS="${2:-5000}"
[ "${BENCH_BUILT:-0}" = 1 ] || ./mvnw -B -q install -DskipTests -pl loan-service -am
./mvnw -B verify -pl loan-service -Dct20.test.excluded-groups=none -Dgroups=benchmark -Dtest='LoanImportBenchmark' \
    -Dsurefire.failIfNoSpecifiedTests=false -Dct20.bench.loans="$LOANS" -Dct20.bench.file-rows="$FILE_ROWS" \
  | sed -n '/^loan import (CSV)/,/^  the import/p'
