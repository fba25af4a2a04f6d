# ARGS: check
from __future__ import braces

# CHECK:STDERR: fail_future_braces.py:2:1: error: not a chance [FutureFeature]
# CHECK:STDERR:     2 | from __future__ import braces
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
