# An uncaught exception prints its notes after the exception line.
def check(x):
    if x < 0:
        e = ValueError(f"negative: {x}")
        e.add_note("hint: pass a positive number")
        e.add_note(f"got {x}")
        raise e
    return x
print(check(3))
check(-2)
