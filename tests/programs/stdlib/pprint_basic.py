# pprint: widths, indents, depth, compact, sort_dicts, underscore_numbers, long strings and bytes, sets, tuples,
# nested containers, collections types, dataclasses, recursion, and saferepr/isreadable/isrecursive.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from dataclasses import dataclass, field

data = {'name': 'example', 'numbers': list(range(30)), 'nested': {'a': [1, 2, {'b': (3, 4, 5)}], 'c': 'x' * 30},
        'tuple1': (1,), 'empty': [], 'set': {3, 1, 2}, 'fs': frozenset({20, 10}), 10: 'int key', (1, 2): 'tuple key'}
pprint.pprint(data)
for width in [10, 20, 40, 60, 120]:
    print('--- width', width)
    pprint.pprint(data, width=width)
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=50))
print(pprint.pformat(list(range(50)), compact=True, width=40))
print(pprint.pformat([[1, 2, 3]] * 8, compact=True, width=30))
print(pprint.pformat({'z': 1, 'a': 2, 'm': {'y': 1, 'b': 2}}, sort_dicts=False, width=10))
print(pprint.pformat([10**10, 12345678], underscore_numbers=True))
text = 'The quick brown fox jumps over the lazy dog. ' * 5
pprint.pprint(text)
pprint.pprint([text, 'short'], width=50)
pprint.pprint({'key': text}, width=60)
pprint.pprint('line one\nline two is a bit longer than the first\n' * 3, width=30)
pprint.pprint(bytes(range(40)), width=30)
pprint.pprint(bytearray(b'abcdefghij' * 5), width=30)
pprint.pprint({'mixed': [1, 'a', None, 2.5, 3j, True]})
pprint.pprint({1: 'a', 'b': 2, None: 3, 2.5: 4}, width=20)
pprint.pprint({5, 'a', 2, None}, width=10)
pprint.pprint(OrderedDict([('z', list(range(15))), ('a', 'x' * 40)]), width=40)
pprint.pprint(defaultdict(list, {'k': list(range(20)), 'j': [1]}), width=40)
pprint.pprint(Counter('abracadabra' * 3), width=20)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(ChainMap({'a': list(range(12))}, {'b': 2}), width=30)


@dataclass
class Point:
    x: int
    y: int
    tags: list = field(default_factory=list)


pprint.pprint(Point(1, 2, ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota']))
pprint.pprint([Point(1, 2), Point(3, 4)], width=20)
rec = [1, 2]
rec.append(rec)
d = {'self': None}
d['self'] = d
print(pprint.pformat(rec).split('id=')[0], pprint.pformat(d).split('id=')[0])
print(pprint.saferepr(rec).startswith('[1, 2, <Recursion on list with id='), pprint.isrecursive(rec),
      pprint.isreadable(rec), pprint.isreadable([1, 'a']), pprint.isreadable(object()), pprint.saferepr({'b': 1, 'a': 2}))
pp = pprint.PrettyPrinter(indent=2, width=30)
print(pp.pformat({'a': [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}), pp.isreadable([1]), pp.isrecursive([1]))
pprint.pp({'b': 1, 'a': [1] * 30})
for bad in [lambda: pprint.PrettyPrinter(indent=-1), lambda: pprint.PrettyPrinter(depth=0),
            lambda: pprint.PrettyPrinter(width=0)]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
print(pprint.pformat(()), pprint.pformat((1,)), pprint.pformat(set()), pprint.pformat(frozenset()), pprint.pformat(''),
      pprint.pformat(b''), pprint.pformat([[]]), pprint.pformat({}), pprint.pformat(OrderedDict()))
