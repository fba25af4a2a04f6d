# ARGS: check --emit=tokens
# Non-ASCII identifiers (NFKC-normalised by the parser).
été = 1
π = 3.14
ﬁle = "ligature"

# CHECK:STDOUT: 3,0-3,5:	NAME	'été'
# CHECK:STDOUT: 3,6-3,7:	=	'='
# CHECK:STDOUT: 3,8-3,9:	NUMBER	'1'
# CHECK:STDOUT: 3,9-3,10:	NEWLINE	'\n'
# CHECK:STDOUT: 4,0-4,2:	NAME	'π'
# CHECK:STDOUT: 4,3-4,4:	=	'='
# CHECK:STDOUT: 4,5-4,9:	NUMBER	'3.14'
# CHECK:STDOUT: 4,9-4,10:	NEWLINE	'\n'
# CHECK:STDOUT: 5,0-5,5:	NAME	'ﬁle'
# CHECK:STDOUT: 5,6-5,7:	=	'='
# CHECK:STDOUT: 5,8-5,18:	STRING	'"ligature"'
# CHECK:STDOUT: 5,18-5,19:	NEWLINE	'\n'
# CHECK:STDOUT: 21,0-21,0:	ENDMARKER	''
# CHECK:EXIT: 0
