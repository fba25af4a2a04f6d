# Numeric dunders: binary, reflected, in-place, unary, and NotImplemented fallback.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return V(k * self.x, k * self.y)
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __rpow__(self, b):
        return f"rpow {b}"
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __lshift__(self, n):
        return V(self.x << n, self.y << n)
    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __rand__(self, o):
        return "rand"
    def __divmod__(self, k):
        return (self // k, self % k)
    def __iadd__(self, o):
        self.x += o
        self.y += o
        return self

a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, 2.5 + a)
print(a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, 2 ** a)
print(a @ b, -a, +a, abs(V(3, 4)), ~a, a << 2, b >> 1)
print(a & b, a | b, a ^ b, 1 & a, divmod(V(7, 8), 3))
c = a
a += 10
print(a, c, a is c)
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" - a
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)

class W:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "W.radd"
class X(W):
    def __radd__(self, o):
        return "X.radd (subclass first)"
print(W(1) + X(2))
try:
    W(1) + W(2)
except TypeError as e:
    print(e)
m = V(1, 1)
m *= 5
print(m)
m -= V(1, 1)
print(m)
