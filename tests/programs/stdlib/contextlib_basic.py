# contextlib: contextmanager (exceptions thrown in, no yield, as a decorator), suppress, closing, nullcontext, ExitStack order/suppression/pop_all.
import contextlib, sys
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("p") as t:
    print("inside", t)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("boom")
print("after swallow")

try:
    with tag("div"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print("null", v)

with ExitStack() as stack:
    stack.callback(print, "cb1")
    stack.callback(print, "cb2", end="!\n")
    x = stack.enter_context(tag("es"))
    print("stack body", x)

def cleanup_order():
    with ExitStack() as st:
        for i in range(3):
            st.callback(lambda i=i: print("close", i))
        raise RuntimeError("fail")
try:
    cleanup_order()
except RuntimeError as e:
    print("caught", e)

with ExitStack() as st:
    st.push(lambda *exc: print("push exit", exc[0].__name__ if exc[0] else None) or True)
    raise IndexError("x")
print("suppressed by push")

@tag("deco")
def decorated():
    print("in decorated")
decorated()
decorated()

st = ExitStack()
st.callback(print, "moved")
st2 = st.pop_all()
st.close()
print("after first close")
st2.close()
try:
    with ExitStack() as s:
        s.enter_context(5)
except TypeError as e:
    print("TypeError:", e)
