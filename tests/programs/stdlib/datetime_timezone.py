# tzinfo and timezone: fixed offsets, names, utc, custom tzinfo with DST, fromutc.
from datetime import datetime, timedelta, timezone, tzinfo, time


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


zones = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), 'UTC'), timezone(timedelta(hours=5, minutes=30)),
         timezone(-timedelta(hours=8)), timezone(timedelta(hours=1), 'CET'), timezone(timedelta(seconds=3661)),
         timezone(timedelta(minutes=-1, microseconds=-1)), timezone.min, timezone.max]
for z in zones:
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None), z.tzname(datetime(2020, 1, 1)))
print(timezone(timedelta(0)) is timezone.utc, timezone.utc == timezone(timedelta(0), 'Z'))
print(timezone(timedelta(hours=1), 'A') == timezone(timedelta(hours=1), 'B'), timezone(timedelta(hours=1)) != timezone.utc)
print(hash(timezone(timedelta(hours=1), 'A')) == hash(timezone(timedelta(hours=1))))
print(isinstance(timezone.utc, tzinfo), len({timezone.utc, timezone(timedelta(0), 'X'), timezone.max}))
attempt('24h', lambda: timezone(timedelta(hours=24)))
attempt('-24h', lambda: timezone(-timedelta(hours=24)))
attempt('int', lambda: timezone(3600))
attempt('name int', lambda: timezone(timedelta(hours=1), 3))
attempt('utcoffset arg', lambda: timezone.utc.utcoffset(3))
attempt('fromutc naive', lambda: timezone.utc.fromutc(datetime(2020, 1, 1)))
attempt('fromutc other', lambda: timezone.utc.fromutc(datetime(2020, 1, 1, tzinfo=timezone.max)))
z = timezone(timedelta(hours=3))
print(z.fromutc(datetime(2020, 1, 1, 22, tzinfo=z)))
attempt('tzinfo.utcoffset', lambda: tzinfo().utcoffset(None))
attempt('tzinfo.dst', lambda: tzinfo().dst(None))
attempt('tzinfo.tzname', lambda: tzinfo().tzname(None))


class USEastern(tzinfo):
    # A simplified US Eastern zone: DST from the second Sunday of March 2:00
    # to the first Sunday of November 2:00.
    def _dst_bounds(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 1)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_bounds(dt.year)
        naive = dt.replace(tzinfo=None)
        if start <= naive < end:
            return timedelta(hours=1)
        return timedelta(0)

    def tzname(self, dt):
        return 'EDT' if self.dst(dt) else 'EST'

    def __repr__(self):
        return 'USEastern()'


east = USEastern()
for m in (1, 3, 7, 11, 12):
    d = datetime(2021, m, 15, 12, tzinfo=east)
    print(d, d.tzname(), d.utcoffset(), d.dst(), d.timetuple().tm_isdst, d.astimezone(timezone.utc), d.strftime('%Z%z'))
u = datetime(2021, 7, 4, 16, tzinfo=timezone.utc)
print(u.astimezone(east), repr(u.astimezone(east)))
print(datetime(2021, 1, 4, 16, tzinfo=timezone.utc).astimezone(east))
print(datetime(2021, 7, 4, 12, tzinfo=east) == u, datetime(2021, 7, 4, 12, tzinfo=east) - u)
print(time(12, tzinfo=east).utcoffset(), time(12, tzinfo=east).tzname())
print(datetime(2021, 7, 4, 12, tzinfo=east).timestamp(), datetime(2021, 7, 4, 12, tzinfo=east).utctimetuple())
print(datetime.fromtimestamp(1625414400, east), datetime.now(east).tzinfo)
