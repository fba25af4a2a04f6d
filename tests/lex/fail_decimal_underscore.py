# ARGS: check --emit=tokens
x = 1_

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,5-2,6:	ERRORTOKEN	'_'
# CHECK:STDOUT: 13,0-13,0:	ENDMARKER	''
# CHECK:STDERR: fail_decimal_underscore.py:2:6: error: invalid decimal literal [InvalidNumber]
# CHECK:STDERR:     2 | x = 1_
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
