def f():
    pass
for f() in [1]:
    pass

# CHECK:STDERR: fail_for_target_call.py:3:5: error: cannot assign to function call [InvalidTarget]
# CHECK:STDERR:     3 | for f() in [1]:
# CHECK:STDERR:       |     ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
