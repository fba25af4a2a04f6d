def f():
return 1

# CHECK:STDERR: fail_indent_after_def_missing.py:2:1: error: expected an indented block after function definition on line 1 [ExpectedIndent]
# CHECK:STDERR:     2 | return 1
# CHECK:STDERR:       | ^~~~~~
# CHECK:STDERR: fail_indent_after_def_missing.py:1:1: note: the function definition is here
# CHECK:STDERR:     1 | def f():
# CHECK:STDERR:       | ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
