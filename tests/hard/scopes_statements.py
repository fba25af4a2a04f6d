"""Simple statements and scoping forms: global and nonlocal declarations,
del, assert, raise/from, import forms (relative, dotted, aliases,
parenthesised, star; __future__ imports are in type_hints.py), augmented assignment with every operator, chained
assignment, pass/break/continue, semicolons, and the __class__ cell."""
import a
import a.b.c
import a as b, c.d as e
from a import b
from a import (b, c as d,)
from . import a
from .. import a
from ... import a
from .... import a
from .a.b import c
from ...a import *
x = y = z = 1
x, y = y, x = 1, 2
x += 1; x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x @= 1
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
x.a += 1; x[0] += 1
del x; del x, y; del (x, y), [z]; del x.a, x[0]
assert x; assert x, "message"
raise; raise E; raise E("m"); raise E from None; raise E from cause
pass; pass;
counter = 0
def outer():
    x = 1
    def inner():
        nonlocal x
        global counter
        x += 1
        counter += 1
        def innermost():
            nonlocal x
            return x
        return innermost
    return inner
class K:
    def method(self):
        return super().method(), __class__
    global g
    g = 1
def loops():
    for i in x:
        if i: continue
        if not i: break
    else:
        pass
    while True:
        break
    else:
        pass
if x: pass
elif y: pass
else: pass
if x:
    pass
else:
    if y:
        pass
def f(): return
def f(): return 1, 2
def f(): return *a, b
print(*a, sep="")
x = y if z else w
x = ...
x = None, True, False
