# decimal: arithmetic, rounding modes, quantize, power, sqrt/exp/ln, predicates.
import math
from fractions import Fraction
from decimal import (Decimal, Context, getcontext, localcontext, InvalidOperation,
                     ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP, Inexact, Rounded)

D = Decimal
a, b = D('12.345'), D('-0.6')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b))
print(D('0.1') + D('0.2'), D('1.30') + D('1.20'), D('1.30') * D('1.20'), D(1) / D(3), D(2) / D(3))
print(D(7) // 2, D(-7) // 2, D(7) % -2, D(-7) % 2, divmod(D(-7), 2), D('7.5') % 2, D(10) / 4, D(100) / 10)
print(D(1) + 2, 3 - D('0.5'), 2 * D('1.1'), 1 / D(8), 7 // D(2), 7 % D(3), divmod(9, D(4)), 2 ** D(10))
print(D('1e10') + D('1e-10'), D('0.00') + D('0.000'), D('-0') + D('0'), D('-0') + D('-0'), D('5') - D('5'))
print(sum([D('0.1')] * 10), sum([D('19.99'), D('24.99'), D('29.99')]) / 3)
print(D('Infinity') + 1, D('-Infinity') * 2, D(1) / D('inf'), D('inf') / 2, D('nan') + 1, D('NaN5') * 0)
print(D(2) ** 10, D(2) ** -2, D('1.5') ** 3, D(10) ** -3, D('-2') ** 3, D('1.0') ** 2, D(3) ** 50)
print(D(2) ** D('0.5'), D(4) ** D('0.5'), D('1.21') ** D('0.5'), D(10) ** D('-1.5'), D('0.5') ** D('2.5'))
print(pow(D(3), 4, 5), pow(D(7), D(3), D(11)))
print(D(2).sqrt(), D(16).sqrt(), D('0.25').sqrt(), D('1e-10').sqrt(), D(0).sqrt(), D('1.0000').sqrt(), D(10).sqrt())
print(D(1).exp(), D(0).exp(), D('-1').exp(), D('2.5').exp(), D('1e-30').exp())
print(D(2).ln(), D(10).ln(), D('0.5').ln(), D(1).ln(), D(100).log10(), D(2).log10(), D('0.001').log10())
print(D('inf').sqrt(), D('inf').exp(), D('-inf').exp(), D(0).ln(), D('inf').ln())

# rounding modes
vals = ['2.5', '3.5', '-2.5', '2.45', '2.55', '-2.55', '2.051', '1.00', '-0.05', '9.95']
for mode in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
             ROUND_HALF_EVEN, ROUND_05UP]:
    print(mode, [str(D(v).quantize(D('0.1'), rounding=mode)) for v in vals],
          [str(D(v).to_integral_value(rounding=mode)) for v in vals])
for mode in [ROUND_UP, ROUND_DOWN, ROUND_HALF_EVEN, ROUND_05UP, ROUND_FLOOR]:
    with localcontext() as c:
        c.prec = 3
        c.rounding = mode
        print(mode, D(1) / 7, D(-2) / 3, D('123456'), +D('123456'), D('1.005') * 1, D('99.95') + 0, D('-0.0005') + 0)

print(D('3.14159').quantize(D('0.01')), D('2.675').quantize(D('0.01')), D('1e3').quantize(D('1')),
      D('7.3').quantize(D('1E+1')), D('-0.5').quantize(D('1')), D('123.456').quantize(D('1e-5')))
print(D('1.23').quantize(D('0.1'), rounding=ROUND_UP), D('inf').quantize(D('inf')))
for q in [("D('inf').quantize(D(1))", lambda: D('inf').quantize(D(1))),
          ("D('1e30').quantize(D('0.01'))", lambda: D('1e30').quantize(D('0.01')))]:
    try:
        print(q[1]())
    except InvalidOperation as e:
        print(q[0], 'InvalidOperation', e)

# precision and context
getcontext().prec = 6
print(D(1) / 7, D('1234567'), +D('1234567'), D('1234567') + 0, D('1.0000005') * 1, D(2).sqrt())
getcontext().prec = 50
print(D(1) / 7, D(2).sqrt(), D(1).exp())
getcontext().prec = 28
c = Context(prec=5, Emax=10, Emin=-10)
print(c.multiply(D('123456'), 10), c.divide(1, D('1e12')), c.add(D('99999'), 1))

# methods
x = D('-123.4500')
print(x.normalize(), D('120.00').normalize(), D('0.000').normalize(), D('1E+2').normalize(), x.adjusted(),
      D('0.001').adjusted(), x.copy_abs(), x.copy_negate(), D(1).copy_sign(x), x.copy_sign(D(1)))
print(x.is_signed(), x.is_finite(), x.is_infinite(), x.is_nan(), x.is_zero(), D(0).is_zero(), D('nan').is_qnan(),
      D('snan').is_snan(), D('nan').is_nan(), D('inf').is_infinite(), x.is_normal(), D('1e-999999').is_subnormal(),
      D('1e-1000000').is_subnormal(), x.is_canonical())
for v in ['1', '-1', '0', '-0', 'inf', '-inf', 'nan', 'snan', '1e-1000000', '-1e-1000000']:
    print(v, D(v).number_class(), end='; ')
print()
print(D(1).compare(2), D(2).compare(1), D(1).compare(D('1.0')), D('nan').compare(1), D(1).max(2), D(1).min(2),
      D('-3').max_mag(2), D('-3').min_mag(2), D(1).max(D('nan')), D('1.0').max(D('1')))
print(D('1.0').compare_total(D('1')), D('-1').compare_total(D('1')), D('nan').compare_total(D('inf')))
print(D(2).fma(3, 4), D('1.5').fma(2, D('-0.5')), D(5).scaleb(3), D('1.5').scaleb(-2), D('1.23').same_quantum(D('4.56')),
      D('1.2').same_quantum(D('1.23')))
print(D('1.5').to_integral(), D('2.5').to_integral_value(), D('-2.7').to_integral_exact(), D('1e5').to_integral(),
      D('123.456').remainder_near(10), D(10).remainder_near(3), D(1).next_plus(), D(1).next_minus(), D(1).next_toward(2))
print(D('1.25').as_integer_ratio(), D(-5).as_integer_ratio(), D('1e3').as_integer_ratio(), D(0).as_integer_ratio())
try:
    D('inf').as_integer_ratio()
except OverflowError as e:
    print('OverflowError', e)
try:
    D('nan').as_integer_ratio()
except ValueError as e:
    print('ValueError', e)

# conversions
for v in ['1.5', '-1.5', '2.5', '-2.5', '0.4', '-0.6', '1e3', '123.999']:
    d = D(v)
    print(v, int(d), float(d), round(d), round(d, 1), math.floor(d), math.ceil(d), math.trunc(d), bool(d))
print(round(D('1234.5678'), -2), round(D('0.125'), 2), bool(D(0)), bool(D('0.00')), complex(D('1.5')))
for bad, fn in [
        ("int(D('inf'))", lambda: int(D('inf'))),
        ("int(D('nan'))", lambda: int(D('nan'))),
        ("float(D('snan'))", lambda: float(D('snan'))),
        ("round(D('-inf'))", lambda: round(D('-inf'))),
        ('D(1) + 1.5', lambda: D(1) + 1.5),
        ('1.5 * D(1)', lambda: 1.5 * D(1)),
        ("D(1) - 'a'", lambda: D(1) - 'a'),
        ('D(1) < 1j', lambda: D(1) < 1j),
        ('D(1) ** 0.5', lambda: D(1) ** 0.5),
        ("hash(D('snan'))", lambda: hash(D('snan')))]:
    try:
        print(bad, fn())
    except (TypeError, ValueError, OverflowError) as e:
        print(bad, type(e).__name__, e)
print(float(D('nan')), float(D('-inf')), float(D('0.1')), float(D('1e400')), float(D('1e-400')))

# comparisons and hashing
print(D('1.0') == 1, D('1.5') == 1.5, D('0.1') == 0.1, D('0.5') == Fraction(1, 2), D(2) > 1, D('1.5') < 2.5,
      D(1) < Fraction(3, 2), D('nan') == D('nan'), D('nan') != 1, 1 < D(2), 2.0 >= D(2), D(-1) <= 0)
print(hash(D(1)) == hash(1), hash(D('1.5')) == hash(1.5), hash(D('0.1')) == hash(Fraction(1, 10)),
      hash(D('-2.000')) == hash(-2), hash(D('inf')) == hash(float('inf')), hash(D('1e100')) == hash(10 ** 100),
      hash(D('-1')) == hash(-1))
print(sorted([D('3'), D('1.5'), D('-2'), D('0.25')]), max(D(1), D('1.00')), min([D(5), D(2), D(9)]))
print({D('1.0'): 'a'}[1], D(3) in {3, 4}, len({D('1'), D('1.0'), D('1.00'), 1}))
print(Fraction(D('0.75')), Fraction.from_decimal(D('-1.25')), Fraction(D('1e-3')))
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real))
print(D(5).real, D(5).imag, D(5).conjugate(), D(7).radix())
