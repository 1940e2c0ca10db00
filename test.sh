#!/usr/bin/env bash
# The suite's test command: every module's tests against a real PostgreSQL and a real Kafka
# (started by the build itself, no Docker), then an end-to-end run of ./run.sh.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B verify "$@"
scripts/smoke-test.sh
