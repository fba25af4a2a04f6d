#!/usr/bin/env python3
"""Scope-analysis conformance against CPython: for every .py file given (or
found under the given folders) renders the host python3's `symtable` for the
file in the text format of `taipan check --emit=scopes` (see dumpScopes in
compiler/sema/scopes.h) and compares it with what taipan prints. When CPython
rejects the file with a SyntaxError, compares instead that taipan's first
error has the same line and message. Files taipan cannot parse, or that
CPython cannot even parse, are counted as skipped.

Usage: scopes_compare.py --taipan BIN [--show N] [--min-rate P] [--jobs N] FILES_OR_DIRS...
       scopes_compare.py --render FILE      (print python's rendering only)
Prints the first differences, then `N passed, M failed, K skipped (R% agree)`.
"""
import argparse
import ast
import concurrent.futures as cf
import difflib
import os
import re
import subprocess
import symtable
import sys
import warnings

import _symtable

SCOPE_OFF = _symtable.SCOPE_OFF
SCOPE_MASK = _symtable.SCOPE_MASK
FLAG_MASK = (1 << SCOPE_OFF) - 1
BINDINGS = {
    _symtable.LOCAL: "local",
    _symtable.GLOBAL_EXPLICIT: "global explicit",
    _symtable.GLOBAL_IMPLICIT: "global implicit",
    _symtable.FREE: "free",
    _symtable.CELL: "cell",
}
# The flag bits in dump order (DEF_COMP_ITER is not exported by _symtable).
FLAGS = [
    (_symtable.DEF_PARAM, "param"),
    (_symtable.DEF_LOCAL, "assigned"),
    (_symtable.DEF_GLOBAL, "global"),
    (_symtable.DEF_NONLOCAL, "nonlocal"),
    (_symtable.USE, "used"),
    (_symtable.DEF_FREE, "def_free"),
    (_symtable.DEF_FREE_CLASS, "free_class"),
    (_symtable.DEF_IMPORT, "imported"),
    (_symtable.DEF_ANNOT, "annotated"),
    (2 << 8, "comp_iter"),
]
ERROR_RE = re.compile(r":(\d+):(\d+): error: (.*?)(?: \[\w+\])?$")


def render_table(table, depth, out):
    indent = "  " * depth
    out.append(f"{indent}{table.get_type()} {table.get_name()} (line {table.get_lineno()})")
    raw = table._table.symbols
    # Names only passing through (free in a nested scope) have no flags;
    # CPython adds them in set order, so both sides list them last, sorted.
    named = [n for n, v in raw.items() if v & FLAG_MASK]
    passing = sorted(n for n, v in raw.items() if not v & FLAG_MASK)
    for name in named + passing:
        v = raw[name]
        parts = [BINDINGS.get((v >> SCOPE_OFF) & SCOPE_MASK, "?")]
        parts += [label for bit, label in FLAGS if v & bit]
        out.append(f"{indent}  {name}: {', '.join(parts)}")
    for child in table.get_children():
        render_table(child, depth + 1, out)


def python_render(source, path):
    """Returns ('ok', text), ('error', (line, message)) or ('skip', reason)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(source, path)
        except (SyntaxError, ValueError) as e:
            return "skip", f"python cannot parse: {e}"
        try:
            compile(source, path, "exec")
        except SyntaxError as e:
            return "error", (e.lineno, e.msg)
        except (ValueError, RecursionError, MemoryError) as e:
            return "skip", f"python cannot compile: {e}"
        table = symtable.symtable(source, path, "exec")
    out = []
    render_table(table, 0, out)
    return "ok", "\n".join(out) + "\n"


def compare(path, taipan):
    """Returns (status, detail): status is 'pass', 'fail' or 'skip'."""
    try:
        with open(path, "rb") as f:
            data = f.read()
        source = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return "skip", f"unreadable: {e}"
    kind, expected = python_render(data, path)
    if kind == "skip":
        return "skip", expected
    try:
        proc = subprocess.run([taipan, "check", "--emit=scopes", path], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "fail", "taipan timed out"
    except OSError as e:
        return "fail", f"cannot run taipan: {e}"
    stdout = proc.stdout.decode("utf-8", "replace")
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode not in (0, 1):
        return "fail", f"taipan exited with {proc.returncode}:\n{stderr[-2000:]}"
    errors = [ERROR_RE.search(line) for line in stderr.splitlines()]
    errors = [m for m in errors if m]
    if kind == "error":
        line, msg = expected
        if not errors:
            return "fail", f"python reports {line}: {msg}; taipan reports nothing"
        got_line, got_msg = int(errors[0].group(1)), errors[0].group(3)
        if (got_line, got_msg) != (line, msg):
            return "fail", f"python reports {line}: {msg}; taipan reports {got_line}: {got_msg}"
        return "pass", ""
    if errors:
        first = errors[0]
        # A parse error is the parser's business, not a scope difference.
        if proc.returncode == 1 and not stdout:
            return "skip", f"taipan reports {first.group(1)}: {first.group(3)}"
        return "fail", f"python accepts the file; taipan reports {first.group(1)}: {first.group(3)}"
    if stdout == expected:
        return "pass", ""
    diff = difflib.unified_diff(expected.splitlines(), stdout.splitlines(), "python", "taipan", lineterm="", n=2)
    return "fail", "\n".join(list(diff)[:40])


def collect(paths):
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, names in os.walk(p):
                dirs.sort()
                files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".py")]
        else:
            files.append(p)
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--taipan", help="the taipan binary")
    ap.add_argument("--render", help="print python's rendering of one file and exit")
    ap.add_argument("--show", type=int, default=5, help="how many failures to detail")
    ap.add_argument("--min-rate", type=float, default=0.0, help="exit 1 below this agreement percentage")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every failing file")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    if args.render:
        with open(args.render, "rb") as f:
            kind, text = python_render(f.read(), args.render)
        print(text if kind == "ok" else f"{kind}: {text}", end="" if kind == "ok" else "\n")
        return 0
    if not args.taipan or not args.paths:
        ap.error("--taipan and at least one path are required")
    files = collect(args.paths)
    counts = {"pass": 0, "fail": 0, "skip": 0}
    shown = 0
    with cf.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = pool.map(lambda f: (f, compare(f, args.taipan)), files)
        for path, (status, detail) in results:
            counts[status] += 1
            if status == "fail":
                if shown < args.show:
                    print(f"FAIL {path}\n{detail}\n")
                    shown += 1
                elif args.verbose:
                    print(f"FAIL {path}: {detail.splitlines()[0] if detail else ''}")
    judged = counts["pass"] + counts["fail"]
    rate = 100.0 * counts["pass"] / judged if judged else 100.0
    print(f"{counts['pass']} passed, {counts['fail']} failed, {counts['skip']} skipped ({rate:.2f}% agree)")
    return 1 if rate < args.min_rate else 0


if __name__ == "__main__":
    sys.exit(main())
