# ARGS: check --emit=tokens
x = f"a}b"

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,4-2,6:	FSTRING_START	'f"'
# CHECK:STDOUT: 2,6-2,7:	FSTRING_MIDDLE	'a'
# CHECK:STDOUT: 2,7-2,8:	ERRORTOKEN	'}'
# CHECK:STDOUT: 15,0-15,0:	ENDMARKER	''
# CHECK:STDERR: fail_fstring_single_brace.py:2:8: error: f-string: single '}' is not allowed [FStringError]
# CHECK:STDERR:     2 | x = f"a}b"
# CHECK:STDERR:       |        ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
