# aiter() and anext(), with and without a default, on async generators and
# on user classes with __aiter__/__anext__; their errors.
class Tick:
    def __await__(self):
        yield "tick"


async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10


class Counter:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class BadAiter:
    def __aiter__(self):
        return 42


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks


async def main():
    g = agen(2)
    it = aiter(g)
    print(it is g)
    print(await anext(it))
    print(await anext(it, "dflt"))
    print(await anext(it, "dflt"))
    print(await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = Counter(2)
    print(aiter(c) is c)
    print(await anext(c), await anext(c), await anext(c, "end"))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("StopAsyncIteration from Counter")
    aw = anext(agen(1), 5)
    print(type(aw).__name__)
    print(await aw)
    for bad in (1, [1, 2], BadAiter()):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
    for bad in (1, [1, 2]):
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        anext(agen(1), 1, 2)
    except TypeError as e:
        print("TypeError:", e)
    return "done"


print(run(main()))
