# Method call sites that see exactly two classes (both tested inline by the
# site's cache), while the classes and instances change under them.


class Shape:
    def area(self):
        return 0

    def name(self):
        return "shape"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def total(shapes):
    t = 0
    for s in shapes:
        t += s.area()
    return t


def names(shapes):
    return [s.name() for s in shapes]


shapes = [Square(2), Circle(1), Square(3), Circle(2)]
print(total(shapes), names(shapes))

# replace the method of the second class seen by the site
Circle.area = lambda self: -self.r
print(total(shapes))

# an instance attribute shadowing the method on one instance of each class
shapes[1].__dict__["area"] = lambda: 100
print(total(shapes))
del shapes[1].__dict__["area"]
print(total(shapes))

# the base method the two classes inherit, changed and then overridden
Shape.name = lambda self: "base-" + type(self).__name__
print(names(shapes))
Circle.name = lambda self: "circle"
print(names(shapes))
del Circle.name
print(names(shapes))

# a third and fourth class arriving at the warm sites
class Tri(Shape):
    def area(self):
        return 7


class Hex(Square):
    def area(self):
        return super().area() + 1


shapes += [Tri(), Hex(1)]
print(total(shapes), names(shapes))

# a method deleted from the first class: the base's is found
del Square.area
print(total(shapes))

# a non-callable class attribute in place of the method
Circle.area = 5
try:
    total(shapes)
except TypeError as e:
    print("TypeError:", e)
