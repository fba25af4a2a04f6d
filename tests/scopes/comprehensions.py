# ARGS: check --emit=scopes
# Comprehensions are functions (3.11): the first iterable is evaluated
# outside, iteration variables are local, a walrus target binds in the
# enclosing function.
def f(rows):
    total = [y for row in rows for x in row if (y := x * 2)]
    table = {k: v for k, v in rows}
    unique = {c for c in "abc"}
    lazy = (n for n in range(3))
    return total, table, unique, lazy, y


found = [w for w in range(3) if (last := w)]

# CHECK:STDOUT: module top (line 0)
# CHECK:STDOUT:   f: local, assigned
# CHECK:STDOUT:   found: local, assigned
# CHECK:STDOUT:   range: global implicit, used
# CHECK:STDOUT:   last: global explicit, global
# CHECK:STDOUT:   function f (line 5)
# CHECK:STDOUT:     rows: local, param, used
# CHECK:STDOUT:     total: local, assigned, used
# CHECK:STDOUT:     y: cell, assigned, used
# CHECK:STDOUT:     table: local, assigned, used
# CHECK:STDOUT:     unique: local, assigned, used
# CHECK:STDOUT:     lazy: local, assigned, used
# CHECK:STDOUT:     range: global implicit, used
# CHECK:STDOUT:     function listcomp (line 6)
# CHECK:STDOUT:       .0: local, param
# CHECK:STDOUT:       row: local, assigned, used, comp_iter
# CHECK:STDOUT:       x: local, assigned, used, comp_iter
# CHECK:STDOUT:       y: free, assigned, nonlocal, used
# CHECK:STDOUT:     function dictcomp (line 7)
# CHECK:STDOUT:       .0: local, param
# CHECK:STDOUT:       k: local, assigned, used, comp_iter
# CHECK:STDOUT:       v: local, assigned, used, comp_iter
# CHECK:STDOUT:     function setcomp (line 8)
# CHECK:STDOUT:       .0: local, param
# CHECK:STDOUT:       c: local, assigned, used, comp_iter
# CHECK:STDOUT:     function genexpr (line 9)
# CHECK:STDOUT:       .0: local, param
# CHECK:STDOUT:       n: local, assigned, used, comp_iter
# CHECK:STDOUT:   function listcomp (line 13)
# CHECK:STDOUT:     .0: local, param
# CHECK:STDOUT:     w: local, assigned, used, comp_iter
# CHECK:STDOUT:     last: global explicit, assigned, global
# CHECK:EXIT: 0
