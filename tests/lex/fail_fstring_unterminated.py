# ARGS: check --emit=tokens
x = f"abc

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,4-2,6:	FSTRING_START	'f"'
# CHECK:STDOUT: 2,4-2,5:	ERRORTOKEN	'f'
# CHECK:STDOUT: 14,0-14,0:	ENDMARKER	''
# CHECK:STDERR: fail_fstring_unterminated.py:2:5: error: unterminated f-string literal (detected at line 2) [FStringError]
# CHECK:STDERR:     2 | x = f"abc
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
