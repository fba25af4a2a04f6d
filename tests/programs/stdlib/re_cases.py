# Table-driven checks of the re module: each case is (pattern, flags, subject);
# for each, the results of search, match, fullmatch, findall, sub and split are
# printed, so the output can be compared with CPython's.
import re

CASES = [
    # literals and classes
    ('abc', 0, 'xxabcxx'), ('abc', 0, 'ab'), ('a.c', 0, 'a\nc abc'), ('a.c', re.S, 'a\nc'),
    ('a|b|c', 0, 'zcba'), ('ab|cd', 0, 'xcdab'), ('', 0, 'abc'), ('x*', 0, 'abxd'), ('x+', 0, 'xxaxxx'),
    ('a?', 0, 'baab'), ('a*?', 0, 'aaa'), ('a+?', 0, 'aaa'), ('a??', 0, 'aa'), ('a{2}', 0, 'aaaaa'),
    ('a{2,3}', 0, 'aaaaaaa'), ('a{2,}', 0, 'aaaaa a aa'), ('a{,2}', 0, 'aaaaa'), ('a{,}', 0, 'aaab'),
    ('a{2,3}?', 0, 'aaaaa'), ('a{}', 0, 'a{}'), ('a{1,2', 0, 'a{1,2'), ('x{', 0, 'x{'), ('{', 0, 'a{b'),
    ('[abc]', 0, 'xbyaz'), ('[^abc]', 0, 'abxcy'), ('[a-z]+', 0, 'Hello World'), ('[]a]', 0, 'a]b'),
    ('[^]a]', 0, 'a]b'), ('[a-]', 0, 'x-a'), ('[-a]', 0, 'x-a'), ('[a\\-z]', 0, 'b-z'), ('[\\]]', 0, ']'),
    ('[\\d]', 0, 'a1b2'), ('[\\w.]+', 0, 'foo.bar baz'), ('[.]', 0, 'a.b'), ('[*+?]', 0, 'a*b+c?'),
    ('[\\s]', 0, 'a b\tc'), ('[\\S]+', 0, '  ab  cd '), ('[^\\W\\d]+', 0, 'ab12cd_3'), ('[\\b]', 0, 'a\bb'),
    ('[\\x41-\\x43]+', 0, 'xABCDy'), ('[\\0-\\x1f]', 0, 'a\x01b'), ('[$^]', 0, 'a^b$'), ('[(){}]', 0, 'f(x){}'),
    ('[|]', 0, 'a|b'), ('[#]', re.X, 'a#b'), ('[ ]', re.X, 'a b'), ('[é-ü]+', 0, 'caféüx'),
    ('[[]', 0, 'a[b'), ('[a-c-e]', 0, 'b-e'), ('[\\t\\n]', 0, 'a\tb\nc'), ('[\\\\]', 0, 'a\\b'),
    # escapes
    ('\\d+', 0, 'ab 123 c45'), ('\\D+', 0, 'ab 123 c45'), ('\\w+', 0, 'héllo wörld_1'), ('\\W+', 0, 'a, b; c'),
    ('\\s+', 0, 'a \t\n b'), ('\\S+', 0, ' ab  c '), ('\\bfoo\\b', 0, 'foo food afoo foo.'),
    ('\\Bo\\B', 0, 'foo boot'), ('\\Aab', 0, 'abab'), ('ab\\Z', 0, 'abab'), ('ab\\Z', 0, 'ab\n'),
    ('ab$', 0, 'ab\n'), ('ab$', 0, 'ab\nab'), ('^ab', re.M, 'ab\nab\nxab'), ('ab$', re.M, 'ab\nab\nabx'),
    ('^', re.M, 'a\nb\n'), ('$', re.M, 'a\nb\n'), ('$', 0, 'a\nb\n'), ('^$', re.M, '\n\n'),
    ('\\n', 0, 'a\nb'), ('\\t', 0, 'a\tb'), ('\\x41', 0, 'ABA'), ('\\u00e9', 0, 'café'),
    ('\\U0001F600', 0, 'x\U0001F600y'), ('\\101', 0, 'ABA'), ('\\0', 0, 'a\x00b'), ('\\.', 0, 'a.b'),
    ('\\*', 0, 'a*b'), ('\\\\', 0, 'a\\b'), ('\\-', 0, 'a-b'), ('\\ ', 0, 'a b'), ('\\#', re.X, 'a#b'),
    ('\\a\\f\\v\\r', 0, '\a\f\v\r'), ('\\d', re.A, '1\u0661'), ('\\d', 0, '1\u0661'), ('\\w+', re.A, 'héllo'),
    ('\\s', 0, 'a\u00a0b\u2003c\x1cd'), ('\\s', re.A, 'a\u00a0b c'), ('\\b\\w', 0, 'éa bé'),
    ('\\b\\w', re.A, 'éa bé'), ('\\B', 0, ''), ('\\b', 0, ''), ('\\B', 0, 'ab'), ('(?a:\\w+)\\w+', 0, 'éaé éé'),
    # groups
    ('(a)(b)(c)', 0, 'xabcx'), ('(a)|(b)', 0, 'b'), ('(a)?b', 0, 'b'), ('(a*)+', 0, 'b'),
    ('(a|b)*c', 0, 'abac'), ('(?:ab)+', 0, 'ababx'), ('(?P<first>\\w+) (?P<last>\\w+)', 0, 'Jane Doe'),
    ('(?P<x>a)(?P=x)', 0, 'aab'), ('(a)\\1', 0, 'aa ab'), ('(a)(b)?\\2', 0, 'ab abb'),
    ('(?i)(a)\\1', 0, 'aA'), ('((a)(b))', 0, 'ab'), ('(a(b(c)))', 0, 'abc'), ('(a)(?:b)(c)', 0, 'abc'),
    ('(?=a)a', 0, 'ba'), ('a(?=b)', 0, 'ac ab'), ('a(?!b)', 0, 'ab ac'), ('(?<=a)b', 0, 'cb ab'),
    ('(?<!a)b', 0, 'ab cb'), ('(?<=\\d{2})x', 0, '1x 12x'), ('(?>a+)b', 0, 'aaab'), ('(?>a+)a', 0, 'aaa'),
    ('a++b', 0, 'aab'), ('a*+a', 0, 'aaa'), ('a?+a', 0, 'a'), ('a{1,2}+a', 0, 'aaa'),
    ('(a)?(?(1)b|c)', 0, 'ab c'), ('(?P<q>")?\\w+(?(q)")', 0, '"ab" cd'), ('(a)?(?(1)b)', 0, 'ab x'),
    ('(?#comment)a', 0, 'a'), ('a(?#c)*', 0, 'aaa'), ('(a)|b', 0, 'b'), ('(a)|(b)|(c)', 0, 'c'),
    ('(?:(a)|b)*', 0, 'ab'), ('(?:(a)|(b))+', 0, 'ab'), ('(a)(b)?', 0, 'a'), ('()', 0, 'x'),
    ('(x)*', 0, 'xxx'), ('(\\w)(\\w)?', 0, 'a bc'),
    # flags
    ('abc', re.I, 'xABCx'), ('[a-z]+', re.I, 'HeLLo'), ('é', re.I, 'É'), ('straße', re.I, 'STRASSE'),
    ('k', re.I, '\u212a'), ('s', re.I, '\u017f'), ('(?i)abc', 0, 'ABC'), ('a(?i:b)c', 0, 'aBc aBC'),
    ('(?i:a(?-i:b))', 0, 'Ab AB'), ('(?s).', 0, '\n'), ('(?s:.).', 0, '\n\n'), ('(?m)^b', 0, 'a\nb'),
    ('(?x) a b c # comment', 0, 'abc'), ('a b', re.X, 'ab a b'), ('(?x) a \\  b', 0, 'a b'),
    ('(?x: a b ) c', 0, 'abc ab c'), ('a  # x\n b', re.X, 'ab'), ('(?a)\\w+', 0, 'éa'),
    ('(?u)\\w+', 0, 'éa'), ('.', re.S | re.M, '\n'), ('x', re.I | re.M | re.S, 'X'),
    # str subjects with non-ASCII text (code point offsets)
    ('b', 0, 'ébé'), ('\\w+', 0, '日本語 テキスト'), ('本', 0, '日本語'), ('.', 0, '\U0001F600a'),
    ('(é)(.)', 0, 'xéy'), ('(?<=é)x', 0, 'éx'), ('\\d+', 0, 'π=3.14, e=2.71'), ('[^a]', 0, 'aéa'),
    # empty matches
    ('', 0, ''), ('a*', 0, ''), ('a*', 0, 'baaa'), ('|a', 0, 'a'), ('a|', 0, 'ab'), ('\\b', 0, 'ab cd'),
    ('x*', 0, 'xaxx'), ('(?=a)', 0, 'aa'), ('$', 0, 'ab'), ('^', 0, 'ab'), ('a?', 0, 'ab'),
    # alternation, backtracking
    ('(a|ab)(c|bcd)(d*)', 0, 'abcd'), ('(a+)(a+)', 0, 'aaaa'), ('(a+?)(a+)', 0, 'aaaa'), ('(.*)b', 0, 'abab'),
    ('(.*?)b', 0, 'abab'), ('<.*>', 0, '<a><b>'), ('<.*?>', 0, '<a><b>'), ('(\\d+)-(\\d+)', 0, 'tel 12-34, 5-6'),
    ('(\\w+)@(\\w+)\\.com', 0, 'a@b.com, cc@dd.com'), ('\\d{3}-\\d{4}', 0, 'call 555-1234 now'),
    ('([A-Z][a-z]+)\\s?', 0, 'Hello World Foo'), ('(?:\\d+,)*\\d+', 0, '1,22,333'),
    ('^(\\w+)\\s*=\\s*(.*)$', re.M, 'a = 1\nbb= two\n#c\n'), ('(?m)^\\s*#.*$', 0, 'x\n # c\ny'),
    ('[aeiou]', 0, 'programming language'), ('(\\w)\\1', 0, 'hello bookkeeper'), ('a.*?z', re.S, 'a\nbz z'),
    ('\\$\\d+\\.\\d\\d', 0, 'cost $12.50 or $3.99'), ('[A-Fa-f0-9]+', 0, 'x0FF, 1a2b'),
    ('(?P<key>\\w+)=(?P<val>[^;]*);?', 0, 'a=1;b=;c=3'), ('^$', 0, ''), ('^$', 0, '\n'),
    ('.*', 0, 'ab\ncd'), ('.+', 0, 'ab\ncd'), ('(?s).+', 0, 'ab\ncd'), ('\\W*', 0, 'a, b'),
    ('[^,]+', 0, 'a,b,,c'), (',', 0, 'a,b,,c'), (',*', 0, 'a,b,,c'), ('\\s*,\\s*', 0, 'a , b,c ,d'),
    ('(,)', 0, 'a,b'), ('(,)|(;)', 0, 'a,b;c'), ('(a)(x)?', 0, 'aa'), ('[\\u0400-\\u04ff]+', 0, 'abc привет'),
    ('\\d+(?:\\.\\d+)?', 0, '1 2.5 3.'), ('(ab)*', 0, 'ababab'), ('(ab)+?', 0, 'ababab'),
    # more: anchors in loops, nested quantifiers, case folding, long alternations
    ('(a|b)*?c', 0, 'ababc'), ('(?:a|b)+?b', 0, 'aabab'), ('[a-z]+(?=\\d)', 0, 'abc1 de fg2'),
    ('(?<![\\d.])\\d+(?![\\d.])', 0, '1.5 22 3. 44'), ('\\b\\w+\\b', 0, "it's a dog's life"),
    ('(\\w+)\\s+\\1', 0, 'the the cat sat sat'), ('(?i)(\\w+)\\s+\\1', 0, 'The the'),
    ('^\\s+|\\s+$', 0, '  padded  '), ('\\s+$', re.M, 'a  \nb \n'), ('(?m)(?<=^)\\w', 0, 'ab\ncd'),
    ('[\\w-]+@[\\w-]+(?:\\.[\\w-]+)+', 0, 'mail jo-e@ex-ample.co.uk now'),
    ('https?://[^\\s/]+(/\\S*)?', 0, 'see http://x.org/a?b=1 and https://y.com'),
    ('(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})', 0, 'ip 192.168.0.1!'),
    ('(?P<y>\\d{4})-(?P<m>\\d\\d)-(?P<d>\\d\\d)', 0, 'on 2026-11-22 and 1999-01-31'),
    ('"(?:[^"\\\\]|\\\\.)*"', 0, 'say "a\\"b" and "c"'), ('#[0-9a-fA-F]{6}\\b', 0, '#ff00AA #12345g'),
    ('[A-Z]{2,}', 0, 'NASA and FBI, not Us'), ('(?i)[^aeiou\\W\\d]+', 0, 'Strength 12'),
    ('(?:(?:a|b)c)+', 0, 'acbcacx'), ('(a|bc|def)+', 0, 'defbca'), ('a(?:b|c|d){2,3}?e', 0, 'abcde acde'),
    ('\\W+', re.A, 'é-a'), ('[^\\x00-\\x7f]+', 0, 'abc déf ghï'), ('ǅ', re.I, 'ǆǄǅ'), ('ß', re.I, 'ẞß'),
    ('Σ', re.I, 'σς'), ('[k-m]+', re.I, 'KLM\u212a'), ('\\d+', 0, '٣٤ 56 ５'), ('\\w', 0, '\u0301a_'),
    ('(?s)a.{3}z', 0, 'a\n\n\nz'), ('(?x)[ ]a', 0, ' a'), ('(?x)a{ 2 }', 0, 'a{2}'), ('a{0}b', 0, 'ab'),
    ('(a){0}b', 0, 'ab'), ('(?:)', 0, 'ab'), ('(|)', 0, 'a'), ('a|', 0, ''), ('(a?)+', 0, 'aa'),
    ('(a*)*', 0, 'aab'), ('(a*)+b', 0, 'aab'), ('(?:a*)*', 0, 'ba'), ('((a)|b)+', 0, 'ab'),
    ('(\\w)(?=(\\w))', 0, 'abcd'), ('(?=(\\w\\w))', 0, 'abcd'), ('\\Ba\\B', 0, 'bab a'),
    (b'\\xe9', re.I, b'\xc9\xe9'), (b'[\\w]+', re.I, b'AbC_1'), (b'(?i)\\xc9', 0, b'\xe9'),
    (b'\\d+', 0, b'12\xb2'), (b'$', re.M, b'a\nb'), (b'\\Z', 0, b'a\n'), (b'(?x) a b', 0, b'ab'),
    # bytes
    (b'a+', 0, b'baaac'), (b'\\w+', 0, b'h\xe9llo w'), (b'[\\x80-\\xff]+', 0, b'a\xe9\xffb'),
    (b'(?P<n>\\d+)', 0, b'ab12cd345'), (b'\\s', 0, b'a b\xa0c'), (b'(?i)abc', 0, b'ABC'),
    (b'(?L)a', 0, b'a'), (b'\\bx', 0, b'x ax x'), (b'', 0, b'ab'), (b'.', re.S, b'\n'),
    (b'[^a]', 0, b'abc'), (b'a|b', 0, b'cab'), (b'(a)(b)?', 0, b'ac'),
]

