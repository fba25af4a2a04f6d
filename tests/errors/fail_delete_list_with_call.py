def f():
    pass
del [a, f()]

# CHECK:STDERR: fail_delete_list_with_call.py:3:9: error: cannot delete function call [InvalidTarget]
# CHECK:STDERR:     3 | del [a, f()]
# CHECK:STDERR:       |         ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
