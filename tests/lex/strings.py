# ARGS: check --emit=tokens
# String literals: every prefix, both quotes, triple quotes, continuation.
a = ('s', "d", r'\d', b"x", Rb'y', bR"z", u'w')
b = '''multi
line'''
c = """also
  "quoted" """
d = 'back\
slash'
e = 'it\'s'

# CHECK:STDOUT: 3,0-3,1:	NAME	'a'
# CHECK:STDOUT: 3,2-3,3:	=	'='
# CHECK:STDOUT: 3,4-3,5:	(	'('
# CHECK:STDOUT: 3,5-3,8:	STRING	'\'s\''
# CHECK:STDOUT: 3,8-3,9:	,	','
# CHECK:STDOUT: 3,10-3,13:	STRING	'"d"'
# CHECK:STDOUT: 3,13-3,14:	,	','
# CHECK:STDOUT: 3,15-3,20:	STRING	'r\'\\d\''
# CHECK:STDOUT: 3,20-3,21:	,	','
# CHECK:STDOUT: 3,22-3,26:	STRING	'b"x"'
# CHECK:STDOUT: 3,26-3,27:	,	','
# CHECK:STDOUT: 3,28-3,33:	STRING	'Rb\'y\''
# CHECK:STDOUT: 3,33-3,34:	,	','
# CHECK:STDOUT: 3,35-3,40:	STRING	'bR"z"'
# CHECK:STDOUT: 3,40-3,41:	,	','
# CHECK:STDOUT: 3,42-3,46:	STRING	'u\'w\''
# CHECK:STDOUT: 3,46-3,47:	)	')'
# CHECK:STDOUT: 3,47-3,48:	NEWLINE	'\n'
# CHECK:STDOUT: 4,0-4,1:	NAME	'b'
# CHECK:STDOUT: 4,2-4,3:	=	'='
# CHECK:STDOUT: 4,4-5,7:	STRING	'\'\'\'multi\nline\'\'\''
# CHECK:STDOUT: 5,7-5,8:	NEWLINE	'\n'
# CHECK:STDOUT: 6,0-6,1:	NAME	'c'
# CHECK:STDOUT: 6,2-6,3:	=	'='
# CHECK:STDOUT: 6,4-7,14:	STRING	'"""also\n  "quoted" """'
# CHECK:STDOUT: 7,14-7,15:	NEWLINE	'\n'
# CHECK:STDOUT: 8,0-8,1:	NAME	'd'
# CHECK:STDOUT: 8,2-8,3:	=	'='
# CHECK:STDOUT: 8,4-9,6:	STRING	'\'back\\\nslash\''
# CHECK:STDOUT: 9,6-9,7:	NEWLINE	'\n'
# CHECK:STDOUT: 10,0-10,1:	NAME	'e'
# CHECK:STDOUT: 10,2-10,3:	=	'='
# CHECK:STDOUT: 10,4-10,11:	STRING	'\'it\\\'s\''
# CHECK:STDOUT: 10,11-10,12:	NEWLINE	'\n'
# CHECK:STDOUT: 48,0-48,0:	ENDMARKER	''
# CHECK:EXIT: 0
