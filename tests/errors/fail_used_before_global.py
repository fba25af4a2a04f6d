# ARGS: check
def f():
    print(x)
    global x

# CHECK:STDERR: fail_used_before_global.py:4:5: error: name 'x' is used prior to global declaration [NameUsedBeforeDeclaration]
# CHECK:STDERR:     4 |     global x
# CHECK:STDERR:       |     ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
