# ARGS: check
from __future__ import no_such_feature

# CHECK:STDERR: fail_future_unknown.py:2:1: error: future feature no_such_feature is not defined [FutureFeature]
# CHECK:STDERR:     2 | from __future__ import no_such_feature
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
