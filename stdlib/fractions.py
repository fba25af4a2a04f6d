"""fractions for Taipan: exact rational numbers.

Written for Taipan from the Python library reference (issue #6, decision
0020). A Fraction is kept in lowest terms with a positive denominator.
Arithmetic with int and Fraction is exact; with float (or complex) the
Fraction converts and the result is a float (or complex), as in CPython.
The hash agrees with int and float for equal values (the modular numeric
hash), comparisons with float are exact, round() uses round-half-even,
and the errors are CPython 3.11's ("Fraction(1, 0)", "Invalid literal for
Fraction: ...").
"""

import math
import numbers
import operator

__all__ = ['Fraction']

_HASH_MODULUS = 2305843009213693951  # 2**61 - 1
_HASH_INF = 314159


def _parse_digits(text):
    """int of a run of digits with single underscores between them, or None."""
    if not text or text[0] == '_' or text[-1] == '_' or '__' in text:
        return None
    for c in text:
        if not ('0' <= c <= '9' or c == '_'):
            return None
    return int(text.replace('_', ''))


def _parse(literal):
    """(numerator, denominator) of a Fraction string, or None."""
    s = literal.strip()
    if not s:
        return None
    sign = 1
    if s[0] in '+-':
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if '/' in s:
        num_text, _, den_text = s.partition('/')
        num = _parse_digits(num_text)
        den = _parse_digits(den_text)
        if num is None or den is None:
            return None
        return sign * num, den
    exp = 0
    lower = s.lower()
    e = lower.find('e')
    if e >= 0:
        exp_text = s[e + 1:]
        s = s[:e]
        esign = 1
        if exp_text[:1] in ('+', '-'):
            if exp_text[0] == '-':
                esign = -1
            exp_text = exp_text[1:]
        value = _parse_digits(exp_text)
        if value is None:
            return None
        exp = esign * value
    int_text, dot, frac_text = s.partition('.')
    if not int_text and not frac_text:
        return None
    if int_text:
        num = _parse_digits(int_text)
        if num is None:
            return None
    else:
        num = 0
    den = 1
    if dot and frac_text:
        frac = _parse_digits(frac_text)
        if frac is None:
            return None
        scale = 10 ** len(frac_text.replace('_', ''))
        num = num * scale + frac
        den = scale
    elif dot and not int_text:
        return None
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction(numbers.Rational):
    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, (complex, bool)):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError('argument should be a string or a Rational instance')
        elif type(numerator) is int is type(denominator):
            pass
        elif isinstance(numerator, numbers.Rational) and isinstance(denominator, numbers.Rational):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        if isinstance(dec, numbers.Integral):
            return cls(int(dec))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p/q until q would pass the bound.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The better of the last convergent and the best semiconvergent below the bound.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic ----
    def _coerce(self, other):
        """('F', n, d) for exact operands, ('f', float) / ('c', complex), or None."""
        if isinstance(other, Fraction):
            return 'F', other._numerator, other._denominator
        if isinstance(other, int):
            return 'F', other, 1
        if isinstance(other, float):
            return 'f', other
        if isinstance(other, complex):
            return 'c', other
        if isinstance(other, numbers.Rational):
            return 'F', other.numerator, other.denominator
        if isinstance(other, numbers.Real):
            return 'f', float(other)
        if isinstance(other, numbers.Complex):
            return 'c', complex(other)
        return None

    def _binary(self, other, exact, inexact, reverse):
        c = self._coerce(other)
        if c is None:
            return NotImplemented
        if c[0] == 'F':
            if reverse:
                return exact(c[1], c[2], self._numerator, self._denominator)
            return exact(self._numerator, self._denominator, c[1], c[2])
        mine = float(self) if c[0] == 'f' else complex(self)
        return inexact(c[1], mine) if reverse else inexact(mine, c[1])

    @staticmethod
    def _add(na, da, nb, db):
        return Fraction(na * db + nb * da, da * db)

    @staticmethod
    def _sub(na, da, nb, db):
        return Fraction(na * db - nb * da, da * db)

    @staticmethod
    def _mul(na, da, nb, db):
        return Fraction(na * nb, da * db)

    @staticmethod
    def _div(na, da, nb, db):
        return Fraction(na * db, da * nb)

    @staticmethod
    def _floordiv(na, da, nb, db):
        return (na * db) // (da * nb)

    @staticmethod
    def _divmod(na, da, nb, db):
        div, n_mod = divmod(na * db, da * nb)
        return div, Fraction(n_mod, da * db)

    @staticmethod
    def _mod(na, da, nb, db):
        return Fraction((na * db) % (nb * da), da * db)

    def __add__(a, b):
        return a._binary(b, Fraction._add, operator.add, False)

    def __radd__(b, a):
        return b._binary(a, Fraction._add, operator.add, True)

    def __sub__(a, b):
        return a._binary(b, Fraction._sub, operator.sub, False)

    def __rsub__(b, a):
        return b._binary(a, Fraction._sub, operator.sub, True)

    def __mul__(a, b):
        return a._binary(b, Fraction._mul, operator.mul, False)

    def __rmul__(b, a):
        return b._binary(a, Fraction._mul, operator.mul, True)

    def __truediv__(a, b):
        return a._binary(b, Fraction._div, operator.truediv, False)

    def __rtruediv__(b, a):
        return b._binary(a, Fraction._div, operator.truediv, True)

    def __floordiv__(a, b):
        return a._binary(b, Fraction._floordiv, operator.floordiv, False)

    def __rfloordiv__(b, a):
        return b._binary(a, Fraction._floordiv, operator.floordiv, True)

    def __divmod__(a, b):
        return a._binary(b, Fraction._divmod, divmod, False)

    def __rdivmod__(b, a):
        return b._binary(a, Fraction._divmod, divmod, True)

    def __mod__(a, b):
        return a._binary(b, Fraction._mod, operator.mod, False)

    def __rmod__(b, a):
        return b._binary(a, Fraction._mod, operator.mod, True)

    def __pow__(a, b):
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
