# ARGS: check
x = `y`

# CHECK:STDERR: fail_backtick.py:2:5: error: invalid syntax [InvalidCharacter]
# CHECK:STDERR:     2 | x = `y`
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
