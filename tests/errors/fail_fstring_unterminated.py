# ARGS: check
x = f'abc{y}

# CHECK:STDERR: fail_fstring_unterminated.py:2:5: error: unterminated f-string literal (detected at line 2) [FStringError]
# CHECK:STDERR:     2 | x = f'abc{y}
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
