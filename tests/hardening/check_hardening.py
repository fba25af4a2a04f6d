#!/usr/bin/env python3
"""Reliability checks of the `taipan` driver that golden files cannot express
(docs/reliability.md), one ctest per subcommand:

  bad-input     inputs generated at test time must fail cleanly, in bounded
                time: a 10 MB file (valid, and with an error on its last
                line), 10,000 nested brackets, 100,000-long attribute / call /
                subscript / operator chains, a non-UTF-8 file, /dev/zero, an
                unreadable file (run as `nobody` when the test runs as root),
                an empty file. Each checks the exit status, file:line:col and
                message, and that nothing crashed.
  ice           TAIPAN_DEBUG_CRASH=KIND@PHASE: every kind of internal failure
                ends as "internal compiler error" with the phase, a stack
                trace and exit status 70, and leaves no output or temporary
                file behind.
  hardened      a produced executable is PIE, full RELRO (GNU_RELRO +
                BIND_NOW), with a non-executable stack, a stack protector and
                fortified libc calls (readelf); generated code is sspstrong.
  reproducible  the same program built twice in different directories (other
                cwd, output path and cold object cache) is bit-identical, at
                -O2, with -g -O0, and for a program of two modules.
  split         a module big enough is split for code generation (-j 2,
                decision 0042): the run matches CPython (str constants are
                the same objects in every partition), the partitions are
                cached as one set (a second build hits all of them, a set
                with a partition missing is compiled again), -j 1 reuses
                the set, -g -O0 and -O2 builds are bit-identical when
                repeated, and two modules split at once (-j 4) whose
                locals have the same names link together.
  gdb           with -g -O0, gdb breaks on file.py:LINE, `bt` shows the Python
                function names and `next` steps to the next Python line
                (skipped, exit 77, without gdb).

Usage: check_hardening.py --taipan BIN SUBCOMMAND
"""
import argparse
import glob
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
TAIPAN = None
WALL_FACTOR = 6  # the wall-clock timeouts are this many times the CPU-time limits (hang guards only)
failures = []


def fail(what, detail=""):
    failures.append(what)
    print(f"FAIL {what}" + (f"\n  {detail}" if detail else ""))


def ok(what):
    print(f"ok   {what}")


def run(args, cwd, env=None, timeout=120, preexec=None):
    """Runs taipan; p.elapsed is the CPU time it used (user + system), so
    that time limits hold on a loaded machine or under a sanitizer's build;
    the wall-clock `timeout` is only a hang guard and is scaled by
    WALL_FACTOR (6)."""
    e = dict(os.environ, NO_COLOR="1", TERM="dumb")
    e.update(env or {})
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run([TAIPAN] + args, cwd=cwd, env=e, capture_output=True, timeout=timeout * WALL_FACTOR,
                       preexec_fn=preexec)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    p.elapsed = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    p.err = p.stderr.decode("utf-8", "replace")
    return p


def expect(what, p, status, pattern=None, max_seconds=None):
    """Checks the exit status, that the driver did not crash, and that the
    first line of stderr matches `pattern` (a regex)."""
    first = p.err.splitlines()[0] if p.err else ""
    if p.returncode < 0 or "internal compiler error" in p.err:
        return fail(what, f"crashed (status {p.returncode}): {first}")
    if p.returncode != status:
        return fail(what, f"exit status {p.returncode}, expected {status}: {first}")
    if pattern is not None and not re.fullmatch(pattern, first):
        return fail(what, f"first line {first!r} does not match {pattern!r}")
    if max_seconds is not None and p.elapsed > max_seconds:
        return fail(what, f"took {p.elapsed:.1f} s (limit {max_seconds} s)")
    ok(what)


def cpython_error(path):
    """(line, offset, message) of CPython's SyntaxError for `path`, or None."""
    with open(path, "rb") as f:
        src = f.read()
    try:
        compile(src, os.path.basename(path), "exec", dont_inherit=True)
    except SyntaxError as e:
        return e.lineno, e.offset, e.msg
    except (RecursionError, MemoryError) as e:
        return None, None, type(e).__name__
    return None


