"""Every parameter kind and combination: positional-only (/), regular,
*args, keyword-only (bare * and after *args), **kwargs, defaults in each
section, annotations on each, lambdas with the same forms, and call
arguments of every kind (positional, starred, keyword, double-starred,
generator argument)."""
def f0(): pass
def f1(a): pass
def f2(a, /): pass
def f3(a, /, b): pass
def f4(a, b=1, /, c=2, *, d, e=3, **k): pass
def f5(a=1, /, b=2, *args, c, d=4, **kwargs): pass
def f6(*, a): pass
def f7(*args): pass
def f8(**kwargs): pass
def f9(*args, **kwargs): pass
def f10(a, b, /, *, c): pass
def f11(a: int, /, b: "str" = "x", *args: *Ts, c: list[int] = [], **kw: dict) -> None: pass
def f12(a, b,): pass
def f13(a, /,): pass
def f14(*, a,): pass
def f15(*args,): pass
def f16(**kw,): pass
def f17(a=(yield_ := 1), b=lambda: 0): pass
def f18(
    a,  # comment
    /,
    b=1,
    *,
    c,
): pass
l0 = lambda: 0
l1 = lambda a: a
l2 = lambda a, /: a
l3 = lambda a, /, b=1, *args, c, d=2, **kw: 0
l4 = lambda *, a: a
l5 = lambda *args, **kw: 0
l6 = lambda a=1, /, b=2,: 0
l7 = lambda *a,: 0
l8 = lambda x=lambda y=lambda: 0: y: x
f(1, 2, *a, *b, k=1, **c, **d)
f(*a, 1, k=2, *b, **c)
f(a for a in b)
f(k=1, *a)
f(**a, k=1)
f(a, k=v, **{'x': 1})
f(x := 1, y)
f(*[], **{})
f()()()
f(a)(b)(c=d)
f(a,)
f(a, *b,)
f(**a,)
