# derive() and the metadata split parts copy: __cause__, __context__, __notes__.
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
d = eg.derive([KeyError(3)])
print(type(d).__name__, d.message, d.exceptions)
d2 = eg.derive([KeyboardInterrupt()])
print(type(d2).__name__)
cause = RuntimeError("cause")
ctx = LookupError("ctx")
eg.__cause__ = cause
eg.__context__ = ctx
eg.add_note("first note")
eg.add_note("second note")
m, r = eg.split(ValueError)
for part in (m, r):
    print(part.message, part.exceptions, part.__cause__ is cause, part.__context__ is ctx)
    print(part.__notes__, part.__notes__ is eg.__notes__, part.__suppress_context__)
print(eg.subgroup(TypeError).__notes__)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
print(hasattr(plain.split(ValueError)[0], "__notes__"))

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        print("derive called with", len(excs))
        return MyGroup(self.message.upper(), excs)

mg = MyGroup("mine", [ValueError(1), TypeError(2), ValueError(3)])
print(type(mg).__name__, isinstance(mg, ExceptionGroup))
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, m.exceptions)
print(type(r).__name__, r.message, r.exceptions)
