# timedelta: normalisation, repr/str, arithmetic, division, comparisons.
from datetime import timedelta
import datetime


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


cases = [
    timedelta(),
    timedelta(1),
    timedelta(days=1, seconds=3600),
    timedelta(hours=-1),
    timedelta(seconds=-1),
    timedelta(microseconds=-1),
    timedelta(weeks=2, days=3, hours=4, minutes=5, seconds=6, milliseconds=7, microseconds=8),
    timedelta(days=1.5),
    timedelta(seconds=0.5),
    timedelta(microseconds=0.5),
    timedelta(microseconds=1.5),
    timedelta(microseconds=2.5),
    timedelta(microseconds=-0.5),
    timedelta(minutes=0.1),
    timedelta(hours=25.25),
    timedelta(days=-3, seconds=90061),
    timedelta(milliseconds=1500),
    timedelta(days=999999999),
    timedelta(seconds=86399, microseconds=999999),
    timedelta(days=-1, microseconds=100),
]
for td in cases:
    print(repr(td), '|', str(td), '|', td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))

print(timedelta.min, repr(timedelta.max), repr(timedelta.resolution))
print(datetime.timedelta(days=2) == timedelta(hours=48))

a = timedelta(days=1, hours=2)
b = timedelta(hours=3, microseconds=5)
print(a + b, a - b, b - a, -a, +a, abs(-a), abs(a))
print(a * 3, 3 * a, a * 0.5, 0.25 * a, a * -2, a * 1.1)
print(a / 3, a / 7, a / 2.5, a / -4, a / b, a // b, a % b, divmod(a, b), a // 5)
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2, timedelta(microseconds=-5) / 2)
print(timedelta(seconds=10) / timedelta(seconds=4), timedelta(seconds=-10) // timedelta(seconds=4))
print(timedelta(seconds=-10) % timedelta(seconds=4), divmod(timedelta(seconds=-10), timedelta(seconds=3)))
print(a > b, a < b, a == b, a != b, a >= a, a <= a, a == 5, a != 'x')
print(sorted([a, b, timedelta(0), -b]))
print(max(a, b), min(a, b))
print(hash(a) == hash(timedelta(hours=26)), len({a, timedelta(hours=26), b}))
print(sum([a, b, b], timedelta()))
print(timedelta(days=1) / timedelta(hours=1), timedelta(hours=36).total_seconds())
print(timedelta(days=365).days, timedelta(weeks=52).days)

attempt('overflow', lambda: timedelta(days=1000000000))
attempt('overflow neg', lambda: timedelta(days=-1e9))
attempt('max+1', lambda: timedelta.max + timedelta(microseconds=1))
attempt('min-1', lambda: timedelta.min - timedelta(microseconds=1))
attempt('div0', lambda: a / 0)
attempt('floordiv0', lambda: a // 0)
attempt('div td0', lambda: a / timedelta(0))
attempt('floordiv td0', lambda: a // timedelta(0))
attempt('mod td0', lambda: a % timedelta(0))
attempt('nan', lambda: timedelta(seconds=float('nan')))
attempt('str arg', lambda: timedelta(seconds='1'))
attempt('lt int', lambda: a < 5)
attempt('add int', lambda: a + 5)
attempt('radd int', lambda: 5 + a)
attempt('sub str', lambda: a - 'x')
attempt('mul str', lambda: a * 'x')
attempt('mul td', lambda: a * a)


class Span(timedelta):
    pass


s = Span(days=1)
print(repr(s), type(s).__name__, s + a, type(s + a).__name__)
