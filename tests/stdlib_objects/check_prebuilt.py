#!/usr/bin/env python3
"""Checks the prebuilt objects of the stdlib (decision 0044): with an empty
object cache, a program importing functools and json links their objects
from lib/stdlib-obj (compiling only the program's own module) and prints what
CPython prints; a build at another -O level, whose keys differ, compiles the
modules itself and also prints the same; and nothing is ever written into
lib/stdlib-obj by a build.

Usage: check_prebuilt.py --taipan BIN
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

PROGRAM = """\
import functools
import json

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), functools.reduce(lambda a, b: a * b, range(1, 15)))
print(json.dumps({"a": [1, 2.5, None, True], "b": "caf\\u00e9"}, sort_keys=True))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
"""


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def build_and_run(taipan, src, exe, opt, cache):
    env = dict(os.environ, XDG_CACHE_HOME=cache)
    r = subprocess.run([taipan, "build", "-v", f"-O{opt}", src, "-o", exe], env=env, capture_output=True,
                       text=True, timeout=600)
    if r.returncode != 0:
        fail(f"build -O{opt} failed:\n{r.stderr}")
    out = subprocess.run([exe], capture_output=True, text=True, timeout=60).stdout
    return r.stderr, out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    a = ap.parse_args()
    prebuilt = os.path.join(os.path.dirname(os.path.abspath(a.taipan)), "..", "lib", "stdlib-obj")
    if not os.path.isdir(prebuilt) or not any(f.startswith("functools-") for f in os.listdir(prebuilt)):
        fail(f"no prebuilt stdlib objects in {prebuilt} (cmake --build <build> --target stdlib-objects)")
    listing = sorted(os.listdir(prebuilt))
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "uses_stdlib.py")
        with open(src, "w") as f:
            f.write(PROGRAM)
        expected = subprocess.run([sys.executable, src], capture_output=True, text=True).stdout

        log, out = build_and_run(a.taipan, src, os.path.join(tmp, "o2"), 2, os.path.join(tmp, "cache2"))
        if out != expected:
            fail(f"-O2 output differs:\n{out}\nexpected:\n{expected}")
        hits = re.findall(r"cache  \S*/stdlib-obj/(\w+)-[0-9a-f]+\.o  prebuilt", log)
        if "functools" not in hits or "decoder" not in hits:
            fail(f"-O2 did not use the prebuilt functools and json.decoder objects:\n{log}")
        m = re.search(r"codegen .*  (\d+) of (\d+) modules compiled", log)
        if not m or m.group(1) != "1":
            fail(f"-O2 compiled more than the program's own module:\n{log}")

        log, out = build_and_run(a.taipan, src, os.path.join(tmp, "o1"), 1, os.path.join(tmp, "cache1"))
        if out != expected:
            fail(f"-O1 output differs:\n{out}\nexpected:\n{expected}")
        if "prebuilt" in log:
            fail(f"-O1 used a prebuilt object built for -O2:\n{log}")
    if sorted(os.listdir(prebuilt)) != listing:
        fail("a build changed lib/stdlib-obj")
    print(f"ok: {len(hits)} prebuilt objects used at -O2, none at -O1, outputs match CPython")


if __name__ == "__main__":
    main()
