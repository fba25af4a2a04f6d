# Exceptions crossing await boundaries, with try/except/finally and except*.
class Yield:
    def __await__(self):
        yield "y"

async def fail(msg):
    await Yield()
    raise ValueError(msg)

async def safe(msg):
    try:
        await fail(msg)
    except ValueError as e:
        return "handled " + str(e)
    finally:
        print("finally in safe")

async def group():
    try:
        await fail("one")
    except* ValueError as eg:
        print("except* got", repr(eg))
    return "group done"

async def chained():
    try:
        await fail("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(safe("x")))
print(run(group()))
try:
    run(chained())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
