# __get__/__set__ of the builtin descriptors (function, staticmethod, classmethod, property) called by name.
def f(x): return x
for o in [f, staticmethod(f), classmethod(f), property(f)]:
    print(type(o).__name__, hasattr(o, "__get__"), hasattr(o, "__set__"))
class A:
    def m(self): return 1
print(A.m.__get__(A())(), A.m.__get__(None, A) is A.m, type(f.__get__(1)).__name__)
print(classmethod(f).__get__(None, A)(), staticmethod(f).__get__(A())(3))
