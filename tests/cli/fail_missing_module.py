# ARGS: build --emit=ir %s
# A module that is neither next to the program nor built in is a compile-time
# error at an import that always runs; inside a try that catches ImportError,
# a function body, a condition or a loop it stays a run-time
# ModuleNotFoundError (the import may never run).
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


if sys.version_info < (3,):
    import missing_under_condition

# CHECK:STDERR: fail_missing_module.py:15:8: error: no module named 'no_such_module' [ModuleNotFound]
# CHECK:STDERR:    15 | import no_such_module
# CHECK:STDERR:       |        ^~~~~~~~~~~~~~
# CHECK:STDERR: fail_missing_module.py:16:1: error: no module named 'no_such_package' [ModuleNotFound]
# CHECK:STDERR:    16 | from no_such_package.sub import name
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 2 errors generated.
# CHECK:EXIT: 1
