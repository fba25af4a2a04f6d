# async for over __aiter__/__anext__ objects; StopAsyncIteration ends it.
class Pause:
    def __await__(self):
        yield None

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Pause()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * self.i

async def main():
    total = 0
    async for x in Counter(4):
        print("got", x)
        total += x
    print("total", total)
    async for x in Counter(0):
        print("never")
    else:
        print("else of empty loop")
    async for x in Counter(10):
        if x == 4:
            continue
        if x > 10:
            break
        print("loop", x)
    else:
        print("not reached")
    pairs = []
    async for a in Counter(2):
        async for b in Counter(2):
            pairs.append((a, b))
    print(pairs)
    return total

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        print("result", e.value, "steps", steps)

run(main())

class Raiser:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise ValueError("from anext")
async def loops(obj):
    async for x in obj:
        print(x)
for obj in [Raiser(), [1, 2], 7]:
    try:
        run(loops(obj))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
