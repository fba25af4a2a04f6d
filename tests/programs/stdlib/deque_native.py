# collections.deque (native _collections.deque): every method, maxlen, indexing, iteration and mutation errors,
# comparisons and operators, copy/deepcopy, repr (recursive, maxlen, subclass), hashing, subclassing, abc.
import copy
from collections import deque
from collections.abc import MutableSequence, Sequence, Reversible, Hashable


def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


# construction and maxlen
print(deque(), deque([1, 2, 3]), deque("abc"), deque(range(5), 3), deque(maxlen=2), deque(iterable=[1], maxlen=None))
print(deque((x * x for x in range(4))), deque({1: 'a'}), deque([], 0), deque([1, 2], maxlen=0))
t("maxlen -1", lambda: deque(maxlen=-1))
t("maxlen float", lambda: deque(maxlen=1.5))
t("maxlen str", lambda: deque(maxlen='a'))
t("maxlen huge", lambda: deque(maxlen=2 ** 70))
t("not iterable", lambda: deque(1))
t("3 args", lambda: deque([1], 2, 3))
t("bad kw", lambda: deque(foo=1))
d = deque([1, 2, 3], 5)
print(d.maxlen, deque().maxlen, deque([], True).maxlen)


def set_maxlen():
    deque().maxlen = 3


t("set maxlen", set_maxlen)
d = deque('abc')
d.__init__('xy', 5)
print(d)
d.__init__()
print(d)

# append / appendleft / pop / popleft
d = deque()
for i in range(20):
    d.append(i)
    d.appendleft(-i)
print(d, len(d))
print(d.pop(), d.popleft(), d.pop(), d.popleft(), len(d))
t("pop empty", lambda: deque().pop())
t("popleft empty", lambda: deque().popleft())
t("append 0", lambda: deque().append())
t("append 2", lambda: deque().append(1, 2))
t("append kw", lambda: deque().append(x=1))
t("appendleft 0", lambda: deque().appendleft())
t("pop arg", lambda: deque([1]).pop(1))
t("popleft arg", lambda: deque([1]).popleft(0))
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m)
m.appendleft(-1)
print(m)
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(iter([1, 2]))
print(z, len(z))

# extend / extendleft
d = deque([1])
d.extend([2, 3])
d.extendleft([0, -1])
print(d)
d.extend(d)
print(d)
d.extendleft(d)
print(d)
e = deque()
e.extend(e)
print(e)
d = deque(range(3), 2)
d.extendleft('abc')
print(d)
d.extend(range(10))
print(d)
t("extend int", lambda: deque().extend(1))
t("extendleft int", lambda: deque().extendleft(1))

# clear / copy / count / index
d = deque([1, 2, 1, 3, 1])
print(d.count(1), d.count(9), d.count(1.0), deque([[1]]).count([1]))
c = d.copy()
c.append(4)
print(d, c, deque([1], 4).copy(), d.__copy__())
d.clear()
print(d, len(d), bool(d))
d = deque('abcabc')
print(d.index('b'), d.index('b', 2), d.index('c', -1), d.index('a', -100, 100), d.index('c', 0, 3))
t("index missing", lambda: deque([1, 2, 3]).index(5))
t("index range", lambda: deque([1, 2, 3]).index(3, 0, -1))
t("index bad start", lambda: deque([1]).index(1, 'a'))
t("index 0 args", lambda: deque([1]).index())
t("index 4 args", lambda: deque([1]).index(1, 0, 1, 5))
t("count 0 args", lambda: deque().count())
t("copy arg", lambda: deque([1]).copy(1))
t("clear arg", lambda: deque([1]).clear(1))

# insert / remove / reverse / rotate
d = deque([1, 2, 3])
d.insert(1, 'x')
d.insert(-1, 'y')
d.insert(100, 'end')
d.insert(-100, 'start')
d.insert(0, 'zero')
print(d)
d = deque([1, 2, 3], 4)
d.insert(10, 9)
print(d)
t("insert full", lambda: deque([1, 2, 3], 3).insert(0, 9))
t("insert bad index", lambda: deque([1]).insert('a', 1))
t("insert 1 arg", lambda: deque([1]).insert(1))
d = deque([1, 2, 3, 2])
d.remove(2)
print(d)
d.remove(2)
print(d)
t("remove missing", lambda: deque([1]).remove(7))
t("remove 0 args", lambda: deque([1]).remove())
d = deque(range(7))
d.reverse()
print(d)
d = deque(range(6))
d.reverse()
print(d)
d = deque(range(10))
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-4)
print(d)
d.rotate(23)
print(d)
d.rotate(-101)
print(d)
d.rotate(0)
print(d)
f = deque(range(8))  # a full ring buffer
f.rotate(3)
print(f)
f.rotate(-5)
print(f)
f.append(8)
f.rotate(-2)
print(f)
t("rotate str", lambda: deque().rotate('a'))
t("rotate huge", lambda: deque().rotate(2 ** 70))
t("rotate 2 args", lambda: deque().rotate(1, 2))
t("rotate kw", lambda: deque().rotate(n=1))
r = deque([5])
r.rotate(7)
print(r, deque().rotate(3))

