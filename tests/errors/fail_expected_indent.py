# ARGS: check
def f():
return 1

# CHECK:STDERR: fail_expected_indent.py:3:1: error: expected an indented block after function definition on line 2 [ExpectedIndent]
# CHECK:STDERR:     3 | return 1
# CHECK:STDERR:       | ^~~~~~
# CHECK:STDERR: fail_expected_indent.py:2:1: note: the function definition is here
# CHECK:STDERR:     2 | def f():
# CHECK:STDERR:       | ^~~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
