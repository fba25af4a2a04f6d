(a, b): int

# CHECK:STDERR: fail_annotate_tuple_target.py:1:1: error: only single target (not tuple) can be annotated [InvalidTarget]
# CHECK:STDERR:     1 | (a, b): int
# CHECK:STDERR:       | ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
