# Classes without __str__ fall back to object's behaviour; we print only stable parts.
class Plain:
    pass
p = Plain()
r = repr(p)
print(r.startswith("<__main__.Plain object at 0x"), r.endswith(">"), str(p) == r)
print(Plain.__name__, type(p).__name__, p.__class__.__name__)
