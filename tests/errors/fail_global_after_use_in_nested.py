def f():
    x = 1
    def g():
        print(x)
        global x
    return g

# CHECK:STDERR: fail_global_after_use_in_nested.py:5:9: error: name 'x' is used prior to global declaration [NameUsedBeforeDeclaration]
# CHECK:STDERR:     5 |         global x
# CHECK:STDERR:       |         ^~~~~~~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
