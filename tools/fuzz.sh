#!/usr/bin/env bash
# Runs Taipan's libFuzzer targets (fuzz/README.md). Configures and builds
# build-fuzz (clang-19, -DTAIPAN_FUZZ=ON) when needed, gathers the seed
# corpus from the tests at run time (every .py under tests/ and examples/, and
# stdlib/, up to 64 KiB each, into build-fuzz/seeds/TARGET), then runs the target
# with fuzz/python.dict for the given time. The target's growing corpus is
# kept in build-fuzz/corpus/TARGET between runs; crashing, leaking and
# hanging inputs go to fuzz/crashes/ (gitignored), to be replayed with
#   build-fuzz/bin/fuzz_TARGET fuzz/crashes/FILE
# The time given is CPU time of the fuzzing process (user + system), not wall
# time: the script watches the process and interrupts it once it has used the
# budget, so a run on a shared machine still gets its full share of work.
# Prints each target's execution count and CPU time; exits 1 if any target
# failed.
#
# Usage: tools/fuzz.sh [--seconds N] [--timeout S] TARGET|all [MINUTES]
#   TARGET   lexer, parser, scopes or pipeline (or fuzz_lexer, ...)
#   all      every target, one after the other, each for the given time
#   MINUTES  CPU time per target (default 5); --seconds N overrides it
#            (CI's smoke: tools/fuzz.sh --seconds 60 all)
#   --timeout S  an input taking longer than S seconds is a hang (default 10)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGETS=(lexer parser scopes pipeline)
BUILD=${TAIPAN_FUZZ_BUILD_DIR:-build-fuzz}
CRASH_DIR=$ROOT/fuzz/crashes

seconds=""
timeout=10
while [[ $# -gt 0 && $1 == --* ]]; do
  case $1 in
    --seconds) seconds=$2; shift 2 ;;
    --timeout) timeout=$2; shift 2 ;;
    *) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ $# -lt 1 || $# -gt 2 ]]; then
  sed -n '/^# Usage:/,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
  exit 2
fi
what=${1#fuzz_}
minutes=${2:-5}
if [[ -z $seconds ]]; then
  seconds=$(awk -v m="$minutes" 'BEGIN { printf "%d", m * 60 }')
fi
if [[ $what == all ]]; then
  run=("${TARGETS[@]}")
else
  case " ${TARGETS[*]} " in
    *" $what "*) run=("$what") ;;
    *) echo "fuzz.sh: unknown target '$1' (one of: ${TARGETS[*]}, all)" >&2; exit 2 ;;
  esac
fi

# ---- build ----
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$ROOT}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-true}
if [[ ! -f $BUILD/build.ninja ]]; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang-19 \
    -DCMAKE_CXX_COMPILER=clang++-19 -DTAIPAN_FUZZ=ON >/dev/null
fi
cmake --build "$BUILD" -j "${JOBS:-2}" --target "${run[@]/#/fuzz_}"

# ---- seeds: the tests' programs, gathered afresh each run ----
SEEDS=$BUILD/seeds/$what  # per invocation, so that targets can run side by side
rm -rf "$SEEDS"
mkdir -p "$SEEDS"
n=0
while IFS= read -r -d '' f; do
  cp "$f" "$SEEDS/$(printf '%05d' $n)-$(basename "$f")"
  n=$((n + 1))
done < <(find tests examples stdlib -name '*.py' -size -65k -print0 | sort -z)
echo "fuzz.sh: $n seed files in $SEEDS"
mkdir -p "$CRASH_DIR"

# ---- run ----
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
failed=()
for t in "${run[@]}"; do
  corpus=$BUILD/corpus/$t
  log=$BUILD/fuzz-$t.log
  mkdir -p "$corpus"
  echo "fuzz.sh: fuzz_$t for ${seconds}s (log $log)"
  status=0
  # libFuzzer's own -max_total_time counts wall time; the budget is CPU time,
  # so run without a limit and interrupt the process when it has used it. On
  # SIGINT libFuzzer prints its final stats and exits with status 72.
  "$BUILD/bin/fuzz_$t" "$corpus" "$SEEDS" -dict=fuzz/python.dict -max_len=65536 -timeout="$timeout" \
    -rss_limit_mb=2048 -max_total_time=0 -print_final_stats=1 \
    -artifact_prefix="$CRASH_DIR/$t-" >"$log" 2>&1 &
  pid=$!
  start=$SECONDS
  cpu=0
  interrupted=0
  while kill -0 "$pid" 2>/dev/null; do
    if [[ -r /proc/$pid/stat ]]; then
      # Fields 14 and 15 of /proc/PID/stat: user and system time in ticks.
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%d", ($12 + $13) / hz }' \
        "/proc/$pid/stat" 2>/dev/null || echo "$cpu")
      if ((cpu >= seconds)); then
        kill -INT "$pid" 2>/dev/null && interrupted=1
        break
      fi
    fi
    sleep 2
  done
  wait "$pid" || status=$?
  if [[ $interrupted -eq 1 && $status -eq 72 ]] && grep -q 'libFuzzer: run interrupted' "$log"; then
    status=0
  fi
  wall=$((SECONDS - start))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
  if [[ $status -ne 0 ]]; then
    echo "fuzz.sh: fuzz_$t FAILED (exit $status) after ${execs:-?} executions; the end of $log:"
    tail -40 "$log"
    failed+=("$t")
  else
    echo "fuzz.sh: fuzz_$t ok: ${execs:-?} executions in ${cpu}s of CPU (${wall}s wall)," \
      "${cov:-cov: ?}, corpus $(ls "$corpus" | wc -l) files"
  fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz.sh: failed: ${failed[*]} (inputs in $CRASH_DIR)"
  exit 1
fi
