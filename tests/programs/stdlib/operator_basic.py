# operator: the operator functions, in-place forms, attrgetter/itemgetter/methodcaller and their reprs, errors.
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(2, 3), operator.sub(5, 2), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(3), operator.pos(-3), operator.abs(-4), operator.inv(5))
print(operator.lshift(1, 4), operator.rshift(16, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d, operator.getitem([10, 20], 1), operator.index(7), operator.length_hint(iter([1, 2, 3])), operator.length_hint(5, 9))
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.iadd(1, 2), operator.isub(5, 1), operator.imul([0], 3), operator.ixor(5, 1))
pts = [(1, "b"), (0, "a"), (1, "a")]
print(sorted(pts, key=itemgetter(1, 0)), itemgetter(1)("xyz"), itemgetter(0, 2)("xyz"))
class P:
    def __init__(self, n):
        self.n = n
        self.child = None
    def hello(self, greeting, punct="!"):
        return greeting + " " + str(self.n) + punct
p = P(3)
p.child = P(4)
print(attrgetter("n")(p), attrgetter("n", "child.n")(p), methodcaller("hello", "hi")(p), methodcaller("hello", "yo", punct="?")(p))
print(repr(itemgetter(1)), repr(attrgetter("a", "b")), repr(methodcaller("m", 1, k=2)))
print(operator.call(len, "abc"), operator.__add__(1, 1))
try:
    operator.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print("ValueError:", e)
