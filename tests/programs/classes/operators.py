# Arithmetic dunder methods with NotImplemented and reflected operands.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v * 3, 2 * v, -v, v * 0.5)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
