# ARGS: check
from __future__ import annotations
x: (y := 3) = 1

# CHECK:STDERR: fail_walrus_in_annotation_future.py:3:5: error: 'named expression' can not be used within an annotation [AnnotationScope]
# CHECK:STDERR:     3 | x: (y := 3) = 1
# CHECK:STDERR:       |     ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
