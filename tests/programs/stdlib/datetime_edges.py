# datetime edge cases: timestamp rounding and range errors, type errors with builtin operands.
from datetime import datetime, date, timedelta, timezone


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('min utc ts', lambda: datetime.min.replace(tzinfo=timezone.utc).timestamp())
attempt('max utc ts', lambda: datetime.max.replace(tzinfo=timezone.utc).timestamp())
attempt('big', lambda: datetime.fromtimestamp(1e20))
attempt('utc -big', lambda: datetime.utcfromtimestamp(-1e20))
attempt('date big', lambda: date.fromtimestamp(1e20))
attempt('nan', lambda: datetime.fromtimestamp(float('nan')))
attempt('str', lambda: datetime.fromtimestamp('x'))
attempt('date str', lambda: date.fromtimestamp('x'))
attempt('sum', lambda: sum([timedelta(1)]))
attempt('sum start', lambda: sum([timedelta(1), timedelta(hours=2)], timedelta()))
attempt('lt None', lambda: date(2020, 1, 1) < None)
attempt('eq None', lambda: date(2020, 1, 1) == None)
for ts in [0.9999999, -0.5, 1.5e-6, 2.5e-6, -1.5e-6, 1e-7, 0.5e-6, 123456789.123456789, -1e-7]:
    print(ts, repr(datetime.fromtimestamp(ts, timezone.utc)), repr(datetime.utcfromtimestamp(ts)))
attempt('format', lambda: datetime(2020, 1, 1).__format__('%Y-%%'))
attempt('format int', lambda: date(2020, 1, 1).__format__(5))
print(timedelta(microseconds=-1) // timedelta(microseconds=3), timedelta(days=-1) / 7, timedelta(seconds=1) * -0.5)
print(repr(timedelta(0.5, 0.5, 0.5)), repr(timedelta(milliseconds=0.0015)), repr(timedelta(weeks=-0.1)))
