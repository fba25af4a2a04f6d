# ARGS: build --emit=ir %s
from ctypes import c_int

# CHECK:STDERR: fail_unsupported_module_from_import.py:2:1: error: no module named 'ctypes' [ModuleNotFound]
# CHECK:STDERR:     2 | from ctypes import c_int
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
