# math.ulp, math.nextafter and math.remainder: CPython 3.11 results and errors.
import math
for x in (1.0, 0.0, -2.5, 1e308, 5e-324, float("inf"), float("nan"), 1.7976931348623157e308):
    print(x, math.ulp(x))
for a, b in ((1.0, 2.0), (1.0, 0.0), (0.0, -1.0), (float("inf"), 0.0), (2.0, 2.0)):
    print(math.nextafter(a, b))
for a, b in ((10.0, 3.0), (11.0, 3.0), (-7.5, 2.0), (5.0, float("inf")), (float("nan"), 0.0), (4.0, 2.0), (5, 2)):
    print(math.remainder(a, b))
for a, b in ((1.0, 0.0), (float("inf"), 1.0)):
    try:
        math.remainder(a, b)
    except ValueError as e:
        print("ValueError", e)
try:
    math.ulp("x")
except TypeError as e:
    print(e)
