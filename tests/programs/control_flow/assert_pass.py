# assert that passes, pass statements, and a failing assert caught.
def noop():
    pass

class Empty:
    pass

noop()
assert 1 + 1 == 2
assert True, "never shown"
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare AssertionError", repr(e))
print(type(Empty()).__name__)
