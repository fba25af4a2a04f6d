"""decimal for Taipan: decimal floating point arithmetic.

Written for Taipan from the General Decimal Arithmetic specification and the
Python library reference (issue #6, decision 0020); it matches the observable
behaviour of CPython 3.11's C implementation (libmpdec): the same results,
str/repr/format output, flags, and exception classes and messages. A Decimal
is a sign, an integer coefficient (a Python int) and an exponent, or one of
the special values Infinity, NaN and sNaN. Every operation computes the exact
result (or enough digits of it, plus a sticky digit) and then rounds it once
to the context's precision, signalling the conditions that occurred.
"""

import math
import numbers
from collections import namedtuple

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext',
    'ExtendedContext', 'DecimalException', 'Clamped', 'InvalidOperation',
    'DivisionByZero', 'Inexact', 'Rounded', 'Subnormal', 'Overflow',
    'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP',
    'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext',
    'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR'
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

_HASH_MODULUS = 2305843009213693951
_HASH_INF = 314159

# Kinds of value.
_FINITE = 0
_INF = 1
_NAN = 2
_SNAN = 3


class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


# The signals in the order CPython lists them in exception arguments and in
# the flags/traps dictionaries, and in the order Context's repr names them.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped]
_REPR_ORDER = [Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow]
_CONDITIONS = [InvalidOperation, ConversionSyntax, DivisionImpossible,
               DivisionUndefined, InvalidContext]

DecimalTuple = namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


def _signal_of(cond):
    if cond in _CONDITIONS:
        return InvalidOperation
    return cond


# ---------------------------------------------------------------------------
# Context


class _SignalDict(dict):
    def __repr__(self):
        return '{' + ', '.join('<class \'decimal.%s\'>:%s' % (k.__name__, v)
                               for k, v in self.items()) + '}'


def _signal_dict(on):
    d = _SignalDict()
    for s in _SIGNALS:
        d[s] = s in on
    return d


class Context(object):
    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = DefaultContext
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        if base is not None:
            self._prec = base._prec
            self._rounding = base._rounding
            self._Emin = base._Emin
            self._Emax = base._Emax
            self._capitals = base._capitals
            self._clamp = base._clamp
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is None:
            if base is not None:
                self.traps = _signal_dict([s for s in _SIGNALS if base.traps[s]])
            else:
                self.traps = _signal_dict([InvalidOperation, DivisionByZero, Overflow])
        elif isinstance(traps, dict):
            self.traps = _signal_dict([s for s in _SIGNALS if traps.get(s)])
        else:
            self.traps = _signal_dict(list(traps))
        if flags is None:
            self.flags = _signal_dict([])
        elif isinstance(flags, dict):
            self.flags = _signal_dict([s for s in _SIGNALS if flags.get(s)])
        else:
            self.flags = _signal_dict(list(flags))

    # -- attributes with validation
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value < 1 or value > MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = value

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        self._rounding = value

    @property
    def Emin(self):
        return self._Emin

    @Emin.setter
    def Emin(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value > 0 or value < MIN_EMIN:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._Emin = value

    @property
    def Emax(self):
        return self._Emax

    @Emax.setter
    def Emax(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value < 0 or value > MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._Emax = value

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value != 0 and value != 1:
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = value

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, value):
        if not isinstance(value, int):
            raise TypeError('an integer is required')
        if value != 0 and value != 1:
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = value

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self.flags.get(s)]
        traps = [s.__name__ for s in _REPR_ORDER if self.traps.get(s)]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._Emin, self._Emax,
                   self._capitals, self._clamp, ', '.join(flags), ', '.join(traps)))

    def copy(self):
        c = Context(self._prec, self._rounding, self._Emin, self._Emax,
                    self._capitals, self._clamp,
                    [s for s in _SIGNALS if self.flags[s]],
                    [s for s in _SIGNALS if self.traps[s]])
        return c

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def _apply(self, conds):
        """Set the flags for the conditions in conds; raise if one is trapped."""
        trapped = []
        for c in conds:
            s = _signal_of(c)
            self.flags[s] = True
            if self.traps[s]:
                trapped.append(c)
        if trapped:
            # InvalidOperation conditions come first, then the other signals
            # in their fixed order.
            items = []
            for c in _CONDITIONS:
                if c in trapped and c not in items:
                    items.append(c)
            for s in _SIGNALS[1:]:
                if s in trapped and s not in items:
                    items.append(s)
            exc = None
            for s in _SIGNALS:
                for c in trapped:
                    if _signal_of(c) is s:
                        exc = s
                        break
                if exc is not None:
                    break
            raise exc(items)

    def create_decimal(self, num='0'):
        if isinstance(num, str) and num != num.strip():
            conds = [ConversionSyntax]
            self._apply(conds)
            return _mk(0, 0, 0, _NAN)
        if isinstance(num, float):
            self._apply([FloatOperation])
        d = Decimal(num, self) if not isinstance(num, Decimal) else num
        conds = []
        if d._kind == _FINITE:
            r = _fix(d._sign, d._int, d._exp, self, conds)
        elif d._kind >= _NAN:
            r = _fix_nan(d, self)
        else:
            r = d
        self._apply(conds)
        return r

    def create_decimal_from_float(self, f):
        return self.create_decimal(Decimal.from_float(f))

    def _cv(self, a):
        return _convert(a, True)

    def abs(self, a):
        return self._cv(a).__abs__(context=self)

    def add(self, a, b):
        return self._cv(a).__add__(self._cv(b), context=self)

    def subtract(self, a, b):
        return self._cv(a).__sub__(self._cv(b), context=self)

    def multiply(self, a, b):
        return self._cv(a).__mul__(self._cv(b), context=self)

    def divide(self, a, b):
        return self._cv(a).__truediv__(self._cv(b), context=self)

    def divide_int(self, a, b):
        return self._cv(a).__floordiv__(self._cv(b), context=self)

    def remainder(self, a, b):
        return self._cv(a).__mod__(self._cv(b), context=self)

    def divmod(self, a, b):
        return self._cv(a).__divmod__(self._cv(b), context=self)

    def remainder_near(self, a, b):
        return self._cv(a).remainder_near(self._cv(b), context=self)

    def power(self, a, b, modulo=None):
        return self._cv(a).__pow__(self._cv(b), modulo, context=self)

    def compare(self, a, b):
        return self._cv(a).compare(b, context=self)

    def compare_signal(self, a, b):
        return self._cv(a).compare_signal(b, context=self)

    def compare_total(self, a, b):
        return self._cv(a).compare_total(b)

    def max(self, a, b):
        return self._cv(a).max(b, context=self)

    def min(self, a, b):
        return self._cv(a).min(b, context=self)

    def max_mag(self, a, b):
        return self._cv(a).max_mag(b, context=self)

    def min_mag(self, a, b):
        return self._cv(a).min_mag(b, context=self)

    def minus(self, a):
        return self._cv(a).__neg__(context=self)

    def plus(self, a):
        return self._cv(a).__pos__(context=self)

    def sqrt(self, a):
        return self._cv(a).sqrt(context=self)

    def exp(self, a):
        return self._cv(a).exp(context=self)

    def ln(self, a):
        return self._cv(a).ln(context=self)

    def log10(self, a):
        return self._cv(a).log10(context=self)

    def fma(self, a, b, c):
        return self._cv(a).fma(b, c, context=self)

    def normalize(self, a):
        return self._cv(a).normalize(context=self)

    def quantize(self, a, b):
        return self._cv(a).quantize(b, context=self)

    def scaleb(self, a, b):
        return self._cv(a).scaleb(b, context=self)

    def same_quantum(self, a, b):
        return self._cv(a).same_quantum(b)

    def to_integral_value(self, a):
        return self._cv(a).to_integral_value(context=self)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return self._cv(a).to_integral_exact(context=self)

    def to_sci_string(self, a):
        return self._cv(a).__str__(context=self)

    def to_eng_string(self, a):
        return self._cv(a).to_eng_string(context=self)

    def number_class(self, a):
        return self._cv(a).number_class(context=self)

    def next_plus(self, a):
        return self._cv(a).next_plus(context=self)

    def next_minus(self, a):
        return self._cv(a).next_minus(context=self)

    def copy_abs(self, a):
        return self._cv(a).copy_abs()

    def copy_negate(self, a):
        return self._cv(a).copy_negate()

    def copy_sign(self, a, b):
        return self._cv(a).copy_sign(b)

    def copy_decimal(self, a):
        return self._cv(a)

    def is_finite(self, a):
        return self._cv(a).is_finite()

    def is_infinite(self, a):
        return self._cv(a).is_infinite()

    def is_nan(self, a):
        return self._cv(a).is_nan()

    def is_qnan(self, a):
        return self._cv(a).is_qnan()

    def is_snan(self, a):
        return self._cv(a).is_snan()

    def is_signed(self, a):
        return self._cv(a).is_signed()

    def is_zero(self, a):
        return self._cv(a).is_zero()

    def is_normal(self, a):
        return self._cv(a).is_normal(context=self)

    def is_subnormal(self, a):
        return self._cv(a).is_subnormal(context=self)

    def is_canonical(self, a):
        return True

    def canonical(self, a):
        return self._cv(a)

    def radix(self):
        return Decimal(10)

    def logb(self, a):
        return self._cv(a).logb(context=self)


