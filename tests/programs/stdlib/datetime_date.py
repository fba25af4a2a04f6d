# date: construction, ordinals, ISO calendar, formatting, arithmetic.
import datetime
from datetime import date, timedelta, MINYEAR, MAXYEAR


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(MINYEAR, MAXYEAR, date.min, date.max, repr(date.resolution))
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(d.isoformat(), str(d), f"{d}", f"{d:%d/%m/%Y}", format(d, ''), '{:%A %B}'.format(d))
print(d.timetuple())
print(d.replace(day=1), d.replace(year=2023, day=28), d.replace(month=3))
for y, m, dd in [(1, 1, 1), (1970, 1, 1), (2000, 2, 29), (1900, 3, 1), (9999, 12, 31), (2023, 12, 31),
                 (2021, 1, 3), (2020, 12, 31), (2026, 11, 22), (1582, 10, 15)]:
    x = date(y, m, dd)
    o = x.toordinal()
    back = date.fromordinal(o)
    print(x, o, back == x, x.weekday(), x.isocalendar(), tuple(x.isocalendar()), x.ctime())
ic = date(2021, 1, 3).isocalendar()
print(ic.year, ic.week, ic.weekday, ic[0], len(ic), repr(ic), isinstance(ic, tuple))
y, w, wd = ic
print(y, w, wd)
for args in [(2020, 1, 1), (2020, 53, 7), (2021, 52, 7), (2004, 53, 1), (1, 1, 1), (9999, 52, 5)]:
    print(args, date.fromisocalendar(*args))
for s in ['2020-01-31', '20200131', '2020-W05-3', '2020W053', '2020-W05', '2020W05', '0001-01-01']:
    print(s, repr(date.fromisoformat(s)))
for s in ['2020-1-31', '2020-13-01', '2020-02-30', '2020/01/31', '', '2020-01-31T', 'abcd-ef-gh', '2020-W60-1',
          '20200230']:
    attempt(s, lambda: date.fromisoformat(s))
attempt('fromisoformat int', lambda: date.fromisoformat(20200101))
attempt('year 0', lambda: date(0, 1, 1))
attempt('year 10000', lambda: date(10000, 1, 1))
attempt('month 13', lambda: date(2020, 13, 1))
attempt('month 0', lambda: date(2020, 0, 1))
attempt('day 32', lambda: date(2020, 1, 32))
attempt('feb 29', lambda: date(2023, 2, 29))
attempt('day 0', lambda: date(2020, 1, 0))
attempt('float', lambda: date(2020.0, 1, 1))
attempt('str', lambda: date('2020', 1, 1))
attempt('ordinal 0', lambda: date.fromordinal(0))
attempt('ordinal big', lambda: date.fromordinal(3652060))
attempt('isocal week', lambda: date.fromisocalendar(2021, 53, 1))
attempt('isocal day', lambda: date.fromisocalendar(2021, 1, 0))
attempt('isocal year', lambda: date.fromisocalendar(10000, 1, 1))
attempt('replace', lambda: d.replace(month=2, year=2023))
print(d + timedelta(days=1), d - timedelta(days=366), timedelta(days=10) + d, d + timedelta(hours=47))
print(date(2024, 3, 1) - d, d - date(2024, 3, 1), repr(date(2000, 1, 1) - date(1999, 1, 1)))
attempt('overflow', lambda: date.max + timedelta(days=1))
attempt('underflow', lambda: date.min - timedelta(days=1))
attempt('add int', lambda: d + 1)
attempt('sub int', lambda: d - 1)
attempt('lt int', lambda: d < 1)
a, b = date(2020, 5, 17), date(2021, 1, 1)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, a == date(2020, 5, 17), a == '2020-05-17')
print(sorted([b, a, date(1999, 12, 31)]), max(a, b))
print(hash(a) == hash(date(2020, 5, 17)), len({a, date(2020, 5, 17), b}))
t = date.today()
print(type(t).__name__, t >= date(2024, 1, 1), date.fromtimestamp(0) in (date(1970, 1, 1), date(1969, 12, 31)))
print(date.fromtimestamp(86400 * 365.25 * 30).year)


class MyDate(date):
    def describe(self):
        return f"<{self.isoformat()}>"


m = MyDate(2022, 6, 15)
print(repr(m), m.describe(), type(m.replace(day=1)).__name__, type(m + timedelta(1)).__name__)
print(type(MyDate.fromordinal(5)).__name__, type(MyDate.fromisoformat('2022-01-01')).__name__, m == date(2022, 6, 15))
print(datetime.date(2020, 1, 1) == date(2020, 1, 1))
