# ARGS: check
def f():
    x = 1
    global x

# CHECK:STDERR: fail_assigned_before_global.py:4:5: error: name 'x' is assigned to before global declaration [NameUsedBeforeDeclaration]
# CHECK:STDERR:     4 |     global x
# CHECK:STDERR:       |     ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
