# ARGS: check --emit=tokens
price = 5€

# CHECK:STDOUT: 2,0-2,5:	NAME	'price'
# CHECK:STDOUT: 2,6-2,7:	=	'='
# CHECK:STDOUT: 2,8-2,9:	NUMBER	'5'
# CHECK:STDOUT: 2,9-2,12:	ERRORTOKEN	'€'
# CHECK:STDOUT: 14,0-14,0:	ENDMARKER	''
# CHECK:STDERR: fail_invalid_character.py:2:10: error: invalid character '€' (U+20AC) [InvalidCharacter]
# CHECK:STDERR:     2 | price = 5€
# CHECK:STDERR:       |          ^
# CHECK:STDERR: 1 error generated.
# CHECK:EXIT: 1
