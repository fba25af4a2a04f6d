"""datetime for Taipan: dates, times, durations and fixed-offset time zones.

Written for Taipan from the Python library reference (issue #6, decision
0020); no code is taken from CPython. Dates use the proleptic Gregorian
calendar with ordinal 1 = 0001-01-01. `timedelta` keeps days, seconds and
microseconds normalised (0 <= seconds < 86400, 0 <= microseconds < 10**6)
and does its arithmetic on whole microseconds, rounding half to even.
`date`, `time`, `datetime`, `tzinfo`, `timezone` and the ISO calendar
tuple behave as CPython 3.11's C implementation: same reprs, same
isoformat/fromisoformat forms, the same error types and messages. strftime
is implemented here with the C locale's names (glibc's output for the
directives it knows); strptime lives in `_strptime`. Local time comes from
the `time` module (localtime/mktime).
"""

import time as _time
import math as _math

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR', 'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()
_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_ABBR = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_DAY_NAMES = ('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday')
_MONTH_ABBR = ('', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')
_MONTH_NAMES = ('', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                'October', 'November', 'December')

# Types whose binary operators never know about ours: operations with them
# raise here, so the message can name our types as CPython does
# ('datetime.date', not 'date').
_PLAIN_TYPES = (int, float, complex, str, bytes, bool, list, tuple, dict, set, frozenset, type(None))


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _month_length(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    total = 0
    for m in range(1, month):
        total += _MONTH_DAYS[m]
    if month > 2 and _is_leap(year):
        total += 1
    return total


def _ymd_to_ordinal(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ordinal_to_ymd(ordinal):
    # Whole 400-year cycles (146097 days), then centuries, 4-year runs and
    # years; the last year of a cycle or of a 4-year run has the extra day.
    n = ordinal - 1
    cycles, n = divmod(n, 146097)
    year = cycles * 400 + 1
    centuries, n = divmod(n, 36524)
    quads, n = divmod(n, 1461)
    singles, n = divmod(n, 365)
    year += centuries * 100 + quads * 4 + singles
    if singles == 4 or centuries == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        length = _month_length(year, month)
        if n < length:
            return year, month, n + 1
        n -= length
        month += 1


def _iso_week1_monday(year):
    # Ordinal of the Monday of ISO week 1 (the week holding January 4th).
    jan4 = _days_before_year(year) + 4
    return jan4 - (jan4 + 6) % 7


def _type_name(obj):
    cls = type(obj)
    if cls in (date, datetime, time, timedelta, timezone, tzinfo):
        return 'datetime.' + cls.__name__
    return cls.__name__


def _qual_name(obj):
    # The name reprs use: CPython's C types say 'datetime.date', a Python
    # subclass just its own name.
    return _type_name(obj)


def _known(other):
    # True for operands whose own operators never handle ours: raising here
    # names the types as CPython does.
    return type(other) in _PLAIN_TYPES or type(other) in _OUR_TYPES


def _op_error(op, a, b):
    return TypeError(f"unsupported operand type(s) for {op}: '{_type_name(a)}' and '{_type_name(b)}'")


def _cmp_error(op, a, b):
    return TypeError(f"'{op}' not supported between instances of '{_type_name(a)}' and '{_type_name(b)}'")


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


def _check_date_fields(year, month, day):
    year = _as_int(year)
    month = _as_int(month)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"year {year} is out of range")
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _as_int(hour)
    minute = _as_int(minute)
    second = _as_int(second)
    microsecond = _as_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")


def _check_timestamp(t):
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
    elif not isinstance(t, int):
        raise TypeError(f"'{type(t).__name__}' object cannot be interpreted as an integer")


def _round_half_even(num, den):
    # num / den rounded to the nearest int, ties to even (den > 0).
    q, r = divmod(num, den)
    twice = 2 * r
    if twice > den or (twice == den and q % 2 == 1):
        q += 1
    return q


def _checked_offset(offset, what):
    # Validates what a tzinfo method returned for utcoffset()/dst().
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError(f"tzinfo.{what}() must return None or timedelta, not '{type(offset).__name__}'")
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and "
                         f"timedelta(hours=24), not {offset!r}.")
    return offset


def _format_offset(offset, sep=':'):
    if offset is None:
        return ''
    if offset.days < 0:
        sign = '-'
        offset = -offset
    else:
        sign = '+'
    minutes, seconds = divmod(offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{sign}{hours:02d}{sep}{minutes:02d}"
    us = offset.microseconds
    if seconds or us:
        text += f"{sep}{seconds:02d}"
        if us:
            text += f".{us:06d}"
    return text


def _format_clock(hour, minute, second, microsecond, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if microsecond else 'seconds'
    if timespec == 'hours':
        return f"{hour:02d}"
    if timespec == 'minutes':
        return f"{hour:02d}:{minute:02d}"
    if timespec == 'seconds':
        return f"{hour:02d}:{minute:02d}:{second:02d}"
    if timespec == 'milliseconds':
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond // 1000:03d}"
    if timespec == 'microseconds':
        return f"{hour:02d}:{minute:02d}:{second:02d}.{microsecond:06d}"
    raise ValueError("Unknown timespec value")


# ---------------------------------------------------------------- strftime

def _strftime(fmt, year, month, day, hour, minute, second, microsecond, obj):
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(fmt).__name__}")
    ordinal = _ymd_to_ordinal(year, month, day)
    weekday = (ordinal + 6) % 7
    yday = ordinal - _days_before_year(year)  # 1-based
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 == n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(year))
        elif d == 'm':
            out.append(f"{month:02d}")
        elif d == 'd':
            out.append(f"{day:02d}")
        elif d == 'H':
            out.append(f"{hour:02d}")
        elif d == 'M':
            out.append(f"{minute:02d}")
        elif d == 'S':
            out.append(f"{second:02d}")
        elif d == 'f':
            out.append(f"{microsecond:06d}")
        elif d == 'y':
            out.append(f"{year % 100:02d}")
        elif d == 'a':
            out.append(_DAY_ABBR[weekday])
        elif d == 'A':
            out.append(_DAY_NAMES[weekday])
        elif d == 'b' or d == 'h':
            out.append(_MONTH_ABBR[month])
        elif d == 'B':
            out.append(_MONTH_NAMES[month])
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif d == 'I':
            out.append(f"{(hour % 12) or 12:02d}")
        elif d == 'l':
            out.append(f"{(hour % 12) or 12:2d}")
        elif d == 'k':
            out.append(f"{hour:2d}")
        elif d == 'j':
            out.append(f"{yday:03d}")
        elif d == 'e':
            out.append(f"{day:2d}")
        elif d == 'w':
            out.append(str((weekday + 1) % 7))
        elif d == 'u':
            out.append(str(weekday + 1))
        elif d == 'U':
            out.append(f"{(yday - 1 + 7 - (weekday + 1) % 7) // 7:02d}")
        elif d == 'W':
            out.append(f"{(yday - 1 + 7 - weekday) // 7:02d}")
        elif d == 'G' or d == 'g' or d == 'V':
            iso_year, iso_week, _ = _iso_calendar(year, month, day)
            if d == 'G':
                out.append(str(iso_year))
            elif d == 'g':
                out.append(f"{iso_year % 100:02d}")
            else:
                out.append(f"{iso_week:02d}")
        elif d == 'C':
            out.append(f"{year // 100:02d}" if year >= 1000 else str(year // 100))
        elif d == 'z':
            out.append(_format_offset(obj.utcoffset(), '') if obj is not None else '')
        elif d == 'Z':
            name = obj.tzname() if obj is not None else None
            out.append(name if name is not None else '')
        elif d == 'c':
            out.append(f"{_DAY_ABBR[weekday]} {_MONTH_ABBR[month]} {day:2d} {hour:02d}:{minute:02d}:{second:02d} "
                       f"{year}")
        elif d == 'x' or d == 'D':
            out.append(f"{month:02d}/{day:02d}/{year % 100:02d}")
        elif d == 'X' or d == 'T':
            out.append(f"{hour:02d}:{minute:02d}:{second:02d}")
        elif d == 'R':
            out.append(f"{hour:02d}:{minute:02d}")
        elif d == 'r':
            out.append(f"{(hour % 12) or 12:02d}:{minute:02d}:{second:02d} {'AM' if hour < 12 else 'PM'}")
        elif d == 'F':
            out.append(f"{year}-{month:02d}-{day:02d}")
        elif d == 's':
            out.append(str(int(_time.mktime((year, month, day, hour, minute, second, weekday, yday, -1)))))
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        elif d == '%':
            out.append('%')
        else:
            out.append('%' + d)
    return ''.join(out)


def _iso_calendar(year, month, day):
    ordinal = _ymd_to_ordinal(year, month, day)
    iso_year = year
    week1 = _iso_week1_monday(iso_year)
    if ordinal < week1:
        iso_year -= 1
        week1 = _iso_week1_monday(iso_year)
    else:
        following = _iso_week1_monday(iso_year + 1)
        if ordinal >= following:
            iso_year += 1
            week1 = following
    week, weekday = divmod(ordinal - week1, 7)
    return iso_year, week + 1, weekday + 1


# ---------------------------------------------------------------- ISO 8601 parsing

def _all_digits(text):
    if not text:
        return False
    for c in text:
        if not '0' <= c <= '9':
            return False
    return True


def _parse_iso_date(text):
    # (year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D];
    # raises ValueError (without a message) on anything else.
    if len(text) < 7 or not _all_digits(text[:4]):
        raise ValueError
    year = int(text[:4])
    rest = text[4:]
    extended = rest[0] == '-'
    if extended:
        rest = rest[1:]
    if rest[:1] == 'W':
        rest = rest[1:]
        if extended:
            if len(rest) == 2:
                week, day_text = rest, '1'
            elif len(rest) == 4 and rest[2] == '-':
                week, day_text = rest[:2], rest[3]
            else:
                raise ValueError
        else:
            if len(rest) == 2:
                week, day_text = rest, '1'
            elif len(rest) == 3:
                week, day_text = rest[:2], rest[2]
            else:
                raise ValueError
        if not _all_digits(week) or not _all_digits(day_text):
            raise ValueError
        return _from_iso_calendar(year, int(week), int(day_text))
    if extended:
        if len(rest) != 5 or rest[2] != '-':
            raise ValueError
        month_text, day_text = rest[:2], rest[3:]
    else:
        if len(rest) != 4:
            raise ValueError
        month_text, day_text = rest[:2], rest[2:]
    if not _all_digits(month_text) or not _all_digits(day_text):
        raise ValueError
    return year, int(month_text), int(day_text)


def _iso_date_length(text):
    # How many leading characters of a datetime string are its date.
    if len(text) > 4 and text[4] == '-':
        if len(text) > 5 and text[5] == 'W':
            return 10 if len(text) > 8 and text[8] == '-' else 8
        return 10
    if len(text) > 4 and text[4] == 'W':
        return 8 if len(text) > 7 and '0' <= text[7] <= '9' else 7
    return 8


def _parse_iso_clock(text):
    # [hour, minute, second, microsecond] of HH[:MM[:SS[.f+]]] or the basic
    # HH[MM[SS[.f+]]]; raises ValueError on anything else.
    frac = None
    main = text
    for k in range(len(text)):
        if text[k] == '.' or text[k] == ',':
            main = text[:k]
            frac = text[k + 1:]
            break
    if ':' in main:
        parts = main.split(':')
    else:
        if len(main) not in (2, 4, 6):
            raise ValueError
        parts = [main[k:k + 2] for k in range(0, len(main), 2)]
    if len(parts) > 3:
        raise ValueError
    values = [0, 0, 0, 0]
    for k in range(len(parts)):
        if len(parts[k]) != 2 or not _all_digits(parts[k]):
            raise ValueError
        values[k] = int(parts[k])
    if frac is not None:
        if not _all_digits(frac):
            raise ValueError
        values[3] = int((frac + '000000')[:6])
    return values


def _parse_iso_time(text):
    # (hour, minute, second, microsecond, zone) of a time with an optional
    # Z or +HH[:MM[:SS[.ffffff]]] offset: zone is None, timezone.utc for Z,
    # or the offset as a timedelta (see _iso_zone).
    cut = -1
    for k in range(len(text)):
        if text[k] in '+-Z':
            cut = k
            break
    clock = text if cut < 0 else text[:cut]
    values = _parse_iso_clock(clock)
    tz = None
    if cut >= 0:
        zone = text[cut:]
        if zone == 'Z':
            tz = timezone.utc
        else:
            if zone[0] == 'Z':
                raise ValueError
            oh, om, osec, ous = _parse_iso_clock(zone[1:])
            tz = timedelta(hours=oh, minutes=om, seconds=osec, microseconds=ous)
            if zone[0] == '-':
                tz = -tz
    return values[0], values[1], values[2], values[3], tz


def _iso_zone(offset):
    # The tzinfo for a parsed offset (None, 'Z' already made utc, or a
    # timedelta); out-of-range offsets raise timezone's own error.
    if offset is None or isinstance(offset, tzinfo):
        return offset
    if not offset:
        return timezone.utc
    return timezone(offset)


# ---------------------------------------------------------------- timedelta

class timedelta:
    """A duration: days, seconds and microseconds, normalised."""

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        num = 0
        den = 1
        for value, scale, name in ((days, _US_PER_DAY, 'days'), (seconds, _US_PER_SECOND, 'seconds'),
                                   (microseconds, 1, 'microseconds'), (milliseconds, 1000, 'milliseconds'),
                                   (minutes, 60 * _US_PER_SECOND, 'minutes'),
                                   (hours, 3600 * _US_PER_SECOND, 'hours'), (weeks, 7 * _US_PER_DAY, 'weeks')):
            if isinstance(value, int):
                if value:
                    num += value * scale * den
            elif isinstance(value, float):
                if value != value:
                    raise ValueError("cannot convert float NaN to integer")
                if value in (_math.inf, -_math.inf):
                    raise OverflowError("cannot convert float infinity to integer")
                top, bottom = value.as_integer_ratio()
                num = num * bottom + top * scale * den
                den *= bottom
            else:
                raise TypeError(f"unsupported type for timedelta {name} component: {type(value).__name__}")
        return _delta_from_us(_round_half_even(num, den), cls)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._total_us() / _US_PER_SECOND

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        return f"{_qual_name(self)}({', '.join(parts) or '0'})"

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = f"{hours}:{minutes:02d}:{seconds:02d}"
        if self._microseconds:
            text += f".{self._microseconds:06d}"
        if self._days:
            text = f"{self._days} day{'' if abs(self._days) == 1 else 's'}, " + text
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._total_us() + other._total_us())
        if isinstance(other, date):
            return NotImplemented
        if _known(other):
            raise _op_error('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._total_us() + other._total_us())
        if _known(other):
            raise _op_error('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(self._total_us() - other._total_us())
        if _known(other):
            raise _op_error('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _delta_from_us(other._total_us() - self._total_us())
        if _known(other):
            raise _op_error('-', other, self)
        return NotImplemented

    def __neg__(self):
        return _delta_from_us(-self._total_us())

    def __pos__(self):
        return _delta_from_us(self._total_us())

    def __abs__(self):
        return -self if self._days < 0 else _delta_from_us(self._total_us())

    def __mul__(self, other):
        if isinstance(other, int):
            return _delta_from_us(self._total_us() * other)
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            return _delta_from_us(_round_half_even(self._total_us() * top, bottom))
        if type(other) in (str, bytes, list, tuple):
            raise TypeError(f"can't multiply sequence by non-int of type '{_type_name(self)}'")
        if _known(other):
            raise _op_error('*', self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if type(other) in (str, bytes, list, tuple):
            raise TypeError(f"can't multiply sequence by non-int of type '{_type_name(self)}'")
        if _known(other):
            raise _op_error('*', other, self)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._total_us() // divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _delta_from_us(self._total_us() // other)
        if _known(other):
            raise _op_error('//', self, other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if divisor == 0:
                raise ZeroDivisionError("division by zero")
            return self._total_us() / divisor
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if other < 0:
                return _delta_from_us(_round_half_even(-self._total_us(), -other))
            return _delta_from_us(_round_half_even(self._total_us(), other))
        if isinstance(other, float):
            top, bottom = other.as_integer_ratio()
            if top == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            if top < 0:
                return _delta_from_us(_round_half_even(-self._total_us() * bottom, -top))
            return _delta_from_us(_round_half_even(self._total_us() * bottom, top))
        if _known(other):
            raise _op_error('/', self, other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if divisor == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _delta_from_us(self._total_us() % divisor)
        if _known(other):
            raise _op_error('%', self, other)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            divisor = other._total_us()
            if divisor == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._total_us(), divisor)
            return q, _delta_from_us(r)
        if _known(other):
            raise _op_error('divmod()', self, other)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            a = self._total_us()
            b = other._total_us()
            return (a > b) - (a < b)
        if _known(other):
            raise _cmp_error(op, self, other)
        return None

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() == other._total_us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._total_us() != other._total_us()
        return NotImplemented

    def __lt__(self, other):
        c = self._compare(other, '<')
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, '<=')
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, '>')
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, '>=')
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _delta_from_us(us, cls=timedelta):
    days, rest = divmod(us, _US_PER_DAY)
    seconds, micro = divmod(rest, _US_PER_SECOND)
    if not -999999999 <= days <= 999999999:
        raise OverflowError(f"days={days}; must have magnitude <= 999999999")
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = micro
    return self


timedelta.min = _delta_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _delta_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _delta_from_us(1)
_ONE_DAY = _delta_from_us(_US_PER_DAY)
_ZERO = _delta_from_us(0)


# ---------------------------------------------------------------- date

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    @classmethod
    def _make(cls, year, month, day):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        _check_timestamp(t)
        st = _time.localtime(t)
        return cls(st.tm_year, st.tm_mon, st.tm_mday)

    @classmethod
    def fromordinal(cls, n):
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            y, _, _ = _ordinal_to_ymd(n)
            raise ValueError(f"year {y} is out of range")
        y, m, d = _ordinal_to_ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f"Invalid isoformat string: {date_string!r}")
        try:
            y, m, d = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _from_iso_calendar(year, week, day)
        return cls(y, m, d)

    def toordinal(self):
        return _ymd_to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_iso_calendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def timetuple(self):
        ordinal = self.toordinal()
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, (ordinal + 6) % 7,
                                  ordinal - _days_before_year(self._year), -1))

    def ctime(self):
        return (f"{_DAY_ABBR[self.weekday()]} {_MONTH_ABBR[self._month]} {self._day:2d} 00:00:00 "
                f"{self._year:04d}")

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, 0, 0, 0, 0, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"__format__() argument 1 must be str, not {type(fmt).__name__}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return f"{_qual_name(self)}({self._year}, {self._month}, {self._day})"

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ordinal_to_ymd(n)
            return type(self)._make(y, m, d)
        if _known(other):
            raise _op_error('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _known(other):
            raise _op_error('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, datetime):
            raise _op_error('-', self, other)
        if isinstance(other, date):
            return timedelta(self.toordinal() - other.toordinal())
        if _known(other):
            raise _op_error('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _known(other):
            raise _op_error('-', other, self)
        return NotImplemented

    def _key(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        # -1/0/1, or None for NotImplemented.
        if isinstance(other, datetime) or isinstance(self, datetime) and isinstance(other, date):
            if op == '==':
                return 1
            raise TypeError(f"can't compare datetime.datetime to datetime.date")
        if isinstance(other, date):
            a = self._key()
            b = other._key()
            return (a > b) - (a < b)
        if _known(other) and op != '==':
            raise _cmp_error(op, self, other)
        return None

    def __eq__(self, other):
        c = self._compare(other, '==')
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, '==')
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, '<')
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, '<=')
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, '>')
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, '>=')
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        return hash(self._key())

    def __reduce__(self):
        return (type(self), self._key())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _from_iso_calendar(year, week, day):
    year = _as_int(year)
    week = _as_int(week)
    day = _as_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        long_year = False
        if week == 53:
            # A year has 53 ISO weeks when it starts on a Thursday, or on a
            # Wednesday in a leap year.
            first = (_days_before_year(year) + 1 + 6) % 7
            long_year = first == 3 or (first == 2 and _is_leap(year))
        if not long_year:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 1 <= ordinal <= _MAX_ORDINAL:
        raise ValueError(f"Year is out of range: {year}")
    return _ordinal_to_ymd(ordinal)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) tuple that date.isocalendar() returns."""

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        name = 'datetime.IsoCalendarDate' if type(self) is IsoCalendarDate else type(self).__name__
        return f"{name}(year={self[0]}, week={self[1]}, weekday={self[2]})"

    def __reduce__(self):
        return (tuple, (tuple(self),))


IsoCalendarDate.__module__ = 'datetime'
IsoCalendarDate.__qualname__ = 'IsoCalendarDate'


# ---------------------------------------------------------------- tzinfo and timezone

class tzinfo:
    """Abstract base class for time zone information."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - saving
        if standard:
            dt += standard
            saving = dt.dst()
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + saving


