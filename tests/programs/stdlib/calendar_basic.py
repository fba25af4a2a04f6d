# calendar: leap years, weekdays, month ranges, Calendar iterators, timegm, names, errors.
import calendar
from calendar import Calendar, monthrange, isleap, leapdays


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


print([y for y in range(1896, 1910) if isleap(y)], isleap(2000), isleap(1900), isleap(2024), isleap(2023))
print(leapdays(2000, 2025), leapdays(1900, 1901), leapdays(2025, 2000), leapdays(1, 10000))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2021, 12), (1, 1), (9999, 12), (2026, 11)]:
    print(y, m, monthrange(y, m), calendar.weekday(y, m, 1))
print(calendar.weekday(10000, 1, 1), calendar.weekday(0, 3, 1), calendar.weekday(-5, 3, 1))
attempt('month 13', lambda: monthrange(2020, 13))
attempt('month 0', lambda: monthrange(2020, 0))
attempt('weekday', lambda: calendar.weekday(2020, 2, 30))
try:
    monthrange(2020, 14)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError', e.month, isinstance(e, ValueError), str(e))
try:
    calendar.setfirstweekday(9)
except ValueError as e:
    print(type(e).__name__, e, e.weekday)
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(list(calendar.month_name), list(calendar.month_abbr), len(calendar.month_name))
print(list(calendar.day_name), calendar.day_abbr[0], calendar.day_abbr[-1], calendar.month_name[1:4], len(calendar.day_abbr))
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2020, 2, 29, 12, 34, 56, 0, 0, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((2038, 1, 19, 3, 14, 8)))
import time
print(calendar.timegm(time.gmtime(1234567890)))
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
c = Calendar()
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 3)))
print(list(c.itermonthdays3(2024, 3))[:8], list(c.itermonthdays4(2024, 3))[-3:])
print(list(c.itermonthdates(2021, 5))[0], list(c.itermonthdates(2021, 5))[-1])
c6 = Calendar(6)
print(list(c6.iterweekdays()), c6.monthdayscalendar(2024, 9))
c6.setfirstweekday(2)
print(c6.firstweekday, c6.monthdays2calendar(2024, 9)[0])
c6.firstweekday = 8
print(c6.firstweekday, c6.getfirstweekday(), list(c6.iterweekdays()))
print(c.monthdatescalendar(2022, 1)[0])
print(len(c.yeardayscalendar(2024)), len(c.yeardayscalendar(2024, 4)), c.yeardayscalendar(2024, 2)[5][1][4])
print(c.yeardays2calendar(2023, 6)[1][0][0])
print(c.yeardatescalendar(2023)[3][2][-1][-1])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2)[0], calendar.weekheader(3))
calendar.setfirstweekday(0)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.weekheader(9), repr(calendar.weekheader(1)))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2), (3, 3), (4, 4), (5, 5), (6, 6)], 3)))
calendar.prweek([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)], 2)
print('|')
