# strftime and __format__ directives with the C locale's names.
from datetime import datetime, date, time, timezone, timedelta

dirs = 'aAbBcdfHIjmMpSUwWxXyYzZ%GuVeCDFTRrhgnt'
samples = [datetime(2024, 2, 29, 13, 5, 9, 7), datetime(2021, 1, 1), datetime(1999, 12, 31, 23, 59, 59),
           datetime(2020, 12, 27, 0, 0, 0, 999999), datetime(2019, 6, 9, 12, 30), datetime(1, 1, 1),
           datetime(5, 3, 4), datetime(999, 7, 8, 11, 11), datetime(9999, 12, 31, 23, 59, 59, 999999),
           datetime(2018, 1, 1, 0, 1, tzinfo=timezone(timedelta(hours=-4, minutes=-30))),
           datetime(2018, 1, 7, 0, 1, tzinfo=timezone(timedelta(hours=9), 'JST'))]
for d in samples:
    print(repr(d))
    for c in dirs:
        print(' %' + c, repr(d.strftime('%' + c)))
    print(' date', repr(d.date().strftime('%Y-%m-%d %H:%M:%S %z %Z %a %j')))
    print(' time', repr(d.timetz().strftime('%H:%M:%S.%f %z %Z %Y-%m-%d')))
for year in range(2015, 2030):
    for day in (1, 2, 3, 4, 5, 6, 7, 8, 25, 26, 27, 28, 29, 30, 31):
        x = date(year, 12, day)
        y = date(year, 1, day)
        print(x.strftime('%U %W %j %G %V %u %w'), y.strftime('%U %W %j %G %V %u %w'), end=' | ')
    print()
d = datetime(2023, 10, 5, 8, 9, 10)
print(d.strftime('Week %W of %Y, day %j: %A %d %B %Y %I:%M %p'), d.strftime(''), d.strftime('%%Y'))
print(f"{d:%Y-%m-%d}", f"{d:}", '{0:%H}h{0:%M}'.format(d), format(d, '%c'), f"{d.date():%x}", f"{d.time():%X}")
print(d.strftime('%Q %E %O %'), d.strftime('%Y%'), repr(d.strftime('%')))
print(date(2000, 1, 1).strftime('%H:%M:%S %f %p'), time(15).strftime('%p %I %y %b %a %j'))
try:
    d.strftime(5)
except TypeError as e:
    print('TypeError', e)
print(d.strftime('unicode é ü %Y'), d.strftime('%Y年%m月%d日'))
