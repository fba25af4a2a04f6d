# int(x) of an unboxed float (tp_call_int_f): truncation towards zero as a
# small int without a float object, big and non-finite values through the
# generic int(), and a module-level `int` rebound to a subclass between calls.
import math

def conv(x: float) -> int:
    return int(x)

def scaled(c: float) -> int:
    return int(c * 255.0)

vals = [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 255.7, 3e18, -3e18, 4.5e18, -4.6e18, 1e19, 1e300, 2.0**62, -(2.0**62), 2.0**62 - 1024]
for v in vals:
    print(v, conv(v), scaled(v / 1e3))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(conv(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)

class MyInt(int):
    pass

def rebinding(x: float):
    global int
    r1 = int(x)
    int = MyInt
    r2 = int(x)
    del int
    return r1, type(r2).__name__, r2

print(rebinding(7.9))
print(rebinding(-7.9))
total = 0
for i in range(1000):
    total += int(i * 0.37)
print(total)
