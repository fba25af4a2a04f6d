# factorial, gcd, isqrt and friends.
import math
print(math.factorial(20), math.factorial(30))
print(math.gcd(12, 18), math.gcd(2 ** 80, 6 ** 40), math.isqrt(10 ** 20 + 5))
print(math.trunc(-3.7), math.copysign(2, -0.0), math.isclose(0.1 + 0.2, 0.3))
print(math.fsum([0.1] * 10), sum([0.1] * 10))
