# ARGS: check --emit=tokens
x = 0o18

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,7-2,8:	ERRORTOKEN	'8'
# CHECK:STDOUT: 13,0-13,0:	ENDMARKER	''
# CHECK:STDERR: fail_octal_digit.py:2:8: error: invalid digit '8' in octal literal [InvalidNumber]
# CHECK:STDERR:     2 | x = 0o18
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
