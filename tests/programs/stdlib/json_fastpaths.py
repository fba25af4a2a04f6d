"""json edge cases around the native scanner's and encoder's fast paths:
escapes and control characters at every offset of an 8-byte word, integers
at the 18/19-digit boundary, float overflow/underflow, repeated keys and
short values, ensure_ascii around DEL and multi-byte characters, dicts
changed by `default`, cycles and non-str keys."""
import json

# Strings with a special character at each position of a 16-byte body.
for ch in ['"', '\\', '\n', '\t', '\x01', '\x1f', '\x7f', '\xe9', '\u20ac', '\U0001f600', '/']:
    for pos in range(17):
        s = 'abcdefghijklmnop'[:pos] + ch + 'qrstuvwxyzABCDEF'[pos:]
        a = json.dumps(s)
        b = json.dumps(s, ensure_ascii=False)
        assert json.loads(a) == s and json.loads(b) == s, (ch, pos)
        if pos in (0, 7, 8, 9, 16):
            print(pos, a, b)

# Control characters inside strings, strict and not.
for pos in range(10):
    doc = '"' + 'x' * pos + '\x05' + 'y' * 3 + '"'
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print('strict:', e)
    print(repr(json.loads(doc, strict=False)))
    print(repr(json.loads('{"k' + 'x' * pos + '\t": 1}', strict=False)))

# Unterminated strings at various lengths.
for k in range(0, 12, 3):
    for doc in ['"' + 'a' * k, '"' + 'a' * k + '\\', '["' + 'a' * k + '\\u12', '{"' + 'a' * k]:
        try:
            json.loads(doc)
        except json.JSONDecodeError as e:
            print(repr(doc), '->', e)

# Integers around the fast-path limit, signs, zeros.
for text in ['0', '-0', '7', '-7', '999999999999999999', '-999999999999999999', '1000000000000000000',
             '-1000000000000000000', '9223372036854775807', '9223372036854775808', '-9223372036854775809',
             '123456789012345678901234567890', '-00', '01']:
    try:
        v = json.loads(text)
        print(text, repr(v), type(v).__name__)
    except json.JSONDecodeError as e:
        print(text, '->', e)

# Floats, including out-of-range exponents and near-limit values.
for text in ['0.0', '-0.0', '1.5', '-1.5e3', '1E400', '-1e400', '1e-400', '2.2250738585072014e-308',
             '4.9e-324', '1.7976931348623157e308', '1.7976931348623159e308', '0.1', '123456789.123456789e-5',
             '1e5', '1E+5', '1e-5', '1.', '1.e5', '.5', '1e', '1e+', '-', '-a', '[1.5,2.5e1]']:
    try:
        print(text, repr(json.loads(text)))
    except json.JSONDecodeError as e:
        print(text, '->', e)

# Repeated keys and values: same results, later duplicates win.
doc = json.dumps([{'alpha': 'beta', 'gamma': ['beta', 'beta', 'x' * 40, 'x' * 40]} for _ in range(5)])
back = json.loads(doc)
print(back[0] == back[4], back[2])
print(json.loads('{"a": 1, "b": 2, "a": 3}'), json.loads('{"a\\u0062": 1, "ab": 2}'))
print(json.loads('{"k": "v", "k2": "\\u00e9v", "k": "\\"v\\""}'))
print(json.loads('[' + ','.join('{"n%d": %d}' % (i % 7, i) for i in range(30)) + ']')[-3:])
big = {'key%d' % i: i for i in range(100)}
print(json.loads(json.dumps(big)) == big, len(json.loads(json.dumps(big))))

# object_pairs_hook and object_hook still see everything.
print(json.loads('{"a": [1, {"b": 2}], "a": 3}', object_pairs_hook=list))
print(json.loads('[{"x": 1}, {"y": {"z": 2}}]', object_hook=lambda d: sorted(d.items())))

# ensure_ascii around DEL, multi-byte and astral characters.
for s in ['\x7f', 'a\x7fb', '\x80', 'caf\u00e9', '\u0800\uffff', '\U00010000\U0010ffff', 'ab\udc80cd']:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False).encode('utf-8', 'surrogatepass'))

