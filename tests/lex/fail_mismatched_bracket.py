# ARGS: check --emit=tokens
x = (1,
     2]

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,4-2,5:	(	'('
# CHECK:STDOUT: 2,5-2,6:	NUMBER	'1'
# CHECK:STDOUT: 2,6-2,7:	,	','
# CHECK:STDOUT: 3,5-3,6:	NUMBER	'2'
# CHECK:STDOUT: 3,6-3,7:	ERRORTOKEN	']'
# CHECK:STDOUT: 18,0-18,0:	ENDMARKER	''
# CHECK:STDERR: fail_mismatched_bracket.py:3:7: error: closing parenthesis ']' does not match opening parenthesis '(' on line 2 [MismatchedBracket]
# CHECK:STDERR:     3 |      2]
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
