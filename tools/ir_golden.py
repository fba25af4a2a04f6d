#!/usr/bin/env python3
"""Golden IR test runner (tests/ir/*.ir): each file is one taipan-opt test.
Its first lines hold `; RUN: ARGS` (the taipan-opt options, e.g.
`--passes=dce --verify-each`); the runner runs `taipan-opt ARGS NAME.ir` from
the file's folder and compares the output with the expectations written at
the end of the file as `; CHECK: LINE` (stdout), `; CHECK-ERR: LINE` (stderr)
and `; CHECK-EXIT: N` (exit status, 0 when absent) — or held in a sibling
NAME.expected file in the same syntax. The comparison is exact, line for line.
`--autoupdate` rewrites the expectations from the actual output.

Usage: ir_golden.py --opt BIN [--autoupdate] [--filter S] [-v] DIR...
The last line printed is `N passed, M failed`; exit status 1 on any failure.
"""
import argparse
import difflib
import os
import shlex
import subprocess
import sys

PREFIXES = ("; CHECK: ", "; CHECK-ERR: ", "; CHECK-EXIT: ")


def is_check(line):
    return line.rstrip("\n") in ("; CHECK:", "; CHECK-ERR:") or line.startswith(PREFIXES)


def split(text):
    """Returns (body, checks): the test text without its trailing CHECK block."""
    lines = text.splitlines(keepends=True)
    end = len(lines)
    while end > 0 and (is_check(lines[end - 1]) or lines[end - 1].strip() == ""):
        end -= 1
    return "".join(lines[:end]), [l.rstrip("\n") for l in lines[end:] if is_check(l)]


def render(stdout, stderr, code):
    out = []
    for l in stdout.splitlines():
        out.append(("; CHECK: " + l) if l else "; CHECK:")
    for l in stderr.splitlines():
        out.append(("; CHECK-ERR: " + l) if l else "; CHECK-ERR:")
    if code != 0:
        out.append("; CHECK-EXIT: %d" % code)
    return out


def run_test(opt, path, update, verbose):
    d, name = os.path.split(path)
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    args = []
    for line in text.splitlines()[:5]:
        if line.startswith("; RUN:"):
            args = shlex.split(line[len("; RUN:"):])
            break
    sibling = path[:-3] + ".expected"
    body, checks = split(text)
    if os.path.exists(sibling):
        with open(sibling, encoding="utf-8", errors="surrogateescape") as f:
            checks = [l for l in f.read().splitlines() if is_check(l)]
    try:
        p = subprocess.run([opt] + args + [name], cwd=d or ".", capture_output=True, timeout=30,
                           encoding="utf-8", errors="surrogateescape")
        actual = render(p.stdout, p.stderr, p.returncode)
    except subprocess.TimeoutExpired:
        actual = ["; CHECK-ERR: <timeout>"]
    if actual == checks:
        return True
    if update:
        if os.path.exists(sibling):
            with open(sibling, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write("\n".join(actual) + "\n")
        else:
            with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
                f.write(body.rstrip("\n") + "\n\n" + "\n".join(actual) + "\n")
        print("updated", path)
        return True
    print("FAIL", path)
    if verbose or True:
        for l in difflib.unified_diff(checks, actual, "expected", "actual", lineterm=""):
            print("   ", l)
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--opt", required=True)
    ap.add_argument("--autoupdate", action="store_true")
    ap.add_argument("--filter", default="")
    ap.add_argument("-v", action="store_true")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    opt = os.path.abspath(a.opt)
    tests = []
    for d in a.dirs:
        for root, _, files in os.walk(d):
            tests += [os.path.join(root, f) for f in files if f.endswith(".ir") and a.filter in f]
    passed = failed = 0
    for t in sorted(tests):
        if run_test(opt, t, a.autoupdate, a.v):
            passed += 1
        else:
            failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
