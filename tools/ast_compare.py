#!/usr/bin/env python3
"""AST conformance check against CPython, the oracle: for every `.py` file
under the given paths (and, with --stdlib, the host CPython's standard
library without site-packages) compare `taipan build --emit=ast FILE` with
`ast.dump(ast.parse(bytes))` computed by the running CPython, character for
character. Files CPython rejects must be rejected by Taipan too (exit status
1); for those the line of Taipan's first diagnostic is compared with the
SyntaxError's line and reported separately as "error-line agreement". Files
whose first three lines hold `# taipan: python3.12` use syntax this CPython cannot
parse and are skipped.

Usage: ast_compare.py --taipan BIN [--min-rate PCT] [--stdlib] [--jobs N]
                      [--site-packages] [--json OUT] [--list-failures]
                      [--emit-cmd build|check] PATHS...
Prints totals, the pass rate, each failing file with the first differing
position and both dumps around it, and last `N passed, M failed`. Exits 1
when the pass rate is below --min-rate (default 100).
"""
import argparse
import ast
import concurrent.futures as cf
import json
import os
import re
import subprocess
import sys
import sysconfig
import time
import warnings

TIMEOUT = 20          # seconds per file; longer counts as a hang
CONTEXT = 70          # characters of each dump shown around the first difference
SKIP_MARK = "# taipan: python3.12"
SKIP_DIRS = {"site-packages", "dist-packages", "__pycache__", "crashes"}
TEXT_DIAG_RE = re.compile(rb"^[^\n]*?:(\d+):(\d+): error: ", re.M)


def collect(paths, stdlib, site_packages=False):
    skip = SKIP_DIRS - ({"site-packages", "dist-packages"} if site_packages else set())
    roots = list(paths)
    if stdlib:
        roots.append(sysconfig.get_paths()["stdlib"])
    files = []
    for r in roots:
        if os.path.isfile(r):
            files.append(os.path.abspath(r))
            continue
        for root, dirs, names in os.walk(r):
            dirs[:] = sorted(d for d in dirs if d not in skip)
            files.extend(os.path.abspath(os.path.join(root, n)) for n in sorted(names) if n.endswith(".py"))
    seen, unique = set(), []
    for f in files:
        if f not in seen:
            seen.add(f)
            unique.append(f)
    return unique


def first_diag_line(stderr):
    """The line of the first diagnostic, from JSON lines or clang-style text."""
    for raw in stderr.splitlines():
        raw = raw.strip()
        if raw.startswith(b"{"):
            try:
                d = json.loads(raw)
                if d.get("severity", "error") == "error":
                    return d.get("line")
            except ValueError:
                pass
    m = TEXT_DIAG_RE.search(stderr)
    return int(m.group(1)) if m else None


