# TypeErrors of await and the coroutine protocol.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def await_int():
    await 5
async def await_list():
    await [1]
class NoIter:
    def __await__(self):
        return 3
async def await_bad_iter():
    await NoIter()
def plain_gen():
    yield 1
async def await_gen():
    await plain_gen()
for f in [await_int, await_list, await_bad_iter, await_gen]:
    try:
        run(f())
    except TypeError as e:
        print(f.__name__, "TypeError:", e)

async def raiser():
    raise ValueError("inside")
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return "caught " + str(e)
print(run(catcher()))
async def stop():
    raise StopIteration("x")
try:
    run(stop())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
