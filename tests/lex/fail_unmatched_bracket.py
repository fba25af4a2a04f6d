# ARGS: check --emit=tokens
x = 1)

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,4-2,5:	NUMBER	'1'
# CHECK:STDOUT: 2,5-2,6:	ERRORTOKEN	')'
# CHECK:STDOUT: 14,0-14,0:	ENDMARKER	''
# CHECK:STDERR: fail_unmatched_bracket.py:2:6: error: unmatched ')' [UnmatchedBracket]
# CHECK:STDERR:     2 | x = 1)
# CHECK:STDERR:       |      ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
