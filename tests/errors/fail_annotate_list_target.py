[a, b]: int = 1, 2

# CHECK:STDERR: fail_annotate_list_target.py:1:1: error: only single target (not list) can be annotated [InvalidTarget]
# CHECK:STDERR:     1 | [a, b]: int = 1, 2
# CHECK:STDERR:       | ^~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
