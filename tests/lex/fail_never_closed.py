# ARGS: check --emit=tokens
foo(1, 2
y = 3

# CHECK:STDOUT: 2,0-2,3:	NAME	'foo'
# CHECK:STDOUT: 2,3-2,4:	(	'('
# CHECK:STDOUT: 2,4-2,5:	NUMBER	'1'
# CHECK:STDOUT: 2,5-2,6:	,	','
# CHECK:STDOUT: 2,7-2,8:	NUMBER	'2'
# CHECK:STDOUT: 3,0-3,1:	NAME	'y'
# CHECK:STDOUT: 3,2-3,3:	=	'='
# CHECK:STDOUT: 3,4-3,5:	NUMBER	'3'
# CHECK:STDOUT: 20,0-20,0:	ERRORTOKEN	''
# CHECK:STDOUT: 20,0-20,0:	ENDMARKER	''
# CHECK:STDERR: fail_never_closed.py:2:4: error: '(' was never closed [UnclosedBracket]
# CHECK:STDERR:     2 | foo(1, 2
# CHECK:STDERR:       |    ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
