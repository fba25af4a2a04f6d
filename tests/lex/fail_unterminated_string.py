# ARGS: check --emit=tokens
x = 1
y = "abc
z = 2

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,4-2,5:	NUMBER	'1'
# CHECK:STDOUT: 2,5-2,6:	NEWLINE	'\n'
# CHECK:STDOUT: 3,0-3,1:	NAME	'y'
# CHECK:STDOUT: 3,2-3,3:	=	'='
# CHECK:STDOUT: 3,4-3,5:	ERRORTOKEN	'"'
# CHECK:STDOUT: 19,0-19,0:	ENDMARKER	''
# CHECK:STDERR: fail_unterminated_string.py:3:5: error: unterminated string literal (detected at line 3) [UnterminatedString]
# CHECK:STDERR:     3 | y = "abc
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
