#!/usr/bin/env python3
"""Runs the golden program tests (tests/programs): each NAME.py is compiled
with `taipan build -O<level> NAME.py -o EXE`, the executable runs in a fresh
temporary folder with an empty stdin (a pipe closed at once: the same as
/dev/null, without trusting the host's /dev/null) and no arguments (limits:
10 s of CPU time to run and 120 s to compile, six times that in wall time),
and the run must match what CPython did, as recorded by
tools/regen_program_outputs.py: stdout byte for byte (NAME.out), the exit
status (NAME.exit, 0 when absent) and, when NAME.err exists, the last
non-empty line of stderr. A folder containing main.py is one program of several
modules: main.py is compiled (its imports pull in the rest), nothing else
in the folder or below it is a program. Failures print their diffs; the last line is
`N passed, M failed`.

While code generation is being built, `--allow-failures-file FILE` gives an
expected-failure budget: FILE lists programs (one path per line, relative to
FILE's folder; `#` starts a comment) that may fail. The run then fails only
when a program not in the list fails, and notes listed programs that now
pass so they can be taken off the list, which only shrinks.
`--write-failures-file FILE` writes the list of the programs failing now.

Usage: run_programs.py [--taipan BIN] [-O0|-O1|-O2|-O3] [--jobs N] [--json FILE]
                       [--filter S] [--timeout S] [--allow-failures-file FILE]
                       [--write-failures-file FILE] [-v] [DIR|FILE ...]
Exit status: 0 when nothing unexpected failed, 1 otherwise, 2 on usage errors.
"""
import argparse
import concurrent.futures as cf
import difflib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The limits are CPU time (RLIMIT_CPU, per process), so that a loaded
# machine does not turn slow compilations into failures; a wall-clock limit
# WALL_FACTOR times larger still catches a process that hangs without
# using the CPU.
COMPILE_TIMEOUT = 120
WALL_FACTOR = 6


def cpu_limit(seconds):
    def apply():
        s = max(1, int(seconds + 0.999))
        resource.setrlimit(resource.RLIMIT_CPU, (s, s + 5))
    return apply
MAX_DIFF_LINES = 40


def find_programs(paths, needle):
    progs = []
    for p in paths:
        if os.path.isfile(p):
            progs.append(os.path.abspath(p))
            continue
        for root, dirs, files in os.walk(p):
            dirs.sort()
            if "main.py" in files:
                # A program of several modules: main.py is the program, the
                # other files (and packages below) are the modules it imports.
                dirs[:] = []
                files = ["main.py"]
            for f in sorted(files):
                if f.endswith(".py") and os.path.exists(os.path.join(root, f[:-3] + ".out")):
                    progs.append(os.path.abspath(os.path.join(root, f)))
    return [p for p in progs if needle is None or needle in p]


def read(path, default=None):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as f:
        return f.read()


def last_line(data):
    lines = [l for l in data.decode("utf-8", "surrogateescape").splitlines() if l.strip()]
    return lines[-1] if lines else ""


def text_diff(want, got, label):
    a = want.decode("utf-8", "surrogateescape").splitlines(keepends=True)
    b = got.decode("utf-8", "surrogateescape").splitlines(keepends=True)
    diff = list(difflib.unified_diff(a, b, f"{label} (CPython)", f"{label} (taipan)"))
    if len(diff) > MAX_DIFF_LINES:
        diff = diff[:MAX_DIFF_LINES] + [f"... ({len(diff) - MAX_DIFF_LINES} more diff lines)\n"]
    return "".join(l if l.endswith("\n") else l + "\\ no newline\n" for l in diff)


def clip(data, limit=2000):
    s = data.decode("utf-8", "replace")
    return s if len(s) <= limit else s[:limit] + "\n... (clipped)"


