# A nested group left unhandled by except*.
try:
    raise ExceptionGroup("outer", [TypeError("t"), ExceptionGroup("inner", [KeyError("k"), ValueError("v")])])
except* ValueError as e:
    print("handled", repr(e))
