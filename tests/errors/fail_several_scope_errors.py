# ARGS: check
# Every error is reported; CPython's first (the symtable's, line 6) leads.
return 1


def f():
    nonlocal q


break

# CHECK:STDERR: fail_several_scope_errors.py:7:5: error: no binding for nonlocal 'q' found [NoBindingForNonlocal]
# CHECK:STDERR:     7 |     nonlocal q
# CHECK:STDERR:       |     ^~~~~~~~~~
# CHECK:STDERR: fail_several_scope_errors.py:3:1: error: 'return' outside function [InvalidOutsideFunction]
# CHECK:STDERR:     3 | return 1
# CHECK:STDERR:       | ^~~~~~~~
# CHECK:STDERR: fail_several_scope_errors.py:10:1: error: 'break' outside loop [InvalidOutsideLoop]
# CHECK:STDERR:    10 | break
# CHECK:STDERR:       | ^~~~~
# CHECK:STDERR: 3 errors generated.
# CHECK:EXIT: 1
