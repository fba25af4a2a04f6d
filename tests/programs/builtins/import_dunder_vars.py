# __import__ of a known module and vars() of a module.
import math
m = __import__("math")
print(m is math, m.sqrt(16.0))
s = __import__("sys")
print(type(s).__name__)
print(type(vars(math)).__name__, "pi" in vars(math), vars(math)["pi"] == math.pi)
try:
    __import__("no_such_module_xyz")
except ImportError as e:
    print(type(e).__name__, e)