DefaultContext = None
DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_current = None


def getcontext():
    global _current
    if _current is None:
        _current = DefaultContext.copy()
    return _current


def setcontext(context):
    global _current
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current = context


class _ContextManager(object):
    def __init__(self, ctx):
        self.new_context = ctx

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)
        return False


def localcontext(ctx=None, **kwargs):
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    ctx = ctx.copy()
    for k, v in kwargs.items():
        if k not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
        if k == 'flags' or k == 'traps':
            if isinstance(v, dict):
                v = [s for s in _SIGNALS if v.get(s)]
            setattr(ctx, k, _signal_dict(list(v)))
        else:
            setattr(ctx, k, v)
    return _ContextManager(ctx)


# ---------------------------------------------------------------------------
# Helpers over integers


def _ndigits(n):
    """Number of decimal digits of the non-negative int n (1 for 0)."""
    if n < 10:
        return 1
    k = int(n.bit_length() * 0.30102999566398120)
    if k < 1:
        k = 1
    p = 10 ** (k - 1)
    while p > n:
        k -= 1
        p //= 10
    while p * 10 <= n:
        k += 1
        p *= 10
    return k


def _round_int(sign, coef, drop, rounding):
    """(coef rounded by dropping `drop` digits, inexact)."""
    if drop <= 0:
        return coef, False
    if coef == 0:
        return 0, False
    if drop > 20 and drop > _ndigits(coef) + 1:
        # Everything is dropped, and less than half of the last place.
        if rounding == ROUND_UP or rounding == ROUND_05UP:
            return 1, True
        if rounding == ROUND_CEILING:
            return (1 if sign == 0 else 0), True
        if rounding == ROUND_FLOOR:
            return (1 if sign == 1 else 0), True
        return 0, True
    p = 10 ** drop
    q, r = divmod(coef, p)
    if r == 0:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        h = p >> 1
        up = r > h or (r == h and (q & 1) == 1)
    elif rounding == ROUND_HALF_UP:
        up = r >= (p >> 1)
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_HALF_DOWN:
        up = r > (p >> 1)
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    else:
        d = q % 10
        up = d == 0 or d == 5
    if up:
        q += 1
    return q, True


