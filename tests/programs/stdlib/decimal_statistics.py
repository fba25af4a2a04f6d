# statistics over Fraction and Decimal data (exact sums, result types, coercion errors).
import statistics
from fractions import Fraction
from decimal import Decimal
print(statistics.mean([Fraction(1, 3), Fraction(1, 6), 2]))
print(statistics.mean([Decimal('1.5'), Decimal('2.25'), 3]))
print(statistics.variance([Fraction(1, 2), Fraction(3, 4), Fraction(5, 4)]))
print(statistics.median([Decimal('1.5'), Decimal('2.5'), Decimal('0.5')]))
print(statistics.mean([Fraction(1, 2), 1.5]))
try:
    statistics.mean([Fraction(1, 2), Decimal('1.5')])
except TypeError as e:
    print('TypeError')  # CPython names the types in set order, which varies
