# ARGS: check --emit=scopes
# With `from __future__ import annotations` 3.11 analyses annotations in
# detached scopes: their names appear nowhere.
from __future__ import annotations


def f(a: Alpha, *rest: Beta) -> Gamma:
    local: Delta = a
    return local

# CHECK:STDOUT: module top (line 0)
# CHECK:STDOUT:   annotations: local, imported
# CHECK:STDOUT:   f: local, assigned
# CHECK:STDOUT:   function f (line 7)
# CHECK:STDOUT:     a: local, param, used
# CHECK:STDOUT:     rest: local, param
# CHECK:STDOUT:     local: local, assigned, used, annotated
# CHECK:EXIT: 0
