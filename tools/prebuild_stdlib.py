#!/usr/bin/env python3
"""Prebuilds the object files of the standard library written in Python
(stdlib/, decision 0020) for a built compiler, as a toolchain ships its
precompiled standard library (decision 0044). Every module under the
compiler's stdlib directory is imported by one generated program, which
`taipan build -O2` compiles into a private object cache; the modules' objects
(never the generated program's) are then moved into LIB/stdlib-obj, where the
driver looks for them, under the same content-hash names as the cache's, after
a miss in the user's cache. The key of an object names the compiler binary,
the runtime bitcode, the options and the module's source, so an object left
from an older compiler is never used; such objects are deleted here.

Objects already in LIB/stdlib-obj are seeded into the private cache first,
so after an edit to one stdlib module only that module is compiled again.
Each file is moved in with rename(2): a concurrent build sees either no
object or a whole one.

Usage: tools/prebuild_stdlib.py --taipan build/bin/taipan [--lib build/lib] [-j N]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

GENERATED = "_taipan_prebuild_stdlib"


def module_names(stdlib):
    names = []
    for root, dirs, files in os.walk(stdlib):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "__pycache__")))
        rel = os.path.relpath(root, stdlib)
        pkg = [] if rel == "." else rel.split(os.sep)
        for f in sorted(files):
            if not f.endswith(".py"):
                continue
            parts = pkg + ([] if f == "__init__.py" else [f[:-3]])
            if parts:
                names.append(".".join(parts))
    return sorted(names)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--lib", help="the compiler's lib directory (default: BIN/../lib)")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 1)
    a = ap.parse_args()
    taipan = os.path.abspath(a.taipan)
    lib = os.path.abspath(a.lib or os.path.join(os.path.dirname(taipan), "..", "lib"))
    stdlib = os.path.join(lib, "stdlib")
    out = os.path.join(lib, "stdlib-obj")
    if not os.path.isdir(stdlib):
        sys.exit(f"prebuild_stdlib: no stdlib directory at {stdlib}")
    os.makedirs(out, exist_ok=True)
    names = module_names(stdlib)

    with tempfile.TemporaryDirectory(prefix="taipan-prebuild-", dir=lib) as tmp:
        objdir = os.path.join(tmp, "taipan", "obj")
        os.makedirs(objdir)
        before = set(f for f in os.listdir(out) if f.endswith(".o"))
        for f in before:
            os.link(os.path.join(out, f), os.path.join(objdir, f))
        prog = os.path.join(tmp, GENERATED + ".py")
        with open(prog, "w") as fh:
            fh.write("".join(f"import {n}\n" for n in names))
        # The build touches every object it uses (a cache hit) or writes
        # (a miss): those newer than this marker are the current set.
        marker = os.path.join(tmp, "start")
        open(marker, "w").close()
        start = os.stat(marker).st_mtime_ns
        env = dict(os.environ, XDG_CACHE_HOME=tmp)
        r = subprocess.run([taipan, "build", "-O2", "-j", str(a.j), prog, "-o", os.path.join(tmp, GENERATED)],
                           env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if r.returncode != 0:
            sys.stdout.write(r.stdout)
            sys.exit(f"prebuild_stdlib: compiling the standard library failed (exit {r.returncode})")
        built = set(f for f in os.listdir(objdir) if f.endswith(".o") and not f.startswith(GENERATED + "-")
                    and os.stat(os.path.join(objdir, f)).st_mtime_ns >= start)
        for f in sorted(built - before):
            os.replace(os.path.join(objdir, f), os.path.join(out, f))
        for f in sorted(before - built):
            os.unlink(os.path.join(out, f))
    print(f"prebuild_stdlib: {len(names)} modules, {len(built - before)} objects compiled, "
          f"{len(before & built)} kept, {len(before - built)} stale removed, in {out}")


if __name__ == "__main__":
    main()
