#!/usr/bin/env python3
"""Regenerates the expectations of the golden program tests (tests/programs)
from CPython: for each NAME.py it writes NAME.out (the exact stdout of
`python3 NAME.py`), NAME.exit (the exit status, only when it is not 0) and
NAME.err (the last non-empty line of stderr, only when the program exits
with a non-zero status and writes to stderr: the traceback's last line such
as `ZeroDivisionError: division by zero`, or a `sys.exit("message")` text).
Stale .exit/.err files are removed. A folder containing main.py is one
program of several modules (only main.py gets expectations). Programs run the way tools/run_programs.py
runs compiled ones: in a fresh temporary folder, with an empty stdin and no
arguments. Each program runs twice with different PYTHONHASHSEED values; a
difference means the program is not deterministic (a set of strings printed,
say) and is reported as an error, since no compiled program could match it.

Usage: regen_program_outputs.py [--check] [--filter S] [--python python3] [DIR|FILE ...]
  (default DIR: tests/programs beside this tool's repository)
  --check   write nothing; report stale or missing files and exit 1 if any.
"""
import argparse
import concurrent.futures as cf
import os
import subprocess
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 30


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
                if f.endswith(".py"):
                    progs.append(os.path.abspath(os.path.join(root, f)))
    return [p for p in progs if needle is None or needle in p]


def run_python(python, prog, seed):
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)
    with tempfile.TemporaryDirectory(prefix="taipan-regen-") as tmp:
        r = subprocess.run([python, prog], cwd=tmp, input=b"", capture_output=True, env=env,
                           timeout=TIMEOUT)
    return r.returncode, r.stdout, r.stderr


def last_line(data):
    lines = [l for l in data.decode("utf-8", "surrogateescape").splitlines() if l.strip()]
    return lines[-1] if lines else None


def expected_files(python, prog):
    """Returns ({suffix: bytes or None}, problem or None); None means 'must not exist'."""
    code, out, err = run_python(python, prog, 0)
    code2, out2, err2 = run_python(python, prog, 12345)
    problem = None
    if (code, out, last_line(err)) != (code2, out2, last_line(err2)):
        problem = "not deterministic (output differs between PYTHONHASHSEED=0 and 12345)"
    if code < 0:
        problem = f"killed by signal {-code}"
    files = {".out": out, ".exit": None, ".err": None}
    if code != 0:
        files[".exit"] = f"{code}\n".encode()
        line = last_line(err)
        if line is not None:
            files[".err"] = (line + "\n").encode("utf-8", "surrogateescape")
    return files, problem


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--filter")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    paths = args.paths or [os.path.join(REPO, "tests", "programs")]
    progs = find_programs(paths, args.filter)
    if not progs:
        print("no programs found", file=sys.stderr)
        return 1

    stale = 0
    problems = 0
    with cf.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda p: (p, expected_files(args.python, p)), progs))
    for prog, (files, problem) in results:
        rel = os.path.relpath(prog)
        if problem:
            print(f"ERROR {rel}: {problem}")
            problems += 1
        for suffix, want in files.items():
            path = prog[:-3] + suffix
            have = None
            if os.path.exists(path):
                with open(path, "rb") as f:
                    have = f.read()
            if have == want:
                continue
            stale += 1
            if args.check:
                state = "missing" if have is None else ("should not exist" if want is None else "stale")
                print(f"STALE {os.path.relpath(path)}: {state}")
            elif want is None:
                os.remove(path)
                print(f"removed {os.path.relpath(path)}")
            else:
                with open(path, "wb") as f:
                    f.write(want)
                print(f"wrote {os.path.relpath(path)}")
    verb = "stale" if args.check else "updated"
    print(f"{len(progs)} programs, {stale} files {verb}, {problems} problems")
    return 1 if problems or (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
