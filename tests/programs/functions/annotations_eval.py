# __annotations__ evaluated at definition time, in the enclosing scope.
def g(x: int, y: "str" = "a", *args: float, k: bool = True, **kw: list) -> str:
    return ""
print(g.__annotations__)
def nothing(a, b):
    pass
print(nothing.__annotations__)
T = dict
def h(a: T, b: list[int]) -> None:
    pass
print(h.__annotations__)
class C:
    def m(self, v: "C") -> int:
        return 1
print(C.m.__annotations__)
