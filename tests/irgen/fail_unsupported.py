# ARGS: build --emit=ir %s
bases = (object,)
class C(*bases):
    pass
from os import *

# CHECK:STDERR: fail_unsupported.py:3:9: error: 'starred base classes' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     3 | class C(*bases):
# CHECK:STDERR:       |         ^~~~~~
# CHECK:STDERR: fail_unsupported.py:5:16: error: 'import *' is not supported yet [UnsupportedSyntax]
# CHECK:STDERR:     5 | from os import *
# CHECK:STDERR:       |                ^
# CHECK:STDERR: 2 errors generated.
# CHECK:EXIT: 1
