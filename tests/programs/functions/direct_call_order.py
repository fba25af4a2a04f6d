# A function's body runs only after the top-level statement that made it (its def, or the def or class around it), so module functions defined before that statement are bound: their calls skip the global read. Those defined after it are read first (NameError while unbound).
import sys

def early():
    return late(3)

try:
    early()
except NameError as e:
    print("NameError:", e)

def late(x):
    return x * 2

def rec(n):
    if n == 0:
        return 0
    return 1 + rec(n - 1)

class C:
    def m(self):
        return rec(4) + late(1)

    def n(self):
        return after_class(1)

    print("class body", rec(3))

try:
    print(C().n())
except NameError as e:
    print("NameError:", e)

def outer():
    def inner():
        return rec(2) + later(1)
    return inner()

try:
    print(outer())
except NameError as e:
    print("NameError:", e)

def later(x):
    return x + 100

def after_class(x):
    return x - 100

f = lambda: rec(6) + later(0)
print(early(), rec(5), C().m(), C().n(), outer(), f())
