#!/usr/bin/env bash
# The demo behind `make demo`: shows Taipan's front end at work on the
# programs in examples/ (tokens, syntax tree, scopes, and a diagnostic with
# its caret), then compiles examples/fib.py to a native executable, runs it
# and prints its time next to CPython's. Each step states the exit status it
# expects; the demo fails if any command ends otherwise, so a crash (status
# 70) or a wrong status never passes unnoticed. When this build cannot
# compile fib.py yet (an ordinary error, status 1), the demo says so plainly
# and still succeeds; a compiled program that prints something other than
# CPython does fails it.
#   usage: bash examples/demo.sh [path/to/taipan]
set -uo pipefail

TAIPAN=${1:-build/bin/taipan}
case "$TAIPAN" in
  /*) ;;
  *) TAIPAN="$PWD/$TAIPAN" ;;
esac
cd "$(dirname "$0")/.." || exit 1

if [ ! -x "$TAIPAN" ]; then
  echo "demo: no taipan executable at $TAIPAN (run 'make build' first)" >&2
  exit 1
fi

if [ -t 1 ]; then BOLD=$'\033[1m'; DIM=$'\033[2m'; RESET=$'\033[0m'; else BOLD=; DIM=; RESET=; fi

heading() { printf '\n%s== %s ==%s\n' "$BOLD" "$1" "$RESET"; }

# step EXPECTED_STATUS ARGS...: runs `taipan ARGS...`, shows its output, and
# stops the demo if the exit status is not the expected one.
step() {
  local expected=$1
  shift
  printf '%s$ taipan %s%s\n' "$DIM" "$*" "$RESET"
  "$TAIPAN" "$@" 2>&1
  local status=$?
  if [ "$status" -ne "$expected" ]; then
    echo "demo: FAILED: 'taipan $*' exited with status $status, expected $expected" >&2
    exit 1
  fi
  [ "$expected" -ne 0 ] && printf '%s(exit status %d, as expected)%s\n' "$DIM" "$status" "$RESET"
  return 0
}

# seconds_since START: prints the seconds elapsed since START (from `now`).
now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

# native_demo: builds examples/fib.py, runs it, times it and CPython. Returns
# 1 (failing the demo) on a compiler crash, an unexpected status or a wrong
# result; returns 0 with a clear note when this build cannot compile it yet.
native_demo() {
  local tmp rc
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/taipan-demo.XXXXXX") || return 1
  native_demo_in "$tmp"
  rc=$?
  rm -rf "$tmp"
  return $rc
}

# native_demo_in DIR: the body of native_demo, writing its files into DIR.
native_demo_in() {
  local tmp=$1 status out t0 native_s py_out python_s
  printf '%s$ taipan build -O2 examples/fib.py -o fib%s\n' "$DIM" "$RESET"
  t0=$(now)
  "$TAIPAN" build -O2 examples/fib.py -o "$tmp/fib" >"$tmp/build.log" 2>&1
  status=$?
  local build_s
  build_s=$(seconds_since "$t0")
  case $status in
    0) ;;
    1)
      # The error lines say why (an unsupported construct, a link failure); the rest is noise here.
      grep -E -m 4 '(^|: )error:' "$tmp/build.log" || sed -n '1,6p' "$tmp/build.log"
      echo "${BOLD}Native compilation is not available for examples/fib.py in this build yet${RESET}" \
           "(taipan build exited with status 1, an ordinary error); the front-end steps above are what works today."
      return 0 ;;
    70)
      sed -n '1,20p' "$tmp/build.log"
      echo "demo: FAILED: the compiler crashed (internal compiler error, status 70) on examples/fib.py" >&2
      return 1 ;;
    *)
      sed -n '1,20p' "$tmp/build.log"
      echo "demo: FAILED: 'taipan build -O2 examples/fib.py' exited with status $status, expected 0 or 1" >&2
      return 1 ;;
  esac
  if [ ! -x "$tmp/fib" ]; then
    echo "demo: FAILED: taipan build succeeded but wrote no executable" >&2
    return 1
  fi
  cat "$tmp/build.log"
  echo "(compiled in ${build_s} s)"

  printf '%s$ ./fib%s\n' "$DIM" "$RESET"
  t0=$(now)
  out=$(timeout 120 "$tmp/fib" < <(:))
  status=$?
  native_s=$(seconds_since "$t0")
  printf '%s\n' "$out"
  if [ "$status" -ne 0 ]; then
    echo "demo: FAILED: the compiled fib exited with status $status, expected 0" >&2
    return 1
  fi
  if ! command -v python3 >/dev/null 2>&1; then
    echo "native: ${native_s} s (python3 not found, so no comparison)"
    return 0
  fi
  printf '%s$ python3 examples/fib.py%s\n' "$DIM" "$RESET"
  t0=$(now)
  py_out=$(python3 examples/fib.py < <(:))
  python_s=$(seconds_since "$t0")
  if [ "$out" != "$py_out" ]; then
    printf '%s\n' "$py_out"
    echo "demo: FAILED: the compiled program's output differs from CPython's" >&2
    return 1
  fi
  echo "(same output as CPython)"
  printf '\n  %-22s %8s s\n  %-22s %8s s\n' "taipan -O2 executable" "$native_s" "python3" "$python_s"
  awk -v n="$native_s" -v p="$python_s" 'BEGIN { if (n > 0) printf "  speed-up: %.1fx\n", p / n }'
  return 0
}

heading "Taipan: an ahead-of-time compiler from Python 3.12 to native code"
"$TAIPAN" --version || exit 1
echo "The front end comes first; step 7 compiles a program to native code."

heading "The program"
cat examples/hello.py

heading "1. Tokens (the first lines)"
printf '%s$ taipan build --emit=tokens examples/hello.py | head -12%s\n' "$DIM" "$RESET"
tokens=$("$TAIPAN" build --emit=tokens examples/hello.py) || { echo "demo: FAILED: --emit=tokens" >&2; exit 1; }
printf '%s\n' "$tokens" | head -12

heading "2. The syntax tree, exactly as Python's ast.dump() prints it"
step 0 build --emit=ast examples/hello.py
if command -v python3 >/dev/null 2>&1; then
  if [ "$("$TAIPAN" build --emit=ast examples/hello.py)" = \
       "$(python3 -c 'import ast, sys; print(ast.dump(ast.parse(open(sys.argv[1]).read())))' examples/hello.py)" ]; then
    echo "(identical to CPython's ast.dump)"
  fi
fi

heading "3. Scopes: how each name is bound (closures, cells, globals)"
cat examples/counter.py | sed -n '/^def/,$p'
step 0 check --emit=scopes examples/counter.py

heading "4. Checking every example: no output means no errors"
step 0 check examples/hello.py examples/fib.py examples/counter.py examples/shapes.py examples/wordfreq.py \
  examples/nbody.py examples/wordcount.py

heading "5. A syntax error, reported with the line and a caret"
step 1 check examples/bad.py

heading "6. The same error as JSON, for editors and CI"
step 1 check --diagnostics-format=json examples/bad.py

heading "7. Native code: examples/fib.py compiled, timed against CPython"
sed -n '/^def fib_recursive/,/^$/p' examples/fib.py
native_demo || exit 1

heading "Done"
echo "Next: 'make test' runs every test; docs/cli.md describes all commands and options."
