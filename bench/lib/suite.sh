# Shared by the bench/*.sh scripts that measure the running suite: tools from Debian's packages,
# the suite started with ./run.sh --fresh in a data folder of its own, a wait for it to go idle
# (the first start replicates ~14,700 units to the other services), and async-profiler (from
# Maven Central) attached to a service for a flame graph. Source it; it sets a trap that stops
# everything it started. With BENCH_SUITE_RUNNING=1 (bench/run-all --smoke) the suite that the
# caller started in CT20_DATA_DIR is used as it is, and left running.

BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Installs the Debian packages of the commands given as "command:package" when the command is missing.
bench_install() {
  local missing=() pair
  for pair in "$@"; do
    command -v "${pair%%:*}" > /dev/null || [ -x "/usr/sbin/${pair%%:*}" ] || missing+=("${pair##*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "bench: installing ${missing[*]} from Debian's packages"
  local sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y --no-install-recommends "${missing[@]}" > /dev/null 2>&1 \
    || { $sudo apt-get update > /dev/null && $sudo apt-get install -y --no-install-recommends "${missing[@]}" > /dev/null; }
  # the package may start a system nginx on port 80; the benchmarks run their own
  if [[ " ${missing[*]} " == *" nginx-light "* ]] && command -v systemctl > /dev/null; then $sudo systemctl disable --now nginx > /dev/null 2>&1 || true; fi
}

BENCH_SUITE_RUNNING="${BENCH_SUITE_RUNNING:-0}"
if [ "$BENCH_SUITE_RUNNING" != 1 ]; then
  export CT20_DATA_DIR; CT20_DATA_DIR=$(mktemp -d -t ct20-bench-XXXXXX)
fi
export GATEWAY_ACCESS_LOG="${GATEWAY_ACCESS_LOG:-WARN}" # as in production: no line per request
BENCH_RUN_PID=
BENCH_CLEANUPS=()

bench_cleanup() {
  set +e # a cleanup step that fails must not stop the others
  local step
  for step in "${BENCH_CLEANUPS[@]}"; do eval "$step"; done
  # a script using a suite that another started leaves it running; the one that started it stops it
  [ "$BENCH_SUITE_RUNNING" = 1 ] && [ -z "$BENCH_RUN_PID" ] && return 0
  if [ -n "$BENCH_RUN_PID" ]; then
    kill -INT "$BENCH_RUN_PID" 2> /dev/null
    for _ in $(seq 1 60); do kill -0 "$BENCH_RUN_PID" 2> /dev/null || break; sleep 1; done
  fi
  pgrep -f "$BENCH_ROOT/[a-z-]*/target/quarkus-app/quarkus-run.jar|$CT20_DATA_DIR/data/postgres" | xargs -r kill -9 2> /dev/null
  rm -rf "$CT20_DATA_DIR"
  return 0
}
trap bench_cleanup EXIT

# Starts the suite on empty data and returns when it says it is up.
bench_start_suite() {
  cd "$BENCH_ROOT"
  [ "$BENCH_SUITE_RUNNING" = 1 ] && return 0
  # As in a terminal: SIGINT at its default (a background job's is ignored), so the Ctrl-C at the end stops everything.
  perl -e '$SIG{INT} = "DEFAULT"; exec @ARGV or die "exec: $!"' ./run.sh --fresh > "$CT20_DATA_DIR/run.log" 2>&1 &
  BENCH_RUN_PID=$!
  for _ in $(seq 1 400); do
    grep -q "CT20 is up" "$CT20_DATA_DIR/run.log" && return 0
    kill -0 "$BENCH_RUN_PID" 2> /dev/null || break
    sleep 1
  done
  echo "bench: the suite did not come up; last lines of its log:"; tail -40 "$CT20_DATA_DIR/run.log"
  return 1
}

bench_pid() { pgrep -f "$BENCH_ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# CPU seconds (user + system) used so far by the suite's processes (services and PostgreSQL).
bench_suite_cpu() {
  local pids; pids=$( (pgrep -f "$BENCH_ROOT/[a-z-]*/target/quarkus-app/quarkus-run.jar"; pgrep -f "$CT20_DATA_DIR/data/postgres"; pgrep -f '^postgres: ') | tr '\n' ' ')
  # shellcheck disable=SC2086
  [ -n "$pids" ] && for p in $pids; do cat "/proc/$p/stat" 2> /dev/null; done | awk -v hz="$(getconf CLK_TCK)" '{t += $14 + $15} END {printf "%.2f", t / hz}'
}

# Waits until the suite uses less than a tenth of a core for 5 s in a row (at most 240 s).
bench_wait_idle() {
  local quiet=0 before after
  for _ in $(seq 1 240); do
    before=$(bench_suite_cpu); sleep 1; after=$(bench_suite_cpu)
    if awk -v a="$after" -v b="$before" 'BEGIN {exit !(a - b < 0.1)}'; then quiet=$((quiet + 1)); else quiet=0; fi
    [ "$quiet" -ge 5 ] && return 0
  done
  echo "bench: the suite did not go idle within 240 s; measuring anyway"
}

bench_token() { # role unit
  curl -sf -X POST localhost:8080/dev/token -H 'Content-Type: application/json' -d "{\"role\":\"$1\",\"unit\":\"$2\"}" \
    | sed -E 's/.*"token":"([^"]+)".*/\1/'
}

# async-profiler's agent library and its converter (collapsed stacks → HTML flame graph), both from
# Maven Central (tools.profiler:async-profiler, tools.profiler:jfr-converter).
BENCH_PROFILER_VERSION=4.1
bench_profiler() {
  local dir="$BENCH_ROOT/bench/target/async-profiler"
  if [ ! -f "$dir/linux-x64/libasyncProfiler.so" ] || [ ! -f "$dir/jfr-converter-$BENCH_PROFILER_VERSION.jar" ]; then
    mkdir -p "$dir"
    (cd "$BENCH_ROOT" && for artifact in async-profiler jfr-converter; do
      ./mvnw -B -q dependency:copy -Dartifact="tools.profiler:$artifact:$BENCH_PROFILER_VERSION" -DoutputDirectory="$dir" > /dev/null; done)
    (cd "$dir" && unzip -q -o "async-profiler-$BENCH_PROFILER_VERSION.jar" 'linux-*')
  fi
  echo "$dir/linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')/libasyncProfiler.so"
}

# Starts CPU profiling of a service (module name); bench_profile_stop writes the flame graph.
bench_profile_start() { jcmd "$(bench_pid "$1")" JVMTI.agent_load "$(bench_profiler)" "\"start,event=itimer\"" > /dev/null; } # quoted: jcmd splits at =
bench_profile_stop() { # module, output file (.html), title
  local stacks="$CT20_DATA_DIR/$1.collapsed"
  # jcmd splits its arguments at '=': the agent's options go quoted
  jcmd "$(bench_pid "$1")" JVMTI.agent_load "$(bench_profiler)" "\"stop,file=$stacks,collapsed\"" > /dev/null
  java -jar "$BENCH_ROOT/bench/target/async-profiler/jfr-converter-$BENCH_PROFILER_VERSION.jar" --title "$3" "$stacks" "$2" > /dev/null
}
