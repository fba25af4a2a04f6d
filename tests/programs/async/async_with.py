# async with: __aenter__/__aexit__ awaited, exceptions and suppression.
class Step:
    def __await__(self):
        yield "step"

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("enter", self.name)
        await Step()
        return self.name.upper()
    async def __aexit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        await Step()
        return self.suppress

async def main():
    async with Manager("a") as x:
        print("body", x)
    async with Manager("s", suppress=True):
        raise ValueError("suppressed")
    try:
        async with Manager("p"):
            raise KeyError("propagates")
    except KeyError as e:
        print("caught", repr(e))
    async with Manager("o") as o, Manager("i") as i:
        print("both", o, i)
    for n in range(3):
        async with Manager(f"loop{n}"):
            if n == 1:
                continue
            if n == 2:
                break
            print("loop body", n)
    return "end"

async def early():
    async with Manager("ret"):
        return "returned"

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        print("result", e.value, "steps", steps)

run(main())
run(early())

class NotAsync:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
class HalfAsync:
    async def __aenter__(self):
        return self
async def bad(m):
    async with m:
        pass
for m in [NotAsync(), HalfAsync(), 5]:
    try:
        run(bad(m))
    except TypeError as e:
        print("TypeError:", e)
