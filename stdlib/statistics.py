"""statistics for Taipan: mathematical statistics functions.

Written for Taipan from the Python library reference (issue #6, decision
0020). Sums are exact (each value as an integer ratio), and a result is
converted once, as CPython does: mean, fmean, geometric_mean,
harmonic_mean, median, median_low, median_high, mode, multimode, variance,
pvariance, stdev, pstdev and quantiles over int and float data.
StatisticsError messages follow CPython 3.11. Fraction and Decimal data
are summed exactly too and give Fraction and Decimal results; stdev/pstdev take a float square root of the
exact variance (CPython rounds that root correctly; they can differ in the
last bit).
"""

from math import gcd as _gcd, sqrt as _sqrt, fsum as _fsum, exp as _exp, log as _log, floor as _floor

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


def _ratio(x):
    if isinstance(x, bool) or isinstance(x, int):
        return int(x), 1
    if isinstance(x, float):
        return x.as_integer_ratio()
    if hasattr(x, 'as_integer_ratio'):
        return x.as_integer_ratio()
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _is_fraction_type(T):
    return hasattr(T, 'from_decimal') and hasattr(T, 'limit_denominator')


def _coerce(T, S):
    # The common type of T and S, following CPython's rules.
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if _is_fraction_type(T) and issubclass(S, float):
        return S
    if issubclass(T, float) and _is_fraction_type(S):
        return T
    raise TypeError(f"don't know how to coerce {T.__name__} and {S.__name__}")


def _sum(data):
    # (type, numerator, denominator, count) of an exact sum.
    num, den, n = 0, 1, 0
    T = int
    for x in data:
        S = type(x)
        if isinstance(x, float):
            T = _coerce(T, float)
        elif isinstance(x, int):
            pass
        elif hasattr(x, 'as_integer_ratio'):
            T = _coerce(T, S)
        else:
            raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
        a, b = _ratio(x)
        num = num * b + a * den
        den *= b
        g = _gcd(num, den)
        if g > 1:
            num //= g
            den //= g
        n += 1
    return T, num, den, n


def _convert(num, den, T):
    if T is int and num % den == 0:
        return num // den
    if T is int or T is float or issubclass(T, float):
        return num / den
    if _is_fraction_type(T):
        return T(num, den)
    if issubclass(T, int):
        return num / den
    # Decimal
    return T(num) / T(den)


def mean(data):
    data = list(data)
    T, num, den, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(num, den * n, T)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        n = len(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return _fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = _fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return _fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    data = list(data)
    try:
        return _exp(fmean([_log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers') from None


def harmonic_mean(data, weights=None):
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        return x
    if weights is None:
        weights = [1] * n
    weights = list(weights)
    for x in data:
        if x < 0:
            raise StatisticsError('harmonic mean does not support negative values')
        if x == 0:
            return 0
    T = float  # CPython sums w / x, a float for int and float data
    num, den = 0, 1
    wnum, wden = 0, 1
    for x, w in zip(data, weights):
        a, b = _ratio(w)
        c, d = _ratio(x)
        # w / x
        p, q = a * d, b * c
        num, den = num * q + p * den, den * q
        g = _gcd(num, den)
        num //= g
        den //= g
        wnum, wden = wnum * b + a * wden, wden * b
    # total weight / sum(w/x)
    return _convert(wnum * den, wden * num, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = None
    best_count = 0
    for x, c in counts.items():
        if c > best_count:
            best, best_count = x, c
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [x for x, c in counts.items() if c == top]


def _ss(data, c=None):
    # (type, numerator, denominator) of the exact sum of squared deviations
    # from the mean (or from c).
    T, num, den, n = _sum(data)
    if c is None:
        cn, cd = num, den * n
    else:
        cn, cd = _ratio(c)
    sn, sd = 0, 1
    for x in data:
        a, b = _ratio(x)
        # (x - c)^2 = ((a*cd - cn*b) / (b*cd))^2
        dn = a * cd - cn * b
        dd = b * cd
        sn, sd = sn * dd * dd + dn * dn * sd, sd * dd * dd
        g = _gcd(sn, sd)
        if g > 1:
            sn //= g
            sd //= g
    return T, sn, sd, n


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    T, sn, sd, n = _ss(data, xbar)
    return _convert(sn, sd * (n - 1), T)


def pvariance(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pvariance requires at least one data point')
    T, sn, sd, n = _ss(data, mu)
    return _convert(sn, sd * n, T)


def stdev(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('stdev requires at least two data points')
    T, sn, sd, n = _ss(data, xbar)
    return _sqrt(sn / (sd * (n - 1)))


def pstdev(data, mu=None):
    data = list(data)
    if len(data) < 1:
        raise StatisticsError('pstdev requires at least one data point')
    T, sn, sd, n = _ss(data, mu)
    return _sqrt(sn / (sd * n))


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')