# indexing
d = deque(range(10))
print(d[0], d[-1], d[3], d[-4], d[True])
d[0] = 'a'
d[-1] = 'z'
d[4] = 'm'
print(d)
del d[0]
del d[-1]
del d[3]
del d[5]
print(d, len(d))
t("getitem out", lambda: deque([1])[1])
t("getitem neg out", lambda: deque([1])[-2])
t("getitem empty", lambda: deque()[0])
t("getitem str", lambda: deque([1])['a'])
t("getitem slice", lambda: deque([1])[0:1])
t("getitem huge", lambda: deque([1])[2 ** 70])


def setitem_out():
    d = deque([1])
    d[3] = 1


def delitem_out():
    d = deque([1])
    del d[-3]


t("setitem out", setitem_out)
t("delitem out", delitem_out)

# iteration, reversed, in
d = deque(range(5))
print(list(d), list(reversed(d)), [x for x in d if x % 2], 3 in d, 9 in d, 1.0 in d, sum(d))
it = iter(d)
print(type(it).__name__, type(reversed(d)).__name__, it.__length_hint__())
next(it)
print(it.__length_hint__(), list(it), list(it))
print(list(reversed(deque())), deque(reversed(deque('abc'))))


def mutated(op):
    d = deque([1, 2, 3])
    it = iter(d)
    next(it)
    op(d)
    return next(it)


t("mut append", lambda: mutated(lambda d: d.append(1)))
t("mut appendleft", lambda: mutated(lambda d: d.appendleft(1)))
t("mut pop", lambda: mutated(lambda d: d.pop()))
t("mut popleft", lambda: mutated(lambda d: d.popleft()))
t("mut clear", lambda: mutated(lambda d: d.clear()))
t("mut rotate", lambda: mutated(lambda d: d.rotate(1)))
t("mut rotate0", lambda: mutated(lambda d: d.rotate(0)))
t("mut insert", lambda: mutated(lambda d: d.insert(1, 0)))
t("mut remove", lambda: mutated(lambda d: d.remove(3)))
t("mut extend empty", lambda: mutated(lambda d: d.extend([])))
t("mut extend", lambda: mutated(lambda d: d.extend([4])))
t("mut setitem", lambda: mutated(lambda d: d.__setitem__(0, 9)))
t("mut delitem", lambda: mutated(lambda d: d.__delitem__(0)))
t("mut reverse", lambda: mutated(lambda d: d.reverse()))
t("mut init", lambda: mutated(lambda d: d.__init__([5])))
t("mut copy", lambda: mutated(lambda d: d.copy()))


def mut_end():
    d = deque([1])
    it = iter(d)
    next(it)
    d.append(2)
    return next(it)


t("mut after end", mut_end)


def mut_rev():
    d = deque(range(5))
    it = reversed(d)
    out = [next(it), next(it)]
    d[0] = 9
    out.append(list(it))
    d2 = deque([1, 2])
    it2 = reversed(d2)
    next(it2)
    d2.append(3)
    return out, next(it2)


t("mut reversed", mut_rev)


def mut_loop():
    d = deque([1, 2, 3])
    for x in d:
        if x == 2:
            d.append(4)


t("mut loop", mut_loop)


class Mutator:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(1)
        return False


d = deque([1, 2, 3])
t("count mutating", lambda: d.count(Mutator(d)))
d = deque([1, 2, 3])
t("index mutating", lambda: d.index(Mutator(d)))
d = deque([1, 2, 3])
t("remove mutating", lambda: d.remove(Mutator(d)))
d = deque([1, 2, 3])
t("in mutating", lambda: Mutator(d) in d)

# comparisons and hashing
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 2]), deque([1]) == deque([True]))
print(deque([1, 2]) < deque([1, 3]), deque([1]) <= deque([1]), deque([2]) > deque([1, 2]), deque() >= deque())
print(deque([1, 2]) == [1, 2], deque() == (), deque('ab', 3) == deque('ab'))
t("lt list", lambda: deque([1]) < [1])
t("eq dunder", lambda: deque([1]).__eq__(1))
t("hash", lambda: hash(deque()))
print(deque.__hash__, isinstance(deque(), Hashable))
t("set of deque", lambda: {deque()})

