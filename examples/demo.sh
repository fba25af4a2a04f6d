#!/usr/bin/env bash
# The demo behind `make demo`: shows Taipan's front end at work on the
# programs in examples/ (tokens, syntax tree, scopes, and a diagnostic with
# its caret). Each step states the exit status it expects; the demo fails
# if any command ends otherwise, so a crash (status 70) or a wrong status
# never passes unnoticed.
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

heading "Taipan: an ahead-of-time compiler from Python 3.12 to native code"
"$TAIPAN" --version || exit 1
echo "This build has the complete front end; native code generation arrives next."

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
step 0 check examples/hello.py examples/fib.py examples/counter.py examples/shapes.py examples/wordfreq.py

heading "5. A syntax error, reported with the line and a caret"
step 1 check examples/bad.py

heading "6. The same error as JSON, for editors and CI"
step 1 check --diagnostics-format=json examples/bad.py

heading "Done"
echo "Next: 'make test' runs every test; docs/cli.md describes all commands and options."
