# Float attributes assigned in an __init__ that has no typed clone (it calls
# super(), and its parameters are not annotated): the compiled stores keep an
# exact float unboxed, as the runtime's own stores do, so that the methods
# reading the attribute as a float run their fast regions. Anything else
# (ints, float subclasses, strs, None) stays the object it was.


class Shape:
    def __init__(self, color, reflect):
        self.color = color
        self.reflect = reflect


class Circle(Shape):
    def __init__(self, center, radius, color, reflect):
        super().__init__(color, reflect)
        self.center = center
        self.radius = radius
        self.radius = radius  # a second store of the same slot

    def area(self) -> float:
        return self.radius * self.radius * 3.0

    def grow(self, by: float) -> None:
        self.radius = self.radius + by


class Half(float):
    def __repr__(self):
        return "Half(" + float.__repr__(self) + ")"


def show(c):
    print(repr(c.radius), type(c.radius).__name__, c.area(), c.reflect, c.color)


shapes = [
    Circle((0, 0), 1.5, "red", 0.25),
    Circle((1, 2), 2, "green", 0),
    Circle((3, 4), Half(2.5), "blue", 0.5),
    Circle(None, True, None, None),
    Circle((5, 6), 10**20, "big", 1e300),
    Circle((7, 8), -0.0, "neg", float("inf")),
]
for c in shapes:
    show(c)

total = 0.0
for i in range(6):
    c = shapes[i % len(shapes)]
    c.grow(0.5)
    total += c.area()
print(total)

# The attribute changes type between calls of the reading method.
c = Circle((0, 0), 1.0, "x", 0.1)
for v in [2.0, 3, 4.5, "ab", 5.0]:
    c.radius = v
    try:
        print(c.area())
    except TypeError as e:
        print("TypeError:", e)

# vars() and the instance dict see the same values.
c = Circle((9, 9), 0.75, "y", 0.2)
print(sorted(vars(c).items(), key=lambda kv: kv[0]))
del c.radius
try:
    c.area()
except AttributeError as e:
    print("AttributeError:", e)
c.radius = 1.25
print(c.area(), c.radius == 1.25, c.radius + 0.0)
