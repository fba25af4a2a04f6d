# A generator expression that captures a parameter and is passed to a user function (a real closure, not inlined).
def foo(it):
    return list(it)
def f(a, other):
    return foo(v for v in other if v in a)
print(f([1], [1, 2]))
class S:
    def m(self, other):
        return foo(v for v in other if v == self)
    def n(slf, other):
        return foo(v for v in other if v == slf)
print(S().m([1]))
