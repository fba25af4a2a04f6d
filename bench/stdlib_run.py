#!/usr/bin/env python3
"""The harness behind bench/stdlib.sh: compiles each bench/stdlib/*.py with
Taipan, runs it and CPython N times, and prints median CPU times, the ratio
CPython/Taipan and whether the outputs agree."""

import os
import resource
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAIPAN = os.environ.get('TAIPAN', os.path.join(ROOT, 'build', 'bin', 'taipan'))
PYTHON = os.environ.get('PYTHON', 'python3')
N = int(os.environ.get('N', '3'))


def cpu_run(argv):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run(argv, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, r.returncode, r.stdout


def main():
    names = sys.argv[1:] or sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, 'bench', 'stdlib')) if f.endswith('.py'))
    print('%-12s %10s %10s %8s  %s' % ('workload', 'cpython s', 'taipan s', 'ratio', 'output'))
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            src = os.path.join(ROOT, 'bench', 'stdlib', name + '.py')
            exe = os.path.join(tmp, name)
            c = subprocess.run([TAIPAN, 'build', src, '-o', exe], capture_output=True, text=True)
            if c.returncode != 0:
                print('%-12s compile failed: %s' % (name, (c.stderr.strip().splitlines() or ['?'])[0]))
                continue
            py_times, tp_times = [], []
            py_out = tp_out = None
            for _ in range(N):
                t, rc, out = cpu_run([PYTHON, src])
                py_times.append(t)
                py_out = out
                t, rc2, out2 = cpu_run([exe])
                tp_times.append(t)
                tp_out = out2 if rc2 == 0 else b'<exit %d>' % rc2
            py = statistics.median(py_times)
            tp = statistics.median(tp_times)
            ratio = py / tp if tp > 0 else float('inf')
            ratios.append(ratio)
            print('%-12s %10.2f %10.2f %7.2fx  %s' % (name, py, tp, ratio, 'same' if py_out == tp_out else 'DIFFERENT'))
    if ratios:
        print('geomean ratio: %.2fx over %d workloads' % (statistics.geometric_mean(ratios), len(ratios)))


if __name__ == '__main__':
    main()
