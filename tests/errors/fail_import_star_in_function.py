# ARGS: check
def f():
    from os import *

# CHECK:STDERR: fail_import_star_in_function.py:3:20: error: import * only allowed at module level [ImportStarNotAtModuleLevel]
# CHECK:STDERR:     3 |     from os import *
# CHECK:STDERR:       |                    ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
