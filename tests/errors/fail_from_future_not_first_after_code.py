import os
from __future__ import annotations

# CHECK:STDERR: fail_from_future_not_first_after_code.py:2:1: error: from __future__ imports must occur at the beginning of the file [MisplacedFutureImport]
# CHECK:STDERR:     2 | from __future__ import annotations
# CHECK:STDERR:       | ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
