# ARGS: build --emit=ir %s
import tkinter

# CHECK:STDERR: fail_unsupported_module_tkinter.py:2:8: error: no module named 'tkinter' [ModuleNotFound]
# CHECK:STDERR:     2 | import tkinter
# CHECK:STDERR:       |        ^~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
