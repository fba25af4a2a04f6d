# json.dumps: scalars, escapes (ensure_ascii on/off), float forms, key coercion, sort_keys, indent, separators,
# skipkeys, allow_nan, check_circular, default, subclasses of the containers, and the error messages.
import json
from collections import OrderedDict

values = [None, True, False, 0, -1, 10**30, -(10**30), 1.0, -0.0, 0.1, 1e16, 1e-7, 1.5e300, 3.14159, 2.5e-5,
          float('inf'), float('-inf'), float('nan'), '', 'plain', 'quote " and \\ backslash', 'tab\there\nnl\r\b\f',
          '\x00\x01\x1f\x7f', 'caf\u00e9', '\u2603 snow', '\U0001f600 grin', '/slash/', '\u2028',
          [], [1], [1, [2, [3, []]]], (1, 2), (), {}, {'a': 1}, {'a': {'b': {}}}, [{}, [], {'x': [None]}]]
for v in values:
    print(json.dumps(v), '|', json.dumps(v, ensure_ascii=False))

d = {'b': 1, 'a': [1, 2, {'d': None, 'c': True}], 'e': {}, 'f': [], 'g': 'text'}
print(json.dumps(d))
print(json.dumps(d, sort_keys=True))
for indent in [None, 0, 1, 2, 4, '', '\t', '--']:
    print(repr(indent))
    print(json.dumps(d, indent=indent, sort_keys=True))
print(json.dumps(d, separators=(',', ':')))
print(json.dumps(d, indent=2, separators=(', ', ' = ')))
print(json.dumps([1, [2, 3]], indent=3))

print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 's'}))
print(json.dumps({float('inf'): 1, float('-inf'): 2, -0.0: 3, 10**20: 4}))
print(json.dumps({False: 0, 'z': 1}))
print(json.dumps({(1, 2): 'tuple', 'ok': 1, 3: 'three'}, skipkeys=True))
print(json.dumps({'b': 2, 'a': 1, 'c': {'z': 0, 'y': 1}}, sort_keys=True, indent=1))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])))

for bad, kwargs in [({(1, 2): 3}, {}), ({frozenset(): 1}, {}), (object(), {}), ({1, 2}, {}), (b'bytes', {}),
                    (float('nan'), {'allow_nan': False}), ([float('inf')], {'allow_nan': False}),
                    ({float('nan'): 1}, {'allow_nan': False}), ({1: 2, 'a': 3}, {'sort_keys': True}),
                    (complex(1, 2), {})]:
    try:
        print(json.dumps(bad, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

a = []
a.append(a)
d2 = {}
d2['self'] = d2
for cyc in [a, d2, [d2]]:
    try:
        json.dumps(cyc)
    except ValueError as e:
        print('ValueError', e)
shared = [1, 2]
print(json.dumps([shared, shared, {'k': shared}]))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f'cannot encode {type(o).__name__}')


print(json.dumps([Point(1, 2), {3, 1, 2}, Point(Point(0, 0), None)], default=encode_point))
try:
    json.dumps([Point(1, 2), b'x'], default=encode_point)
except TypeError as e:
    print('TypeError', e)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return {'__set__': sorted(o)}
        return super().default(o)


print(json.dumps({'s': {2, 1}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([{1}]))
print(''.join(json.JSONEncoder().iterencode({'a': [1, 2]})))
try:
    SetEncoder().encode(object())
except TypeError as e:
    print('TypeError', e)


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    pass


print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, 2]), MyDict(k=MyList())]))
print(json.dumps({MyInt(7): 1, MyFloat(0.5): 2}))
enc = json.JSONEncoder()
print(enc.item_separator, enc.key_separator, json.JSONEncoder(indent=2).item_separator)
print(json.dumps('\ud800 lone'), json.dumps('x' * 3, ensure_ascii=False), json.dumps(['\u00e9' * 3, '\x80']))
