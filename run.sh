#!/usr/bin/env bash
# Runs the whole CT20 suite on this machine: PostgreSQL, Kafka and the four services.
# Builds what is missing or out of date first. Ctrl-C stops everything.
#   ./run.sh            start (data kept in .ct20/ between runs)
#   ./run.sh --fresh    start with empty databases and topics
# External PostgreSQL / Kafka: set DB_HOST, DB_PORT, DB_USER, DB_PASSWORD / KAFKA_BOOTSTRAP_SERVERS.
set -euo pipefail
cd "$(dirname "$0")"

needs_build() {
  local jar
  for module in plan-service report-service loan-service gateway; do
    jar="$module/target/quarkus-app/quarkus-run.jar"
    [ -f "$jar" ] || return 0
    # A source or build file newer than the jar: rebuild.
    [ -z "$(find "$module/src" "$module/pom.xml" events/src platform/src pom.xml -newer "$jar" -type f -print -quit 2>/dev/null)" ] || return 0
  done
  [ -f devstack/target/classes/vn/ct20/devstack/classpath.txt ] || return 0
  [ -z "$(find devstack/src devstack/pom.xml -newer devstack/target/classes/vn/ct20/devstack/classpath.txt -type f -print -quit)" ] || return 0
  return 1
}

if needs_build; then
  echo "[ct20]             building (./mvnw install -DskipTests)..."
  ./mvnw -B -q install -DskipTests
fi

CLASSPATH="devstack/target/classes:$(cat devstack/target/classes/vn/ct20/devstack/classpath.txt)"
exec java -Xmx1g -cp "$CLASSPATH" vn.ct20.devstack.LocalRun --home "$PWD" "$@"
