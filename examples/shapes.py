# Classes, inheritance, properties and dunder methods: the object model a
# compiled program must reproduce exactly (same repr, same MRO, same output).
import math


class Shape:
    def area(self) -> float:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(area={self.area():.2f})"


class Circle(Shape):
    def __init__(self, radius: float) -> None:
        self.radius = radius

    def area(self) -> float:
        return math.pi * self.radius**2


class Rectangle(Shape):
    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height

    def area(self) -> float:
        return self.width * self.height


shapes = [Circle(1.0), Rectangle(2, 3.5), Circle(0.5)]
for shape in sorted(shapes, key=lambda s: s.area()):
    print(shape)
print("total:", round(sum(s.area() for s in shapes), 3))
