# ARGS: build --emit=ir %s
# A name that Taipan's standard library (stdlib/, compiled from Python) does
# not define is a compile-time error naming module.attr, not a run-time
# AttributeError or a silent None; inside a try that catches ImportError the
# from-import stays a run-time ImportError. Runtime modules (sys, math) are
# not checked here.
import os
import json as j
try:
    from os import spawnvpe
except ImportError:
    spawnvpe = None
from os import getcwd, fork
import os.path

print(os.getcwd(), os.path.join('a', 'b'), j.dumps(1), os.__name__)
os.forkpty()
j.no_such_function()

# CHECK:STDERR: fail_stdlib_not_implemented.py:13:24: error: cannot import name 'fork' from 'os': Taipan's standard library does not implement it [StdlibNotImplemented]
# CHECK:STDERR:    13 | from os import getcwd, fork
# CHECK:STDERR:       |                        ^~~~
# CHECK:STDERR: fail_stdlib_not_implemented.py:17:1: error: module 'os' has no attribute 'forkpty': Taipan's standard library does not implement it [StdlibNotImplemented]
# CHECK:STDERR:    17 | os.forkpty()
# CHECK:STDERR:       | ^~~~~~~~~~
# CHECK:STDERR: fail_stdlib_not_implemented.py:18:1: error: module 'json' has no attribute 'no_such_function': Taipan's standard library does not implement it [StdlibNotImplemented]
# CHECK:STDERR:    18 | j.no_such_function()
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 3 errors generated.
# CHECK:EXIT: 1