# Non-str keys and skipkeys.
print(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd', -3: 'e', 10**20: 'f'}))
print(json.dumps({'a': 1, (1, 2): 2, 'b': 3}, skipkeys=True))
print(json.dumps({(1, 2): 2, 'b': 3}, skipkeys=True))
print(json.dumps({'b': 1, 'a': {'d': 2, 'c': 3}}, sort_keys=True, indent=2))
try:
    json.dumps({(1, 2): 1})
except TypeError as e:
    print('TypeError:', e)
try:
    json.dumps({float('nan'): 1}, allow_nan=False)
except ValueError as e:
    print('ValueError:', e)
print(json.dumps({float('nan'): 1, float('inf'): 2}))

# Integers of every size and sign in the encoder.
print(json.dumps([0, -1, 1, 2**62, -2**62, 2**63 - 1, -2**63, 2**64, -2**100, 10**30]))
print(json.dumps([0.0, -0.0, 1e16, 1e-5, 1.5e300, 123.456, float('inf'), float('-inf')]))


# A `default` that changes the dict being encoded: the pairs taken at the
# start are encoded.
class Thing:
    pass


d = {'a': 1, 't': Thing(), 'z': 2}


def default(o):
    d.clear()
    d['new'] = 5
    return 'thing'


print(json.dumps(d, default=default))
print(d)

# Lists shrunk by `default`.
lst = [1, Thing(), 2, 3]


def shrink(o):
    del lst[2:]
    return 'x'


print(json.dumps(lst, default=shrink))

# Cycles, directly and through several levels; shared (non-cyclic) values are fine.
a = []
a.append(a)
for obj in [a, {'k': [{'again': None}]}]:
    if isinstance(obj, dict):
        obj['k'][0]['again'] = obj
    try:
        json.dumps(obj)
    except ValueError as e:
        print('ValueError:', e)
shared = [1, 2]
print(json.dumps({'x': shared, 'y': shared, 'z': [shared, shared]}))
print(json.dumps(a, check_circular=False) if False else 'skipped')

# Deep nesting on both sides.
deep = json.loads('[' * 500 + ']' * 500)
print(len(json.dumps(deep)))
print(json.dumps(json.loads('{"a":' * 50 + '1' + '}' * 50))[:30])

# Separators and indentation with nested empties.
print(json.dumps({'a': [], 'b': {}, 'c': [[]], 'd': [{}]}, indent='\t', separators=(',', ':')))
print(json.dumps([1, [2, [3]]], indent=0))

# Lists grown by `default`: the new items are encoded too.
grow = [Thing(), 1]


def grower(o):
    grow.append(len(grow))
    return 'g'


print(json.dumps(grow, default=grower))

# Many distinct short strings (more than the scanner's cache of recent values)
# and non-ASCII documents, keys and values.
words = ['w%d' % (i * 7919 % 5003) for i in range(5000)] + ['\u00e9%d' % i for i in range(300)]
print(json.loads(json.dumps(words)) == words, json.loads(json.dumps(words, ensure_ascii=False)) == words)
mixed = {'cl\u00e9': ['\u00e9t\u00e9', 'caf\u00e9', 'x\u20acy' * 20], '\u4e2d\u6587': {'\u00e9t\u00e9': 1}}
text = json.dumps(mixed, ensure_ascii=False)
print(text, json.loads(text) == mixed)
try:
    json.loads('{"\u00e9t\u00e9": [1, 2,, 3]}')
except json.JSONDecodeError as e:
    print(e)
print(json.loads('  ["\u00e9", "a\\u00e9b", "\U0001f600"]  '))

# A decoder's hooks are taken when it is made (as CPython's scanner takes
# them); the attributes still read back.
dec = json.JSONDecoder()
dec.parse_float = str
dec.object_hook = len
print(dec.decode('[1.5, {"a": 2}]'), dec.parse_float is str)


class Late(json.JSONDecoder):
    def __init__(self):
        super().__init__(parse_int=float)
        self.parse_int = str


print(Late().decode('[7, 8.5]'), json.loads('[7]', cls=Late))
print(json.loads('{"a": 1}', object_hook=None), json.dumps([1], ensure_ascii=1, check_circular=1))
print(json.dumps({'b': 1}, sort_keys=0, indent=None, separators=None, default=None))

# Float text in the encoder and repr (fixed below 1e16 and from 1e-4, else exponent).
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 1e-4, 1e-5, 0.00012345, 123456789012345.6, 1234567890123456.7, 1e16,
        9.999999999999999e15, 1e22, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e100, 1.5e-100,
        12345.678, 3.141592653589793, 1 / 3, 2 / 3, 100.0, 1e15, 123e-7, -9.87e-300, 4.35, 0.3]
print(json.dumps(vals))
print(json.dumps({v: i for i, v in enumerate(vals[:6])}))
print([repr(v) for v in vals], str(1e16), str(-1e-5), '%r' % 1e300, f'{2.5}')
