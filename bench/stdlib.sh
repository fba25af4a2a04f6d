#!/usr/bin/env bash
# Times Taipan against CPython on the standard-library workloads of issue #6
# (bench/stdlib/*.py): json dumps/loads of 10 MB, re findall/sub over 10 MB,
# Counter over 1M words, sorting 1M ints and 1M strings, a deque of 1M
# operations, and a 100 MB file written and read line by line. Each program
# is compiled once, then both are run N times (default 3); the table shows
# the median CPU time (user+sys) and CPython/Taipan (above 1: Taipan faster),
# and checks that both print the same output. This is a benchmark, not a test.
#
# Usage: bench/stdlib.sh [NAME ...]    Environment: N, TAIPAN, PYTHON
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
exec python3 "$ROOT/bench/stdlib_run.py" "$@"
