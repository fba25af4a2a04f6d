#!/usr/bin/env python3
"""End-to-end smoke test: build a program with `taipan build`, run the
executable, and compare its stdout and exit status with CPython running the
same source. Usage: run_e2e.py --taipan BIN [-O N] PROGRAM.py [ARGS...]"""
import argparse
import os
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("-O", dest="opt", default="2")
    ap.add_argument("program")
    ap.add_argument("args", nargs="*")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="taipan-e2e-") as tmp:
        exe = os.path.join(tmp, "prog")
        build = subprocess.run([a.taipan, "build", f"-O{a.opt}", a.program, "-o", exe],
                               capture_output=True, text=True)
        if build.returncode != 0:
            print(f"taipan build failed ({build.returncode}):\n{build.stderr}", file=sys.stderr)
            return 1
        try:
            ours = subprocess.run([exe] + a.args, capture_output=True, text=True, timeout=60,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            print(f"TIMEOUT: the compiled {a.program} ran for more than 60 s", file=sys.stderr)
            return 1
    ref = subprocess.run([sys.executable, a.program] + a.args, capture_output=True, text=True, timeout=120,
                         stdin=subprocess.DEVNULL)
    ok = True
    if ours.stdout != ref.stdout:
        print("stdout differs\n--- python3\n" + ref.stdout + "--- taipan\n" + ours.stdout, file=sys.stderr)
        ok = False
    if ours.returncode != ref.returncode:
        print(f"exit status differs: python3 {ref.returncode}, taipan {ours.returncode}\n{ours.stderr}",
              file=sys.stderr)
        ok = False
    # The last line of an uncaught exception's traceback must match too.
    if ref.returncode != 0 and ref.stderr.strip():
        last = ref.stderr.strip().splitlines()[-1]
        if not ours.stderr.strip() or ours.stderr.strip().splitlines()[-1] != last:
            print(f"last stderr line differs: python3 {last!r}\n{ours.stderr}", file=sys.stderr)
            ok = False
    print("ok" if ok else "FAILED", a.program)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