def _mk(sign, coef, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._kind = kind
    return d


def _fix(sign, coef, exp, ctx, conds):
    """Round the exact value (-1)**sign * coef * 10**exp to ctx."""
    prec = ctx._prec
    emax = ctx._Emax
    emin = ctx._Emin
    etiny = emin - prec + 1
    if coef == 0:
        top = emax - prec + 1 if ctx._clamp else emax
        e = exp
        if e < etiny:
            e = etiny
        elif e > top:
            e = top
        if e != exp:
            conds.append(Clamped)
        return _mk(sign, 0, e)
    n = _ndigits(coef)
    adj = exp + n - 1
    target = exp
    if n > prec:
        target = exp + n - prec
    if target < etiny:
        target = etiny
    subnormal = adj < emin
    inexact = False
    rounded = False
    if target > exp:
        coef, inexact = _round_int(sign, coef, target - exp, ctx._rounding)
        rounded = True
        exp = target
        if coef != 0 and _ndigits(coef) > prec:
            coef //= 10
            exp += 1
    if coef != 0:
        adj = exp + _ndigits(coef) - 1
        if adj > emax:
            conds.append(Overflow)
            conds.append(Inexact)
            conds.append(Rounded)
            r = ctx._rounding
            if (r == ROUND_DOWN or r == ROUND_05UP or (r == ROUND_FLOOR and sign == 0)
                    or (r == ROUND_CEILING and sign == 1)):
                return _mk(sign, 10 ** prec - 1, emax - prec + 1)
            return _mk(sign, 0, 0, _INF)
    if subnormal:
        conds.append(Subnormal)
        if inexact:
            conds.append(Underflow)
    if inexact:
        conds.append(Inexact)
    if rounded:
        conds.append(Rounded)
    if coef == 0 and inexact:
        conds.append(Clamped)
    if ctx._clamp:
        top = emax - prec + 1
        if exp > top:
            coef *= 10 ** (exp - top)
            exp = top
            conds.append(Clamped)
    return _mk(sign, coef, exp)


def _fix_nan(d, ctx):
    """A quiet NaN with the payload of d, cut to the context's precision."""
    payload = d._int
    limit = ctx._prec - ctx._clamp
    if payload and _ndigits(payload) > limit:
        payload = payload % (10 ** limit) if limit > 0 else 0
    return _mk(d._sign, payload, 0, _NAN)


def _nan_check(a, b, ctx, conds):
    """The NaN result of an operation on a and b (b may be None), or None."""
    if a._kind == _SNAN:
        conds.append(InvalidOperation)
        return _fix_nan(a, ctx)
    if b is not None and b._kind == _SNAN:
        conds.append(InvalidOperation)
        return _fix_nan(b, ctx)
    if a._kind == _NAN:
        return _fix_nan(a, ctx)
    if b is not None and b._kind == _NAN:
        return _fix_nan(b, ctx)
    return None


def _invalid(conds, cond=InvalidOperation):
    conds.append(cond)
    return _mk(0, 0, 0, _NAN)


def _type_name(x):
    t = type(x)
    if t is Decimal:
        return 'decimal.Decimal'
    return t.__name__


def _convert(other, raise_type=False):
    """other as a Decimal for arithmetic, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    if raise_type:
        raise TypeError('conversion from %s to Decimal is not supported' % type(other).__name__)
    return NotImplemented


def _from_int(v):
    if v < 0:
        return _mk(1, -v, 0)
    return _mk(0, int(v), 0)


def _binop_error(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (op, _type_name(a), _type_name(b)))


def _parse(s):
    """A Decimal for the string s, or None when it is not a valid literal."""
    s = s.strip()
    if '_' in s:
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] == '-' or s[0] == '+':
        if s[0] == '-':
            sign = 1
        s = s[1:]
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return _mk(sign, 0, 0, _INF)
    kind = _FINITE
    if low.startswith('nan'):
        kind = _NAN
        rest = s[3:]
    elif low.startswith('snan'):
        kind = _SNAN
        rest = s[4:]
    if kind != _FINITE:
        if rest == '':
            return _mk(sign, 0, 0, kind)
        if not _all_digits(rest):
            return None
        return _mk(sign, int(rest), 0, kind)
    exp = 0
    epos = low.find('e')
    if epos >= 0:
        etext = s[epos + 1:]
        s = s[:epos]
        esign = 1
        if etext[:1] == '+' or etext[:1] == '-':
            if etext[0] == '-':
                esign = -1
            etext = etext[1:]
        if not _all_digits(etext):
            return None
        exp = esign * int(etext)
    dot = s.find('.')
    if dot >= 0:
        intpart = s[:dot]
        frac = s[dot + 1:]
    else:
        intpart = s
        frac = ''
    if intpart == '' and frac == '':
        return None
    if (intpart and not _all_digits(intpart)) or (frac and not _all_digits(frac)):
        return None
    digits = intpart + frac
    return _mk(sign, int(digits), exp - len(frac))


def _all_digits(t):
    if not t:
        return False
    for c in t:
        if c < '0' or c > '9':
            # Allow other Unicode decimal digits as CPython does.
            if not c.isdigit():
                return False
    return True


def _from_float(f):
    if f != f:
        return _mk(0 if math.copysign(1.0, f) > 0 else 1, 0, 0, _NAN)
    sign = 0 if math.copysign(1.0, f) > 0 else 1
    if f == float('inf') or f == float('-inf'):
        return _mk(sign, 0, 0, _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    # f = n / 2**k = n * 5**k / 10**k
    return _mk(sign, n * 5 ** k, -k)


# ---------------------------------------------------------------------------
# Decimal


class Decimal(object):
    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        if isinstance(value, Decimal):
            src = value
        elif isinstance(value, str):
            src = _parse(value)
            if src is None:
                if context is None:
                    context = getcontext()
                context._apply([ConversionSyntax])
                src = _mk(0, 0, 0, _NAN)
        elif isinstance(value, int):
            src = _from_int(value)
        elif isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            if context.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            src = _from_float(value)
        elif isinstance(value, (tuple, list)):
            src = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported' % type(value).__name__)
        if cls is Decimal and type(value) is Decimal:
            return value
        self = object.__new__(cls)
        self._sign = src._sign
        self._int = src._int
        self._exp = src._exp
        self._kind = src._kind
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- predicates and simple properties
    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INF

    def is_finite(self):
        return self._kind == _FINITE

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and self._int == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._kind != _FINITE or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() >= context._Emin

    def is_subnormal(self, context=None):
        if self._kind != _FINITE or self._int == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context._Emin

    def adjusted(self):
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._int) - 1

    def radix(self):
        return Decimal(10)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def number_class(self, context=None):
        if context is None:
            context = getcontext()
        k = self._kind
        if k == _SNAN:
            return 'sNaN'
        if k == _NAN:
            return 'NaN'
        s = '-' if self._sign else '+'
        if k == _INF:
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if self.adjusted() < context._Emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def as_tuple(self):
        k = self._kind
        if k == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if k == _FINITE:
            digits = tuple(int(c) for c in str(self._int))
            return DecimalTuple(self._sign, digits, self._exp)
        digits = tuple(int(c) for c in str(self._int)) if self._int else ()
        return DecimalTuple(self._sign, digits, 'n' if k == _NAN else 'N')

    def as_integer_ratio(self):
        if self._kind == _INF:
            raise OverflowError('cannot convert Infinity to integer ratio')
        if self._kind != _FINITE:
            raise ValueError('cannot convert NaN to integer ratio')
        n = self._int
        e = self._exp
        if e >= 0:
            n = n * 10 ** e
            d = 1
        else:
            d = 10 ** -e
            g = math.gcd(n, d)
            n //= g
            d //= g
        if self._sign:
            n = -n
        return n, d

    # -- string conversion
    def __str__(self, eng=False, context=None):
        if context is None:
            context = getcontext()
        return _to_string(self, eng, context._capitals)

    def to_eng_string(self, context=None):
        if context is None:
            context = getcontext()
        return _to_string(self, True, context._capitals)

    def __repr__(self):
        return "Decimal('%s')" % _to_string(self, False, getcontext()._capitals)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # -- conversions
    def __bool__(self):
        return self._kind != _FINITE or self._int != 0

    def __int__(self):
        k = self._kind
        if k == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if k != _FINITE:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        elif self.adjusted() < 0:
            v = 0
        else:
            v = self._int // 10 ** -self._exp
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        k = self._kind
        if k == _SNAN:
            raise ValueError('cannot convert signaling NaN to float')
        if k == _NAN:
            return float('-nan') if self._sign else float('nan')
        if k == _INF:
            return float('-inf') if self._sign else float('inf')
        s = ('-' if self._sign else '') + str(self._int) + 'e' + str(self._exp)
        return float(s)

    def __complex__(self):
        return complex(float(self))

    def _to_int_rounded(self, rounding):
        k = self._kind
        if k == _INF:
            raise OverflowError('cannot convert Infinity to integer')
        if k != _FINITE:
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._int * 10 ** self._exp
        else:
            v, _ = _round_int(self._sign, self._int, -self._exp, rounding)
        return -v if self._sign else v

    def __floor__(self):
        return self._to_int_rounded(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_rounded(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int_rounded(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        return self.quantize(_mk(0, 1, -n))

    # -- hashing and comparison
    def __hash__(self):
        k = self._kind
        if k == _SNAN:
            raise TypeError('Cannot hash a signaling NaN value')
        if k == _NAN:
            return object.__hash__(self)
        if k == _INF:
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            h = self._int % _HASH_MODULUS * pow(10, self._exp, _HASH_MODULUS) % _HASH_MODULUS
        else:
            inv = pow(10, _HASH_MODULUS - 2, _HASH_MODULUS)
            h = self._int % _HASH_MODULUS * pow(inv, -self._exp, _HASH_MODULUS) % _HASH_MODULUS
        if self._sign:
            h = -h
        if h == -1:
            h = -2
        return h

    def _cmp_other(self, other, ordering):
        """other converted for comparison: a Decimal, a Fraction pair, or NotImplemented."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            ctx.flags[FloatOperation] = True
            if ordering and ctx.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            return _from_float(other)
        if isinstance(other, numbers.Rational):
            return (other.numerator, other.denominator)
        return NotImplemented

    def _compare_values(self, other):
        """-1, 0 or 1 for non-NaN self and other (other a Decimal or (n, d) pair)."""
        if isinstance(other, tuple):
            n, d = other
            if self._kind == _INF:
                return -1 if self._sign else 1
            a = self._int * d
            if self._sign:
                a = -a
            if self._exp >= 0:
                a *= 10 ** self._exp
            else:
                n *= 10 ** -self._exp
            return (a > n) - (a < n)
        return _cmp(self, other)

    def __eq__(self, other):
        o = self._cmp_other(other, False)
        if o is NotImplemented:
            return o
        if self._kind >= _NAN or (not isinstance(o, tuple) and o._kind >= _NAN):
            if self._kind == _SNAN or (not isinstance(o, tuple) and o._kind == _SNAN):
                getcontext()._apply([InvalidOperation])
            return False
        return self._compare_values(o) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, op):
        o = self._cmp_other(other, True)
        if o is NotImplemented:
            if isinstance(other, (complex, str, list, tuple, dict)) or other is None:
                raise TypeError("'%s' not supported between instances of 'decimal.Decimal' and '%s'"
                                % (op, type(other).__name__))
            return o
        if self._kind >= _NAN or (not isinstance(o, tuple) and o._kind >= _NAN):
            ctx = getcontext()
            ctx._apply([InvalidOperation])
            return None
        return self._compare_values(o)

    def __lt__(self, other):
        c = self._order(other, '<')
        if c is NotImplemented:
            return c
        return c is not None and c < 0

    def __le__(self, other):
        c = self._order(other, '<=')
        if c is NotImplemented:
            return c
        return c is not None and c <= 0

    def __gt__(self, other):
        c = self._order(other, '>')
        if c is NotImplemented:
            return c
        return c is not None and c > 0

    def __ge__(self, other):
        c = self._order(other, '>=')
        if c is NotImplemented:
            return c
        return c is not None and c >= 0

    def compare(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        conds = []
        r = _nan_check(self, other, context, conds)
        if r is None:
            c = _cmp(self, other)
            r = _mk(1 if c < 0 else 0, 1 if c else 0, 0)
        context._apply(conds)
        return r

    def compare_signal(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        conds = []
        if self._kind >= _NAN or other._kind >= _NAN:
            conds.append(InvalidOperation)
            r = _nan_check(self, other, context, [])
        else:
            c = _cmp(self, other)
            r = _mk(1 if c < 0 else 0, 1 if c else 0, 0)
        context._apply(conds)
        return r

    def compare_total(self, other, context=None):
        other = _convert(other, True)
        c = _total_cmp(self, other)
        return _mk(1 if c < 0 else 0, 1 if c else 0, 0)

    def compare_total_mag(self, other, context=None):
        other = _convert(other, True)
        c = _total_cmp(self.copy_abs(), other.copy_abs())
        return _mk(1 if c < 0 else 0, 1 if c else 0, 0)

    def _minmax(self, other, context, want_max, mag):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        conds = []
        a = self
        b = other
        if a._kind >= _NAN or b._kind >= _NAN:
            if a._kind == _NAN and b._kind < _NAN:
                r = b
            elif b._kind == _NAN and a._kind < _NAN:
                r = a
            else:
                r = _nan_check(a, b, context, conds)
                context._apply(conds)
                return r
        else:
            if mag:
                c = _cmp(a.copy_abs(), b.copy_abs())
                if c == 0:
                    c = _total_cmp(a, b)
            else:
                c = _cmp(a, b)
                if c == 0:
                    c = _total_cmp(a, b)
            if want_max:
                r = a if c > 0 else b
            else:
                r = a if c < 0 else b
        if r._kind == _FINITE:
            r = _fix(r._sign, r._int, r._exp, context, conds)
        context._apply(conds)
        return r

    def max(self, other, context=None):
        return self._minmax(other, context, True, False)

    def min(self, other, context=None):
        return self._minmax(other, context, False, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    # -- sign operations
    def copy_abs(self):
        return _mk(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _mk(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        other = _convert(other, True)
        return _mk(other._sign, self._int, self._exp, self._kind)

    def _unary(self, sign, context):
        if context is None:
            context = getcontext()
        conds = []
        r = _nan_check(self, None, context, conds)
        if r is None:
            if self._kind == _INF:
                r = _mk(sign, 0, 0, _INF)
            else:
                if self._int == 0 and context._rounding != ROUND_FLOOR:
                    sign = 0
                elif self._int == 0:
                    sign = sign | self._sign if sign == self._sign else 1
                r = _fix(sign, self._int, self._exp, context, conds)
        context._apply(conds)
        return r

    def __pos__(self, context=None):
        return self._unary(self._sign, context)

    def __neg__(self, context=None):
        return self._unary(1 - self._sign, context)

    def __abs__(self, context=None):
        return self._unary(0, context)

    def plus(self, context=None):
        return self.__pos__(context)

    def minus(self, context=None):
        return self.__neg__(context)

    # -- arithmetic
    def __add__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, str, list, tuple, dict, complex)) or other is None:
                raise _binop_error('+', self, other)
            return o
        return _add(self, o, 0, context)

    def __radd__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, complex)):
                raise _binop_error('+', other, self)
            return o
        return _add(o, self, 0, context)

    def __sub__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, str, list, tuple, dict, complex)) or other is None:
                raise _binop_error('-', self, other)
            return o
        return _add(self, o, 1, context)

    def __rsub__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, complex)):
                raise _binop_error('-', other, self)
            return o
        return _add(o, self, 1, context)

    def __mul__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, dict, complex)) or other is None:
                raise _binop_error('*', self, other)
            return o
        return _mul(self, o, context)

    def __rmul__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, complex)):
                raise _binop_error('*', other, self)
            return o
        return _mul(o, self, context)

    def __truediv__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, str, list, tuple, dict, complex)) or other is None:
                raise _binop_error('/', self, other)
            return o
        return _div(self, o, context)

    def __rtruediv__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, complex)):
                raise _binop_error('/', other, self)
            return o
        return _div(o, self, context)

    def __floordiv__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, str, list, tuple, dict, complex)) or other is None:
                raise _binop_error('//', self, other)
            return o
        return _divmod(self, o, context, 1)

    def __rfloordiv__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, complex)):
                raise _binop_error('//', other, self)
            return o
        return _divmod(o, self, context, 1)

    def __mod__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, list, tuple, dict, complex)) or other is None:
                raise _binop_error('%', self, other)
            return o
        return _divmod(self, o, context, 2)

    def __rmod__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, complex)):
                raise _binop_error('%', other, self)
            return o
        return _divmod(o, self, context, 2)

    def __divmod__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, str, list, tuple, dict, complex)) or other is None:
                raise _binop_error('divmod()', self, other)
            return o
        return _divmod(self, o, context, 3)

    def __rdivmod__(self, other, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, complex)):
                raise _binop_error('divmod()', other, self)
            return o
        return _divmod(o, self, context, 3)

    def __pow__(self, other, modulo=None, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, str, list, tuple, dict, complex)) or other is None:
                raise _binop_error('** or pow()', self, other)
            return o
        if modulo is not None:
            m = _convert(modulo, True)
            return _powmod(self, o, m, context)
        return _pow(self, o, context)

    def __rpow__(self, other, modulo=None, context=None):
        o = _convert(other)
        if o is NotImplemented:
            if isinstance(other, (float, complex)):
                raise _binop_error('** or pow()', other, self)
            return o
        return _pow(o, self, context)

    def remainder_near(self, other, context=None):
        other = _convert(other, True)
        return _divmod(self, other, context, 4)

    def fma(self, other, third, context=None):
        other = _convert(other, True)
        third = _convert(third, True)
        if context is None:
            context = getcontext()
        conds = []
        if self._kind >= _NAN or other._kind >= _NAN:
            r = _nan_check(self, other, context, conds)
            if third._kind == _SNAN and r is not None and self._kind != _SNAN and other._kind != _SNAN:
                conds.append(InvalidOperation)
                r = _fix_nan(third, context)
            context._apply(conds)
            return r
        sign = self._sign ^ other._sign
        if self._kind == _INF or other._kind == _INF:
            if (self._kind == _FINITE and self._int == 0) or (other._kind == _FINITE and other._int == 0):
                r = _invalid(conds)
                context._apply(conds)
                return r
            prod = _mk(sign, 0, 0, _INF)
        else:
            prod = _mk(sign, self._int * other._int, self._exp + other._exp)
        return _add(prod, third, 0, context)

    def sqrt(self, context=None):
        if context is None:
            context = getcontext()
        conds = []
        r = _nan_check(self, None, context, conds)
        if r is None:
            r = _sqrt(self, context, conds)
        context._apply(conds)
        return r

    def exp(self, context=None):
        if context is None:
            context = getcontext()
        conds = []
        r = _nan_check(self, None, context, conds)
        if r is None:
            r = _exp(self, context, conds)
        context._apply(conds)
        return r

    def ln(self, context=None):
        if context is None:
            context = getcontext()
        conds = []
        r = _nan_check(self, None, context, conds)
        if r is None:
            r = _ln(self, context, conds, False)
        context._apply(conds)
        return r

    def log10(self, context=None):
        if context is None:
            context = getcontext()
        conds = []
        r = _nan_check(self, None, context, conds)
        if r is None:
            r = _ln(self, context, conds, True)
        context._apply(conds)
        return r

    def logb(self, context=None):
        if context is None:
            context = getcontext()
        conds = []
        r = _nan_check(self, None, context, conds)
        if r is None:
            if self._kind == _INF:
                r = _mk(0, 0, 0, _INF)
            elif self._int == 0:
                conds.append(DivisionByZero)
                r = _mk(1, 0, 0, _INF)
            else:
                r = _fix_int(self.adjusted(), context, conds)
        context._apply(conds)
        return r

    def normalize(self, context=None):
        if context is None:
            context = getcontext()
        conds = []
        r = _nan_check(self, None, context, conds)
        if r is None:
            if self._kind == _INF:
                r = self
            else:
                r = _fix(self._sign, self._int, self._exp, context, conds)
                if r._kind == _FINITE:
                    if r._int == 0:
                        r = _mk(r._sign, 0, 0)
                    else:
                        c = r._int
                        e = r._exp
                        top = context._Emax - context._prec + 1 if context._clamp else context._Emax
                        while c % 10 == 0 and e < top:
                            c //= 10
                            e += 1
                        r = _mk(r._sign, c, e)
        context._apply(conds)
        return r

    def quantize(self, exp, rounding=None, context=None):
        exp = _convert(exp, True)
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context._rounding
        elif rounding not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        conds = []
        r = _nan_check(self, exp, context, conds)
        if r is None:
            if self._kind == _INF or exp._kind == _INF:
                if self._kind == _INF and exp._kind == _INF:
                    r = self
                else:
                    r = _invalid(conds)
            else:
                r = _rescale(self, exp._exp, rounding, context, conds)
        context._apply(conds)
        return r

    def same_quantum(self, other, context=None):
        other = _convert(other, True)
        if self._kind != _FINITE or other._kind != _FINITE:
            return (self._kind >= _NAN and other._kind >= _NAN) or (
                self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    def scaleb(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        conds = []
        r = _nan_check(self, other, context, conds)
        if r is None:
            lim = 2 * (context._Emax + context._prec)
            if other._kind != _FINITE or other._exp != 0 or int(other) > lim or int(other) < -lim:
                r = _invalid(conds)
            elif self._kind == _INF:
                r = self
            else:
                r = _fix(self._sign, self._int, self._exp + int(other), context, conds)
        context._apply(conds)
        return r

    def to_integral_value(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context._rounding
        conds = []
        r = _nan_check(self, None, context, conds)
        if r is None:
            if self._kind == _INF or self._exp >= 0:
                r = self
            else:
                c, _ = _round_int(self._sign, self._int, -self._exp, rounding)
                r = _mk(self._sign, c, 0)
        context._apply(conds)
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        if context is None:
            context = getcontext()
        if rounding is None:
            rounding = context._rounding
        conds = []
        r = _nan_check(self, None, context, conds)
        if r is None:
            if self._kind == _INF or self._exp >= 0:
                r = self
            else:
                c, inexact = _round_int(self._sign, self._int, -self._exp, rounding)
                r = _mk(self._sign, c, 0)
                if inexact:
                    conds.append(Inexact)
                conds.append(Rounded)
        context._apply(conds)
        return r

    def next_plus(self, context=None):
        if context is None:
            context = getcontext()
        return _next(self, context, 0)

    def next_minus(self, context=None):
        if context is None:
            context = getcontext()
        return _next(self, context, 1)

    def next_toward(self, other, context=None):
        other = _convert(other, True)
        if context is None:
            context = getcontext()
        conds = []
        r = _nan_check(self, other, context, conds)
        if r is not None:
            context._apply(conds)
            return r
        c = _cmp(self, other)
        if c == 0:
            return self.copy_sign(other)
        return _next(self, context, 0 if c < 0 else 1)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


numbers.Number.register(Decimal)


def _from_tuple(t):
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if not (isinstance(sign, int) and (sign == 0 or sign == 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if exp == 'F':
        return _mk(sign, 0, 0, _INF)
    coef = 0
    for d in digits:
        if not isinstance(d, int) or d < 0 or d > 9:
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + d
    if exp == 'n':
        return _mk(sign, coef, 0, _NAN)
    if exp == 'N':
        return _mk(sign, coef, 0, _SNAN)
    if isinstance(exp, str):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    if not isinstance(exp, int):
        raise ValueError("exponent must be an integer")
    return _mk(sign, coef, exp)


def _cmp(a, b):
    """-1/0/1 comparing numeric values of non-NaN Decimals."""
    if a._kind == _INF or b._kind == _INF:
        va = 0 if a._kind != _INF else (-1 if a._sign else 1)
        vb = 0 if b._kind != _INF else (-1 if b._sign else 1)
        if va != vb:
            return (va > vb) - (va < vb)
        if va != 0:
            return 0
    az = a._int == 0
    bz = b._int == 0
    if az or bz:
        if az and bz:
            return 0
        if az:
            return 1 if b._sign else -1
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    aa = a.adjusted()
    ba = b.adjusted()
    if aa != ba:
        return s if aa > ba else -s
    ca = a._int
    cb = b._int
    if a._exp > b._exp:
        ca *= 10 ** (a._exp - b._exp)
    elif b._exp > a._exp:
        cb *= 10 ** (b._exp - a._exp)
    if ca == cb:
        return 0
    return s if ca > cb else -s


def _total_cmp(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    s = -1 if a._sign else 1
    ra = (0, 1, 3, 2)[a._kind]
    rb = (0, 1, 3, 2)[b._kind]
    if ra != rb:
        return s if ra > rb else -s
    if ra >= 2:
        if a._int != b._int:
            return s if a._int > b._int else -s
        return 0
    if ra == 1:
        return 0
    c = _cmp(a, b)
    if c:
        return c
    if a._exp != b._exp:
        return s if a._exp > b._exp else -s
    return 0


def _add(a, b, negate_b, context):
    if context is None:
        context = getcontext()
    conds = []
    r = _add_core(a, b, negate_b, context, conds)
    context._apply(conds)
    return r


def _add_core(a, b, negate_b, context, conds):
    r = _nan_check(a, b, context, conds)
    if r is not None:
        return r
    bsign = b._sign ^ negate_b
    if a._kind == _INF or b._kind == _INF:
        if a._kind == _INF and b._kind == _INF and a._sign != bsign:
            r = _invalid(conds)
        elif a._kind == _INF:
            r = _mk(a._sign, 0, 0, _INF)
        else:
            r = _mk(bsign, 0, 0, _INF)
        return r
    asign = a._sign
    ca = a._int
    cb = b._int
    ea = a._exp
    eb = b._exp
    prec = context._prec
    # A far smaller operand only acts as a sticky digit.
    if ca and cb:
        aadj = ea + _ndigits(ca) - 1
        badj = eb + _ndigits(cb) - 1
        if badj < ea and badj < aadj - prec - 1:
            eb = min(ea, aadj - prec - 1) - 1
            cb = 1
        elif aadj < eb and aadj < badj - prec - 1:
            ea = min(eb, badj - prec - 1) - 1
            ca = 1
    if ca == 0 and cb == 0:
        e = min(ea, eb)
        if asign == bsign:
            sign = asign
        else:
            sign = 1 if context._rounding == ROUND_FLOOR else 0
        r = _fix(sign, 0, e, context, conds)
        return r
    e = min(ea, eb)
    # Padding a nonzero operand beyond prec + 2 digits changes nothing.
    if ca == 0 and eb - e > prec + 2:
        e = eb - (prec + 2)
        ea = e
    elif cb == 0 and ea - e > prec + 2:
        e = ea - (prec + 2)
        eb = e
    va = ca * 10 ** (ea - e) if ca else 0
    vb = cb * 10 ** (eb - e) if cb else 0
    if asign:
        va = -va
    if bsign:
        vb = -vb
    v = va + vb
    if v == 0:
        sign = 1 if context._rounding == ROUND_FLOOR else 0
        r = _fix(sign, 0, e, context, conds)
    elif v < 0:
        r = _fix(1, -v, e, context, conds)
    else:
        r = _fix(0, v, e, context, conds)
    return r


def _mul(a, b, context):
    if context is None:
        context = getcontext()
    conds = []
    r = _nan_check(a, b, context, conds)
    if r is None:
        sign = a._sign ^ b._sign
        if a._kind == _INF or b._kind == _INF:
            if (a._kind == _FINITE and a._int == 0) or (b._kind == _FINITE and b._int == 0):
                r = _invalid(conds)
            else:
                r = _mk(sign, 0, 0, _INF)
        else:
            r = _fix(sign, a._int * b._int, a._exp + b._exp, context, conds)
    context._apply(conds)
    return r


def _div(a, b, context):
    if context is None:
        context = getcontext()
    conds = []
    r = _nan_check(a, b, context, conds)
    if r is None:
        r = _div_core(a, b, context, conds)
    context._apply(conds)
    return r


def _div_core(a, b, context, conds):
    sign = a._sign ^ b._sign
    if a._kind == _INF:
        if b._kind == _INF:
            return _invalid(conds)
        return _mk(sign, 0, 0, _INF)
    if b._kind == _INF:
        conds.append(Clamped)
        return _mk(sign, 0, context.Etiny())
    if b._int == 0:
        if a._int == 0:
            return _invalid(conds, DivisionUndefined)
        conds.append(DivisionByZero)
        return _mk(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if a._int == 0:
        return _fix(sign, 0, ideal, context, conds)
    prec = context._prec
    na = _ndigits(a._int)
    nb = _ndigits(b._int)
    shift = prec - na + nb + 1
    if shift >= 0:
        q, rem = divmod(a._int * 10 ** shift, b._int)
    else:
        q, rem = divmod(a._int, b._int * 10 ** -shift)
    e = ideal - shift
    if rem == 0:
        while e < ideal and q % 10 == 0:
            q //= 10
            e += 1
    else:
        d = q % 10
        if d == 0 or d == 5:
            q += 1
    return _fix(sign, q, e, context, conds)


def _divmod(a, b, context, which):
    """which: 1 //, 2 %, 3 divmod, 4 remainder_near."""
    if context is None:
        context = getcontext()
    conds = []
    nan = _nan_check(a, b, context, conds)
    if nan is not None:
        context._apply(conds)
        return (nan, nan) if which == 3 else nan
    sign = a._sign ^ b._sign
    q = None
    rm = None
    if a._kind == _INF:
        if b._kind == _INF:
            q = rm = _invalid(conds)
        else:
            q = _mk(sign, 0, 0, _INF)
            rm = _invalid(conds) if which != 1 else None
    elif b._kind == _INF:
        q = _mk(sign, 0, 0)
        rm = _fix(a._sign, a._int, a._exp, context, conds) if which != 1 else None
    elif b._int == 0:
        if a._int == 0:
            q = rm = _invalid(conds, DivisionUndefined)
        else:
            if which == 1 or which == 3:
                conds.append(DivisionByZero)
                q = _mk(sign, 0, 0, _INF)
            if which != 1:
                rm = _invalid(conds)
    else:
        e = min(a._exp, b._exp)
        if a._int == 0:
            qi = 0
            ri = 0
            vb = 1
        elif a.adjusted() - b.adjusted() > context._prec + 1:
            qi = 10 ** context._prec
            ri = 0
            vb = 1
        elif a.adjusted() < b.adjusted() - 1:
            qi = 0
            ri = a._int * 10 ** (a._exp - e)
            vb = ri * 3
        else:
            va = a._int * 10 ** (a._exp - e)
            vb = b._int * 10 ** (b._exp - e)
            qi, ri = divmod(va, vb)
        if which == 4:
            # Round the quotient to nearest (ties to even).
            if 2 * ri > vb or (2 * ri == vb and qi & 1):
                qi += 1
                ri = ri - vb
        if _ndigits(qi) > context._prec:
            q = rm = _invalid(conds, DivisionImpossible)
        else:
            q = _fix(sign, qi, 0, context, conds) if which != 2 and which != 4 else None
            if which != 1:
                rs = a._sign
                if ri < 0:
                    rs = 1 - rs
                    ri = -ri
                ideal = e
                rm = _fix(rs, ri, ideal, context, conds)
    context._apply(conds)
    if which == 1:
        return q
    if which == 3:
        return (q, rm)
    return rm


def _rescale(a, exp, rounding, context, conds):
    """a (finite) with exponent exp, for quantize."""
    if exp > context._Emax or exp < context.Etiny():
        return _invalid(conds)
    if a._int == 0:
        return _mk(a._sign, 0, exp)
    if exp >= a._exp:
        c, inexact = _round_int(a._sign, a._int, exp - a._exp, rounding)
        if exp > a._exp:
            conds.append(Rounded)
            if inexact:
                conds.append(Inexact)
    else:
        if _ndigits(a._int) + a._exp - exp > context._prec:
            return _invalid(conds)
        c = a._int * 10 ** (a._exp - exp)
        inexact = False
    if c and _ndigits(c) > context._prec:
        del conds[:]
        return _invalid(conds)
    if context._clamp and exp > context.Etop():
        c *= 10 ** (exp - context.Etop())
        exp = context.Etop()
        conds.append(Clamped)
    r = _mk(a._sign, c, exp)
    if c and r.adjusted() < context._Emin:
        conds.append(Subnormal)
        if inexact:
            conds.append(Underflow)
    return r


def _fix_int(v, context, conds):
    if v < 0:
        return _fix(1, -v, 0, context, conds)
    return _fix(0, v, 0, context, conds)


def _next(a, context, down):
    conds = []
    r = _nan_check(a, None, context, conds)
    if r is not None:
        context._apply(conds)
        return r
    if a._kind == _INF:
        if a._sign == down:
            return a
        return _mk(1 - down, 10 ** context._prec - 1, context.Etop())
    # Add or subtract a tiny amount with directed rounding.
    tiny_exp = min(a._exp, context.Etiny()) - 2
    if a._int:
        tiny_exp = min(tiny_exp, a.adjusted() - context._prec - 2)
    ctx = context.copy()
    ctx._rounding = ROUND_FLOOR if down else ROUND_CEILING
    ctx.clear_traps()
    tiny = _mk(down, 1, tiny_exp)
    return _add(a, tiny, 0, ctx)


# ---------------------------------------------------------------------------
# sqrt, exp, ln, log10 and power


def _isqrt(n):
    return math.isqrt(n)


def _sqrt(a, context, conds):
    if a._kind == _INF:
        if a._sign:
            return _invalid(conds)
        return a
    if a._int == 0:
        return _fix(a._sign, 0, a._exp // 2 if a._exp >= 0 else -((-a._exp + 1) // 2), context, conds)
    if a._sign:
        return _invalid(conds)
    context = _half_even(context)
    prec = context._prec
    ideal = a._exp >> 1
    c = a._int
    e = a._exp
    if e & 1:
        c *= 10
        e -= 1
    # want prec+1 digits of root: shift c by an even power of 10
    n = _ndigits(c)
    shift = max(0, (2 * (prec + 2) - n + 1) // 2)
    c2 = c * 10 ** (2 * shift)
    root = _isqrt(c2)
    exact = root * root == c2
    re = e // 2 - shift
    if exact:
        while re < ideal and root % 10 == 0:
            root //= 10
            re += 1
        return _fix(0, root, re, context, conds)
    if root % 10 == 0 or root % 10 == 5:
        root += 1
    return _fix(0, root, re, context, conds)


def _fx_ln2(p):
    """ln(2) * 10**p, truncated, with a few guard digits handled by caller."""
    return _fx_atanh_inv(3, p) * 2


def _fx_atanh_inv(m, p):
    """atanh(1/m) * 10**p."""
    one = 10 ** p
    x = one // m
    m2 = m * m
    total = x
    k = 3
    while x:
        x //= m2
        total += x // k
        k += 2
    return total


def _fx_ln10(p):
    return 3 * _fx_ln2(p) + 2 * _fx_atanh_inv(9, p)


def _fx_ln(c, e, p):
    """ln(c * 10**e) * 10**p (approximately, error a few units), c > 0."""
    # c * 10**e = m * 10**k with m in [1, 10) at scale 10**(p + 5)
    n = _ndigits(c)
    k = e + n - 1
    w = p + 10
    one = 10 ** w
    if n - 1 > w:
        m = c // 10 ** (n - 1 - w)
    else:
        m = c * 10 ** (w - (n - 1))
    # Reduce m to near 1 by powers of 2: m = 2**j * r, r in [0.7, 1.4]
    j = 0
    while m > one * 14 // 10:
        m = m // 2
        j += 1
    # atanh series: ln(m) = 2 atanh((m-1)/(m+1))
    neg = m < one
    y = abs(m - one) * one // (m + one)
    y2 = y * y // one
    term = y
    total = y
    i = 3
    while term:
        term = term * y2 // one
        total += term // i
        i += 2
    if neg:
        total = -total
    lnm = 2 * total + j * _fx_ln2(w)
    res = lnm + k * _fx_ln10(w)
    return res // 10 ** 10 if res >= 0 else -((-res) // 10 ** 10)


def _fx_exp(x, p):
    """exp(x / 10**p) * 10**p for an int x (approximately)."""
    w = p + 10
    one = 10 ** w
    xx = x * 10 ** 10
    ln2 = _fx_ln2(w + 5) // 10 ** 5
    k = xx // ln2
    r = xx - k * ln2
    # r in [0, ln2); halve it s times
    s = 8
    r = r >> s
    term = one
    total = one
    i = 1
    while term:
        term = term * r // (one * i)
        total += term
        i += 1
    for _ in range(s):
        total = total * total // one
    if k >= 0:
        total <<= k
    else:
        total >>= -k
    return total // 10 ** 10


def _fx_exp_split(x, w):
    """(y, e) with exp(x / 10**w) ~= y * 10**e, for any size of x."""
    ln10 = _fx_ln10(w)
    q = x // ln10
    r = x - q * ln10
    return _fx_exp(r, w), q - w


def _correct_round(compute, prec, context, conds, sign=0, half_even=True):
    """Round an inexact transcendental result to prec digits.

    compute(p) returns (c, e) approximating the value as c * 10**e with
    about p significant digits (error at most a few units in the last).
    """
    extra = 6
    while True:
        c, e = compute(prec + extra)
        n = _ndigits(c)
        drop = n - prec
        if drop <= 2 and extra < 200:
            extra += 6
            continue
        low = c % 10 ** drop
        half = 5 * 10 ** (drop - 1)
        margin = 100
        if abs(low - half) > margin and low > margin and 10 ** drop - low > margin:
            break
        extra += 10
        if extra > 200:
            break
    ctx = context
    if half_even and context._rounding != ROUND_HALF_EVEN:
        ctx = context.copy()
        ctx._rounding = ROUND_HALF_EVEN
    if low == 0:
        c += 1
    return _fix(sign, c, e, ctx, conds)


def _half_even(context):
    if context._rounding == ROUND_HALF_EVEN:
        return context
    ctx = context.copy()
    ctx._rounding = ROUND_HALF_EVEN
    return ctx


def _exp(a, context, conds):
    context = _half_even(context)
    if a._kind == _INF:
        if a._sign:
            return _mk(0, 0, 0)
        return a
    if a._int == 0:
        return _fix(0, 1, 0, context, conds)
    prec = context._prec
    adj = a.adjusted()
    # Results far beyond the exponent range overflow or underflow at once.
    xf = float(a)
    if xf > (context._Emax + 2) * 2.302585092994046 + 2:
        return _overflow(0, context, conds)
    if xf < (context.Etiny() - 3) * 2.302585092994046 - 2:
        return _underflow(0, context, conds)
    if adj < -(prec + 2):
        # exp(x) = 1 + x + ..., which rounds like 1 plus or minus a tiny amount
        t = _mk(a._sign, 1, -(prec + 5))
        return _add_core(_mk(0, 1, 0), t, 0, context, conds)

    def compute(p):
        v = a._int
        e = a._exp
        w = p + max(adj, 0) + 5
        if e >= 0:
            x = v * 10 ** (e + w)
        elif -e > w:
            x = v // 10 ** (-e - w)
        else:
            x = v * 10 ** (w + e)
        if a._sign:
            x = -x
        return _fx_exp_split(x, w)

    return _correct_round(compute, prec, context, conds)


def _overflow(sign, context, conds):
    return _fix(sign, 1, context._Emax + 1, context, conds)


def _ln(a, context, conds, ten):
    context = _half_even(context)
    if a._kind == _INF:
        if a._sign:
            return _invalid(conds)
        return a
    if a._int == 0:
        return _mk(1, 0, 0, _INF)
    if a._sign:
        return _invalid(conds)
    prec = context._prec
    c = a._int
    e = a._exp
    if not ten and _cmp(a, _mk(0, 1, 0)) == 0:
        return _mk(0, 0, 0)
    if ten:
        # exact powers of ten
        cc = c
        ee = e
        while cc % 10 == 0:
            cc //= 10
            ee += 1
        if cc == 1:
            return _fix_int(ee, context, conds)
    sign = 0
    if (c == 1 and e == 0):
        sign = 0
    elif _cmp(a, _mk(0, 1, 0)) < 0:
        sign = 1

    def compute(p):
        # magnitude of ln(a) could be tiny near 1: increase working digits
        w = p + 5
        while True:
            v = _fx_ln(c, e, w)
            if ten:
                v = v * 10 ** w // _fx_ln10(w)
            if v == 0 or _ndigits(abs(v)) < p:
                w += p
                if w > 10 * p + 100:
                    return abs(v), -w
                continue
            return abs(v), -w

    return _correct_round(compute, prec, context, conds, sign)


def _pow(a, b, context):
    if context is None:
        context = getcontext()
    conds = []
    r = _nan_check(a, b, context, conds)
    if r is None:
        r = _pow_core(a, b, context, conds)
    context._apply(conds)
    return r


def _is_integral(d):
    if d._kind != _FINITE:
        return False
    if d._exp >= 0 or d._int == 0:
        return True
    return d._int % 10 ** (-d._exp) == 0


def _pow_core(a, b, context, conds):
    b_int = _is_integral(b)
    odd = False
    if b_int:
        bi = int(b)
        odd = bi & 1 == 1
    # zero base
    if a._kind == _FINITE and a._int == 0:
        if b._kind == _FINITE and b._int == 0:
            return _invalid(conds)
        rsign = a._sign if odd else 0
        if a._sign and not b_int:
            rsign = 0
        if b._sign:
            return _mk(rsign, 0, 0, _INF)
        return _mk(rsign, 0, 0)
    if a._sign and not b_int:
        return _invalid(conds)
    rsign = a._sign if odd else 0
    if a._kind == _INF:
        if b._kind == _FINITE and b._int == 0:
            return _mk(0, 1, 0)
        if b._sign:
            return _mk(rsign, 0, 0)
        return _mk(rsign, 0, 0, _INF)
    if b._kind == _INF:
        c = _cmp(a.copy_abs(), _mk(0, 1, 0))
        if c == 0:
            conds.append(Inexact)
            conds.append(Rounded)
            return _fix(0, 10 ** (context._prec - 1), 1 - context._prec, context, conds)
        if (c > 0) != (b._sign == 1):
            return _mk(0, 0, 0, _INF)
        return _mk(0, 0, 0)
    if b._int == 0:
        return _fix(0, 1, 0, context, conds)
    prec = context._prec
    if b_int:
        n = bi if bi >= 0 else -bi
        digits = _ndigits(a._int)
        if digits * n <= 4 * prec + 1000 or (a._int == 1):
            if a._int == 1:
                coef = 1
            else:
                coef = a._int ** n
            ex = a._exp * n
            if ex > 10 * (context._Emax + prec) and coef:
                if bi > 0:
                    return _overflow(rsign, context, conds)
                return _underflow(rsign, context, conds)
            if ex < 10 * (context.Etiny() - prec) and coef == 1 and bi > 0:
                return _underflow(rsign, context, conds)
            sub = []
            if bi > 0:
                r = _fix(rsign, coef, ex, context, sub)
            else:
                r = _div_core(_mk(0, 1, 0), _mk(rsign, coef, ex), context, sub)
            if Underflow in sub and context._rounding != ROUND_HALF_EVEN:
                # libmpdec gives zero for results that are far too small
                sub2 = []
                if bi > 0:
                    r2 = _fix(rsign, coef, ex, _half_even(context), sub2)
                else:
                    r2 = _div_core(_mk(0, 1, 0), _mk(rsign, coef, ex), _half_even(context), sub2)
                if r2._int == 0:
                    r = r2
                    sub = sub2
            conds.extend(sub)
            return r
    # General case: exp(b * ln(a)) with enough guard digits.
    lg = _fx_ln(a._int, a._exp, 20)
    # estimate b * ln(a)
    bv = float(b)
    mag = abs(bv) * abs(lg) / 10 ** 20
    l10 = bv * lg / 10 ** 20 / 2.302585092994046
    if l10 > context._Emax + 3:
        return _overflow(rsign, context, conds)
    if l10 < context.Etiny() - 3:
        return _underflow(rsign, context, conds)
    extra_int = len(str(int(mag))) + 2

    def compute(p):
        w = p + extra_int + 5
        l = _fx_ln(a._int, a._exp, w)
        # b * l at scale 10**w
        if b._exp >= 0:
            t = l * b._int * 10 ** b._exp
        else:
            t = l * b._int // 10 ** (-b._exp) if l >= 0 else -((-l) * b._int // 10 ** (-b._exp))
        if b._sign:
            t = -t
        return _fx_exp_split(t, w)

    r = _correct_round(compute, prec, context, conds, rsign, False)
    return r


def _underflow(sign, context, conds):
    return _fix(sign, 1, context.Etiny() - 2, context, conds)


def _powmod(a, b, m, context):
    if context is None:
        context = getcontext()
    conds = []
    r = _nan_check(a, b, context, conds)
    if r is None and m._kind >= _NAN:
        r = _nan_check(m, None, context, conds)
    if r is None:
        if not (_is_integral(a) and _is_integral(b) and _is_integral(m)) or b._sign or m._int == 0:
            r = _invalid(conds)
        elif _ndigits(m._int * 10 ** max(m._exp, 0)) > context._prec:
            r = _invalid(conds)
        elif a._int == 0 and b._int == 0:
            r = _invalid(conds)
        else:
            mi = abs(int(m))
            v = pow(abs(int(a)), int(b), mi)
            sign = a._sign if int(b) & 1 else 0
            r = _mk(sign, v, 0)
    context._apply(conds)
    return r


# ---------------------------------------------------------------------------
# Strings


def _to_string(d, eng, capitals):
    sign = '-' if d._sign else ''
    k = d._kind
    if k == _INF:
        return sign + 'Infinity'
    if k == _NAN:
        return sign + 'NaN' + (str(d._int) if d._int else '')
    if k == _SNAN:
        return sign + 'sNaN' + (str(d._int) if d._int else '')
    digits = str(d._int)
    exp = d._exp
    n = len(digits)
    adj = exp + n - 1
    if exp <= 0 and adj >= -6:
        if exp == 0:
            return sign + digits
        if n > -exp:
            return sign + digits[:n + exp] + '.' + digits[n + exp:]
        return sign + '0.' + '0' * (-exp - n) + digits
    e = 'E' if capitals else 'e'
    if not eng:
        body = digits[0]
        if n > 1:
            body += '.' + digits[1:]
        return sign + body + e + ('+' if adj >= 0 else '') + str(adj)
    # engineering notation
    if d._int == 0:
        # exponent a multiple of three, digits padded with zeros after the point
        q = adj
        if q % 3 == 0:
            ee = q
            body = '0'
        else:
            ee = q + (3 - q % 3)
            body = '0.' + '0' * (ee - q)
        return sign + body + e + ('+' if ee >= 0 else '') + str(ee)
    ee = adj - adj % 3
    lead = adj - ee + 1
    if n <= lead:
        body = digits + '0' * (lead - n)
    else:
        body = digits[:lead] + '.' + digits[lead:]
    if ee == 0:
        return sign + body
    return sign + body + e + ('+' if ee >= 0 else '') + str(ee)


def _parse_spec(spec):
    fill = ' '
    align = None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    if i < n and spec[i] == '#':
        raise ValueError('invalid format string')
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    width = 0
    st = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > st:
        width = int(spec[st:i])
    group = ''
    if i < n and spec[i] == ',':
        group = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        st = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == st:
            raise ValueError('invalid format string')
        prec = int(spec[st:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != n:
        raise ValueError('invalid format string')
    if zero and align is None:
        fill = '0'
        align = '='
    if align is None:
        align = '>'
    if typ == 'n' and group:
        raise ValueError('invalid format string')
    return fill, align, sign, z, zero, width, group, prec, typ


def _group_digits(digits, sep, minlen):
    """digits with sep every three, padded with zeros to at least minlen chars."""
    if not sep:
        if len(digits) < minlen:
            digits = '0' * (minlen - len(digits)) + digits
        return digits
    while True:
        parts = []
        s = digits
        while len(s) > 3:
            parts.append(s[-3:])
            s = s[:-3]
        parts.append(s)
        out = sep.join(reversed(parts))
        if len(out) >= minlen:
            return out
        digits = '0' + digits


def _format(d, spec):
    fill, align, signopt, z, zero, width, group, prec, typ = _parse_spec(spec)
    ctx = getcontext()
    neg = d._sign == 1
    if d._kind != _FINITE:
        body = 'Infinity' if d._kind == _INF else ('NaN' if d._kind == _NAN else 'sNaN')
        if d._kind >= _NAN and d._int:
            body += str(d._int)
        if typ == '%':
            body += '%'
        intpart = body
        rest = ''
        zero_ok = False
    else:
        sign = d._sign
        coef = d._int
        exp = d._exp
        if typ == '%':
            exp += 2
        rounding = ctx._rounding
        if typ in ('e', 'E'):
            if prec is not None:
                if coef == 0:
                    exp = exp  # zero keeps its exponent
                    coef_s = '0' * (prec + 1)
                else:
                    n = _ndigits(coef)
                    if n > prec + 1:
                        coef, _ = _round_int(sign, coef, n - prec - 1, rounding)
                        exp += n - prec - 1
                        if _ndigits(coef) > prec + 1:
                            coef //= 10
                            exp += 1
                    elif n < prec + 1:
                        coef *= 10 ** (prec + 1 - n)
                        exp -= prec + 1 - n
                    coef_s = str(coef)
            else:
                coef_s = str(coef)
            adj = exp + len(coef_s) - 1
            intpart = coef_s[0]
            rest = ('.' + coef_s[1:] if len(coef_s) > 1 else '')
            rest += ('e' if typ == 'e' else 'E') + ('+' if adj >= 0 else '-') + str(abs(adj))
        elif typ in ('f', 'F', '%'):
            if prec is not None:
                if exp < -prec:
                    coef, _ = _round_int(sign, coef, -prec - exp, rounding)
                    exp = -prec
                elif exp > -prec:
                    coef *= 10 ** (exp + prec)
                    exp = -prec
            intpart, rest = _fixed_parts(coef, exp)
            if typ == '%':
                rest += '%'
        else:
            # g, G, n or none
            if prec is not None:
                p = prec if prec > 0 else 1
                n = _ndigits(coef)
                if coef and n > p:
                    coef, _ = _round_int(sign, coef, n - p, rounding)
                    exp += n - p
                    if _ndigits(coef) > p:
                        coef //= 10
                        exp += 1
            coef_s = str(coef)
            n = len(coef_s)
            adj = exp + n - 1
            if exp <= 0 and adj >= -6:
                intpart, rest = _fixed_parts(coef, exp)
            else:
                if typ is None:
                    ech = 'E' if ctx._capitals else 'e'
                elif typ == 'G':
                    ech = 'E'
                else:
                    ech = 'e'
                intpart = coef_s[0]
                rest = ('.' + coef_s[1:] if n > 1 else '')
                rest += ech + ('+' if adj >= 0 else '-') + str(abs(adj))
        if z and coef == 0:
            neg = False
        zero_ok = True
    if neg:
        signstr = '-'
    elif signopt == '+':
        signstr = '+'
    elif signopt == ' ':
        signstr = ' '
    else:
        signstr = ''
    if zero_ok and (group or (fill == '0' and align == '=' and zero)):
        minlen = 0
        if fill == '0' and align == '=' and zero:
            minlen = width - len(signstr) - len(rest)
        intpart = _group_digits(intpart, group, minlen)
    body = intpart + rest
    total = len(signstr) + len(body)
    if total >= width:
        return signstr + body
    pad = width - total
    if align == '<':
        return signstr + body + fill * pad
    if align == '>':
        return fill * pad + signstr + body
    if align == '=':
        return signstr + fill * pad + body
    left = pad // 2
    return fill * left + signstr + body + fill * (pad - left)


def _fixed_parts(coef, exp):
    s = str(coef)
    if exp >= 0:
        if coef == 0:
            return '0', ''
        return s + '0' * exp, ''
    n = len(s)
    if n > -exp:
        return s[:n + exp], '.' + s[n + exp:]
    return '0', '.' + '0' * (-exp - n) + s
