# decimal: construction, str/repr, context objects, signals and traps.
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     DefaultContext, BasicContext, ExtendedContext,
                     InvalidOperation, DivisionByZero, Inexact, Rounded,
                     Overflow, Underflow, Subnormal, Clamped, FloatOperation,
                     ConversionSyntax, DivisionUndefined, DivisionImpossible,
                     DecimalException, ROUND_HALF_UP, ROUND_DOWN, ROUND_UP,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN,
                     ROUND_HALF_EVEN, ROUND_05UP)

for s in ['0', '-0', '1', '-1.50', '10.50', '1e3', '1E+3', '1.23e-7', '  42  ',
          '1_000.000_1', '0.000001', '0.0000001', '123456789012345678901234567890',
          'Infinity', '-inf', 'INF', 'nan', 'NaN123', '-sNaN', 'sNaN7', '.5', '5.',
          '+7', '0E-10', '-0E+5', '1E-999999999']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.as_tuple())

for bad in ['abc', '1..2', '', ' ', '1e', '_1', '1__0', 'e5', '1.2.3', 'infinit', 'nan1.2']:
    try:
        Decimal(bad)
        print('no error', bad)
    except InvalidOperation as e:
        print(repr(bad), type(e).__name__, e.args)

print(repr(Decimal(10)), repr(Decimal(-12345678901234567890)), repr(Decimal(True)))
print(repr(Decimal(0.1)), repr(Decimal(-2.5)), repr(Decimal(1e20)), repr(Decimal(float('inf'))))
print(repr(Decimal(float('nan'))), repr(Decimal(-0.0)))
print(repr(Decimal((0, (1, 0, 5), -1))), repr(Decimal((1, (3, 1, 4), -2))),
      repr(Decimal((0, (), 'F'))), repr(Decimal((1, (1, 2), 'n'))), repr(Decimal((0, (0,), 5))))
print(repr(Decimal(Decimal('1.50'))), repr(Decimal.from_float(0.25)), repr(Decimal.from_float(3)))
for bad in [(2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'), (0, (1,))]:
    try:
        Decimal(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Decimal([1, 2])
except ValueError as e:
    print('ValueError', e)
try:
    Decimal(object())
except TypeError as e:
    print('TypeError', e)
t = Decimal('-3.140').as_tuple()
print(t, t.sign, t.digits, t.exponent, type(t).__name__)

# contexts
print(getcontext())
print(DefaultContext)
print(BasicContext)
print(ExtendedContext)
c = Context(prec=7, rounding=ROUND_DOWN, Emin=-99, Emax=99, capitals=0, clamp=1)
print(c)
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(Context(traps=[Inexact], flags=[Rounded]))
for name, val in [('prec', 0), ('prec', 'x'), ('rounding', 'ROUND_NOPE'), ('Emin', 5), ('Emax', -1),
                  ('capitals', 2), ('clamp', 3)]:
    try:
        setattr(c, name, val)
        print('set', name)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
      ROUND_HALF_EVEN, ROUND_05UP)
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), getcontext().prec)
    with localcontext(Context(prec=3)) as inner:
        print(Decimal(2) / 3, getcontext().prec)
    print(getcontext().prec)
print(Decimal(1) / Decimal(7), getcontext().prec)
with localcontext(prec=4, rounding=ROUND_UP) as ctx:
    print(Decimal(1) / 3, ctx.rounding)
try:
    localcontext(precision=3)
except TypeError as e:
    print('TypeError', e)

old = getcontext()
setcontext(ExtendedContext)
print(getcontext() is ExtendedContext, getcontext().prec)
print(Decimal(1) / 0, Decimal(0) / 0, Decimal('abc'))
print(getcontext().flags[DivisionByZero], getcontext().flags[InvalidOperation])
setcontext(old)

