#!/usr/bin/env python3
"""The second half of bench/run.sh: reads the CSV that run_peers.sh wrote,
measures each program's compile time (`taipan build`, median of 3 wall-clock
runs) and the peak RSS of CPython and of Taipan's executable on the program's
default size (one run each, /usr/bin/time), and writes the generated section
of docs/performance.md (between the `bench/run.sh` markers, appended when
they are missing) with the table, the date and the machine.

Usage: update_perf.py --taipan BIN --shared-bench DIR --peers-csv CSV
                      --work DIR --doc FILE [--print] PROGRAM...
"""
import argparse
import csv
import datetime
import math
import os
import re
import statistics
import shutil
import subprocess
import tempfile
import time

BEGIN = "<!-- bench/run.sh:begin (generated; edit bench/update_perf.py instead) -->"
END = "<!-- bench/run.sh:end -->"
PEER_LABELS = {"pypy": "PyPy", "mypyc": "mypyc", "cython": "Cython", "c": "C -O2"}


def peak_rss_kb(cmd, cwd):
    """Peak RSS of one run of cmd, in KiB, or None if it failed."""
    r = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, cwd=cwd, capture_output=True, text=True,
                       stdin=subprocess.DEVNULL, timeout=300)
    if r.returncode != 0:
        return None
    lines = [l for l in r.stderr.strip().splitlines() if l.strip()]
    try:
        return int(lines[-1])
    except (IndexError, ValueError):
        return None


def compile_seconds(taipan, src, exe, cwd):
    # A cold build each time: an empty cache directory, so that no object
    # file of an earlier build is reused.
    times = []
    for _ in range(3):
        env = dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp(prefix="taipan-cold-"))
        t0 = time.perf_counter()
        r = subprocess.run([taipan, "build", "-O2", src, "-o", exe], cwd=cwd, capture_output=True, timeout=300,
                           env=env)
        shutil.rmtree(env["XDG_CACHE_HOME"], ignore_errors=True)
        times.append(time.perf_counter() - t0)
        if r.returncode != 0:
            return None
    return statistics.median(times)


def machine():
    cpus = os.cpu_count()
    model = "unknown CPU"
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        m = re.search(r"Model name:\s*(.+)", out)
        if m:
            model = m.group(1).strip()
    except OSError:
        pass
    distro = "Linux"
    try:
        with open("/etc/os-release") as f:
            m = re.search(r'PRETTY_NAME="([^"]+)"', f.read())
            if m:
                distro = m.group(1)
    except OSError:
        pass
    with open("/proc/loadavg") as f:
        load = f.read().split()[0]
    return f"{cpus} CPUs, {model}, {distro}, load average {load} after the run"


def fmt_s(v):
    return "–" if v is None else (f"{v:.3f}" if v < 1 else f"{v:.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--shared-bench", required=True)
    ap.add_argument("--peers-csv", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--doc", required=True)
    ap.add_argument("--print", action="store_true")
    ap.add_argument("programs", nargs="+")
    a = ap.parse_args()

    rows = {}
    peers = []
    with open(a.peers_csv) as f:
        for r in csv.DictReader(f):
            rows[(r["program"], r["peer"])] = r
            if r["peer"] not in ("cpython", "ours") and r["peer"] not in peers:
                peers.append(r["peer"])
    peers = [p for p in peers if any(rows.get((prog, p), {}).get("status") == "ok" for prog in a.programs)]

    def cpu(prog, peer):
        r = rows.get((prog, peer))
        return float(r["cpu_median_s"]) if r and r["status"] == "ok" and r["cpu_median_s"] else None

    header = ["program", "CPython s", "Taipan s", "speedup"] + [PEER_LABELS.get(p, p) + " speedup" for p in peers]
    header += ["Taipan / C time", "compile s", "peak RSS Taipan / CPython (MB)"]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    speedups = []
    for prog in a.programs:
        src = os.path.join(a.shared_bench, "programs", prog + ".py")
        exe = os.path.join(a.work, prog + ".bin")
        comp = compile_seconds(a.taipan, src, exe, a.work)
        rss_ours = peak_rss_kb([exe], a.work) if comp is not None else None
        rss_py = peak_rss_kb(["python3", src], a.work)
        base, ours = cpu(prog, "cpython"), cpu(prog, "ours")
        sp = base / ours if base and ours else None
        if sp:
            speedups.append(sp)
        cells = [prog, fmt_s(base), fmt_s(ours), f"{sp:.1f}×" if sp else "failed"]
        for p in peers:
            t = cpu(prog, p)
            cells.append(f"{base / t:.1f}×" if base and t else "–")
        c = cpu(prog, "c")
        cells.append(f"{ours / c:.2f}" if ours and c else "–")
        cells.append(fmt_s(comp) if comp is not None else "failed")
        rss = "–"
        if rss_ours and rss_py:
            rss = f"{rss_ours / 1024:.0f} / {rss_py / 1024:.0f}"
        cells.append(rss)
        lines.append("| " + " | ".join(cells) + " |")
    geo = math.exp(sum(math.log(s) for s in speedups) / len(speedups)) if speedups else 0.0
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    section = [BEGIN, "", f"Generated by `bench/run.sh` on {now}. Machine: {machine()}.",
               "Times are median CPU seconds (user+sys) of the runs run_peers.sh made; speedup is CPython's time",
               "over the peer's; compile time is the wall time of `taipan build -O2` (median of 3); peak RSS is",
               "one run at the default size.", ""]
    section += lines
    section += ["", f"Geomean speedup of Taipan over CPython: **{geo:.1f}×** over {len(speedups)} of "
                f"{len(a.programs)} programs; {sum(1 for s in speedups if s >= 3)} run at least 3× faster.", "", END]
    text = "\n".join(section) + "\n"
    if a.print:
        print(text, end="")
        return 0
    with open(a.doc) as f:
        doc = f.read()
    if BEGIN in doc and END in doc:
        doc = doc[:doc.index(BEGIN)] + text.rstrip("\n") + doc[doc.index(END) + len(END):]
    else:
        doc = doc.rstrip("\n") + "\n\n## All benchmark programs (`bench/run.sh`)\n\n" + text
    with open(a.doc, "w") as f:
        f.write(doc)
    print(f"updated {a.doc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
