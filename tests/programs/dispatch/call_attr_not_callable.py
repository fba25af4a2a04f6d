# Calling an attribute that holds a non-callable value raises TypeError.
# A small int's word has bit 1 set (1 is the word 3, 3 the word 7), like the
# method words of a method call site: they must not be taken for one.
class A:
    def m(self):
        return "method"


def call0(obj, label):
    try:
        print(label, obj.f())
    except TypeError as e:
        print(label, "TypeError:", e)


def call1(obj, label):
    try:
        print(label, obj.f(2))
    except TypeError as e:
        print(label, "TypeError:", e)


a = A()
for value in [1, 3, -1, 0, 2, 7, 2**62, -(2**62), True, False, None, "s", 1.5, (1,)]:
    a.f = value
    call0(a, repr(value))
    call1(a, repr(value))

# The same site first sees a method, then an int in the instance dict.
b = A()
for i in range(3):
    if i == 2:
        b.m = 1
    try:
        print(i, b.m())
    except TypeError as e:
        print(i, "TypeError:", e)

# Class attributes that are ints, and a module constant.
class B:
    f = 3
    g = 1


try:
    B().f()
except TypeError as e:
    print("B.f TypeError:", e)
try:
    B.g()
except TypeError as e:
    print("B.g TypeError:", e)

import math

try:
    math.pi()
except TypeError as e:
    print("math.pi TypeError:", e)
