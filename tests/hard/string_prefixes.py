"""String literals with every prefix in every letter case (r, u, b, br, rb,
f, fr, rf), every quote style, implicit concatenation across lines and
prefixes, raw strings ending in escaped quotes, and docstrings."""
"""Module docstring is the first statement above; this one is an expression."""
a = 'a', "a", '''a''', """a"""
b = r'a', R'a', r"\n", R"\n", r'''\' ''', r"""\" """, r'\'', r"\""
c = u'a', U'a', u"a", U"a", u'''a''', U"""a"""
d = b'a', B'a', b"a", B"a", b'''a''', B"""a"""
e = br'a', bR'a', Br'a', BR'a', rb'a', rB'a', Rb'a', RB'a', rb"\x", BR"""\n"""
f = f'a', F'a', f"a", F"a", f'''a''', F"""a"""
g = fr'a', fR'a', Fr'a', FR'a', rf'a', rF'a', Rf'a', RF'a', rf"\d{a}", FR"""\n{a}"""
h = 'a' 'b' "c" '''d''' """e"""
i = b'a' b"b" B'''c''' rb"d"
j = ('implicit'
     "concatenation"
     r'\across'
     u'lines')
k = u'a' 'b' u'c'
l = 'a' u'b'
m = f'{a}' 'b' r'\c' f"{d!r}"
n = ''
o = ""
p = ''''''
q = """"""
r = b''
s = '"' "'" '\'' "\"" """'"'""" '''"'"'''
t = 'a\
b'
u = """line 1
line 2\
line 2 continued
"""
def with_docstring():
    """Docstring."""
    r"""Raw second string."""
class WithDoc:
    'single-quoted docstring'
v = ('a'
     # comment in between
     'b')
