#!/usr/bin/env python3
"""Checks `taipan build --explain-types=html`: the page is written to
STEM.types.html in the working directory, every source line is a table row,
lines with dynamic operations are coloured and carry the operations and the
reasons in their tooltip, and typed lines stay white.

Usage: check_html.py --taipan BIN SAMPLE.py
"""
import argparse
import html
import os
import re
import subprocess
import sys
import tempfile


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("sample")
    args = ap.parse_args()
    sample = os.path.abspath(args.sample)
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([os.path.abspath(args.taipan), "build", "--explain-types=html", sample, "-o",
                               os.path.join(tmp, "prog")], cwd=tmp, capture_output=True, text=True, timeout=300)
        if proc.returncode != 0:
            sys.exit("build failed (%d): %s" % (proc.returncode, proc.stderr))
        stem = os.path.splitext(os.path.basename(sample))[0]
        page_path = os.path.join(tmp, stem + ".types.html")
        if not os.path.exists(page_path):
            sys.exit("no %s; stderr: %s" % (page_path, proc.stderr))
        if "wrote %s.types.html" % stem not in proc.stderr:
            sys.exit("the build did not say where the page is: %r" % proc.stderr)
        page = open(page_path, encoding="utf-8").read()
    rows = re.findall(r'<tr style="background:(#[0-9a-f]+)"(?: title="([^"]*)")?><td class="n">(\d+)</td>', page)
    source_lines = open(sample, encoding="utf-8").read().splitlines()
    failures = []
    if len(rows) != len(source_lines):
        failures.append("%d rows for %d source lines" % (len(rows), len(source_lines)))
    by_line = {int(n): (bg, html.unescape(title)) for bg, title, n in rows}
    bg, title = by_line.get(7, ("", ""))
    if bg == "#ffffff" or "3 dynamic operations" not in title or "py.getattr 'method'" not in title:
        failures.append("line 7 should show 3 dynamic operations, got %r %r" % (bg, title))
    if "parameter 'obj' is object" not in by_line.get(6, ("", ""))[1]:
        failures.append("line 6 should explain parameter 'obj', got %r" % (by_line.get(6),))
    if by_line.get(11, ("", ""))[0] != "#ffffff":
        failures.append("line 11 (typed) should be white, got %r" % (by_line.get(11),))
    if failures:
        sys.exit("\n".join(failures))
    print("explain-types html: ok (%d rows)" % len(rows))


if __name__ == "__main__":
    main()
