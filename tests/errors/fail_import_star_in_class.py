class C:
    from math import *

# CHECK:STDERR: fail_import_star_in_class.py:2:22: error: import * only allowed at module level [ImportStarNotAtModuleLevel]
# CHECK:STDERR:     2 |     from math import *
# CHECK:STDERR:       |                      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