# flags and traps
ctx = getcontext()
ctx.clear_flags()
x = Decimal(1) / 3
print([s.__name__ for s, v in ctx.flags.items() if v])
print(ctx)
ctx.clear_flags()
x = Decimal(4) / 2
print([s.__name__ for s, v in ctx.flags.items() if v], x)
ctx.traps[Inexact] = True
try:
    Decimal(1) / 3
except Inexact as e:
    print('trapped', type(e).__name__, e)
ctx.traps[Inexact] = False
ctx.traps[DivisionByZero] = False
print(Decimal(-5) / 0)
ctx.traps[DivisionByZero] = True
for expr, fn in [
        ('Decimal(1) / 0', lambda: Decimal(1) / 0),
        ('Decimal(0) / 0', lambda: Decimal(0) / 0),
        ('Decimal(5) % 0', lambda: Decimal(5) % 0),
        ('Decimal(0) // 0', lambda: Decimal(0) // 0),
        ("Decimal('inf') - Decimal('inf')", lambda: Decimal('inf') - Decimal('inf')),
        ("Decimal('1e999999') * 10", lambda: Decimal('1e999999') * 10),
        ("Decimal('1e30') // Decimal('1e-5')", lambda: Decimal('1e30') // Decimal('1e-5')),
        ("Decimal('nan') < 1", lambda: Decimal('nan') < 1),
        ("Decimal('snan') + 1", lambda: Decimal('snan') + 1),
        ('divmod(Decimal(1), 0)', lambda: divmod(Decimal(1), 0)),
        ('Decimal(0) ** 0', lambda: Decimal(0) ** 0),
        ("Decimal(-4) ** Decimal('0.5')", lambda: Decimal(-4) ** Decimal('0.5')),
        ("Decimal('-1').sqrt()", lambda: Decimal('-1').sqrt()),
        ("Decimal(1).quantize(Decimal('1e-30'))", lambda: Decimal(1).quantize(Decimal('1e-30')))]:
    try:
        print(expr, '->', fn())
    except DecimalException as e:
        print(expr, '!!', type(e).__name__, e)

print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(DivisionUndefined, ZeroDivisionError),
      issubclass(FloatOperation, TypeError), issubclass(Overflow, Inexact), issubclass(Underflow, Subnormal),
      issubclass(ConversionSyntax, InvalidOperation), issubclass(DecimalException, ArithmeticError))
print(InvalidOperation, ConversionSyntax, Decimal, decimal.DecimalTuple)
try:
    Decimal(1) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError caught', e)

c = Context(prec=3, Emax=5, Emin=-5)
for v in ['123456', '1E+7', '0.000001', '1.23E-7', '9.999E+5', '0E+10', '0E-20']:
    c.clear_flags()
    try:
        r = c.create_decimal(v)
        print(v, '->', r, sorted(s.__name__ for s, f in c.flags.items() if f))
    except DecimalException as e:
        print(v, '!!', type(e).__name__, e)
c.traps[Overflow] = False
print(c.create_decimal('1E+7'), c.create_decimal_from_float(0.1))
c2 = Context(prec=3, Emax=5, Emin=-5, clamp=1)
print(c2.create_decimal('1E+5'), c2.create_decimal('0E+9'))
print(c.add(1, 2), c.multiply(Decimal('1.5'), 3), c.divide(1, 8), c.subtract(5, Decimal('0.001')))
print(c.power(2, 10), c.sqrt(2), c.quantize(Decimal('1.234'), Decimal('0.1')), c.abs(-3), c.minus(3))
print(c.compare(1, 2), c.max(1, 2), c.min(1, 2), c.to_sci_string(Decimal('1E-9')), c.divide_int(7, 2),
      c.remainder(7, 2), c.divmod(7, 2), c.plus(Decimal('1.23456')), c.copy_abs(-1), c.is_zero(0))
try:
    c.add(1.5, 2)
except TypeError as e:
    print('TypeError', e)
cc = c.copy()
cc.prec = 10
print(c.prec, cc.prec)