# ---------------------------------------------------------------------------


def bad_input(tmp):
    # A 10 MB program: compiles (check) in bounded time.
    lines, size, i = [], 0, 0
    while size < 10 * 1024 * 1024:
        line = f"v{i} = {i} + len('abc') * 2  # line {i}\n"
        lines.append(line)
        size += len(line)
        i += 1
    with open(os.path.join(tmp, "big.py"), "w") as f:
        f.write("".join(lines))
    expect("10 MB valid file", run(["check", "big.py"], tmp), 0, max_seconds=60)
    with open(os.path.join(tmp, "big_error.py"), "w") as f:
        f.write("".join(lines) + "x = (1,\n")
    expect("10 MB file, error on its last line", run(["check", "big_error.py"], tmp), 1,
           re.escape(f"big_error.py:{i + 1}:5: error: '(' was never closed [UnclosedBracket]"), max_seconds=60)

    # A 4 MB program on one line (fuzz_lexer found positions on a long line
    # costing time linear in the line, so the whole file took quadratic time).
    row = "('a', 'é', \"€\", 1), "
    with open(os.path.join(tmp, "long_line.py"), "w", encoding="utf-8") as f:
        f.write("ROWS = [" + row * (4 * 1024 * 1024 // len(row)) + "]\nprint(len(ROWS))\n")
    expect("4 MB single-line file", run(["check", "long_line.py"], tmp), 0, max_seconds=60)

    # 10,000 nested brackets of each kind: CPython's error and column.
    for name, open_, close in (("parens", "(", ")"), ("brackets", "[", "]"), ("braces", "{", "}")):
        path = os.path.join(tmp, f"nested_{name}.py")
        with open(path, "w") as f:
            f.write("x = " + open_ * 10000 + "1" + close * 10000 + "\n")
        line, col, msg = cpython_error(path)
        expect(f"10,000 nested {name}", run(["check", os.path.basename(path)], tmp), 1,
               re.escape(f"nested_{name}.py:{line}:{col}: error: {msg} [TooManyNestedBrackets]"))

    # Chains the parser builds with loops (deep trees, no parser recursion):
    # refused before the recursive phases see them (CPython: RecursionError).
    chains = {
        "attribute": "x = a" + ".b" * 100000,
        "call": "x = f" + "()" * 100000,
        "subscript": "x = a" + "[0]" * 100000,
        "operator": "x = " + "+".join(["1"] * 100000),
        "power": "x = " + "**".join(["2"] * 100000),
        "unary": "x = " + "-" * 100000 + "1",
        "not": "x = " + "not " * 100000 + "y",
        "lambda": "x = " + "lambda: " * 100000 + "1",
    }
    for name, src in chains.items():
        with open(os.path.join(tmp, f"chain_{name}.py"), "w") as f:
            f.write(src + "\n")
        expect(f"100,000-long {name} chain", run(["check", f"chain_{name}.py"], tmp), 1,
               rf"chain_{name}\.py:1:\d+: error: too many nested expressions or statements \[TooDeeplyNested\]",
               max_seconds=30)
    # ... while a chain CPython still compiles builds and runs.
    with open(os.path.join(tmp, "chain_ok.py"), "w") as f:
        f.write("def f():\n    return f\n\n\nx = f" + "()" * 2900 + "\nprint(x is f, " + "+".join(["1"] * 2900) +
                ")\n")
    p = run(["build", "-O0", "chain_ok.py", "-o", "chain_ok"], tmp, env={"XDG_CACHE_HOME": os.path.join(tmp, "c")},
            timeout=600)
    expect("2,900-long chains build", p, 0)
    if p.returncode == 0:
        out = subprocess.run([os.path.join(tmp, "chain_ok")], capture_output=True, text=True, timeout=60).stdout
        (ok if out == "True 2900\n" else lambda w: fail(w, repr(out)))("2,900-long chains run")

    # Non-UTF-8 source without a coding line: CPython's message.
    with open(os.path.join(tmp, "latin1.py"), "wb") as f:
        f.write(b"x = 1\ns = '\xff'\n")
    expect("non-UTF-8 source", run(["check", "latin1.py"], tmp), 1,
           re.escape("latin1.py:2:6: error: Non-UTF-8 code starting with '\\xff' in file latin1.py on line 2, "
                     "but no encoding declared; see https://peps.python.org/pep-0263/ for details [SourceEncoding]"))

    # An endless input ends in an error, not in the compiler eating memory.
    if os.path.exists("/dev/zero"):
        expect("/dev/zero", run(["check", "/dev/zero"], tmp), 1,
               re.escape("taipan: error: cannot read '/dev/zero': larger than 100 MiB, the limit for a source "
                         "file [FileUnreadable]"), max_seconds=30)

    # An unreadable file. root reads anything, so as root the driver runs as
    # `nobody` (uid 65534) for this case.
    secret = os.path.join(tmp, "secret.py")
    with open(secret, "w") as f:
        f.write("x = 1\n")
    os.chmod(secret, 0)
    os.chmod(tmp, 0o755)
    preexec = None
    if os.geteuid() == 0:
        def preexec():
            os.setgid(65534)
            os.setuid(65534)
    try:
        p = run(["check", "secret.py"], tmp, preexec=preexec)
        expect("unreadable file", p, 1,
               re.escape("taipan: error: cannot read 'secret.py': Permission denied [FileUnreadable]"))
    except (PermissionError, subprocess.SubprocessError, OSError) as e:
        print(f"skip unreadable file: cannot drop privileges ({e})")

    # An empty file is a valid, empty program.
    open(os.path.join(tmp, "empty.py"), "w").close()
    p = run(["check", "empty.py"], tmp)
    expect("empty file", p, 0)
    if p.stdout or p.stderr:
        fail("empty file prints nothing", p.err)


def ice(tmp):
    with open(os.path.join(tmp, "prog.py"), "w") as f:
        f.write("def f(n):\n    return n + 1\n\n\nprint(f(41))\n")
    env = {"XDG_CACHE_HOME": os.path.join(tmp, "cache")}
    cases = [("segv", "parse"), ("abort", "sema"), ("check", "irgen"), ("exception", "verify"), ("oom", "passes"),
             ("stack", "parse"), ("segv", "link"), ("abort", "codegen")]
    for kind, phase in cases:
        what = f"forced {kind} in phase {phase}"
        e = dict(env, TAIPAN_DEBUG_CRASH=f"{kind}@{phase}")
        p = run(["build", "prog.py", "-o", "out"], tmp, env=e)
        problems = []
        if p.returncode != 70:
            problems.append(f"exit status {p.returncode}, expected 70")
        if not re.search(rf"taipan: internal compiler error.* in phase '{phase}'", p.err):
            problems.append("no 'internal compiler error ... in phase' line")
        # A C++ exception has been unwound: only the signal and check paths
        # can show where it happened.
        if kind not in ("exception", "oom") and "stack trace:" not in p.err:
            problems.append("no stack trace")
        if "please report this" not in p.err:
            problems.append("no request to report the bug")
        left = [n for n in os.listdir(tmp) if n not in ("prog.py", "cache")]
        left += glob.glob(os.path.join(tmp, "cache", "taipan", "obj", ".*"))
        if left:
            problems.append(f"files left behind: {left}")
        if problems:
            fail(what, "; ".join(problems) + "\n  " + "\n  ".join(p.err.splitlines()[:6]))
        else:
            ok(what)
    p = run(["build", "prog.py", "-o", "out"], tmp, env=dict(env, TAIPAN_DEBUG_CRASH="segv@no-such-phase"))
    expect("a crash switch for a phase that never runs", p, 0)


def readelf(args, exe):
    return subprocess.run(["readelf", "-W"] + args + [exe], capture_output=True, text=True, check=True).stdout


def static_runtime_libs():
    """True when taipan_rt.libs links libstdc++ and the domain libraries as archives."""
    libdir = os.environ.get("TAIPAN_RUNTIME_DIR") or os.path.join(os.path.dirname(os.path.abspath(TAIPAN)), "..", "lib")
    try:
        with open(os.path.join(libdir, "taipan_rt.libs")) as f:
            lines = f.read().split()
    except OSError:
        return False
    return all(l.startswith("-l:") or l in ("-lm", "-lpthread") for l in lines)


def hardened(tmp):
    if not shutil.which("readelf"):
        print("readelf not found: skipped")
        return SKIP
    with open(os.path.join(tmp, "prog.py"), "w") as f:
        f.write("def f(xs):\n    return ','.join(str(x) for x in xs)\n\n\nprint(f(range(5)), '%5.2f' % 3.14159)\n")
    for opt in ("-O0", "-O2"):
        exe = os.path.join(tmp, "prog" + opt)
        p = run(["build", opt, "prog.py", "-o", exe], tmp, env={"XDG_CACHE_HOME": os.path.join(tmp, "cache")},
                timeout=300)
        if p.returncode != 0:
            fail(f"build {opt}", p.err)
            continue
        out = subprocess.run([exe], capture_output=True, text=True).stdout
        if out != "0,1,2,3,4  3.14\n":
            fail(f"{opt}: the program runs", repr(out))
        header, phdrs, dyn = readelf(["-h"], exe), readelf(["-l"], exe), readelf(["-d"], exe)
        syms = readelf(["--dyn-syms", "-s"], exe)
        checks = {
            "PIE (ET_DYN with a PIE flag)": re.search(r"Type:\s+DYN", header) and re.search(r"FLAGS_1.*\bPIE\b", dyn),
            "full RELRO: GNU_RELRO segment": "GNU_RELRO" in phdrs,
            "full RELRO: BIND_NOW": re.search(r"\(FLAGS\).*BIND_NOW", dyn) or re.search(r"FLAGS_1.*\bNOW\b", dyn),
            "NX stack: GNU_STACK not executable": re.search(r"GNU_STACK(\s+\S+){5}\s+RW\s", phdrs),
            "stack protector: __stack_chk_fail referenced": "__stack_chk_fail" in syms,
            "_FORTIFY_SOURCE: a *_chk libc function referenced": re.search(r"\b__\w+_chk\b", syms.replace(
                "__stack_chk_fail", "")),
        }
        # Decision 0060: the runtime's libraries are linked statically where
        # their archives exist, and the native cores only when imported.
        needed = set(re.findall(r"\(NEEDED\).*\[(.*)\]", dyn))
        if static_runtime_libs():
            checks["only libc, libm and libgcc_s needed at run time"] = needed <= {
                "libc.so.6", "libm.so.6", "libgcc_s.so.1", "ld-linux-x86-64.so.2"}
        checks["no SQLite, libcrypto or PCRE2 linked without an import"] = not re.search(
            r"\b(sqlite3_libversion|EVP_MD_CTX_new|pcre2_compile_8)\b", syms)
        for what, good in checks.items():
            (ok if good else fail)(f"{opt}: {what}" + ("" if good else f" (NEEDED: {sorted(needed)})"))
    # A program that imports native cores gets them linked and set up.
    with open(os.path.join(tmp, "cores.py"), "w") as f:
        f.write("import zlib\nimport hashlib\nimport sqlite3\n\nprint(zlib.crc32(b'abc'), "
                "hashlib.md5(b'x').hexdigest(), sqlite3.connect(':memory:').execute('select 6*7').fetchone())\n")
    exe = os.path.join(tmp, "cores")
    p = run(["build", "cores.py", "-o", exe], tmp, env={"XDG_CACHE_HOME": os.path.join(tmp, "cache")}, timeout=300)
    out = subprocess.run([exe], capture_output=True, text=True).stdout if p.returncode == 0 else p.err
    what = "imported native cores (zlib, _hashlib, _sqlite3) are linked and run"
    if out == "891568578 9dd4e461268c8034f5c8564e155c67a6 (42,)\n":
        ok(what)
    else:
        fail(what, repr(out))
    # Generated functions carry the stack-protector attribute.
    p = run(["build", "--emit=llvm", "prog.py", "-o", "-"], tmp)
    text = p.stdout.decode()
    attrs = re.findall(r"^attributes #\d+ = \{([^}]*)\}", text, re.M)
    defined = re.findall(r"^define .*\) #(\d+)", text, re.M)
    (ok if p.returncode == 0 and defined and "sspstrong" in text else fail)("generated functions are sspstrong")
    del attrs


def same_bytes(label, paths):
    with open(paths[0], "rb") as f:
        a = f.read()
    with open(paths[1], "rb") as f:
        b = f.read()
    if a == b:
        ok(f"{label}: bit-identical executables ({len(a)} bytes)")
    else:
        first = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
        fail(f"{label}: executables differ", f"sizes {len(a)} and {len(b)}, first difference at byte {first}")


def reproducible(tmp):
    prog = ("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\n\n"
            "class P:\n    def __init__(self, x):\n        self.x = x\n\n\nprint(fib(20), P(3).x, [i * i for i in range(5)])\n")
    # Two places that differ in depth and name, each with its own cold
    # cache; the source is given by the same relative name.
    places = [(os.path.join(tmp, "a"), "out"), (os.path.join(tmp, "b", "deeper", "dir"), "../bin/program")]
    for label, flags in (("-O2", []), ("-g -O0", ["-g", "-O0"]), ("-g -O2", ["-g", "-O2"])):
        built = []
        for k, (where, output) in enumerate(places):
            os.makedirs(os.path.dirname(os.path.join(where, output)), exist_ok=True)
            with open(os.path.join(where, "prog.py"), "w") as f:
                f.write(prog)
            cache = os.path.join(tmp, f"cache-{label.replace(' ', '')}-{k}")
            p = run(["build"] + flags + ["prog.py", "-o", output], where, env={"XDG_CACHE_HOME": cache}, timeout=300)
            if p.returncode != 0:
                fail(f"{label}: build in {where}", p.err)
                break
            built.append(os.path.join(where, output))
        if len(built) == 2:
            same_bytes(label, built)
    # A program of two modules: an imported module's __file__ is its
    # absolute path (as in CPython), so the sources stay in one place; the
    # builds run from different directories, with other outputs and caches.
    src = os.path.join(tmp, "src")
    os.makedirs(src)
    with open(os.path.join(src, "main.py"), "w") as f:
        f.write("import helper\n\n\ndef twice(x):\n    return helper.inc(x) * 2\n\n\nprint(twice(20), helper.NAME)\n")
    with open(os.path.join(src, "helper.py"), "w") as f:
        f.write("NAME = 'helper'\n\n\ndef inc(x):\n    return x + 1\n")
    built = []
    for k, (where, output) in enumerate(places):
        cache = os.path.join(tmp, f"cache-modules-{k}")
        p = run(["build", "-g", "-j", "2", os.path.join(src, "main.py"), "-o", output + "-modules"], where,
                env={"XDG_CACHE_HOME": cache}, timeout=300)
        if p.returncode != 0:
            fail(f"two modules: build in {where}", p.err)
            return
        built.append(os.path.join(where, output + "-modules"))
    same_bytes("two modules, -g -j 2", built)


def split_program(tag, functions=14):
    """A module of several thousand LLVM instructions: functions that call
    each other and share str constants (an identity check across them)."""
    out = ["import sys", "", "", f"TAG = '{tag}'", ""]
    for i in range(functions):
        out += [
            f"def work_{i}(n, words):",
            "    total = 0",
            "    parts = []",
            "    for k in range(n):",
            f"        w = words[k % len(words)] + 'key'",
            "        if w.startswith('alpha'):",
            f"            total += len(w) * {i + 1}",
            "        elif w == 'betakey':",
            "            total -= k % 7",
            "        else:",
            "            parts.append(w.upper())",
            f"    d = {{'name': 'shared_name', 'index': {i}, 'total': total}}",
            "    return d['total'] + len(parts) + len(d['name'])",
            "",
            "",
            f"def name_{i}():",
            "    return 'shared_name'",
            "",
            "",
        ]
    out += ["def main():", "    words = ['alpha', 'beta', 'gamma', 'alphabet']", "    acc = 0"]
    out += [f"    acc += work_{i}({i + 20}, words)" for i in range(functions)]
    out += ["    print(TAG, acc)"]
    out += [f"    print(name_0() is name_{i}(), name_{i}() == 'shared_name')" for i in range(1, functions)]
    out += ["", "", "main()", ""]
    return "\n".join(out)


def split(tmp):
    src = os.path.join(tmp, "big.py")
    with open(src, "w") as f:
        f.write(split_program("big"))
    want = subprocess.run([sys.executable, src], capture_output=True, timeout=120).stdout
    cache = os.path.join(tmp, "cache")
    objdir = os.path.join(cache, "taipan", "obj")

    def build(label, flags, output, expect, cache_dir=cache):
        p = run(["build", "-v"] + flags + [src, "-o", output], tmp, env={"XDG_CACHE_HOME": cache_dir}, timeout=300)
        if p.returncode != 0:
            fail(f"{label}: build", p.err)
            return None
        for what in expect:
            if what not in p.err:
                fail(f"{label}: no '{what}' in -v", p.err)
        got = subprocess.run([os.path.join(tmp, output)], capture_output=True, timeout=60).stdout
        if got != want:
            fail(f"{label}: output", got.decode("utf-8", "replace") + "\nwanted:\n" + want.decode("utf-8", "replace"))
        return p

    build("-j 2, cold", ["-j", "2"], "a", ["1 of 1 modules compiled", "1 split in 2"])
    # Two hot partitions and, at -O1 and up, the generic bodies' and the
    # run-once code's (decision 0078).
    parts = sorted(glob.glob(os.path.join(objdir, "big-*-p*-2.o")))
    if sorted(re.sub(r".*-(p[^-]+)-2\.o$", r"\1", x) for x in parts) != ["p0", "p1", "pc", "pg"]:
        fail("-j 2: partitions in the cache", "\n".join(os.listdir(objdir)))
        return
    p = build("-j 2, warm", ["-j", "2"], "b", ["0 of 1 modules compiled"])
    if p and sum(1 for line in p.err.splitlines() if line.startswith("taipan: cache") and re.search(r"-p[01cg]-2\.o  hit$", line)) != 4:
        fail("-j 2, warm: every partition hits", p.err)
    build("-j 1, warm", ["-j", "1"], "c", ["0 of 1 modules compiled"])
    os.unlink(parts[1])
    build("-j 2, a partition missing", ["-j", "2"], "d", ["1 of 1 modules compiled", "1 split in 2"])
    if not all(os.path.exists(x) for x in parts):
        fail("-j 2: the set compiled again", "\n".join(os.listdir(objdir)))
    build("-j 1, cold", ["-j", "1"], "e", ["1 of 1 modules compiled, 1 thread"], os.path.join(tmp, "cache-j1"))
    for label, flags in (("-O2", []), ("-g -O0", ["-g", "-O0"])):
        built = []
        for k in range(2):
            out = f"r{k}{label.replace(' ', '')}"
            if build(f"{label} -j 2 #{k}", flags + ["-j", "2"], out, ["1 split in 2"],
                     os.path.join(tmp, f"cache-r{k}{label.replace(' ', '')}")):
                built.append(os.path.join(tmp, out))
        if len(built) == 2:
            same_bytes(f"split {label}", built)
    # Two modules split at once: their locals have the same names.
    pkg = os.path.join(tmp, "two")
    os.makedirs(pkg)
    with open(os.path.join(pkg, "helper.py"), "w") as f:
        f.write(split_program("helper"))
    with open(os.path.join(pkg, "main.py"), "w") as f:
        f.write("import helper\n\n" + split_program("main"))
    main = os.path.join(pkg, "main.py")
    want2 = subprocess.run([sys.executable, main], capture_output=True, timeout=120, cwd=pkg).stdout
    p = run(["build", "-v", "-j", "4", main, "-o", "two-exe"], tmp, env={"XDG_CACHE_HOME": os.path.join(tmp, "cache2")},
            timeout=300)
    if p.returncode != 0:
        fail("two modules -j 4: build", p.err)
        return
    if "2 of 2 modules compiled, 2 threads, 2 split in 2" not in p.err:
        fail("two modules -j 4: both split", p.err)
    got = subprocess.run([os.path.join(tmp, "two-exe")], capture_output=True, timeout=60).stdout
    if got != want2:
        fail("two modules -j 4: output", got.decode("utf-8", "replace"))


def gdb(tmp):
    if not shutil.which("gdb"):
        print("gdb not found: skipped")
        return SKIP
    src = ("def helper(x):\n"        # 1
           "    y = x + 1\n"         # 2
           "    z = y * 2\n"         # 3
           "    return z\n"          # 4
           "\n"                      # 5
           "\n"                      # 6
           "class Box:\n"            # 7
           "    def total(self, n):\n"  # 8
           "        s = 0\n"         # 9
           "        for i in range(n):\n"  # 10
           "            s += helper(i)\n"  # 11
           "        return s\n"      # 12
           "\n"                      # 13
           "\n"                      # 14
           "print(Box().total(3))\n")  # 15
    with open(os.path.join(tmp, "dbg.py"), "w") as f:
        f.write(src)
    p = run(["build", "-g", "-O0", "dbg.py", "-o", "dbg"], tmp, env={"XDG_CACHE_HOME": os.path.join(tmp, "c")},
            timeout=300)
    if p.returncode != 0:
        fail("build -g -O0", p.err)
        return
    g = subprocess.run(["gdb", "-nx", "-batch", "-ex", "set pagination off", "-ex", "break dbg.py:2", "-ex", "run",
                        "-ex", "bt", "-ex", "next", "-ex", "next", "-ex", "kill", "./dbg"], cwd=tmp,
                       capture_output=True, text=True, timeout=120)
    out = g.stdout
    if "Breakpoint 1 at" not in out:
        fail("gdb sets a breakpoint on dbg.py:2", out + g.stderr)
        return
    ok("gdb sets a breakpoint on dbg.py:2")
    checks = [
        ("the breakpoint is hit in helper", r"Breakpoint 1, helper \(\) at \S*dbg\.py:2"),
        ("bt: helper at line 2", r"#0\s+helper \(\) at \S*dbg\.py:2"),
        ("bt: Box.total at line 11", r"#\d+\s+0x[0-9a-f]+ in Box\.total \(\) at \S*dbg\.py:11"),
        ("bt: <module> at line 15", r"#\d+\s+0x[0-9a-f]+ in <module> \(\) at \S*dbg\.py:15"),
        ("next steps to line 3", r"\n3\s+    z = y \* 2\n"),
        ("next steps to line 4", r"\n4\s+    return z\n"),
    ]
    for what, pattern in checks:
        (ok if re.search(pattern, out) else lambda w: fail(w, out))(what)


def main():
    global TAIPAN
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--taipan", required=True)
    ap.add_argument("check", choices=["bad-input", "ice", "hardened", "reproducible", "split", "gdb"])
    a = ap.parse_args()
    TAIPAN = os.path.abspath(a.taipan)
    fn = {"bad-input": bad_input, "ice": ice, "hardened": hardened, "reproducible": reproducible, "split": split,
          "gdb": gdb}
    with tempfile.TemporaryDirectory(prefix="taipan-hardening-") as tmp:
        os.chmod(tmp, 0o755)
        status = fn[a.check](tmp)
    if status == SKIP:
        return SKIP
    print(f"{len(failures)} failed" if failures else "all passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
