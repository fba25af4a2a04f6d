# super() zero- and two-argument, cooperative multiple inheritance, diamond MRO.
class A:
    def who(self):
        return ["A"]
    def __init__(self):
        print("A.init")
        super().__init__()
class B(A):
    def who(self):
        return ["B"] + super().who()
    def __init__(self):
        print("B.init")
        super().__init__()
class C(A):
    def who(self):
        return ["C"] + super().who()
    def __init__(self):
        print("C.init")
        super().__init__()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    def __init__(self):
        print("D.init")
        super().__init__()
d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
print(super(B, d).who(), super(C, d).who(), super(D, D).who(d))

class Base:
    @classmethod
    def create(cls):
        return f"create {cls.__name__}"
    @staticmethod
    def st():
        return "static"
    @property
    def prop(self):
        return "base prop"
class Derived(Base):
    @classmethod
    def create(cls):
        return "derived -> " + super().create()
    @property
    def prop(self):
        return "derived + " + super().prop
print(Derived.create(), Derived().prop, super(Derived, Derived()).st())

class Mixin:
    def greet(self):
        return "mixin " + super().greet()
class Greeter:
    def greet(self):
        return "greeter"
class Both(Mixin, Greeter):
    pass
print(Both().greet())
class Str(str):
    def __str__(self):
        return "Str(" + super().__str__() + ")"
    def upper(self):
        return super().upper() + "!"
print(str(Str("x")), Str("ab").upper())
class L(list):
    def append(self, v):
        super().append(v * 2)
l = L()
l.append(3)
print(l)
print(super(int, True).__class__ if False else "ok")
