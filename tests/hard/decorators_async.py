"""Decorators (any expression since PEP 614), classes with bases, keywords
and metaclasses, and every async construct: async def, await, async for,
async with, async comprehensions, await in various positions."""
@dec
@dec.attr
@dec(arg)
@dec[0]
@dec.a.b(c)(d)
@(lambda f: f)
@a if b else c
@x := y
@a or b
@[d][0]
@f(*args, **kw)
def decorated(): pass
@dec
class C: pass
@dec
async def ad(): pass
class A(B): pass
class A(B, C, metaclass=M, **kw): pass
class A(*bases): pass
class A(): pass
class A(object,): pass
class A: x: int; y = 1
class A:
    """docstring"""
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v): self._p = v
    @staticmethod
    async def s(): pass
    class Inner:
        def m(self): return __class__
async def coro():
    await x
    await f(await g())
    y = await z
    z = (await a) + await b
    await a ** b
    -await a
    await (await a)
    async for i in aiter():
        pass
    else:
        pass
    async for i, (j, k) in x:
        break
    async with a as b, c as (d, e), f:
        pass
    async with (a as b, c):
        pass
    r = [i async for i in aiter() if await i]
    r = {i: j async for i, j in x}
    r = {i async for i in x for j in y}
    r = (i async for i in x)
    r = [await i for i in x]
    r = [i for i in x async for j in y]
    return await x
async def gen():
    yield 1
    yield
    await x
    async with a:
        yield b
def g():
    yield
    yield x
    yield x, y
    yield from f()
    x = yield
    x = yield y
    x = yield from z
    f((yield))
    await_ = 1
    return (yield)
lambda: (yield)
