# ARGS: check
def if(): pass

# CHECK:STDERR: fail_def_keyword_name.py:2:5: error: invalid syntax [InvalidSyntax]
# CHECK:STDERR:     2 | def if(): pass
# CHECK:STDERR:       |     ^~
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
