# ARGS: check --emit=tokens
# INDENT/DEDENT, blank and comment-only lines, brackets, continuation, tabs.
if a:
    b = [1,
  2,
         3]

    # comment at another indentation
        # and another
    if c:
	    d = 1 + \
        2
e = 3
def f():
    pass

# CHECK:STDOUT: 3,0-3,2:	if	'if'
# CHECK:STDOUT: 3,3-3,4:	NAME	'a'
# CHECK:STDOUT: 3,4-3,5:	:	':'
# CHECK:STDOUT: 3,5-3,6:	NEWLINE	'\n'
# CHECK:STDOUT: 4,0-4,4:	INDENT	'    '
# CHECK:STDOUT: 4,4-4,5:	NAME	'b'
# CHECK:STDOUT: 4,6-4,7:	=	'='
# CHECK:STDOUT: 4,8-4,9:	[	'['
# CHECK:STDOUT: 4,9-4,10:	NUMBER	'1'
# CHECK:STDOUT: 4,10-4,11:	,	','
# CHECK:STDOUT: 5,2-5,3:	NUMBER	'2'
# CHECK:STDOUT: 5,3-5,4:	,	','
# CHECK:STDOUT: 6,9-6,10:	NUMBER	'3'
# CHECK:STDOUT: 6,10-6,11:	]	']'
# CHECK:STDOUT: 6,11-6,12:	NEWLINE	'\n'
# CHECK:STDOUT: 10,4-10,6:	if	'if'
# CHECK:STDOUT: 10,7-10,8:	NAME	'c'
# CHECK:STDOUT: 10,8-10,9:	:	':'
# CHECK:STDOUT: 10,9-10,10:	NEWLINE	'\n'
# CHECK:STDOUT: 11,0-11,5:	INDENT	'\t    '
# CHECK:STDOUT: 11,5-11,6:	NAME	'd'
# CHECK:STDOUT: 11,7-11,8:	=	'='
# CHECK:STDOUT: 11,9-11,10:	NUMBER	'1'
# CHECK:STDOUT: 11,11-11,12:	+	'+'
# CHECK:STDOUT: 12,8-12,9:	NUMBER	'2'
# CHECK:STDOUT: 12,9-12,10:	NEWLINE	'\n'
# CHECK:STDOUT: 13,0-13,0:	DEDENT	''
# CHECK:STDOUT: 13,0-13,0:	DEDENT	''
# CHECK:STDOUT: 13,0-13,1:	NAME	'e'
# CHECK:STDOUT: 13,2-13,3:	=	'='
# CHECK:STDOUT: 13,4-13,5:	NUMBER	'3'
# CHECK:STDOUT: 13,5-13,6:	NEWLINE	'\n'
# CHECK:STDOUT: 14,0-14,3:	def	'def'
# CHECK:STDOUT: 14,4-14,5:	NAME	'f'
# CHECK:STDOUT: 14,5-14,6:	(	'('
# CHECK:STDOUT: 14,6-14,7:	)	')'
# CHECK:STDOUT: 14,7-14,8:	:	':'
# CHECK:STDOUT: 14,8-14,9:	NEWLINE	'\n'
# CHECK:STDOUT: 15,0-15,4:	INDENT	'    '
# CHECK:STDOUT: 15,4-15,8:	pass	'pass'
# CHECK:STDOUT: 15,8-15,9:	NEWLINE	'\n'
# CHECK:STDOUT: 61,0-61,0:	DEDENT	''
# CHECK:STDOUT: 61,0-61,0:	ENDMARKER	''
# CHECK:EXIT: 0
