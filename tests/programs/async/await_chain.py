# await delegates to other coroutines and to __await__ iterators; a tiny
# event loop drives the outermost coroutine.
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return f"{self.tag}->{got}"

async def leaf(i):
    r = await Suspend(f"leaf{i}")
    return r

async def middle():
    parts = []
    for i in range(3):
        parts.append(await leaf(i))
    return parts

async def root():
    a = await middle()
    b = await leaf(99)
    return a + [b]

def run(coro):
    value = None
    step = 0
    while True:
        try:
            tag = coro.send(value)
        except StopIteration as e:
            return e.value
        print("suspended at", tag)
        step += 1
        value = step * 10

print(run(root()))
