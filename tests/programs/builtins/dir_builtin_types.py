# sorted(dir(x)) of builtin instances, types and a user class instance, as
# in CPython (explicit operator dunders per type, object's own dunders).
class U:
    def __init__(self):
        self.a = 1

    def m(self):
        pass


for x in ([], {}, (), "", 0, 0.0, set(), frozenset(), object(), U(), True, None, b""):
    print(type(x).__name__, sorted(dir(x)))
print([1].__iadd__([2]), {1: 2}.__ior__({3: 4}), {1}.__iand__({1, 2}), [1].__imul__(2))
print((7).__divmod__(2), (7.0).__rdivmod__(2), (7).__divmod__(2.0), list(dict.fromkeys("ab").__reversed__()))
print((3).__getnewargs__(), "s".__getnewargs__(), (1, 2).__getnewargs__(), b"x".__bytes__())
print(list.__class_getitem__(int), dict[str, int], float.__getformat__("double"))
print(object.__subclasshook__(), object().__str__()[:15], U.__str__ is object.__str__, (5).__str__())
