#!/usr/bin/env python3
"""Compile-time benchmark (issue #5): times `taipan build -O2` of hello world,
of each shared benchmark program and of a generated 10,000-line program, each
a cold build (an empty object cache), median of N, and prints a Markdown
table of wall and CPU (user+sys of the compiler and the linker) seconds and
the compiler's peak RSS. Not a test: run it on a quiet machine.

Usage: bench/compile_time.py [--taipan BIN] [--shared-bench DIR] [-n N]
                             [--lines 10000] [PROGRAM ...]
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


def generate_program(path, lines):
    """A program of about `lines` lines: typed and untyped functions, classes
    with methods, loops and string work, and a main that calls a sample."""
    out = ['"""Generated for bench/compile_time.py."""', "import sys", "from typing import List", ""]
    i = 0
    while len(out) < lines - 12:
        out += [
            f"def work_{i}(n: int, xs: List[int]) -> int:",
            "    total = 0",
            "    for k in range(n):",
            f"        total += (k * {i % 7 + 1}) % 13",
            "        if total > 1000:",
            "            total -= xs[k % len(xs)]",
            "    return total",
            "",
            f"class Item{i}:",
            "    def __init__(self, name, value):",
            "        self.name = name",
            "        self.value = value",
            "",
            "    def describe(self):",
            f"        return '%s=%d' % (self.name, self.value + {i})",
            "",
            f"def text_{i}(words):",
            "    return ' '.join(w.upper() for w in words if w)",
            "",
        ]
        i += 1
    out += [
        "def main() -> None:",
        "    xs = [1, 2, 3]",
        "    acc = 0",
        f"    for j in range({min(i, 50)}):",
        "        acc += j",
        f"    print(work_0(100, xs), Item0('a', 1).describe(), text_{i - 1}(['x', 'y']), acc)",
        "",
        "",
        'if __name__ == "__main__":',
        "    main()",
    ]
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")
    return len(out)


def cold_build(taipan, src, workdir):
    cache = tempfile.mkdtemp(prefix="taipan-cold-")
    env = dict(os.environ, XDG_CACHE_HOME=cache)
    exe = os.path.join(workdir, "prog")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-f", "%M", taipan, "build", "-O2", src, "-o", exe], cwd=workdir,
                       capture_output=True, text=True, env=env, timeout=600)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(cache, ignore_errors=True)
    if r.returncode != 0:
        sys.exit(f"compile_time: building {src} failed:\n{r.stderr}")
    rss_kb = int(r.stderr.strip().splitlines()[-1])
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, rss_kb


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", default=os.path.join(ROOT, "build/bin/taipan"))
    ap.add_argument("--shared-bench", default=os.path.join(ROOT, "..", "shared", "bench"))
    ap.add_argument("-n", type=int, default=3)
    ap.add_argument("--lines", type=int, default=10000)
    ap.add_argument("programs", nargs="*")
    args = ap.parse_args()
    taipan = os.path.abspath(args.taipan)
    work = tempfile.mkdtemp(prefix="taipan-ctime-")
    progs = []
    hello = os.path.join(work, "hello.py")
    with open(hello, "w") as f:
        f.write('print("Hello, world!")\n')
    progs.append(("hello world", hello, 1))
    bench_dir = os.path.join(args.shared_bench, "programs")
    names = args.programs or sorted(p[:-3] for p in os.listdir(bench_dir) if p.endswith(".py"))
    for name in names:
        src = os.path.join(bench_dir, name + ".py")
        progs.append((name, src, sum(1 for _ in open(src))))
    big = os.path.join(work, "generated.py")
    n_lines = generate_program(big, args.lines)
    progs.append((f"generated ({n_lines} lines)", big, n_lines))
    print("| program | lines | wall s | CPU s | compiler peak RSS MB |")
    print("|---|---|---|---|---|")
    for label, src, lines in progs:
        runs = [cold_build(taipan, src, work) for _ in range(args.n)]
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        rss = max(r[2] for r in runs) / 1024
        print(f"| {label} | {lines} | {wall:.3f} | {cpu:.3f} | {rss:.0f} |", flush=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
