# What propagates out of try/except*: unhandled rest, re-raised parts,
# new exceptions raised in clauses.
def show(x):
    if isinstance(x, BaseExceptionGroup):
        return f"{type(x).__name__}({x.message!r}, [{', '.join(show(s) for s in x.exceptions)}])"
    return repr(x)

def attempt(body):
    try:
        body()
    except BaseException as e:
        print("  ->", show(e))
    else:
        print("  -> nothing")

def unhandled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("  handled V")
attempt(unhandled)

def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
attempt(reraise_all)

def reraise_one():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ExceptionGroup("n", [ValueError(3), OSError(4)])])
    except* ValueError:
        raise
    except* OSError:
        pass
attempt(reraise_one)

def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
attempt(raise_new)

def raise_two_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise IndexError("b")
attempt(raise_two_new)

def handled_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* TypeError:
        pass
attempt(handled_all)

def raise_group_in_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        raise ExceptionGroup("mine", [RuntimeError("r")]) from e
attempt(raise_group_in_clause)
