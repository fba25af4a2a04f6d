# ARGS: check --emit=tokens
x = [1, (2,
     3]

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,4-2,5:	[	'['
# CHECK:STDOUT: 2,5-2,6:	NUMBER	'1'
# CHECK:STDOUT: 2,6-2,7:	,	','
# CHECK:STDOUT: 2,8-2,9:	(	'('
# CHECK:STDOUT: 2,9-2,10:	NUMBER	'2'
# CHECK:STDOUT: 2,10-2,11:	,	','
# CHECK:STDOUT: 3,5-3,6:	NUMBER	'3'
# CHECK:STDOUT: 3,6-3,7:	ERRORTOKEN	']'
# CHECK:STDOUT: 21,0-21,0:	ENDMARKER	''
# CHECK:STDERR: fail_mismatched_bracket_same_line.py:3:7: error: closing parenthesis ']' does not match opening parenthesis '(' on line 2 [MismatchedBracket]
# CHECK:STDERR:     3 |      3]
# CHECK:STDERR:       |       ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
