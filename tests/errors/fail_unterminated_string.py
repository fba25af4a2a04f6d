# ARGS: check
x = 'abc
y = 1

# CHECK:STDERR: fail_unterminated_string.py:2:5: error: unterminated string literal (detected at line 2) [UnterminatedString]
# CHECK:STDERR:     2 | x = 'abc
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
