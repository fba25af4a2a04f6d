# add_note and __notes__.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("one")
e.add_note("two")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print("TypeError", t)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__)
    caught.add_note("three")
print(e.__notes__)
g = ExceptionGroup("g", [ValueError(1)])
g.add_note("group note")
print(g.__notes__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise
except ZeroDivisionError as z:
    print(z.__notes__)
