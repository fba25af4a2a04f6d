# Notes on a group and on its members in the uncaught printout.
def check(i):
    e = ValueError(f"item {i} invalid")
    e.add_note(f"index {i}")
    return e

g = ExceptionGroup("validation", [check(i) for i in range(2)])
g.add_note("2 items failed")
g.add_note("multi\nline note")
print(len(g.exceptions))
raise g
