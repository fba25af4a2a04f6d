# ABCs: abstractmethod enforcement, abstract properties/classmethods, register, isinstance with ABCs.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @property
    @abstractmethod
    def name(self):
        ...
    def describe(self):
        return f"{self.name} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    @property
    def name(self):
        return "square"
class Partial(Shape):
    def area(self):
        return 0
for cls in (Shape, Partial):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square(3).describe(), isinstance(Square(1), Shape), sorted(Shape.__abstractmethods__))
print(sorted(Partial.__abstractmethods__), Square.__abstractmethods__ == frozenset())

class Plugin(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def create(cls):
        ...
    @staticmethod
    @abstractmethod
    def version():
        ...
class Impl(Plugin):
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def version():
        return "1.0"
print(type(Impl.create()).__name__, Impl.version(), type(Plugin).__name__)
try:
    Plugin()
except TypeError as e:
    print(e)

class Sized(ABC):
    @abstractmethod
    def size(self):
        ...
class External:
    def size(self):
        return 3
Sized.register(External)
print(isinstance(External(), Sized), issubclass(External, Sized), External.__mro__)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, "quack")
        return NotImplemented
class Duck:
    def quack(self):
        pass
print(isinstance(Duck(), Hook), issubclass(int, Hook))
class Base(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def c(self): ...
try:
    Base()
except TypeError as e:
    print(e)
class Concrete(Base):
    a = b = c = lambda self: 1
print(Concrete().a())
class NoAbstract(ABC):
    pass
print(type(NoAbstract()).__name__)
