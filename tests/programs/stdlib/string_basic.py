# string: constants, capwords, Template (substitute/safe_substitute/errors/identifiers/custom delimiter),
# Formatter (format/parse/vformat, subclass hooks).
import string

print(repr(string.whitespace), string.ascii_letters, string.digits, string.hexdigits, string.octdigits,
      string.punctuation, repr(string.printable), string.ascii_lowercase, string.ascii_uppercase)
print(string.capwords('  hello   world-foo  bar '), string.capwords('a-b-c', '-'), string.capwords(''),
      string.capwords('ÉCOLE élève'))
t = string.Template('$who likes ${what} $$ $')
try:
    print(t.substitute(who='tim', what='kung'))
except ValueError as e:
    print('ValueError', e)
t = string.Template('$who likes ${what}')
print(t.substitute({'who': 'a'}, what='b'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid(),
      t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
t2 = string.Template('bad ${ x} $1 $_ok ${_a1}')
print(t2.safe_substitute(_ok='OK', _a1='A'), t2.is_valid(), t2.get_identifiers())
try:
    t2.substitute()
except ValueError as e:
    print('ValueError', e)
try:
    string.Template('line one\nline $two\n  $').substitute(two=2)
except ValueError as e:
    print('ValueError', e)
print(string.Template('$a$b$$c').substitute(a=1, b=[2]), string.Template('').substitute(),
      string.Template('${x}y').substitute(x='X'))


class Pct(string.Template):
    delimiter = '%'


print(Pct('%who owes %%%amount').substitute(who='me', amount=5))
f = string.Formatter()
print(f.format('{0}-{x!r:>5}', 1, x='y'), f.format('{}{}', 'a', 'b'), f.format('{0[1]}.{p.real}', [5, 6], p=2j),
      f.format('{:{w}}|', 'ab', w=5), f.vformat('{a}', (), {'a': 1}))
print(list(f.parse('a{0}b{x:>3}{{}}')), list(f.parse('plain')), list(f.parse('{!r}')))
for bad in ['{', '}', '{0', 'a}b']:
    try:
        print(f.format(bad, 1))
    except ValueError as e:
        print('ValueError', e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)


print(Upper().format('{0} {missing} {y:>4}', 'abc', y='q'))
