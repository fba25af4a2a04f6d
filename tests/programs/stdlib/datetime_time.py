# time of day: construction, repr/isoformat/timespec, fromisoformat, tz, comparisons.
from datetime import time, timezone, timedelta, tzinfo


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


ts = [time(), time(12), time(12, 30), time(1, 2, 3), time(1, 2, 3, 4), time(23, 59, 59, 999999),
      time(7, 0, 0, 500000), time(5, 6, tzinfo=timezone.utc), time(5, 6, 7, 8, timezone(timedelta(hours=-3))),
      time(1, fold=1), time(4, 5, 6, 7000, timezone(timedelta(hours=5, minutes=30), 'IST'))]
for t in ts:
    print(repr(t), str(t), t.isoformat(), t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold,
          t.utcoffset(), t.tzname(), t.dst(), bool(t))
t = time(13, 4, 5, 678901)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec), t.isoformat(timespec=spec), time(1).isoformat(spec))
attempt('bad timespec', lambda: t.isoformat('nanoseconds'))
print(time.min, time.max, repr(time.resolution))
print(t.replace(hour=1), t.replace(microsecond=0), t.replace(tzinfo=timezone.utc), t.replace(fold=1).fold)
print(t.replace(tzinfo=timezone.utc).replace(tzinfo=None))
print(t.strftime('%H|%M|%S|%f|%I|%p|%Y|%z|%Z|%%'), f"{t:%H.%M}", format(t, ''), f"{t}")
tz = time(9, 30, tzinfo=timezone(timedelta(hours=2)))
print(tz.strftime('%H:%M %z %Z'))
for s in ['12', '12:30', '12:30:45', '1230', '123045', '12:30:45.123', '12:30:45.123456', '12:30:45,5',
          '12:30:45.1234567', '12:30Z', '12:30+05:30', '12:30:45-0800', '12:30:45.5+01:02:03', 'T12:30',
          '12:30:45+00:00']:
    print(s, repr(time.fromisoformat(s)))
for s in ['', '1', '12:3', '25:00', '12:60', '12:30:61', '12:30:', '12-30', 'x', '12:30+5', '12.5', '12:30.5']:
    attempt(s, lambda: time.fromisoformat(s))
attempt('hour', lambda: time(24))
attempt('minute', lambda: time(1, 60))
attempt('second', lambda: time(1, 1, 60))
attempt('micro', lambda: time(1, 1, 1, 1000000))
attempt('neg', lambda: time(-1))
attempt('fold', lambda: time(1, fold=2))
attempt('tzinfo', lambda: time(1, tzinfo='UTC'))
attempt('float', lambda: time(1.5))
a, b = time(10), time(11, 30)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == time(10, 0, 0, 0), a == 10)
u1 = time(12, tzinfo=timezone.utc)
u2 = time(13, tzinfo=timezone(timedelta(hours=1)))
u3 = time(12, 30, tzinfo=timezone(timedelta(hours=1)))
print(u1 == u2, u1 < u3, u3 < u1, sorted([u1, u3]), hash(u1) == hash(u2))
print(a == u1, a != u1)
attempt('naive<aware', lambda: a < u1)
attempt('lt int', lambda: a < 5)
attempt('add', lambda: a + timedelta(hours=1))
print(sorted([time(5), time(1, 30), time(23), time(0)]))


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.minutes = minutes
        self.name = name

    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name


f = time(8, 15, tzinfo=Fixed(-90, 'X'))
print(repr(f.utcoffset()), f.tzname(), f.dst(), f.isoformat(), f.strftime('%z %Z'))


class Bad(tzinfo):
    def utcoffset(self, dt):
        return 5


attempt('bad offset', lambda: time(1, tzinfo=Bad()).utcoffset())
attempt('abstract', lambda: time(1, tzinfo=tzinfo()).utcoffset())
