# Coroutine methods, closures, default arguments, recursion and nested
# awaits with a scheduler that sends values back in.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield self.what
        return reply

class Service:
    def __init__(self, name):
        self.name = name
        self.calls = 0
    async def fetch(self, key, default="?"):
        self.calls += 1
        value = await Request(f"{self.name}:{key}")
        return value if value is not None else default
    @staticmethod
    async def combine(a, b):
        return f"{await a}+{await b}"

def make_counter():
    count = 0
    async def bump(by=1):
        nonlocal count
        count += by
        await Request("bump")
        return count
    return bump

async def depth(n):
    if n == 0:
        return await Request("bottom")
    return 1 + await depth(n - 1)

def drive(coro, replies):
    reply = None
    log = []
    try:
        while True:
            req = coro.send(reply)
            log.append(req)
            reply = replies.get(req)
    except StopIteration as e:
        return e.value, log

s = Service("db")
print(drive(s.fetch("a"), {"db:a": 1}))
print(drive(s.fetch("b"), {}))
print(drive(Service.combine(s.fetch("x"), s.fetch("y", default=0)), {"db:x": "X"}))
print(s.calls)
bump = make_counter()
print(drive(bump(), {}), drive(bump(5), {}))
print(drive(depth(4), {"bottom": 100}))
