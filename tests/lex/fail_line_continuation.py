# ARGS: check --emit=tokens
x = 1 \ + 2

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,4-2,5:	NUMBER	'1'
# CHECK:STDOUT: 2,7-2,8:	ERRORTOKEN	' '
# CHECK:STDOUT: 14,0-14,0:	ENDMARKER	''
# CHECK:STDERR: fail_line_continuation.py:2:8: error: unexpected character after line continuation character [LineContinuation]
# CHECK:STDERR:     2 | x = 1 \ + 2
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
