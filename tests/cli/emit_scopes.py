# ARGS: check --emit=scopes %s
def f(a):
    def g():
        nonlocal a
        return a
    return g

# CHECK:STDOUT: module top (line 0)
# CHECK:STDOUT:   f: local, assigned
# CHECK:STDOUT:   function f (line 2)
# CHECK:STDOUT:     a: cell, param
# CHECK:STDOUT:     g: local, assigned, used
# CHECK:STDOUT:     function g (line 3)
# CHECK:STDOUT:       a: free, nonlocal, used
# CHECK:EXIT: 0
