# ARGS: check %s
"""Several errors in one file: the parser resynchronises at the next
statement, so each line below is reported."""
x = = 1
y = 2
z = ) 3
w = 4
return 5

# CHECK:STDERR: fail_several_errors.py:6:5: error: unmatched ')' [UnmatchedBracket]
# CHECK:STDERR:     6 | z = ) 3
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
