#!/usr/bin/env python3
"""Golden-file test runner for the `taipan` driver (tests/lex, tests/parse,
tests/errors, tests/scopes, tests/cli): each `.py` under the given folders is
one test. Its first lines may hold `# ARGS: ...` (default `check`); the runner
runs `taipan ARGS NAME.py` from the file's own folder, so paths print as
`NAME.py`, and compares stdout, stderr and the exit status with the
expectations written as `# CHECK:STDOUT: ...`, `# CHECK:STDERR: ...` and
`# CHECK:EXIT: N` comment lines at the end of the file, or in a sibling
`NAME.expected` file when trailing comments would change what is tested (an
unterminated string would swallow them, an empty file must stay empty).
`--autoupdate` rewrites the expectations from the actual output; review the
diff like code. The format is documented in tests/README.md.

Usage: golden.py --taipan BIN [--autoupdate] [--filter S] [--jobs N] [-v] DIR...
The last line printed is `N passed, M failed`; the exit status is 1 on any
failure.
"""
import argparse
import concurrent.futures as cf
import difflib
import io
import os
import re
import shlex
import subprocess
import sys
import tokenize

CHECK_RE = re.compile(r"^# CHECK:(STDOUT|STDERR|EXIT):(?: (.*))?$")
ARGS_RE = re.compile(r"^# ARGS:(.*)$")
ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
HEADER_LINES = 5          # `# ARGS:` must sit in the first lines of a test
TIMEOUT = 20              # seconds per run; the front end should take milliseconds
PROBE = "# CHECK:PROBE"

# Output is compared as text; undecodable bytes survive a round trip through
# the expectations thanks to surrogateescape.
ENC = dict(encoding="utf-8", errors="surrogateescape")


class Test:
    def __init__(self, path):
        self.path = path
        self.dir, self.name = os.path.split(path)
        self.sibling = path[:-3] + ".expected"
        with open(path, "rb") as f:
            self.raw = f.read()
        self.text = self.raw.decode(**ENC)
        self.args = ["check"]
        for line in self.text.lstrip("\ufeff").splitlines()[:HEADER_LINES]:
            m = ARGS_RE.match(line)
            if m:
                self.args = shlex.split(m.group(1))
                break
        self.fail_named = self.name.startswith("fail_")

    def expectations(self):
        """Returns (check lines, form) where form is 'sibling', 'trailing' or None."""
        if os.path.exists(self.sibling):
            with open(self.sibling, **ENC) as f:
                return [l for l in f.read().splitlines() if CHECK_RE.match(l)], "sibling"
        lines = [l for l in self.text.splitlines() if CHECK_RE.match(l)]
        return lines, ("trailing" if lines else None)

    def body(self):
        """The test's text without its CHECK lines (keeps everything else byte for byte)."""
        return "".join(l for l in self.text.splitlines(keepends=True) if not CHECK_RE.match(l.rstrip("\r\n")))

    def command(self, taipan):
        # `%s` stands for the test's file name and `%d` for its folder (".");
        # without either, the file name is appended (the common case).
        args, placeholder = [], False
        for a in self.args:
            if "%s" in a or "%d" in a:
                placeholder = True
            args.append(a.replace("%s", self.name).replace("%d", "."))
        if not placeholder:
            args.append(self.name)
        if not any(a.startswith("--color") for a in args):
            args.insert(1 if args and not args[0].startswith("-") else 0, "--color=never")
        return [taipan] + args


def run(test, taipan):
    """Runs the driver on the test as it is on disk; returns the CHECK lines of what happened."""
    env = dict(os.environ, NO_COLOR="1", TERM="dumb")
    try:
        p = subprocess.run(test.command(taipan), cwd=test.dir or ".", capture_output=True, timeout=TIMEOUT, env=env)
        out, err, code = p.stdout, p.stderr, p.returncode
    except subprocess.TimeoutExpired:
        return [f"# CHECK:EXIT: timeout after {TIMEOUT}s"]
    lines = []
    for kind, data in (("STDOUT", out), ("STDERR", err)):
        text = ANSI_RE.sub("", data.decode(**ENC))
        for l in text.splitlines():
            l = l.rstrip()
            lines.append(f"# CHECK:{kind}: {l}" if l else f"# CHECK:{kind}:")
    # A negative code is a signal: keep it visible as such.
    lines.append(f"# CHECK:EXIT: {code}")
    return lines


def expected_exit(lines):
    for l in lines:
        m = CHECK_RE.match(l)
        if m and m.group(1) == "EXIT":
            return (m.group(2) or "").strip()
    return None


def naming_problem(test, lines):
    code = expected_exit(lines)
    if code is None:
        return "no `# CHECK:EXIT:` expectation"
    if test.fail_named and code == "0":
        return "a fail_*.py test must expect a non-zero exit status"
    if not test.fail_named and code != "0":
        return "a test expecting a non-zero exit status must be named fail_*.py"
    return None


