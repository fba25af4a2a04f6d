"""try/except/else/finally in every combination, except* (PEP 654), bare
except, exception tuples and names, and every form of the with statement:
several items, targets of every shape, and the parenthesised form of 3.9+."""
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
except E3 as e:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (E1, E2) as eg:
    pass
else:
    pass
finally:
    pass
try:
    pass
except *E:
    pass
try:
    pass
except E if x else F:
    pass
except a.b.c as d:
    pass
except f() as g:
    pass
try: pass
except: pass
else: pass
finally: pass
with a: pass
with a as b: pass
with a as b, c as d: pass
with a as (b, c): pass
with a as [b, c]: pass
with a as b.c, d as e[0]: pass
with a, b, c: pass
with (a): pass
with (a, b): pass
with (a as b): pass
with (a as b, c as d): pass
with (a as b, c as d,): pass
with (a, b) as c: pass
with (a, b) as (c, d): pass
with (
    open("x") as f,
    open("y") as g,
):
    pass
with (yield_) as x: pass
with f() as x, (g()) as y: pass
with (a if b else c) as d: pass
with a() as b, c(): pass
