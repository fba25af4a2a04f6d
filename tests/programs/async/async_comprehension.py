# Async comprehensions and await inside comprehensions (in async functions),
# and asynchronous generator expressions.
class Tick:
    def __await__(self):
        yield "tick"

async def agen(n):
    for i in range(n):
        await Tick()
        yield i

async def double(x):
    await Tick()
    return x * 2

async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(5)}
    c = {x: x * x async for x in agen(3) if x != 1}
    d = [await double(x) for x in range(3)]
    e = [x + y async for x in agen(2) for y in (10, 20)]
    f = [(x, y) for x in range(2) async for y in agen(2)]
    g = (x * 3 async for x in agen(3))
    h = [v async for v in g]
    return a, sorted(b), c, d, e, f, h

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks

for part in run(main())[0]:
    print(part)
print(run(main())[1])

async def ag_types():
    g = (x async for x in agen(1))
    return type(g).__name__
print(run(ag_types())[0])