_UTC = None


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {type(offset).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {type(name).__name__}")
        if name is None and not offset and cls is timezone:
            if _UTC is not None:
                return _UTC
        if not -_ONE_DAY < offset < _ONE_DAY:
            raise ValueError(f"offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError(f"utcoffset(dt) argument must be a datetime instance or None, not {type(dt).__name__}")

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError(f"dst(dt) argument must be a datetime instance or None, not {type(dt).__name__}")

    def tzname(self, dt):
        if dt is None or isinstance(dt, datetime):
            if self._name is not None:
                return self._name
            if not self._offset:
                return 'UTC'
            return 'UTC' + _format_offset(self._offset)
        raise TypeError(f"tzname(dt) argument must be a datetime instance or None, not {type(dt).__name__}")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f"{_qual_name(self)}({self._offset!r})"
        return f"{_qual_name(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)


_UTC = timezone(timedelta(0))
timezone.utc = _UTC
UTC = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _local_timezone(seconds):
    # The local zone at a POSIX time, as a fixed-offset timezone.
    st = _time.localtime(seconds)
    return timezone(timedelta(seconds=st.tm_gmtoff), st.tm_zone)


# ---------------------------------------------------------------- time

class time:
    """A time of day, with optional tzinfo and the fold flag."""

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string
        if text[:1] == 'T':
            text = text[1:]
        try:
            h, m, s, us, tz = _parse_iso_time(text)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {time_string!r}") from None
        return cls(h, m, s, us, _iso_zone(tz))

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.utcoffset(None), 'utcoffset')

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(None), 'dst')

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
        return name

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def isoformat(self, timespec='auto'):
        text = _format_clock(self._hour, self._minute, self._second, self._microsecond, timespec)
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        return _strftime(format, 1900, 1, 1, self._hour, self._minute, self._second, self._microsecond, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"__format__() argument 1 must be str, not {type(fmt).__name__}")
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def __repr__(self):
        if self._microsecond:
            text = f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
        elif self._second:
            text = f"{self._hour}, {self._minute}, {self._second}"
        else:
            text = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"{_qual_name(self)}({text})"

    def _compare(self, other, op):
        if not isinstance(other, time):
            if _known(other) and op != '==':
                raise _cmp_error(op, self, other)
            return None
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is not other._tzinfo:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    if op == '==':
                        return 2
                    raise TypeError("can't compare offset-naive and offset-aware times")
                a = (self._hour * 60 + self._minute) * 60 * _US_PER_SECOND - mine._total_us()
                a = (a + self._second * _US_PER_SECOND + self._microsecond,)
                b = (other._hour * 60 + other._minute) * 60 * _US_PER_SECOND - theirs._total_us()
                b = (b + other._second * _US_PER_SECOND + other._microsecond,)
        return (a > b) - (a < b)

    def __eq__(self, other):
        c = self._compare(other, '==')
        return NotImplemented if c is None else c == 0

    def __ne__(self, other):
        c = self._compare(other, '==')
        return NotImplemented if c is None else c != 0

    def __lt__(self, other):
        c = self._compare(other, '<')
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._compare(other, '<=')
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._compare(other, '>')
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._compare(other, '>=')
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        offset = self.utcoffset()
        if offset is None:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond
        return hash(us - offset._total_us())

    def __bool__(self):
        return True

    def __add__(self, other):
        if _known(other):
            raise _op_error('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if _known(other):
            raise _op_error('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if _known(other):
            raise _op_error('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _known(other):
            raise _op_error('-', other, self)
        return NotImplemented


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------- datetime

class datetime(date):
    """A date and a time of day, with optional tzinfo and the fold flag."""

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @classmethod
    def _make(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, fold=0):
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    # ---- construction

    @classmethod
    def _from_posix(cls, t, utc, tz):
        _check_timestamp(t)
        if isinstance(t, int):
            seconds = t
            us = 0
        else:
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            seconds = int(whole)
            if us >= 1000000:
                seconds += 1
                us -= 1000000
            elif us < 0:
                seconds -= 1
                us += 1000000
        st = _time.gmtime(seconds) if utc else _time.localtime(seconds)
        result = cls(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, min(st.tm_sec, 59), us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        elif not utc:
            # fold=1 when this wall time was already shown earlier: the
            # clock was set back within the last day and the earlier
            # instant with the same reading exists.
            offset = st.tm_gmtoff
            day_before = _time.localtime(seconds - 86400)
            if day_before.tm_year < MINYEAR:
                # CPython's probe a day earlier fails the same way.
                raise ValueError(f"year {day_before.tm_year} is out of range")
            before = day_before.tm_gmtoff
            if before > offset:
                earlier = seconds + offset - before
                if _time.localtime(earlier).tm_gmtoff == before:
                    result._fold = 1
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_posix(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_posix(t, True, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {type(date).__name__}")
        if not isinstance(time, _time_class):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {type(time).__name__}")
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond, tzinfo,
                   fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            length = _iso_date_length(date_string)
            y, m, d = _parse_iso_date(date_string[:length])
            h = mi = s = us = 0
            tz = None
            if len(date_string) > length:
                rest = date_string[length + 1:]
                if not rest:
                    raise ValueError
                h, mi, s, us, tz = _parse_iso_time(rest)
        except ValueError:
            raise ValueError(f"Invalid isoformat string: {date_string!r}") from None
        return cls(y, m, d, h, mi, s, us, _iso_zone(tz))

    @classmethod
    def strptime(cls, date_string, format):
        import _strptime
        fields = _strptime._parse(date_string, format)
        tz = None
        if fields[7] is not None:
            offset = timedelta(seconds=fields[7], microseconds=fields[8])
            if fields[9] is not None:
                tz = timezone(offset, fields[9])
            else:
                tz = timezone(offset)
        return cls(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], tz)

    # ---- views

    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.utcoffset(self), 'utcoffset')

    def dst(self):
        if self._tzinfo is None:
            return None
        return _checked_offset(self._tzinfo.dst(self), 'dst')

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError(f"tzinfo.tzname() must return None or a string, not '{type(name).__name__}'")
        return name

    def timetuple(self):
        saving = self.dst()
        isdst = -1 if saving is None else (1 if saving else 0)
        ordinal = self.toordinal()
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  (ordinal + 6) % 7, ordinal - _days_before_year(self._year), isdst))

    def utctimetuple(self):
        offset = self.utcoffset()
        value = self
        if offset:
            value = self - offset
        ordinal = value.toordinal()
        return _time.struct_time((value._year, value._month, value._day, value._hour, value._minute,
                                  value._second, (ordinal + 6) % 7, ordinal - _days_before_year(value._year), 0))

    def _local_seconds(self):
        # POSIX seconds of this naive local wall time. The offsets in force
        # a day either side give the candidate instants: an ambiguous time
        # (two solutions) takes the earlier for fold=0, the later for
        # fold=1; a time in a gap (none) is read with the offset from
        # before the gap for fold=0, from after it for fold=1 (CPython's
        # rules).
        wall = (self.toordinal() - _EPOCH_ORDINAL) * 86400 + self._hour * 3600 + self._minute * 60 + self._second
        offsets = []
        for probe in (wall - 86400, wall, wall + 86400):
            st = _time.localtime(probe)
            if not MINYEAR <= st.tm_year <= MAXYEAR:
                # CPython probes a day earlier for fold=0 (later for
                # fold=1) and fails when that is out of range.
                if (probe < wall) != bool(self._fold):
                    raise ValueError(f"year {st.tm_year} is out of range")
                continue
            offset = st.tm_gmtoff
            if offset not in offsets:
                offsets.append(offset)
        hits = []
        for offset in offsets:
            u = wall - offset
            if u + _time.localtime(u).tm_gmtoff == wall and u not in hits:
                hits.append(u)
        if hits:
            return max(hits) if self._fold else min(hits)
        candidates = [wall - offset for offset in offsets]
        return min(candidates) if self._fold else max(candidates)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{type(tz).__name__}'")
        mine = self._tzinfo
        offset = None
        if mine is not None:
            offset = mine.utcoffset(self)
        if offset is None:
            mine = _local_timezone(self.replace(tzinfo=None)._local_seconds())
            offset = mine.utcoffset(None)
        if tz is None:
            utc_naive = (self.replace(tzinfo=None) - offset)
            seconds = (utc_naive - _EPOCH_NAIVE) // timedelta(seconds=1)
            tz = _local_timezone(seconds)
        elif tz is mine:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    # ---- formatting

    def ctime(self):
        return (f"{_DAY_ABBR[self.weekday()]} {_MONTH_ABBR[self._month]} {self._day:2d} "
                f"{self._hour:02d}:{self._minute:02d}:{self._second:02d} {self._year:04d}")

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not " + type(sep).__name__)
        text = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}" +
                _format_clock(self._hour, self._minute, self._second, self._microsecond, timespec))
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        text = f"{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}"
        if self._microsecond:
            text += f", {self._second}, {self._microsecond}"
        elif self._second:
            text += f", {self._second}"
        if self._tzinfo is not None:
            text += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            text += ", fold=1"
        return f"{_qual_name(self)}({text})"

    def strftime(self, format):
        return _strftime(format, self._year, self._month, self._day, self._hour, self._minute, self._second,
                         self._microsecond, self)

    # ---- arithmetic

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * _US_PER_SECOND + self._microsecond

    def _total_us(self):
        return self.toordinal() * _US_PER_DAY + self._us_of_day()

    def __add__(self, other):
        if isinstance(other, timedelta):
            total = self._total_us() + other._total_us()
            days, us = divmod(total, _US_PER_DAY)
            if not 1 <= days <= _MAX_ORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ordinal_to_ymd(days)
            seconds, us = divmod(us, _US_PER_SECOND)
            minutes, seconds = divmod(seconds, 60)
            hours, minutes = divmod(minutes, 60)
            return type(self)._make(y, m, d, hours, minutes, seconds, us, self._tzinfo)
        if _known(other):
            raise _op_error('+', self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _known(other):
            raise _op_error('+', other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, datetime):
            diff = self._total_us() - other._total_us()
            if self._tzinfo is not other._tzinfo:
                mine = self.utcoffset()
                theirs = other.utcoffset()
                if (mine is None) != (theirs is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if mine is not None:
                    diff -= mine._total_us() - theirs._total_us()
            return _delta_from_us(diff)
        if isinstance(other, timedelta):
            return self + -other
        if _known(other) or isinstance(other, date):
            raise _op_error('-', self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _known(other):
            raise _op_error('-', other, self)
        return NotImplemented

    # ---- comparison and hashing

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                if op == '==':
                    return 2
                raise TypeError(f"can't compare {_type_name(self)} to {_type_name(other)}")
            if _known(other) and op != '==':
                raise _cmp_error(op, self, other)
            return None
        if self._tzinfo is not other._tzinfo:
            mine = self.utcoffset()
            theirs = other.utcoffset()
            if mine != theirs:
                if mine is None or theirs is None:
                    if op == '==':
                        return 2
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                a = self._total_us() - mine._total_us()
                b = other._total_us() - theirs._total_us()
                return (a > b) - (a < b)
        a = self._total_us()
        b = other._total_us()
        return (a > b) - (a < b)

    def __hash__(self):
        offset = self.utcoffset()
        if offset is None:
            return hash(self._total_us())
        return hash(self._total_us() - offset._total_us())

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


_date_class = date
_time_class = time
_OUR_TYPES = (timedelta, date, datetime, time, timezone)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)
_EPOCH_NAIVE = datetime(1970, 1, 1)


# copy.copy and copy.deepcopy: Taipan's copy module rebuilds objects with
# cls.__new__(cls), which these classes' constructors do not allow, so each
# class copies itself (a new equal object, as CPython's reduce-based copy
# gives; deepcopy also deep-copies a tzinfo).

def _copy_timedelta(self, memo=None):
    return _delta_from_us(self._total_us(), type(self))


def _copy_date(self, memo=None):
    return type(self)._make(self._year, self._month, self._day)


def _deep_tzinfo(tz, memo):
    if tz is None or memo is None:
        return tz
    import copy
    return copy.deepcopy(tz, memo)


def _copy_time(self, memo=None):
    other = object.__new__(type(self))
    other._hour = self._hour
    other._minute = self._minute
    other._second = self._second
    other._microsecond = self._microsecond
    other._tzinfo = _deep_tzinfo(self._tzinfo, memo)
    other._fold = self._fold
    return other


def _copy_datetime(self, memo=None):
    return type(self)._make(self._year, self._month, self._day, self._hour, self._minute, self._second,
                            self._microsecond, _deep_tzinfo(self._tzinfo, memo), self._fold)


def _copy_timezone(self, memo=None):
    return type(self)(*self.__getinitargs__())


def _copy_isocalendar(self, memo=None):
    return tuple(self)


for _cls, _fn in ((timedelta, _copy_timedelta), (date, _copy_date), (time, _copy_time), (datetime, _copy_datetime),
                  (timezone, _copy_timezone), (IsoCalendarDate, _copy_isocalendar)):
    _cls.__copy__ = _fn
    _cls.__deepcopy__ = _fn
