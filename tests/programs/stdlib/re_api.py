# The re module's API surface: module functions, Pattern and Match objects,
# flags, templates in sub/expand, callables, escape, purge and the errors.
import re

# --- module-level functions ---
print(re.search(r'(\d+)', 'ab 12 cd 345'))
print(re.match(r'\w+', 'hello world').group())
print(re.match(r'world', 'hello world'))
print(re.fullmatch(r'\d+', '12345'), re.fullmatch(r'\d+', '123a'))
print(re.fullmatch(r'a|ab', 'ab'))
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)', 'a1 b2 c'))
print(re.findall(r'(\w)=(\d)?', 'a=1 b= c=3'))
print([m.group() for m in re.finditer(r'\w+', 'one two  three')])
print(re.sub(r'\s+', ' ', 'a   b \t\n c'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<a>\w)(?P<b>\w)', r'\g<b>\g<a>', 'abcdef'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'abc'))
print(re.sub(r'a', r'\n\t\\', 'xay'))
print(repr(re.sub(r'a', r'\-\.\x', 'a')) if False else repr(re.sub(r'a', r'\-\.', 'a')))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))
print(re.sub(r'\d', lambda m: None, 'a1b2c3'))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'a', 'b', 'aaaa', count=2), re.sub('a', 'b', 'aaaa', 0))
print(re.subn(r'a', 'b', 'aaaa'), re.subn(r'q', 'b', 'aaaa'), re.subn('a', 'b', 'aaaa', 3))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(r'(?i)HELLO', 'bye', 'Hello hello'))
print(re.sub('a', 'b', 'AaA', flags=re.I))
print(re.split(r',', 'a,b,,c'))
print(re.split(r'(,)', 'a,b,,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(',', 'a,b,c', 1))
print(re.split(r'\s*', 'a b  c'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'\b', 'ab cd'))
print(re.split('q', ''), re.split('', ''), re.split('', 'ab'))
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn#o&p~q-r'), re.escape('ábc_123'), re.escape(b'a.b\xff'))
print(re.findall(re.escape('1+1=2?'), 'is 1+1=2? yes'))

# --- Pattern objects ---
p = re.compile(r'(?P<word>\w+)\s(?P<num>\d+)?', re.I | re.M)
print(p, p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex))
print(repr(p.flags), int(p.flags), p.flags & re.I, bool(p.flags & re.S))
print(re.compile('a'), re.compile(b'a'), re.compile('a', re.X | re.A), re.compile(b'a', re.L))
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('(?i)a').flags, re.compile('(?s)(?m)a').flags)
print(repr(re.compile('x' * 300))[:30], len(repr(re.compile('x' * 300))))
print(re.compile("it's"), re.compile('a"b'), re.compile('\n'))
print(p.search('Hello 42, bye 7'), p.match('  Hello 42'), p.fullmatch('a 1'))
print(p.findall('a 1 b 2 c'), [m.span() for m in p.finditer('a 1 b 2 c')])
q = re.compile(r'\d')
print(q.search('a1b2c3', 2), q.search('a1b2c3', 2, 3), q.match('a1b2', 1), q.fullmatch('a1b', 1, 2))
print(q.findall('a1b2c3d4', 3, 7), [m.start() for m in q.finditer('1234', 1, 3)])
print(q.search('123', 5), q.search('123', -5), q.search('123', 2, 1), q.match('12', 0, -3))
print(q.sub('#', 'a1b2'), q.subn('#', 'a1b2', 1), q.split('a1b2c'), q.split('a1b2c', 1))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), hash(re.compile('a')) == hash(re.compile('a')))
print(re.compile(p) is p, re.compile('abc') is re.compile('abc'))
print(type(p).__name__, type(p.match('a 1')).__name__, isinstance(p, re.Pattern), isinstance(p.match('a'), re.Match))
import copy
print(copy.copy(p) is p, copy.deepcopy(p) is p)

