# except*: each clause takes the matching part of the group.
def run(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("  ValueError part:", repr(e))
    except* TypeError as e:
        print("  TypeError part:", repr(e))
    except* (KeyError, IndexError) as e:
        print("  Lookup part:", repr(e))
    print("  after try")

for excs in [[ValueError(1)], [TypeError(2)], [ValueError(1), TypeError(2), ValueError(3)],
             [KeyError("k"), IndexError(0), ValueError(4)]]:
    print("run", excs)
    run(excs)

def nested():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
nested()
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    print("no name bound")
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* Exception as e:
    print("Exception catches all:", repr(e))
