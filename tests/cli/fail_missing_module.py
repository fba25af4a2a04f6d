# ARGS: build --emit=ir %s
# A module that is neither next to the program nor built in is a compile-time
# error at its import; inside a try that catches ImportError it stays a
# run-time ModuleNotFoundError.
try:
    import optional_speedups
except ImportError:
    optional_speedups = None
try:
    from also_optional import thing
except (ValueError, ModuleNotFoundError):
    thing = None
import sys
import no_such_module
from no_such_package.sub import name


def later():
    import missing_inside_function

# CHECK:STDERR: fail_missing_module.py:14:8: error: no module named 'no_such_module' [ModuleNotFound]
# CHECK:STDERR:    14 | import no_such_module
# CHECK:STDERR:       |        ^~~~~~~~~~~~~~
# CHECK:STDERR: fail_missing_module.py:15:1: error: no module named 'no_such_package' [ModuleNotFound]
# CHECK:STDERR:    15 | from no_such_package.sub import name
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: fail_missing_module.py:19:12: error: no module named 'missing_inside_function' [ModuleNotFound]
# CHECK:STDERR:    19 |     import missing_inside_function
# CHECK:STDERR:       |            ^~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 3 errors generated.
# CHECK:EXIT: 1