# --- Match objects ---
m = re.search(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Mr Jane Doe ok')
print(m, bool(m))
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0), m.group('opt'))
print(m[0], m[1], m['first'], m['opt'])
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict('-'))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('first'), m.span('opt'), m.start(3))
print(m.pos, m.endpos, m.string, m.re, m.lastindex, m.lastgroup, m.regs)
print(m.expand(r'\2, \1 \g<0> [\g<opt>] \g<first>'), m.expand('no refs'))
for bad in (4, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
try:
    m.start('nope')
except IndexError as e:
    print('IndexError', e)
m2 = re.match(r'(a)(b)?(c)?', 'ac')
print(m2.groups(), m2.lastindex, m2.span(2), m2.regs)
print(re.match(r'(a)(b(c))', 'abc').lastindex, re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)|(b)', 'b').lastindex)
print(re.match(r'(?P<x>a)(?P<y>b)', 'ab').lastgroup, re.match(r'(?P<x>a)(b)', 'ab').lastgroup, re.match('a', 'a').lastindex)
print(re.match(r'(a)(b*)', 'a').lastindex, re.match(r'(a(b*))', 'a').lastindex)
m3 = re.search('b', 'abc', 0)
print(m3.pos, m3.endpos, re.compile('b').search('abcb', 1, 3).endpos)
mb = re.search(rb'(\w+)@(\w+)', b'mail: joe@host!')
print(mb, mb.groups(), mb.expand(rb'\2 at \1'), mb.span(1))
mu = re.search(r'(é+)(\w)', 'aéébc')
print(mu, mu.span(1), mu.start(2), mu.group(2))

# --- flags ---
print(re.I, re.IGNORECASE, re.M | re.S, re.I | re.M | re.X, repr(re.A), re.U, re.L, re.NOFLAG)
print(re.I | 1024, ~re.I, re.I & re.M, re.I ^ re.I, int(re.I | re.M), re.I == 2, re.S + 0)
print(re.I.name, (re.I | re.M).name, re.I.value, f'{re.I}', '%d' % re.M, format(re.X, 'x'))
print(isinstance(re.I, int), isinstance(re.I, re.RegexFlag), re.DOTALL, re.DEBUG, re.TEMPLATE)
print(re.search('^b', 'a\nb', re.M), re.search('^b', 'a\nb'), re.search('a.b', 'a\nb', re.DOTALL))
print(re.findall(r'\w+', 'é a', re.A), re.findall(r'(?a)\w+', 'é a'), re.findall(r'\w+', 'é a', re.U))
print(re.findall(' a b # comment\n c', 'abc', re.VERBOSE))

# --- errors ---
for args in [('a', 1), ('a', None), ('a', b'a'), (b'a', 'a'), ('a', 3.5)]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
for pat, fl in [('a', re.A | re.U), ('a', re.L), (b'a', re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(pat, fl)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(3)
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
for t in [r'\q', r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\g<x>', r'\3', r'\g<5>', '\\', r'\8', r'\0',
          r'\01x', r'\400', r'\-', r'\g<-1>', r'\g<2>\g<1>', r'\10', r'\1\2\n']:
    try:
        print(repr(t), repr(re.sub('(a)(b)', t, 'ab')))
    except re.error as e:
        print(repr(t), 'error', e, e.pos)
    except IndexError as e:
        print(repr(t), 'IndexError', e)
for bad_repl in [5, b'x']:
    try:
        re.sub('a', bad_repl, 'a')
    except TypeError as e:
        print('TypeError', e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('(?P<n>a')
except re.error as e:
    print(type(e).__name__, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception))
print(re.error is re.error, issubclass(re.error, Exception))
try:
    raise re.error('custom')
except re.error as e:
    print(e, e.msg, e.pos)

# --- scanner, purge, bytes subjects ---
sc = re.compile(r'\d').scanner('1a23')
print(sc.search().group(), sc.search().group(), sc.match().group(), sc.match(), sc.search())
re.purge()
print(re.findall(b'[a-z]+', b'ab 12 cd'), re.findall(b'(a)(b)', bytearray(b'abab')), re.split(b',', bytearray(b'a,b')))
print(re.sub(b'a', b'b', b'aXa'), re.sub(b'(a)', rb'<\1>', b'xa'), re.sub(b'a', lambda m: b'!', b'aa'))
print(re.search(b'b', memoryview(b'abc')).span())

# --- non-ASCII subjects: code-point offsets far into the text ---
text = 'é' * 200 + 'abc' + 'ü' * 100 + 'abc' + '日本' * 40 + 'x'
print([m.span() for m in re.finditer('abc', text)], [m.span() for m in re.finditer('abc', text, 0)])
print(re.compile('abc').search(text, 250).span(), re.compile('abc').search(text, 150, 204))
print(re.compile('c').findall(text, 100, 400), re.search('x', text).span(), re.search('(?<=本)x', text).start())
print(re.sub('abc', lambda m: str(m.span()), text)[195:215], re.subn('[üé]+', '-', text)[1])
print(re.split('abc', text)[1][:3], len(re.split('abc', text)[2]), len(re.sub('ü', '', text)))
print([len(s) for s in re.findall(r'\w+', text)], re.fullmatch('[é]+abc.*x', text).end())
long_words = ' '.join(['wörd%d' % i for i in range(300)])
print(len(re.findall(r'\w+', long_words)), [m.start() for m in re.finditer('wörd29\\d', long_words)])
print(re.sub(r'(\w+)', r'[\1]', long_words)[-30:])
print(repr(re.sub(b'a', b'b', bytearray(b'xax'))), repr(re.sub(b'q', b'b', bytearray(b'xax'))))
print(re.search(b'a', bytearray(b'xa')).group(), re.split(b'a', memoryview(b'xay')), re.findall(b'a', memoryview(b'xa')))
print(re.subn('', '-', ''), re.subn('', '-', 'ab'), re.sub('(?=b)', '^', 'abab'))
