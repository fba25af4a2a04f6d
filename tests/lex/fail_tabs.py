# ARGS: check --emit=tokens
if x:
	a = 1
        b = 2

# CHECK:STDOUT: 2,0-2,2:	if	'if'
# CHECK:STDOUT: 2,3-2,4:	NAME	'x'
# CHECK:STDOUT: 2,4-2,5:	:	':'
# CHECK:STDOUT: 2,5-2,6:	NEWLINE	'\n'
# CHECK:STDOUT: 3,0-3,1:	INDENT	'\t'
# CHECK:STDOUT: 3,1-3,2:	NAME	'a'
# CHECK:STDOUT: 3,3-3,4:	=	'='
# CHECK:STDOUT: 3,5-3,6:	NUMBER	'1'
# CHECK:STDOUT: 3,6-3,7:	NEWLINE	'\n'
# CHECK:STDOUT: 4,0-4,1:	ERRORTOKEN	' '
# CHECK:STDOUT: 22,0-22,0:	ENDMARKER	''
# CHECK:STDERR: fail_tabs.py:4:1: error: inconsistent use of tabs and spaces in indentation [InconsistentTabs]
# CHECK:STDERR:     4 |         b = 2
# CHECK:STDERR:       | ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
