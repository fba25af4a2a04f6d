# A hand-written round-robin scheduler over coroutines.
class Yield:
    def __await__(self):
        yield

async def task(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return name * n

def run_all(coros):
    results = {}
    queue = list(enumerate(coros))
    while queue:
        idx, c = queue.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            results[idx] = e.value
        else:
            queue.append((idx, c))
    return [results[i] for i in range(len(coros))]

log = []
print(run_all([task("a", 3, log), task("b", 1, log), task("c", 2, log)]))
print(log)

async def fib(n):
    if n < 2:
        await Yield()
        return n
    return await fib(n - 1) + await fib(n - 2)
print(run_all([fib(10), fib(5)]))
