def f(**k=1):
    pass

# CHECK:STDERR: fail_varkw_default.py:1:10: error: var-keyword argument cannot have default value [InvalidParameters]
# CHECK:STDERR:     1 | def f(**k=1):
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