def run_one(prog, args):
    """Returns a dict: status (PASS, FAIL-COMPILE, CRASH-COMPILE, FAIL-RUN, FAIL-OUTPUT, TIMEOUT), detail, times."""
    want_out = read(prog[:-3] + ".out", b"")
    want_exit = int(read(prog[:-3] + ".exit", b"0").decode().strip() or 0)
    want_err = read(prog[:-3] + ".err")
    res = {"status": "PASS", "detail": "", "compile_s": None, "run_s": None}
    with tempfile.TemporaryDirectory(prefix="taipan-prog-") as tmp:
        exe = os.path.join(tmp, "prog")
        cmd = [args.taipan, "build", f"-O{args.opt}", prog, "-o", exe]
        t0 = time.monotonic()
        try:
            c = subprocess.run(cmd, input=b"", capture_output=True, timeout=COMPILE_TIMEOUT * WALL_FACTOR,
                               preexec_fn=cpu_limit(COMPILE_TIMEOUT))
        except subprocess.TimeoutExpired:
            res.update(status="TIMEOUT", detail=f"compilation took more than {COMPILE_TIMEOUT * WALL_FACTOR} s")
            return res
        if c.returncode == -signal.SIGXCPU:
            res.update(status="TIMEOUT", detail=f"compilation used more than {COMPILE_TIMEOUT} s of CPU time")
            return res
        res["compile_s"] = round(time.monotonic() - t0, 3)
        if c.returncode != 0 or not os.path.exists(exe):
            crashed = c.returncode == 70 or c.returncode < 0
            res.update(status="CRASH-COMPILE" if crashed else "FAIL-COMPILE",
                       detail=f"$ {' '.join(cmd)}\nexit status {c.returncode}\n{clip(c.stderr + c.stdout)}")
            return res
        rundir = os.path.join(tmp, "run")
        os.mkdir(rundir)
        t0 = time.monotonic()
        try:
            r = subprocess.run([exe], cwd=rundir, input=b"", capture_output=True,
                               timeout=args.timeout * WALL_FACTOR, preexec_fn=cpu_limit(args.timeout))
        except subprocess.TimeoutExpired:
            res.update(status="TIMEOUT", detail=f"the program ran more than {args.timeout * WALL_FACTOR} s")
            return res
        if r.returncode == -signal.SIGXCPU:
            res.update(status="TIMEOUT", detail=f"the program used more than {args.timeout} s of CPU time")
            return res
        res["run_s"] = round(time.monotonic() - t0, 3)
    problems = []
    if r.returncode < 0:
        problems.append(f"killed by signal {-r.returncode} (CPython exited with {want_exit})")
    elif r.returncode != want_exit:
        problems.append(f"exit status {r.returncode}, CPython's was {want_exit}")
    if r.stdout != want_out:
        problems.append("stdout differs:\n" + text_diff(want_out, r.stdout, "stdout"))
    if want_err is not None:
        want_line = last_line(want_err)
        got_line = last_line(r.stderr)
        if got_line != want_line:
            problems.append(f"last stderr line differs:\n  CPython: {want_line}\n  taipan:  {got_line}")
    if problems:
        status = "FAIL-RUN" if r.returncode < 0 or r.returncode != want_exit else "FAIL-OUTPUT"
        if r.stderr and (r.returncode != want_exit or want_err is not None):
            problems.append("stderr:\n" + clip(r.stderr, 1500))
        res.update(status=status, detail="\n".join(problems))
    return res


def load_list(path):
    base = os.path.dirname(os.path.abspath(path))
    entries = set()
    for line in read(path, b"").decode().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.add(os.path.normpath(os.path.join(base, line)))
    return entries


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--taipan", default=os.path.join(REPO, "build", "bin", "taipan"))
    ap.add_argument("-O", dest="opt", default="2", choices=["0", "1", "2", "3"])
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--json")
    ap.add_argument("--filter")
    ap.add_argument("--timeout", type=float, default=10)
    ap.add_argument("--allow-failures-file")
    ap.add_argument("--write-failures-file")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    args.taipan = os.path.abspath(args.taipan)
    if not os.access(args.taipan, os.X_OK):
        print(f"run_programs: no taipan executable at {args.taipan}", file=sys.stderr)
        return 2
    paths = args.paths or [os.path.join(REPO, "tests", "programs")]
    progs = find_programs(paths, args.filter)
    if not progs:
        print("run_programs: no programs found", file=sys.stderr)
        return 2
    allowed = load_list(args.allow_failures_file) if args.allow_failures_file else set()

    with cf.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        results = dict(zip(progs, pool.map(lambda p: run_one(p, args), progs)))

    passed = failed = unexpected = 0
    now_passing = []
    counts = {}
    for prog in progs:
        res = results[prog]
        rel = os.path.relpath(prog)
        counts[res["status"]] = counts.get(res["status"], 0) + 1
        if res["status"] == "PASS":
            passed += 1
            if prog in allowed:
                now_passing.append(rel)
            if args.verbose:
                print(f"PASS {rel}")
            continue
        failed += 1
        if prog in allowed:
            if args.verbose:
                print(f"{res['status']} {rel} (known failure)\n{res['detail']}\n")
            continue
        unexpected += 1
        print(f"{res['status']} {rel}\n{res['detail']}\n")

    if args.allow_failures_file:
        for rel in now_passing:
            print(f"note: {rel} now passes; take it off {os.path.relpath(args.allow_failures_file)}")
        missing = sorted(p for p in allowed if p not in results and (args.filter is None or args.filter in p))
        for p in missing:
            if not os.path.exists(p):
                print(f"note: {os.path.relpath(p)} is listed but does not exist")
        listed_here = len([p for p in progs if p in allowed])
        print(f"known failures: {failed - unexpected} of {listed_here} listed still fail; "
              f"{unexpected} unexpected failure(s)")
    if args.write_failures_file:
        base = os.path.dirname(os.path.abspath(args.write_failures_file))
        with open(args.write_failures_file, "w") as f:
            f.write("# Golden programs that fail today (generated by tools/run_programs.py --write-failures-file).\n"
                    "# Paths are relative to this folder. This list only shrinks: take a program off it once\n"
                    "# it passes; a program failing that is not listed fails the ctest.\n")
            for prog in progs:
                if results[prog]["status"] != "PASS":
                    f.write(os.path.relpath(prog, base) + "\n")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"opt": args.opt, "counts": counts,
                       "programs": {os.path.relpath(p, REPO): results[p] for p in progs}}, f, indent=1)
    summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
    print(f"({summary})")
    print(f"{passed} passed, {failed} failed")
    if args.allow_failures_file:
        return 1 if unexpected else 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
