# Async generators: async for over them, __anext__/asend/athrow/aclose.
class Tick:
    def __await__(self):
        yield "tick"

async def countdown(n):
    while n > 0:
        await Tick()
        yield n
        n -= 1

async def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    finally:
        print("echo finally", received)

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

async def main():
    out = []
    async for x in countdown(3):
        out.append(x)
    print("countdown", out)
    g = echo()
    print(await g.__anext__())
    print(await g.asend("a"))
    print(await g.asend("b"))
    await g.aclose()
    print("closed")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration after close")
    h = countdown(5)
    print(await h.__anext__())
    try:
        await h.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("athrow propagated:", e)
    try:
        await h.__anext__()
    except StopAsyncIteration:
        print("finished after athrow")
    return "main done"

print(run(main()))
g = countdown(1)
print(type(g).__name__, repr(g).startswith("<async_generator object countdown at 0x"))
print(g.__name__, g.__qualname__, g.ag_running)
print(g.__aiter__() is g)
a = g.__anext__()
print(type(a).__name__)
print(a.send(None))
try:
    a.send(None)
except StopIteration as e:
    print("yielded through StopIteration:", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("exhausted")

async def catcher():
    try:
        yield 1
    except KeyError as e:
        yield "caught " + repr(e)
c = catcher()
try:
    c.__anext__().send(None)
except StopIteration as e:
    print(e.value)
try:
    c.athrow(KeyError("k")).send(None)
except StopIteration as e:
    print(e.value)

async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores()
try:
    i.__anext__().send(None)
except StopIteration:
    pass
try:
    i.aclose().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def bad_stop():
    raise StopAsyncIteration
    yield
try:
    bad_stop().__anext__().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
