# collections: namedtuple (errors, defaults, rename, match), deque (ring buffer, maxlen, errors), Counter arithmetic, defaultdict, OrderedDict, ChainMap.
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, len(p), tuple(p))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), type(p).__name__, hash(p) == hash((1, 2)))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(9), P3(1, 2, 3), P3._field_defaults, P3.__doc__)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2), lambda: P3()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for args in [("T", "a _b"), ("T", "a a"), ("T", "a def"), ("1T", "a")]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print("ValueError:", e)
print(namedtuple("R", "a def _c a", rename=True)._fields)
match p:
    case Point(x=1, y=yy):
        print("matched", yy)
d = deque([1, 2, 3])
d.append(4); d.appendleft(0); d.extend([5, 6]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.rotate(2); print(d); d.rotate(-3); print(d)
print(d.count(1), d.index(3), 3 in d, list(reversed(d)), d.maxlen)
dm = deque(range(10), maxlen=3)
dm.append(10); dm.appendleft(-1)
print(dm, list(dm), dm.maxlen, deque("abc") + deque("d"), deque([1]) * 3)
dq = deque()
for i in range(100):
    dq.append(i)
    if i % 3 == 0:
        dq.popleft()
print(len(dq), dq[0], dq[-1], sum(dq))
d.remove(3); d.insert(1, 99); d.reverse(); d[0] = "x"; del d[1]
print(d)
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]]:
    try:
        bad()
    except IndexError as e:
        print("IndexError:", e)
try:
    deque([1]).remove(7)
except ValueError as e:
    print("ValueError:", e)
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), sorted(c.elements())[:5], c.total())
c.update("aaz"); c.subtract({"b": 5})
print(c, Counter(a=2, b=-1) + Counter(a=1), Counter(a=2) - Counter(a=3), +Counter(a=-1, b=2), -Counter(a=-1))
print(Counter("aab") | Counter("bbc"), Counter("aab") & Counter("abb"), Counter("ab") == Counter("ba"), Counter())
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["zz"], len(dd), defaultdict(int), isinstance(dd, dict))
di = defaultdict(int)
for ch in "hello":
    di[ch] += 1
print(sorted(di.items()), dict(di))
try:
    defaultdict()["x"]
except KeyError as e:
    print("KeyError:", e)
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b"); print(od); od.move_to_end("c", last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, OrderedDict(), OrderedDict(a=1) == OrderedDict(a=1))
print(OrderedDict([("a", 1), ("b", 2)]) == OrderedDict([("b", 2), ("a", 1)]), OrderedDict([("a", 1), ("b", 2)]) == {"b": 2, "a": 1})
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), list(cm), cm, "b" in cm, cm.get("z", 0))
cm["c"] = 4; child = cm.new_child(); child["a"] = 9
print(cm, child, child.parents, child["a"])
try:
    del cm["b"]
except KeyError as e:
    print("KeyError:", e)
