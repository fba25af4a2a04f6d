# ARGS: check --emit=tokens
if x:
    a = 1
  b = 2

# CHECK:STDOUT: 2,0-2,2:	if	'if'
# CHECK:STDOUT: 2,3-2,4:	NAME	'x'
# CHECK:STDOUT: 2,4-2,5:	:	':'
# CHECK:STDOUT: 2,5-2,6:	NEWLINE	'\n'
# CHECK:STDOUT: 3,0-3,4:	INDENT	'    '
# CHECK:STDOUT: 3,4-3,5:	NAME	'a'
# CHECK:STDOUT: 3,6-3,7:	=	'='
# CHECK:STDOUT: 3,8-3,9:	NUMBER	'1'
# CHECK:STDOUT: 3,9-3,10:	NEWLINE	'\n'
# CHECK:STDOUT: 4,2-4,2:	DEDENT	''
# CHECK:STDOUT: 4,7-4,7:	ERRORTOKEN	''
# CHECK:STDOUT: 23,0-23,0:	ENDMARKER	''
# CHECK:STDERR: fail_unindent.py:4:8: error: unindent does not match any outer indentation level [UnindentMismatch]
# CHECK:STDERR:     4 |   b = 2
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
