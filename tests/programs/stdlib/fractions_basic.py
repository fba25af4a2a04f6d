# fractions.Fraction: construction (ints, strings, floats, Fractions), normalisation, arithmetic with int/float/
# complex, comparisons, hashing equal to int/float, rounding, limit_denominator, numbers ABCs, and the errors.
from fractions import Fraction
import math
import numbers

for args in [(3, 4), (6, 8), (-6, 8), (6, -8), (0, 5), (7,), (Fraction(1, 3),), (Fraction(1, 3), Fraction(2, 5)),
             ('3/4',), (' -1.5e3 ',), ('  7 ',), ('1_000/3',), ('.5',), ('2.',), ('-0.125',), ('1e-3',), ('3E2',),
             (0.1,), (-2.5,), (10**20, 3), (True, 2)]:
    f = Fraction(*args)
    print(args, repr(f), str(f), f.numerator, f.denominator)
for bad in [('1/0',), (1, 0), ('abc',), ('1/2/3',), ('',), ('1 /2',), ('1__0',), (1.5, 2), ('inf',), (float('nan'),),
            (float('inf'),), ([1],), (1j,)]:
    try:
        print(Fraction(*bad))
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
a, b = Fraction(1, 3), Fraction(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2, a ** -2, (-a) ** -3, a ** 0)
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % a, divmod(7, a), a ** Fraction(2),
      Fraction(4) ** Fraction(1, 2), 2 ** Fraction(2), 2 ** Fraction(1, 2), a + 0.5, 0.5 + a, a * 1j, a == 1 / 3)
for x, y in [(a, b), (a, a), (a, 0.3333), (a, 1), (Fraction(1), 1), (Fraction(1, 2), 0.5), (a, float('nan')),
             (a, float('inf')), (a, -float('inf'))]:
    print(x, y, x == y, x != y, x < y, x <= y, x > y, x >= y)
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), hash(Fraction(-1)) == hash(-1),
      hash(Fraction(1, 3)), hash(Fraction(-7, 5)), {Fraction(1, 2): 'half'}[0.5])
print(int(Fraction(7, 2)), int(Fraction(-7, 2)), float(Fraction(1, 8)), math.floor(Fraction(-7, 2)),
      math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)),
      round(Fraction(-5, 2)), round(Fraction(1, 3), 2), round(Fraction(12345, 1), -2), bool(Fraction(0)), bool(a))
print(Fraction('3.14159265358979').limit_denominator(1000), Fraction(math.pi).limit_denominator(100),
      Fraction(1, 3).limit_denominator(2), Fraction(-17, 12).limit_denominator(5), Fraction(0.1).limit_denominator())
try:
    a.limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
print(Fraction.from_float(0.25), Fraction.from_float(3), a.as_integer_ratio(), Fraction(2.5).as_integer_ratio())
try:
    Fraction.from_float('x')
except TypeError as e:
    print('TypeError', e)
try:
    a / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    Fraction(0) ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(3, numbers.Integral),
      isinstance(3.0, numbers.Real), isinstance(3.0, numbers.Rational), isinstance(1j, numbers.Complex),
      isinstance(a, numbers.Number), issubclass(Fraction, numbers.Rational))
print(sum([Fraction(1, n) for n in range(1, 11)]), sorted([Fraction(1, 2), Fraction(1, 3), 0.4, 1]),
      max(Fraction(2, 3), 0.6), min(Fraction(7, 3), 2))
print(f'{float(a):.5f}', '%s|%r' % (a, a), str(Fraction(10, 5)), [Fraction(1, 2)] * 2)
