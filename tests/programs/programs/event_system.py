# An event bus: callbacks in dicts of lists, bound methods, closures, kwargs forwarding, unsubscribe, errors in handlers.
from typing import Callable
class EventBus:
    def __init__(self):
        self.handlers: dict[str, list[Callable]] = {}
        self.log = []
    def on(self, event, handler=None, *, once=False):
        def register(h):
            self.handlers.setdefault(event, []).append((h, once))
            return h
        return register(handler) if handler else register
    def off(self, event, handler):
        self.handlers[event] = [(h, o) for h, o in self.handlers.get(event, []) if h is not handler]
    def emit(self, event, *args, **kwargs):
        results = []
        for h, once in list(self.handlers.get(event, [])):
            try:
                results.append(h(*args, **kwargs))
            except Exception as e:
                self.log.append(f"{event}: {type(e).__name__}: {e}")
            if once:
                self.off(event, h)
        return results
bus = EventBus()
@bus.on("greet")
def hello(name, punct="!"):
    return f"hello {name}{punct}"
@bus.on("greet", once=True)
def first_time(name, **kw):
    return f"first time for {name} {sorted(kw)}"
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, *a, **k):
        self.n += 1
        return self.n
c = Counter()
bus.on("greet", c.bump)
bus.on("greet", lambda name, **k: 1 / 0)
print(bus.emit("greet", "ann"))
print(bus.emit("greet", "bob", punct="?"))
bus.off("greet", hello)
print(bus.emit("greet", name="cy"))
print(bus.emit("nothing"), c.n, bus.log)
def make_accumulator():
    total = []
    def handler(x):
        total.append(x)
        return sum(total)
    return handler, total
acc, store = make_accumulator()
bus.on("num", acc)
print([bus.emit("num", i) for i in range(5)], store)
print(sorted(bus.handlers), {k: len(v) for k, v in bus.handlers.items()})
