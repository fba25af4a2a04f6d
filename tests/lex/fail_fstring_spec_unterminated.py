# ARGS: check --emit=tokens
x = f"{a:>10"

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,4-2,6:	FSTRING_START	'f"'
# CHECK:STDOUT: 2,6-2,7:	{	'{'
# CHECK:STDOUT: 2,7-2,8:	NAME	'a'
# CHECK:STDOUT: 2,8-2,9:	:	':'
# CHECK:STDOUT: 2,9-2,12:	FSTRING_MIDDLE	'>10'
# CHECK:STDOUT: 2,12-2,13:	ERRORTOKEN	'"'
# CHECK:STDOUT: 18,0-18,0:	ENDMARKER	''
# CHECK:STDERR: fail_fstring_spec_unterminated.py:2:13: error: f-string: expecting '}', or format specs [FStringError]
# CHECK:STDERR:     2 | x = f"{a:>10"
# CHECK:STDERR:       |             ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