ERRORS = [
    'a\\q', '(a', 'a)', '[a', '[z-a]', '*a', 'a**', 'a{3,2}', '(?<x', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=b)',
    '\\2', '(a)\\2', '(a\\1)', '(?z)', 'a(?i)b', '\\x1', '\\u12', '[\\A]', '[\\d-z]', '(?P<a', '(?P', '(?#abc',
    'a|*', '(?(x)a|b)', '(?(1)a|b|c)', '\\8', '[\\8]', '\\400', '(?i', '(?-i)', '(?i-i:a)', 'a\\', '(?P<>a)',
    '(?P=)', '((a)', '(?x) a # c \n (', '\n(', '^*', '\\b*', 'a{2}{3}', 'a+?+', '(?L)', '(?P>a)', '(?<', '(?',
    '(', ')', '[]', '[^]', '[a-\\d]', '(?P<a-b>)', '[\\w-z]', '\\x{41}', '$+', '(?-a:x)', '(?x-x:a)', '(?au)',
    '(?iz)', '(?(0)a)', '(?(1a)a)', '[\\400]', '(?<=a+)b', '\\N',
]


def show(v):
    if isinstance(v, re.Match):
        return '%r %r %r' % (v, v.groups(), v.lastindex)
    return repr(v)


def run(pattern, flags, subject):
    try:
        p = re.compile(pattern, flags)
    except Exception as e:
        print('  compile error:', type(e).__name__, e)
        return
    print(' ', repr(p), p.groups, sorted(p.groupindex.items()))
    print('  search  ', show(p.search(subject)))
    print('  match   ', show(p.match(subject)))
    print('  full    ', show(p.fullmatch(subject)))
    print('  findall ', p.findall(subject))
    print('  iter    ', [m.span() for m in p.finditer(subject)])
    rep = '<\\g<0>>' if isinstance(subject, str) else b'<\\g<0>>'
    print('  sub     ', p.subn(rep, subject))
    print('  split   ', p.split(subject))


for i, (pattern, flags, subject) in enumerate(CASES):
    print(i, repr(pattern), repr(flags), repr(subject))
    run(pattern, flags, subject)

for pattern in ERRORS:
    try:
        re.compile(pattern)
        print(repr(pattern), 'compiled')
    except re.error as e:
        print(repr(pattern), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(pattern), type(e).__name__, e)

print(len(CASES) + len(ERRORS), 'cases')
