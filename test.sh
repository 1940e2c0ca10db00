#!/usr/bin/env bash
# The suite's test command: every module's tests against a real PostgreSQL and a real Kafka
# (started by the build itself, no Docker), then a frontend team's first step on the OpenAPI
# documents (lint, generated TypeScript types compiled with tsc --strict), then an end-to-end run
# of ./run.sh, then every benchmark at a tiny size (a smoke: it shows they run, it measures nothing).
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B verify "$@"
(cd contract && npm ci --no-audit --no-fund --loglevel=error && npm run --silent check)
scripts/smoke-test.sh
bench/run-all --smoke
