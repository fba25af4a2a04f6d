# datetime in everyday code: copies, dict keys, json, dataclasses, ranges of days, elapsed-time text.
import copy
import json
import datetime
from dataclasses import dataclass, field
from datetime import date, datetime as DT, time, timedelta, timezone

objs = [date(2020, 1, 2), DT(2020, 1, 2, 3, 4, 5, 6, timezone.utc), time(1, 2, tzinfo=timezone(timedelta(hours=1), 'X')),
        timedelta(1, 2, 3), timezone(timedelta(hours=2)), timezone.utc, date(2020, 1, 1).isocalendar(), time(3, fold=1)]
for o in objs:
    c1 = copy.copy(o)
    c2 = copy.deepcopy(o)
    print(repr(c1), repr(c2), c1 == o, c2 == o, type(c2).__name__)
print(copy.copy(timezone.utc) is timezone.utc)
print(copy.deepcopy({'when': DT(2021, 1, 1), 'list': [date(2020, 1, 1)]}))

counts = {}
start = date(2024, 1, 29)
for i in range(40):
    d = start + timedelta(days=i)
    counts[d.strftime('%B')] = counts.get(d.strftime('%B'), 0) + 1
print(counts)
by_day = {date(2024, 1, 1): 'a', DT(2024, 1, 1, 5): 'b'}
print(by_day[date(2024, 1, 1)], by_day[DT(2024, 1, 1, 5)], len(by_day))
print(json.dumps({'at': DT(2022, 3, 4, 5, 6, 7), 'd': date(2022, 1, 1)}, default=str))
print(json.dumps([DT(2022, 3, 4, tzinfo=timezone.utc).isoformat()]))


@dataclass
class Event:
    name: str
    when: DT
    tags: list = field(default_factory=list)


events = [Event('b', DT(2023, 5, 1, 9)), Event('a', DT(2023, 4, 30, 23, 59)), Event('c', DT(2023, 5, 1, 8, 30))]
for e in sorted(events, key=lambda e: e.when):
    print(e.name, e.when, e.when.strftime('%a %H:%M'))
print(events[0])
print(min(e.when for e in events), max(events, key=lambda e: e.when).name)


def elapsed(td):
    total = int(td.total_seconds())
    h, rem = divmod(total, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"


print(elapsed(DT(2020, 1, 2, 3, 4, 5) - DT(2020, 1, 1, 23, 0, 0)), str(timedelta(seconds=3725)))
print([str(d) for d in (date(2024, 2, 27) + timedelta(n) for n in range(4))])
print((date(2024, 12, 25) - date(2024, 1, 1)).days, DT(2024, 3, 10, 12).isocalendar().week)
deadline = DT(2024, 6, 30, 17)
now = DT(2024, 6, 28, 9, 15)
left = deadline - now
print(left, left.days, left.seconds // 3600, f"{left.total_seconds() / 3600:.2f}h", left > timedelta(days=2))
print(datetime.datetime.strptime('2024-06-28 09:15', '%Y-%m-%d %H:%M') == now)
print(f"{now:%Y-%m-%d %H:%M}", f"{now.date()!s}", f"{now!r}", f"{timedelta(minutes=90)}")
ages = [(date(2024, 6, 1) - date(1990, 6, 2)).days // 365, (date(2024, 6, 1) - date(2000, 5, 31)).days // 365]
print(ages)
week = [date(2024, 7, 1) + timedelta(days=i) for i in range(7)]
print([d.strftime('%a %d') for d in week if d.weekday() < 5])
print(DT.combine(date(2024, 1, 1), time.min), DT.combine(date(2024, 1, 1), time.max))
print(sorted({date(2020, 1, 3), date(2020, 1, 1), date(2020, 1, 2)}))