# operators
print(deque([1, 2]) + deque([3]), deque('ab', 3) + deque('cd'), deque([1]) * 3, 3 * deque([1, 2]), deque([1]) * 0)
print(deque(range(3)) * -1, deque(range(3), 4) * 2, deque() * 5)
t("add list", lambda: deque([1]) + [2])
t("radd list", lambda: [2] + deque([1]))
t("mul str", lambda: deque([1]) * 'a')
t("mul huge", lambda: deque([1, 2]) * (2 ** 70))
t("sub", lambda: deque([1]) - deque())
t("iadd int", lambda: deque().__iadd__(5))
d = deque([1, 2])
d2 = d
d += [3, 4]
d += 'ab'
print(d, d is d2)
d *= 2
print(d, d is d2)
d = deque(range(5), maxlen=3)
d *= 2
print(d)
d = deque(range(5))
d *= 0
print(d)
d = deque([7])
d *= 4
print(d)
d = deque([1, 2], 5)
d += d
print(d)

# repr
print(repr(deque()), repr(deque([], maxlen=3)), repr(deque(maxlen=None)), str(deque('ab', 5)))
r = deque()
r.append(r)
r.append([r])
print(repr(r), r.maxlen)
nested = deque([deque([1]), [deque()]], maxlen=4)
print(nested)

# copy / deepcopy
a = deque([[1], [2]], maxlen=5)
b = copy.copy(a)
c = copy.deepcopy(a)
a[0].append(9)
print(b, c, b.maxlen, c.maxlen, b is a, c[1] is a[1])
shared = [0]
s = deque([shared, shared])
sc = copy.deepcopy(s)
print(sc[0] is sc[1], sc[0] is shared)
print(deque([1], 3).__reduce__()[:3], deque().__reduce__()[:3])


# subclassing
class D(deque):
    pass


class Logged(deque):
    def __init__(self, iterable=(), tag='log'):
        super().__init__(iterable, 4)
        self.tag = tag
        self.log = []

    def append(self, x):
        self.log.append(x)
        super().append(x * 10)

    def __repr__(self):
        return f"Logged<{self.tag}>{list(self)}"


x = D([1, 2])
print(x, D([1], 4), type(x).__name__, isinstance(x, deque), issubclass(D, deque), len(x), x[1])
print(type(x + deque([3])).__name__, type(deque([3]) + x).__name__, type(x * 2).__name__, type(x.copy()).__name__)
print(type(copy.copy(x)).__name__, copy.copy(x), x == deque([1, 2]), deque([1, 2]) == x)
x.attr = 5
print(x.attr, x.__reduce__()[:3])
y = copy.deepcopy(x)
print(type(y).__name__, y, y.attr)
lg = Logged([1, 2], tag='t')
lg.append(3)
lg.appendleft(0)
lg.extend([7])
print(lg, lg.log, lg.tag, lg.maxlen, len(lg), list(lg), str(lg))
lg2 = copy.deepcopy(lg)
print(lg2, lg2.log, lg2.tag)
t("D hash", lambda: hash(D()))


class Counted(deque):
    def __len__(self):
        return 42

    def __getitem__(self, i):
        return ('item', super().__getitem__(i))


cd = Counted([5, 6])
print(len(cd), cd[0], list(cd), bool(Counted()))
print(deque.__name__, deque.__module__, deque.__qualname__, deque)
print(deque[int], D[str], deque.__class_getitem__(int))
print(deque.append, type(deque.maxlen).__name__)

# collections.abc registration
print(isinstance(deque(), MutableSequence), isinstance(D(), Sequence), issubclass(deque, Reversible),
      issubclass(deque, MutableSequence))

# a larger workload
q = deque()
total = 0
for i in range(10000):
    q.append(i)
    if i % 3 == 0:
        total += q.popleft()
while q:
    total -= q.pop()
print(total, len(q))
w = deque(maxlen=100)
for i in range(1000):
    w.append(i)
    w.rotate(7)
print(list(w)[:5], sum(w), w[50], w[-50])
# insert at every position, from both ends
for n in range(6):
    for i in range(-n - 2, n + 2):
        d = deque(range(n))
        d.insert(i, 'x')
        ref = list(range(n))
        ref.insert(i, 'x')
        assert list(d) == ref, (n, i, d)
        if 0 <= i < n:
            del d[i]
            d.rotate(i)
            d.remove(d[0])
print("insert ok", d)
