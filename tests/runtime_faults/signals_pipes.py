#!/usr/bin/env python3
"""Runtime faults that need a second process (decision 0023): SIGINT becomes
KeyboardInterrupt (caught, or uncaught with status 130), and writing to a
closed pipe (`prog | head -1`) behaves like CPython: BrokenPipeError at the
write, or "Exception ignored" with status 120 when only the final flush
fails. Each program is compiled with taipan and, where CPython's behaviour is
the reference, run under python3 too (with buffered stdout, as usual).

Usage: signals_pipes.py --taipan build/bin/taipan
"""
import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time

SIGINT_CASES = {
    # name: (source, expected stdout lines after "ready", last stderr line, status)
    "loop_uncaught": (
        "print('ready', flush=True)\nn = 0\nwhile True:\n    n += 1\n",
        [], "KeyboardInterrupt", 130),
    "loop_caught": (
        "def spin():\n    n = 0\n    while n >= 0:\n        n += 1\n"
        "print('ready', flush=True)\n"
        "try:\n    spin()\nexcept KeyboardInterrupt as e:\n    print('caught', type(e).__name__, e.args)\n"
        "print('after')\n",
        ["caught KeyboardInterrupt ()", "after"], "", 0),
    "calls_caught": (
        "def f(n):\n    return n + 1\n"
        "print('ready', flush=True)\n"
        "i = 0\ntry:\n    for _ in iter(int, 1):\n        i = f(i)\nexcept KeyboardInterrupt:\n    print('caught')\n",
        ["caught"], "", 0),
    # Comprehension and generator-expression loops poll too (no calls, no
    # allocation in the loop body).
    "genexpr_caught": (
        "print('ready', flush=True)\n"
        "try:\n    sum(1 for _ in iter(int, 1))\nexcept KeyboardInterrupt:\n    print('caught')\n",
        ["caught"], "", 0),
    "listcomp_uncaught": (
        "print('ready', flush=True)\n[0 for _ in iter(int, 1) if False]\n",
        [], "KeyboardInterrupt", 130),
    "sleep_uncaught": (
        "import time\nprint('ready', flush=True)\ntime.sleep(60)\nprint('not reached')\n",
        [], "KeyboardInterrupt", 130),
    "sleep_caught": (
        "import time\nprint('ready', flush=True)\n"
        "try:\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    print('woke')\n",
        ["woke"], "", 0),
}

PIPE_CASES = {
    # Many lines: the write fails once head has gone -> traceback, status 1.
    "many_lines": "for i in range(200000):\n    print(i)\n",
    # All output fits the buffer: written at exit, before head closes.
    "few_lines": "for i in range(10):\n    print(i)\n",
    # Caught at the write: the lost data is dropped, status 0.
    "caught": "import sys\ntry:\n    for i in range(200000):\n        print(i)\n"
              "except BrokenPipeError:\n    sys.stderr.write('caught\\n')\n",
    # Only the final flush fails: "Exception ignored in: ...", status 120.
    "exit_flush": "import sys, time\nprint('a')\nsys.stdout.flush()\ntime.sleep(0.5)\nprint('b')\n",
    # An explicit flush fails: traceback, then the exit flush fails again.
    "explicit_flush": "import sys, time\nprint('a')\nsys.stdout.flush()\ntime.sleep(0.5)\nprint('b')\n"
                      "sys.stdout.flush()\n",
}


def build(taipan, src, exe):
    r = subprocess.run([taipan, "build", src, "-o", exe], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"build of {src} failed:\n{r.stderr}")


def run_sigint(cmd):
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = p.stdout.readline()
        if first != "ready\n":
            p.kill()
            return None, first, "", p.wait()
        time.sleep(0.3)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return "timeout", "", "", None
    return None, out, err, p.returncode


def run_piped(cmd, env=None):
    p1 = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    p2 = subprocess.Popen(["head", "-1"], stdin=p1.stdout, stdout=subprocess.PIPE)
    p1.stdout.close()
    out, _ = p2.communicate(timeout=60)
    err = p1.stderr.read().decode()
    p1.stderr.close()
    return out.decode(), err, p1.wait(timeout=60)


def last_line(s):
    lines = s.rstrip("\n").split("\n")
    return lines[-1] if s.strip() else ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    args = ap.parse_args()
    taipan = os.path.abspath(args.taipan)
    failures = []
    py_env = dict(os.environ)
    py_env.pop("PYTHONUNBUFFERED", None)
    with tempfile.TemporaryDirectory() as tmp:
        for name, (src, want_out, want_err, want_status) in SIGINT_CASES.items():
            path = os.path.join(tmp, name + ".py")
            with open(path, "w") as f:
                f.write(src)
            exe = os.path.join(tmp, name)
            build(taipan, path, exe)
            problem, out, err, status = run_sigint([exe])
            got = (out.splitlines(), last_line(err), status)
            if problem or got != (want_out, want_err, want_status):
                failures.append(f"sigint/{name}: got {problem or got!r}, want {(want_out, want_err, want_status)!r}\n{err}")
        for name, src in PIPE_CASES.items():
            path = os.path.join(tmp, "pipe_" + name + ".py")
            with open(path, "w") as f:
                f.write(src)
            exe = os.path.join(tmp, "pipe_" + name)
            build(taipan, path, exe)
            want_out, want_err, want_status = run_piped([sys.executable, path], env=py_env)
            got_out, got_err, got_status = run_piped([exe])
            # Tracebacks name the file differently; the rest must match.
            if "Traceback" in want_err:
                want_cmp, got_cmp = last_line(want_err), last_line(got_err)
                ok = "Traceback" in got_err
            else:
                want_cmp, got_cmp, ok = want_err, got_err, True
            if not ok or (want_out, want_cmp, want_status) != (got_out, got_cmp, got_status):
                failures.append(f"pipe/{name}: got {(got_out, got_err, got_status)!r}, "
                                f"CPython {(want_out, want_err, want_status)!r}")
    for f in failures:
        print("FAIL", f)
    total = len(SIGINT_CASES) + len(PIPE_CASES)
    print(f"{total - len(failures)}/{total} runtime-fault cases passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
