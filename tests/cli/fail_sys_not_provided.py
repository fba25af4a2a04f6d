# ARGS: build --emit=ir %s
# The names of CPython's sys that Taipan's runtime does not provide (the
# interpreter's tracing, profiling and audit hooks and its internals) are
# compile-time errors naming sys.attr; the names it provides compile.
import sys

print(sys.platform, sys.maxsize > 0, sys.getrecursionlimit())
sys.settrace(None)
print(sys.getrefcount(sys))

# CHECK:STDERR: fail_sys_not_provided.py:8:1: error: module 'sys' has no attribute 'settrace': Taipan's standard library does not implement it [StdlibNotImplemented]
# CHECK:STDERR:     8 | sys.settrace(None)
# CHECK:STDERR:       | ^~~~~~~~~~~~
# CHECK:STDERR: fail_sys_not_provided.py:9:7: error: module 'sys' has no attribute 'getrefcount': Taipan's standard library does not implement it [StdlibNotImplemented]
# CHECK:STDERR:     9 | print(sys.getrefcount(sys))
# CHECK:STDERR:       |       ^~~~~~~~~~~~~~~
# CHECK:STDERR: 2 errors generated.
# CHECK:EXIT: 1
