#!/usr/bin/env python3
"""The collector's generational mode and the stack-overflow guard share
SIGSEGV (decision 0040): libgc's mprotect write barrier learns of the first
write to a protected heap page through a fault, and the runtime's guard turns
a fault at the end of the program thread's stack into CPython's uncaught
RecursionError. These cases run compiled programs with generational mode on
(GC_ENABLE_INCREMENTAL=1, with and without libgc's marking time limit) and
off: an allocation-heavy program that mutates old objects and reads files
into buffers must print what python3 prints, and a recursion deeper than the
1 GiB stack (the recursion limit raised out of the way) must still end with
the RecursionError message and status 1 in every mode.

Usage: gc_modes.py --taipan build/bin/taipan
"""
import argparse
import os
import subprocess
import sys
import tempfile

MODES = {
    "default": {},
    "generational": {"GC_ENABLE_INCREMENTAL": "1", "GC_PAUSE_TIME_TARGET": "999999"},
    "incremental": {"GC_ENABLE_INCREMENTAL": "1"},
}

# Old objects (a long-lived tree, a dict, a list) are written after many
# collections, so their pages are write-protected when written; bytes come
# in through read(2) into runtime buffers (unbuffered and buffered reads, os.read).
ALLOC_PROGRAM = r'''
import os


class Node:
    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def build(depth, v):
    if depth == 0:
        return Node(None, None, v)
    return Node(build(depth - 1, 2 * v), build(depth - 1, 2 * v + 1), v)


def total(node):
    if node is None:
        return 0
    return node.value + total(node.left) + total(node.right)


def relink(node, depth, k):
    # Writes into old nodes: new children made after many collections.
    if node is None:
        return
    if depth == 3:
        node.left = build(2, k)
        return
    relink(node.left, depth + 1, k)
    relink(node.right, depth + 1, k + 1)


old = build(12, 1)
table = {}
keep = []
for round_ in range(40):
    for i in range(2000):
        t = build(4, i)
        table[str(i % 500)] = (t, [i, str(i), float(i) / 3])
    keep.append({"round": round_, "items": [str(j) * 3 for j in range(50)]})
    relink(old, 0, round_)
    if round_ % 10 == 0:
        print(round_, total(old), len(table), sum(len(k["items"]) for k in keep))

path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "taipan_gc_modes_%d.bin" % os.getpid())
with open(path, "wb") as f:
    f.write(bytes(range(256)) * 4000)
with open(path, "rb", buffering=0) as f:
    buf = bytearray(f.read(300000))
n = len(buf)
with open(path, "rb") as f:
    head = [f.read(1000) for _ in range(5)]
fd = os.open(path, os.O_RDONLY)
chunks = []
while True:
    c = os.read(fd, 65536)
    if not c:
        break
    chunks.append(c)
os.close(fd)
os.remove(path)
data = b"".join(chunks)
print(n, sum(buf[:n]) % 1000003, len(data), data[1000:1004], [h[:2] for h in head])
print(total(old), sum(t[1][0] for t in table.values()))
'''

# Deeper than the 1 GiB stack allows: the guard, not the recursion limit, ends it.
OVERFLOW_PROGRAM = r'''
import sys
sys.setrecursionlimit(10**9)


def down(n, acc):
    acc.append(n)
    return down(n + 1, acc) + 1


print("start", flush=True)
down(0, [])
'''


SANITIZER_NOISE = ("==", "False positive error reports may follow", "For details see https://github.com/google/sanitizers")


def build(taipan, src, exe):
    r = subprocess.run([taipan, "build", src, "-o", exe], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"build of {src} failed:\n{r.stderr}")


def run(cmd, extra_env):
    env = dict(os.environ)
    for k in ("GC_ENABLE_INCREMENTAL", "GC_PAUSE_TIME_TARGET"):
        env.pop(k, None)
    env.update(extra_env)
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    args = ap.parse_args()
    taipan = os.path.abspath(args.taipan)
    failures = []
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        alloc_src = os.path.join(tmp, "alloc.py")
        with open(alloc_src, "w") as f:
            f.write(ALLOC_PROGRAM)
        overflow_src = os.path.join(tmp, "overflow.py")
        with open(overflow_src, "w") as f:
            f.write(OVERFLOW_PROGRAM)
        build(taipan, alloc_src, os.path.join(tmp, "alloc"))
        build(taipan, overflow_src, os.path.join(tmp, "overflow"))
        want = run([sys.executable, alloc_src], {"TMPDIR": tmp})
        for mode, env in MODES.items():
            total += 1
            got = run([os.path.join(tmp, "alloc")], dict(env, TMPDIR=tmp))
            if (got.stdout, got.stderr, got.returncode) != (want.stdout, want.stderr, want.returncode):
                failures.append(f"alloc/{mode}: status {got.returncode}\nstdout:\n{got.stdout}\nstderr:\n{got.stderr}"
                                f"\nCPython stdout:\n{want.stdout}")
        for mode, env in MODES.items():
            total += 1
            got = run([os.path.join(tmp, "overflow")], env)
            # The ASan build warns about the 1 GiB stack ("ASan is ignoring
            # requested __asan_handle_no_return ..."): not the program's output.
            lines = [ln for ln in got.stderr.rstrip("\n").split("\n") if not ln.startswith(SANITIZER_NOISE)]
            last = lines[-1] if lines else ""
            if (got.stdout, last, got.returncode) != ("start\n", "RecursionError: maximum recursion depth exceeded",
                                                      1):
                failures.append(f"overflow/{mode}: status {got.returncode}\nstdout:\n{got.stdout}\n"
                                f"stderr:\n{got.stderr}")
    for f in failures:
        print("FAIL", f)
    print(f"{total - len(failures)}/{total} collector-mode cases passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
