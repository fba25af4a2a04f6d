# A clause raising a new exception while another part is re-raised: the
# combined ExceptionGroup('') propagates and is printed as a tree.
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("in clause")
    except* TypeError:
        raise
print("start")
f()
