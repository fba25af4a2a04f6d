#!/usr/bin/env python3
"""Incremental-rebuild benchmark (issue #5): generates a program of 20
modules (a main module importing 20 modules of about 150 lines each), builds
it cold (empty object cache), changes one line in one module, rebuilds, and
reports both times and their ratio; the program's output is checked against
CPython's after each build. The issue's target: the rebuild takes at most
20% of the full build. Not a test: run it on a quiet machine.

Usage: bench/incremental.py [--taipan BIN] [--modules 20] [-n N] [-j J]
"""
import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def module_source(k, constant):
    lines = [f'"""Module {k} of the incremental-rebuild benchmark."""', "from typing import List", "",
             f"SCALE = {constant}", ""]
    for i in range(12):
        lines += [
            f"def f{i}(n: int) -> int:",
            "    total = 0",
            "    for j in range(n):",
            f"        total += (j * SCALE + {i}) % 7",
            "    return total",
            "",
            f"class C{i}:",
            "    def __init__(self, xs: List[int]):",
            "        self.xs = xs",
            "",
            "    def total(self) -> int:",
            f"        return sum(x * {k + 1} for x in self.xs)",
            "",
        ]
    lines += ["def run() -> int:",
              "    return f0(10) + f11(5) + C3([1, 2, 3]).total()", ""]
    return "\n".join(lines) + "\n"


def write_program(root, modules, constant_of):
    for k in range(modules):
        with open(os.path.join(root, f"mod{k}.py"), "w") as f:
            f.write(module_source(k, constant_of(k)))
    with open(os.path.join(root, "main.py"), "w") as f:
        for k in range(modules):
            f.write(f"import mod{k}\n")
        f.write("\nprint(sum(m.run() for m in [" + ", ".join(f"mod{k}" for k in range(modules)) + "]))\n")


def build(taipan, root, env, jobs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run([taipan, "build", "-O2", "-j", str(jobs), "main.py", "-o", "prog"], cwd=root,
                       capture_output=True, text=True, env=env, timeout=900)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if r.returncode != 0:
        sys.exit("incremental: build failed:\n" + r.stderr)
    out = subprocess.run(["./prog"], cwd=root, capture_output=True, text=True).stdout
    ref = subprocess.run([sys.executable, "main.py"], cwd=root, capture_output=True, text=True).stdout
    if out != ref:
        sys.exit(f"incremental: output {out!r} differs from CPython's {ref!r}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", default=os.path.join(ROOT, "build/bin/taipan"))
    ap.add_argument("--modules", type=int, default=20)
    ap.add_argument("-n", type=int, default=3)
    ap.add_argument("-j", type=int, default=1)
    args = ap.parse_args()
    taipan = os.path.abspath(args.taipan)
    fulls, incs = [], []
    for run in range(args.n):
        root = tempfile.mkdtemp(prefix="taipan-incr-")
        cache = tempfile.mkdtemp(prefix="taipan-incr-cache-")
        env = dict(os.environ, XDG_CACHE_HOME=cache)
        write_program(root, args.modules, lambda k: 3)
        fulls.append(build(taipan, root, env, args.j))
        # One line changed in one module (its SCALE constant).
        edited = args.modules // 2
        with open(os.path.join(root, f"mod{edited}.py"), "w") as f:
            f.write(module_source(edited, 4 + run))
        incs.append(build(taipan, root, env, args.j))
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)
    fw = statistics.median(w for w, _ in fulls)
    fc = statistics.median(c for _, c in fulls)
    iw = statistics.median(w for w, _ in incs)
    ic = statistics.median(c for _, c in incs)
    total_lines = sum(1 for _ in module_source(0, 3).splitlines()) * args.modules
    print(f"program: {args.modules} modules, about {total_lines} lines; -j {args.j}; median of {args.n}")
    print("| build | wall s | CPU s |")
    print("|---|---|---|")
    print(f"| full (cold cache) | {fw:.3f} | {fc:.3f} |")
    print(f"| after a one-line edit in one module | {iw:.3f} | {ic:.3f} |")
    print(f"rebuild / full: {iw / fw:.1%} wall, {ic / fc:.1%} CPU (target: at most 20%)")


if __name__ == "__main__":
    main()
