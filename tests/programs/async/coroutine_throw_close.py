# throw() and close() into suspended coroutines.
class Tick:
    def __await__(self):
        yield "tick"

async def worker(log):
    try:
        for i in range(3):
            await Tick()
            log.append(i)
    except KeyError as e:
        log.append("KeyError " + str(e))
        await Tick()
        return "recovered"
    finally:
        log.append("cleanup")
    return "done"

log = []
w = worker(log)
print(w.send(None))
print(w.send(None))
print(w.throw(KeyError("boom")))
try:
    w.send(None)
except StopIteration as e:
    print("result", e.value)
print(log)

log = []
w = worker(log)
w.send(None)
w.close()
print("closed", log)
try:
    w.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def stubborn():
    try:
        await Tick()
    except GeneratorExit:
        await Tick()
s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
w = worker([])
try:
    w.throw(ValueError("early"))
except ValueError as e:
    print("unstarted throw:", e)
