# async def makes a coroutine; send(None) runs it to its first suspension,
# StopIteration carries the return value.
async def answer():
    return 42

async def nothing():
    pass

c = answer()
print(type(c).__name__, repr(c).startswith("<coroutine object answer at 0x"))
print(c.__name__, c.__qualname__, c.cr_running, c.cr_await)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, e.args)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
n = nothing()
try:
    n.send(None)
except StopIteration as e:
    print("None result:", e.value, e.args)

class K:
    async def method(self, x):
        return x * 2
m = K().method(21)
print(m.__qualname__)
try:
    m.send(None)
except StopIteration as e:
    print(e.value)
a = answer()
try:
    iter(a)
except TypeError as e:
    print("TypeError:", e)
a.close()
c2 = answer()
try:
    c2.send(1)
except TypeError as e:
    print("TypeError:", e)
c2.close()
print(hasattr(c2, "__await__"), hasattr(c2, "__next__"))
