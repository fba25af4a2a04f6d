# PEP 479: a StopIteration raised inside a generator becomes RuntimeError.
def g():
    yield "first"
    raise StopIteration


for v in g():
    print(v)
