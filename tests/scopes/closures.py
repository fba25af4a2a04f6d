# ARGS: check --emit=scopes
# Free variables propagate outwards; the binding function gets a cell; a scope
# the name only passes through lists it last with no flags.
def outer(a, *args, k=1, **kw):
    x = 1

    def middle():
        def inner():
            nonlocal x
            x += a
            return x
        return inner

    return middle, lambda y=x: y + k

# CHECK:STDOUT: module top (line 0)
# CHECK:STDOUT:   outer: local, assigned
# CHECK:STDOUT:   function outer (line 4)
# CHECK:STDOUT:     a: cell, param
# CHECK:STDOUT:     k: cell, param
# CHECK:STDOUT:     args: local, param
# CHECK:STDOUT:     kw: local, param
# CHECK:STDOUT:     x: cell, assigned, used
# CHECK:STDOUT:     middle: local, assigned, used
# CHECK:STDOUT:     function middle (line 7)
# CHECK:STDOUT:       inner: local, assigned, used
# CHECK:STDOUT:       a: free
# CHECK:STDOUT:       x: free
# CHECK:STDOUT:       function inner (line 8)
# CHECK:STDOUT:         x: free, assigned, nonlocal, used
# CHECK:STDOUT:         a: free, used
# CHECK:STDOUT:     function lambda (line 14)
# CHECK:STDOUT:       y: local, param, used
# CHECK:STDOUT:       k: free, used
# CHECK:EXIT: 0
