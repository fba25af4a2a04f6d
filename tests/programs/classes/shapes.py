# Polymorphism through overridden methods.
import math

class Shape:
    def area(self):
        return 0.0
    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2

class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

shapes = [Circle(1), Rect(2, 3), Square(4), Shape()]
for s in shapes:
    print(s)
print(sorted([round(s.area(), 1) for s in shapes]))
