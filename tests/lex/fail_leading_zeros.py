# ARGS: check --emit=tokens
x = 0777

# CHECK:STDOUT: 2,0-2,1:	NAME	'x'
# CHECK:STDOUT: 2,2-2,3:	=	'='
# CHECK:STDOUT: 2,4-2,5:	ERRORTOKEN	'0'
# CHECK:STDOUT: 13,0-13,0:	ENDMARKER	''
# CHECK:STDERR: fail_leading_zeros.py:2:5: error: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers [InvalidNumber]
# CHECK:STDERR:     2 | x = 0777
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
