# Missing attributes raise AttributeError with CPython's message.
class Thing:
    def __init__(self):
        self.present = 1

t = Thing()
print(t.present, hasattr(t, "present"), hasattr(t, "absent"))
try:
    t.absent
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(t, "absent", "fallback"))
setattr(t, "dyn", 42)
print(t.dyn)
