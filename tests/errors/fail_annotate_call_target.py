def f():
    pass
f(): int = 1

# CHECK:STDERR: fail_annotate_call_target.py:3:1: error: illegal target for annotation [InvalidTarget]
# CHECK:STDERR:     3 | f(): int = 1
# CHECK:STDERR:       | ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
