# raise ... from, from None, implicit context, bare raise, exceptions in __exit__, assert messages.
def chain():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    chain()
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
try:
    suppressed()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        raise TypeError("first")
    except TypeError:
        raise IndexError("second")
try:
    implicit()
except IndexError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
def reraiser():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling")
        raise
try:
    reraiser()
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
class Boom:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        raise OSError("from exit")
try:
    with Boom():
        raise ValueError("inside")
except OSError as e:
    print(repr(e), repr(e.__context__))
class Swallow:
    def __enter__(self):
        return "value"
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__ if t else None, v)
        return True
with Swallow() as s, Swallow() as s2:
    print("body", s, s2)
    raise KeyError("swallowed")
print("after with")
try:
    assert 1 + 1 == 3, f"math is {'broken'}"
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
e1 = ValueError("a")
e2 = TypeError("b")
e2.__cause__ = e1
print(e2.__cause__ is e1, e2.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
try:
    raise 42
except TypeError as e:
    print(e)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
class Custom(Exception):
    def __init__(self):
        super().__init__("custom made")
try:
    raise Custom
except Custom as e:
    print(e)
def nested_handlers():
    try:
        try:
            raise ValueError(1)
        except ValueError as inner:
            raise TypeError(2) from inner
    except TypeError as outer:
        return outer.__cause__.args, outer.__context__ is outer.__cause__
print(nested_handlers())
try:
    try:
        raise KeyError("a")
    finally:
        print("finally while propagating")
except KeyError as e:
    print("outer", e)
import sys
try:
    raise ValueError("info")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info())