def trailing_is_safe(body, lines):
    """Whether expectations can live as comments at the end of `body` without
    changing what the test checks: the body ends with a newline, the appended
    comment is tokenized as a comment (not swallowed by a string), nothing is
    written that a comment could not hold, and CPython's first error, if any,
    stays inside the body (errors at end of file move with trailing lines)."""
    if not body.endswith("\n") or not body.strip():
        return False
    if any(re.search(r"[\x00-\x08\x0b-\x1f\x7f\udc80-\udcff]", l) for l in lines):
        return False
    probe = (body + PROBE + "\n").encode(**ENC)
    try:
        for tok in tokenize.tokenize(io.BytesIO(probe).readline):
            if tok.type == tokenize.COMMENT and tok.string == PROBE:
                break
    except tokenize.TokenError as e:
        # The comment would be read as part of an unterminated string.
        if "string" in str(e.args[0]):
            return False
    except (SyntaxError, UnicodeDecodeError, ValueError):
        # The tokenizer stopped on an error inside the body (bad indentation,
        # bad decoding): what follows is never read.
        pass
    try:
        compile(probe, "probe.py", "exec", dont_inherit=True)
    except SyntaxError as e:
        if e.lineno is None or e.lineno > body.count("\n"):
            return False
    except (ValueError, UnicodeError):
        return False
    return True


def write_expectations(test, lines, form):
    if form == "sibling":
        with open(test.sibling, "w", **ENC) as f:
            f.write("\n".join(lines) + "\n")
        return
    body = test.body().rstrip("\n") + "\n\n"
    with open(test.path, "w", newline="", **ENC) as f:
        f.write(body + "\n".join(lines) + "\n")
    test.__init__(test.path)


def autoupdate(test, taipan):
    """Rewrites the expectations. In the trailing form the file changes, which
    can move diagnostics located at end of file, so rerun until stable."""
    old, form = test.expectations()
    actual = run(test, taipan)
    if form is None:
        form = "trailing" if trailing_is_safe(test.body(), actual) else "sibling"
    if form == "sibling":
        if old != actual:
            write_expectations(test, actual, "sibling")
        return old != actual, actual
    changed = False
    for _ in range(4):
        current, _ = test.expectations()
        if current == actual:
            break
        write_expectations(test, actual, "trailing")
        changed = True
        actual = run(test, taipan)
    return changed, actual


def check(test, taipan, update):
    """Returns (ok, report text)."""
    if update:
        changed, actual = autoupdate(test, taipan)
        problem = naming_problem(test, actual)
        if problem:
            return False, f"FAIL {test.path}: {problem}\n"
        return True, (f"UPDATED {test.path}\n" if changed else "")
    expected, form = test.expectations()
    if form is None:
        return False, f"FAIL {test.path}: no expectations (run golden.py --autoupdate)\n"
    problem = naming_problem(test, expected)
    if problem:
        return False, f"FAIL {test.path}: {problem}\n"
    actual = run(test, taipan)
    if actual == expected:
        return True, ""
    where = test.sibling if form == "sibling" else test.path
    diff = difflib.unified_diff(expected, actual, fromfile=f"{where} (expected)", tofile="actual", lineterm="")
    cmd = " ".join(shlex.quote(a) for a in test.command(taipan))
    return False, f"FAIL {test.path}\n  (cd {shlex.quote(test.dir or '.')} && {cmd})\n" + "\n".join(diff) + "\n"


def find_tests(dirs, needle):
    tests = []
    for d in dirs:
        if os.path.isfile(d):
            tests.append(d)
            continue
        for root, subdirs, files in os.walk(d):
            subdirs.sort()
            for f in sorted(files):
                p = os.path.join(root, f)
                if f.endswith(".py") and (needle is None or needle in p):
                    tests.append(p)
    return tests


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--taipan", required=True, help="path of the taipan driver")
    ap.add_argument("--autoupdate", action="store_true", help="rewrite expectations from actual output")
    ap.add_argument("--filter", help="only tests whose path contains this string")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every test")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    taipan = os.path.abspath(a.taipan)
    if not os.access(taipan, os.X_OK):
        print(f"golden.py: {a.taipan} is not an executable", file=sys.stderr)
        return 2
    tests = [Test(p) for p in find_tests(a.dirs, a.filter)]
    passed = failed = 0
    with cf.ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        for test, (ok, report) in zip(tests, pool.map(lambda t: check(t, taipan, a.autoupdate), tests)):
            if ok:
                passed += 1
                if a.verbose:
                    print(f"PASS {test.path}")
            else:
                failed += 1
            if report:
                sys.stdout.write(report)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
