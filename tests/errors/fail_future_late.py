# ARGS: check
x = 1
from __future__ import annotations

# CHECK:STDERR: fail_future_late.py:3:1: error: from __future__ imports must occur at the beginning of the file [MisplacedFutureImport]
# CHECK:STDERR:     3 | from __future__ import annotations
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
