# datetime: construction, repr/str/isoformat, arithmetic, comparisons, conversions.
import datetime as dtmod
from datetime import datetime, date, time, timedelta, timezone


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


vals = [datetime(2020, 1, 1), datetime(2020, 1, 1, 12), datetime(2020, 1, 1, 12, 30, 15),
        datetime(2020, 1, 1, 0, 0, 0, 1), datetime(1999, 12, 31, 23, 59, 59, 999999),
        datetime(2020, 6, 1, 8, 0, tzinfo=timezone.utc), datetime(2020, 6, 1, 8, 0, 5, 250, timezone(timedelta(hours=-7))),
        datetime(2021, 3, 4, fold=1), datetime.min, datetime.max]
for v in vals:
    print(repr(v), '|', str(v), '|', v.isoformat(), '|', v.ctime(), v.weekday(), v.toordinal(), v.utcoffset(),
          v.tzname(), v.dst())
v = datetime(2022, 7, 8, 9, 10, 11, 121314)
print(v.isoformat(' '), v.isoformat(sep='_', timespec='minutes'), v.isoformat(timespec='milliseconds'))
print(v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond, v.tzinfo, v.fold)
print(repr(v.date()), repr(v.time()), repr(v.timetz()), repr(v.replace(tzinfo=timezone.utc).timetz()))
print(v.timetuple())
print(v.replace(tzinfo=timezone(timedelta(hours=2))).utctimetuple())
print(v.replace(year=2000, microsecond=0), v.replace(day=31, month=12, second=0))
print(isinstance(v, date), isinstance(v, datetime), issubclass(datetime, date))
print(datetime.combine(date(2020, 2, 3), time(4, 5)), repr(datetime.combine(date(2020, 2, 3), time(4, 5, tzinfo=timezone.utc))))
print(repr(datetime.combine(date(2020, 2, 3), time(4, 5, tzinfo=timezone.utc), tzinfo=None)))
print(datetime.combine(v, time(1)), datetime.combine(v.date(), v.timetz()) == v)
attempt('combine bad', lambda: datetime.combine('x', time()))
for s in ['2020-01-02', '2020-01-02T03:04', '2020-01-02 03:04:05', '2020-01-02T03:04:05.678',
          '2020-01-02T03:04:05.678901+05:30', '2020-01-02T03:04:05Z', '20200102T030405', '2020-W01-1T10:00',
          '2020-01-02T03', '2020-01-02x03:04', '2020-01-02T03:04:05-07:00', '2020-01-02T03:04:05+00:00']:
    print(s, repr(datetime.fromisoformat(s)))
for s in ['2020-01-02T', '2020-01-02T25:00', '2020-13-02', 'nope', '2020-01-02T03:04:05+', '2020-01-02T1']:
    attempt(s, lambda: datetime.fromisoformat(s))
print(datetime.fromisoformat(v.isoformat()) == v, datetime.fromisoformat(str(v)) == v)
attempt('month', lambda: datetime(2020, 13, 1))
attempt('day', lambda: datetime(2021, 2, 29))
attempt('hour', lambda: datetime(2021, 2, 1, 24))
attempt('fold', lambda: datetime(2021, 2, 1, fold=-1))
attempt('tz', lambda: datetime(2021, 2, 1, tzinfo=1))
# arithmetic
print(v + timedelta(days=1, hours=20), v - timedelta(weeks=3), timedelta(microseconds=878686) + v)
print(v - datetime(2022, 1, 1), datetime(2022, 1, 1) - v, repr(v - v))
print(datetime(2020, 2, 28, 23) + timedelta(hours=2), datetime(2021, 1, 1) - timedelta(microseconds=1))
attempt('overflow', lambda: datetime.max + timedelta(microseconds=1))
attempt('underflow', lambda: datetime.min - timedelta(days=1))
attempt('add int', lambda: v + 1)
attempt('rsub int', lambda: 1 - v)
attempt('sub date', lambda: v - date(2020, 1, 1))
attempt('date sub dt', lambda: date(2020, 1, 1) - v)
attempt('add dt', lambda: v + v)
a = datetime(2020, 1, 1, 12, tzinfo=timezone.utc)
b = datetime(2020, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
c = datetime(2020, 1, 1, 12)
print(a == b, a - b, b - a, a < b, a <= b, hash(a) == hash(b), len({a, b}))
print(a == c, a != c, c == a)
attempt('naive<aware', lambda: a < c)
attempt('naive>aware', lambda: c > a)
attempt('sub naive aware', lambda: a - c)
attempt('lt date', lambda: c < date(2020, 1, 1))
attempt('date lt', lambda: date(2020, 1, 1) < c)
print(c == date(2020, 1, 1), date(2020, 1, 1) == c, c != date(2020, 1, 1))
print(sorted([datetime(2020, 5, 1), datetime(2019, 5, 1, 1), datetime(2020, 5, 1, 0, 0, 0, 1)]))
print(a.astimezone(timezone(timedelta(hours=-5))), repr(b.astimezone(timezone.utc)))
print(a.astimezone(timezone.utc) is a, a.timestamp(), b.timestamp(), datetime(1970, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz=timezone(timedelta(hours=1))))
print(datetime.fromtimestamp(1e9, timezone.utc), datetime.fromtimestamp(-1.25, timezone.utc))
print(datetime.utcfromtimestamp(86400 * 366), datetime.utcfromtimestamp(1.0000005), datetime.utcfromtimestamp(1.0000015))
# local time: compare relationships, not values
n1 = datetime.now()
n2 = datetime.now()
print(timedelta(0) <= n2 - n1 < timedelta(seconds=5), n1.tzinfo)
u = datetime.utcnow()
print(abs(datetime.now(timezone.utc).replace(tzinfo=None) - u) < timedelta(seconds=5))
print(datetime.now(timezone.utc).tzinfo, type(datetime.today()).__name__, datetime.today().year >= 2024)
print(abs(datetime.now().timestamp() - datetime.now(timezone.utc).timestamp()) < 5)
ts = 1600000000.25
print(datetime.fromtimestamp(ts).timestamp() == ts, datetime.fromtimestamp(ts).astimezone().utcoffset() is not None)
loc = datetime(2021, 5, 6, 7, 8, 9)
print(loc.astimezone(timezone.utc).astimezone().replace(tzinfo=None) == loc)
print(datetime.fromtimestamp(loc.timestamp()) == loc)
print(dtmod.MINYEAR, dtmod.MAXYEAR, dtmod.UTC is timezone.utc, dtmod.datetime is datetime)


class Stamp(datetime):
    def label(self):
        return self.strftime('%Y%m%d')


s = Stamp(2023, 4, 5, 6)
print(repr(s), s.label(), type(s + timedelta(1)).__name__, type(Stamp.now()).__name__,
      type(Stamp.fromisoformat('2020-01-01')).__name__, type(s.replace(year=2000)).__name__)
