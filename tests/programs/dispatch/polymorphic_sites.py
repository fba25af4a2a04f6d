# Polymorphic call and attribute sites: one site sees several classes (more
# than its cache holds), while methods and attributes change underneath.


class Shape:
    def __init__(self, name):
        self.name = name
        self.size = 1.0

    def area(self):
        return 0.0

    def describe(self):
        return self.name + ":" + str(self.area())


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


class Circle(Shape):
    def __init__(self, r):
        self.r = r
        super().__init__("circle")

    def area(self):
        return round(3.14159 * self.r * self.r, 3)


class Tri(Shape):
    def area(self):
        return 0.5


class Odd:
    # Not a Shape: a different layout for the same attribute names.
    def __init__(self):
        self.size = "odd size"
        self.name = "odd"

    def area(self):
        return -1

    def describe(self):
        return "odd one"


class Sub(Square):
    pass


def total(shapes):
    s = 0.0
    for sh in shapes:
        s += sh.area()
    return s


def names(shapes):
    return [sh.name + "/" + str(sh.size) for sh in shapes]


def grow(shapes):
    for sh in shapes:
        sh.size = sh.size * 2 if isinstance(sh.size, float) else sh.size + "!"


shapes = [Square(2), Circle(1), Tri("tri"), Odd(), Sub(3), Shape("plain")]
for _ in range(3):
    print(total(shapes), [sh.describe() for sh in shapes])
    print(names(shapes))
    grow(shapes)

Tri.area = lambda self: 100.0
print(total(shapes))
Shape.area = lambda self: 1000.0
print(total(shapes), shapes[-1].area())
del Square.area
print(total(shapes), shapes[0].area(), shapes[4].area())
shapes[1].area = lambda: 7
print(total(shapes))
shapes[3].__class__ = Tri
print(total(shapes), names(shapes))
Odd.area = lambda self: 5
print(total([Odd(), shapes[3]]))
