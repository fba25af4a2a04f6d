# Docstrings, including one on the def line, and their absence.
def h(): "doc"; return 1
print(h.__doc__, h())
def k():
    """multi
    line"""
    return 2
print(repr(k.__doc__))
def none():
    x = "not a doc"
    return x
print(none.__doc__)
class C:
    def m(self):
        "method doc"
print(C.m.__doc__, C().m.__doc__)
f = lambda: 1
print(f.__doc__)
