# math module: constants, sqrt, floor, ceil.
import math
print(math.pi, math.e, math.tau if hasattr(math, "tau") else 2 * math.pi)
print(math.sqrt(2), math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(type(math.floor(2.7)).__name__, math.floor(7), math.fabs(-3))
print(math.inf, -math.inf, math.isnan(math.nan), math.isinf(math.inf))
