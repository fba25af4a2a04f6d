#!/usr/bin/env bash
# Runs the shared peer benchmark (../shared/bench/run_peers.sh) with Taipan as
# the peer "ours", measures each program's compile time and the peak RSS of
# CPython and of Taipan's executable, and rewrites the generated section of
# docs/performance.md (between the `bench/run.sh` markers) with the table,
# the date and the machine.
#
# Usage: bench/run.sh [PROGRAM ...]        (default: every shared program)
# Environment: N (runs, default 3), PEERS (default: the installed ones among
# "pypy mypyc cython c"; missing ones are installed first unless
# NO_INSTALL=1), TAIPAN (default build/bin/taipan), SHARED_BENCH
# (default ../shared/bench), OUT (results folder, default a fresh temporary
# folder), NO_DOC=1 (print the section instead of writing the doc).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TAIPAN=${TAIPAN:-$ROOT/build/bin/taipan}
SHARED_BENCH=${SHARED_BENCH:-$ROOT/../shared/bench}
N=${N:-3}
OUT=${OUT:-$(mktemp -d /tmp/taipan-bench.XXXXXX)}

if [[ ! -x "$TAIPAN" ]]; then
  echo "bench/run.sh: $TAIPAN not found; run 'make build' first" >&2
  exit 2
fi
if [[ ! -f "$SHARED_BENCH/run_peers.sh" ]]; then
  echo "bench/run.sh: no run_peers.sh in $SHARED_BENCH (set SHARED_BENCH)" >&2
  exit 2
fi
# The stdlib's prebuilt objects (decision 0044) must be current, as after
# `make build`, or the compile times include compiling the stdlib modules.
python3 "$ROOT/tools/prebuild_stdlib.py" --taipan "$TAIPAN"

if [[ $# -gt 0 ]]; then
  PROGRAMS=("$@")
else
  PROGRAMS=()
  for f in "$SHARED_BENCH"/programs/*.py; do PROGRAMS+=("$(basename "$f" .py)"); done
fi

# The peers (PyPy, mypyc, Cython) are installed when missing, as `make`
# installs the build dependencies; NO_INSTALL=1 skips that.
if [[ -z "${NO_INSTALL:-}" ]]; then
  bash "$ROOT/scripts/install-deps.sh" --bench || echo "bench/run.sh: could not install the peers; timing those present" >&2
fi
if [[ -z "${PEERS+x}" ]]; then
  PEERS=""
  command -v pypy3 > /dev/null && PEERS+=" pypy"
  command -v mypyc > /dev/null && PEERS+=" mypyc"
  command -v cython3 > /dev/null && PEERS+=" cython"
  command -v gcc > /dev/null && PEERS+=" c"
fi

mkdir -p "$OUT"
echo "bench/run.sh: results in $OUT" >&2
OURS="$TAIPAN build {src} -o {exe}" PEERS="$PEERS" N="$N" OUT="$OUT/peers" \
  bash "$SHARED_BENCH/run_peers.sh" "${PROGRAMS[@]}" >&2

exec python3 "$ROOT/bench/update_perf.py" --taipan "$TAIPAN" --shared-bench "$SHARED_BENCH" \
  --peers-csv "$OUT/peers/peers.csv" --work "$OUT" --doc "$ROOT/docs/performance.md" \
  ${NO_DOC:+--print} "${PROGRAMS[@]}"