def compile_check(src, path):
    """CPython's compile() verdict on a file ast.parse accepts: None or the error."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(src, path, "exec", dont_inherit=True)
        except SyntaxError as e:
            return {"type": type(e).__name__, "msg": str(e.msg), "line": e.lineno or None}
        except (ValueError, RecursionError, MemoryError):
            return None
    return None


def check_file(path, taipan, subcommand):
    """Worker: returns a small dict (no dumps) so results travel cheaply."""
    # ast.dump recurses once per nesting level (a 1000-term `a + b + ...` is
    # 1000 levels deep); CPython's own parser is limited by its C stack only.
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 20000))
    with open(path, "rb") as f:
        src = f.read()
    head = b"\n".join(src.split(b"\n", 3)[:3])
    if SKIP_MARK.encode() in head:
        return {"path": path, "status": "skipped"}
    cpython_error = None
    expected = None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            expected = ast.dump(ast.parse(src, filename=path))
        except SyntaxError as e:
            # Line 0 (encoding errors) means "no line": nothing to agree on.
            cpython_error = {"type": type(e).__name__, "msg": str(e.msg), "line": e.lineno or None}
        except (ValueError, RecursionError, MemoryError) as e:
            cpython_error = {"type": type(e).__name__, "msg": str(e), "line": None}
    cmd = [taipan, subcommand, "--emit=ast"]
    if cpython_error:
        cmd.append("--diagnostics-format=json")
    cmd.append(path)
    start = time.monotonic()
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return {"path": path, "status": "hang", "detail": f"no answer after {TIMEOUT}s"}
    elapsed = time.monotonic() - start
    res = {"path": path, "seconds": round(elapsed, 4)}
    err_head = p.stderr.decode("utf-8", "replace").strip().splitlines()[:3]
    if p.returncode not in (0, 1):
        res.update(status="crash", detail=f"exit status {p.returncode}: " + " | ".join(err_head))
        return res
    if cpython_error:
        res["cpython_error"] = cpython_error
        if p.returncode != 1:
            res.update(status="fail", detail=f"CPython rejects ({cpython_error['type']}: "
                       f"{cpython_error['msg']}, line {cpython_error['line']}) but taipan exits 0")
            return res
        line = first_diag_line(p.stderr)
        res["taipan_line"] = line
        res["line_agrees"] = cpython_error["line"] is not None and line == cpython_error["line"]
        res["status"] = "pass"
        return res
    if p.returncode != 0:
        # ast.parse stops after parsing, but CPython's compiler rejects more
        # (symtable errors, irrefutable patterns, ...): when compile() rejects
        # the file too, rejecting it early is right; check the line instead.
        compile_error = compile_check(src, path)
        if compile_error is None:
            res.update(status="fail", detail="CPython accepts but taipan exits 1: " + " | ".join(err_head))
            return res
        p2 = subprocess.run(cmd[:-1] + ["--diagnostics-format=json", path], capture_output=True, timeout=TIMEOUT)
        line = first_diag_line(p2.stderr)
        res.update(status="pass", cpython_error=compile_error, compile_time=True, taipan_line=line,
                   line_agrees=compile_error["line"] is not None and line == compile_error["line"])
        return res
    actual = p.stdout.decode("utf-8", "surrogateescape")
    if actual.endswith("\n"):
        actual = actual[:-1]
    if actual == expected:
        res["status"] = "pass"
        return res
    i = 0
    n = min(len(actual), len(expected))
    while i < n and actual[i] == expected[i]:
        i += 1
    lo = max(0, i - CONTEXT)
    res.update(status="fail", offset=i,
               detail=f"dumps differ at character {i} (lengths {len(expected)} / {len(actual)})\n"
                      f"      cpython: ...{expected[lo:i + CONTEXT]!s}...\n"
                      f"      taipan:  ...{actual[lo:i + CONTEXT]!s}...")
    return res


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--min-rate", type=float, default=100.0, help="required pass rate in percent")
    ap.add_argument("--stdlib", action="store_true", help="also check the host CPython's standard library")
    ap.add_argument("--site-packages", action="store_true",
                    help="with --stdlib, include the third-party packages installed in site-packages too")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--json", help="write per-file results to this file")
    ap.add_argument("--list-failures", action="store_true", help="print only the paths of failing files")
    ap.add_argument("--emit-cmd", default="build", choices=["build", "check"],
                    help="driver subcommand used with --emit=ast")
    ap.add_argument("paths", nargs="*")
    a = ap.parse_args()
    if not a.paths and not a.stdlib:
        ap.error("give PATHS or --stdlib")
    taipan = os.path.abspath(a.taipan)
    files = collect(a.paths, a.stdlib, a.site_packages)
    start = time.monotonic()
    results = []
    with cf.ProcessPoolExecutor(max_workers=max(1, a.jobs)) as pool:
        futs = [pool.submit(check_file, f, taipan, a.emit_cmd) for f in files]
        for fut in cf.as_completed(futs):
            results.append(fut.result())
    results.sort(key=lambda r: r["path"])
    wall = time.monotonic() - start

    by = {}
    for r in results:
        by.setdefault(r["status"], []).append(r)
    passed = len(by.get("pass", []))
    failures = by.get("fail", []) + by.get("crash", []) + by.get("hang", [])
    failures.sort(key=lambda r: r["path"])
    rejected = [r for r in results if "cpython_error" in r]
    # Error-line agreement is measured over files both reject where CPython gives a line.
    with_line = [r for r in rejected if r["status"] == "pass" and r["cpython_error"]["line"] is not None]
    agree = [r for r in with_line if r.get("line_agrees")]
    disagree = [r for r in with_line if not r.get("line_agrees")]

    if a.list_failures:
        for r in failures:
            print(r["path"])
    else:
        for r in failures:
            print(f"{r['status'].upper()} {r['path']}\n      {r['detail']}")
        for r in disagree:
            print(f"ERROR-LINE {r['path']}: CPython line {r['cpython_error']['line']} "
                  f"({r['cpython_error']['msg']}), taipan line {r.get('taipan_line')}")
    total = passed + len(failures)
    rate = 100.0 * passed / total if total else 100.0
    print(f"files: {len(files)}  compared: {total}  skipped (3.12 syntax): {len(by.get('skipped', []))}  "
          f"time: {wall:.1f}s with {a.jobs} jobs")
    print(f"CPython rejects {len(rejected)} ({sum(1 for r in rejected if r.get('compile_time'))} only in "
          f"compile(), not ast.parse); taipan rejects them too: "
          f"{sum(1 for r in rejected if r['status'] == 'pass')}; error-line agreement: "
          f"{len(agree)}/{len(with_line)}")
    print(f"crashes: {len(by.get('crash', []))}  hangs: {len(by.get('hang', []))}  "
          f"mismatches: {len(by.get('fail', []))}")
    print(f"pass rate: {rate:.2f}% (required {a.min_rate:.2f}%)")
    if a.json:
        with open(a.json, "w") as f:
            json.dump({"files": len(files), "passed": passed, "failed": len(failures), "rate": rate,
                       "seconds": wall, "results": results}, f, indent=1)
    print(f"{passed} passed, {len(failures)} failed")
    return 1 if rate < a.min_rate else 0


if __name__ == "__main__":
    sys.exit(main())
