# datetime.strptime and time.strptime: directives, backtracking, errors.
import time
from datetime import datetime, timezone, timedelta


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


cases = [
    ('2020-01-02', '%Y-%m-%d'),
    ('2020-1-2 3:4:5', '%Y-%m-%d %H:%M:%S'),
    ('20200102030405', '%Y%m%d%H%M%S'),
    ('1/2/3', '%m/%d/%y'),
    ('12/31/99', '%x'),
    ('23:59:58', '%X'),
    ('Thu Oct  5 08:09:10 2023', '%c'),
    ('Mon Jan 6 1:2:3 2020', '%c'),
    ('Monday, March 02 2020', '%A, %B %d %Y'),
    ('mon MAR 2 2020', '%a %b %d %Y'),
    ('SEPTEMBER 9', '%B %d'),
    ('12:30:45.5', '%H:%M:%S.%f'),
    ('12:30:45.123456', '%H:%M:%S.%f'),
    ('1:05 AM', '%I:%M %p'),
    ('12:05 am', '%I:%M %p'),
    ('12:05 PM', '%I:%M %p'),
    ('11:05 pm', '%I:%M %p'),
    ('7', '%I'),
    ('2020 60', '%Y %j'),
    ('2021 365', '%Y %j'),
    ('2020 0 0', '%Y %U %w'),
    ('2020 0 1', '%Y %W %w'),
    ('2020 52 6', '%Y %U %w'),
    ('2021 1 Mon', '%Y %W %a'),
    ('2019 0 3', '%Y %U %u'),
    ('2020-W53-7', '%G-W%V-%u'),
    ('2021 1 1', '%G %V %u'),
    ('2024 1 Monday', '%G %V %A'),
    ('2020-01-02T03:04:05+0530', '%Y-%m-%dT%H:%M:%S%z'),
    ('2020-01-02T03:04:05-05:30', '%Y-%m-%dT%H:%M:%S%z'),
    ('2020-01-02T03:04:05Z', '%Y-%m-%dT%H:%M:%S%z'),
    ('+01:02:03.5', '%z'),
    ('-000102.000007', '%z'),
    ('+0000', '%z'),
    ('UTC', '%Z'),
    ('gmt', '%Z'),
    ('+0100 UTC', '%z %Z'),
    ('69', '%y'),
    ('68', '%y'),
    ('00', '%y'),
    ('100%', '%d%%'),
    ('   5    6', '%d %m'),
    ('5\t\n6', '%d %m'),
    ('56', '%d%m'),
    ('1112', '%m%d'),
    ('2020 13', '%Y %m'),
    ('x2020Y', 'x%YY'),
    ('X2020y', 'x%Yy'),
    ('2020 1 1 61', '%Y %m %d %S'),
    ('1999 02 29', '%Y %m %d'),
    ('02 29', '%m %d'),
    ('', ''),
    ('  ', ' '),
    ('2020', '%Y '),
    ('2020x', '%Y'),
    ('abc', '%Y'),
    ('12 13', '%H %I'),
    ('2020', '%Q'),
    ('2020', '%Y%'),
    ('2020', '%h'),
    ('2020 53', '%G %V'),
    ('2020 5 1', '%Y %V %u'),
    ('53 1', '%V %u'),
    ('2020 1 1 5', '%G %V %u %j'),
    ('+01:0203', '%z'),
    ('0000 1 1', '%Y %m %d'),
    ('31 Apr', '%d %b'),
]
for s, f in cases:
    attempt(f'{s!r} {f!r}', lambda: datetime.strptime(s, f))
attempt('int', lambda: datetime.strptime(5, '%Y'))
attempt('fmt int', lambda: datetime.strptime('5', 5))
r = datetime.strptime('2021-06-07 +0200', '%Y-%m-%d %z')
print(r.tzinfo, r.utcoffset(), r.astimezone(timezone.utc))
r = datetime.strptime('2021-06-07 +0000 UTC', '%Y-%m-%d %z %Z')
print(repr(r.tzinfo), r.tzname())
for s, f in [('2020-01-02', '%Y-%m-%d'), ('Mon Jan  6 01:02:03 2020', '%a %b %d %H:%M:%S %Y'), ('12:30', '%H:%M'),
             ('2020 100', '%Y %j'), ('+0130', '%z'), ('UTC', '%Z'), ('2021 10 3', '%Y %W %w')]:
    t = time.strptime(s, f)
    print(t, t.tm_zone, t.tm_gmtoff)
print(time.strptime('Thu Oct  5 08:09:10 2023'))
attempt('time bad', lambda: time.strptime('x', '%d'))
attempt('time int', lambda: time.strptime(1, '%d'))
