# ARGS: check --emit=tokens
x = f"{a"

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,4-2,6:	FSTRING_START	'f"'
# CHECK:STDOUT: 2,6-2,7:	{	'{'
# CHECK:STDOUT: 2,7-2,8:	NAME	'a'
# CHECK:STDOUT: 2,8-2,9:	ERRORTOKEN	'"'
# CHECK:STDOUT: 16,0-16,0:	ENDMARKER	''
# CHECK:STDERR: fail_fstring_expecting_brace.py:2:9: error: f-string: expecting '}' [FStringError]
# CHECK:STDERR:     2 | x = f"{a"
# CHECK:STDERR:       |         ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
