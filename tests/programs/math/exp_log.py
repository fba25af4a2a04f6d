# exp, log and friends.
import math
print(math.exp(1), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.pow(2, 0.5), math.sqrt(0.0), math.exp(0))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
