"""_strptime for Taipan: the parser behind time.strptime and datetime.strptime.

Written for Taipan from the Python library reference (issue #6, decision
0020); no code is taken from CPython. Taipan has no `re` module, so a format
is turned into a list of tokens (literal text, a whitespace run, a
directive) and matched by a small backtracking matcher that tries each
directive's alternatives in the same order as CPython's regular expressions
do, so the same strings are accepted and split the same way (for example
'%Y %m' on '2020 13' leaves 'unconverted data remains: 3'). Literal text
matches case-insensitively and a whitespace run in the format matches one
or more whitespace characters. Names are the C locale's. The field
resolution (two-digit years, %I with %p, %j, %U/%W and %G/%V with a
weekday, the Feb 29 without a year rule) and the error messages follow
CPython 3.11.
"""

import time as _time
import datetime as _dt

_DIGIT = '0123456789'
_DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_DAY_ABBR = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
_MONTH_NAMES = ['', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
                'october', 'november', 'december']
_MONTH_ABBR = ['', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
_AM_PM = ['am', 'pm']

# Numeric directives: alternatives in regular-expression order, each a list
# of the characters allowed at each position.
_NZ = '123456789'
_NUMERIC = {
    'd': [['3', '01'], ['12', _DIGIT], ['0', _NZ], [_NZ], [' ', _NZ]],
    'f': [[_DIGIT] * 6, [_DIGIT] * 5, [_DIGIT] * 4, [_DIGIT] * 3, [_DIGIT] * 2, [_DIGIT]],
    'G': [[_DIGIT] * 4],
    'H': [['2', '0123'], ['01', _DIGIT], [_DIGIT]],
    'I': [['1', '012'], ['0', _NZ], [_NZ]],
    'j': [['3', '6', '0123456'], ['3', '012345', _DIGIT], ['12', _DIGIT, _DIGIT], ['0', _NZ, _DIGIT],
          ['0', '0', _NZ], [_NZ, _DIGIT], ['0', _NZ], [_NZ]],
    'm': [['1', '012'], ['0', _NZ], [_NZ]],
    'M': [['012345', _DIGIT], [_DIGIT]],
    'S': [['6', '01'], ['012345', _DIGIT], [_DIGIT]],
    'U': [['5', '0123'], ['01234', _DIGIT], [_DIGIT]],
    'V': [['5', '0123'], ['0', _NZ], ['1234', _DIGIT], [_DIGIT]],
    'W': [['5', '0123'], ['01234', _DIGIT], [_DIGIT]],
    'u': [['1234567']],
    'w': [['0123456']],
    'y': [[_DIGIT, _DIGIT]],
    'Y': [[_DIGIT] * 4],
}

_EXPANSIONS = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}


def _by_length(names):
    # Longest first, keeping the original order among equal lengths.
    return sorted([n for n in names if n], key=len, reverse=True)


def _zone_names():
    names = ['utc', 'gmt']
    for name in _time.tzname:
        low = name.lower()
        if low not in names:
            names.append(low)
    return _by_length(names)


_NAMES = {
    'a': _by_length(_DAY_ABBR),
    'A': _by_length(_DAY_NAMES),
    'b': _by_length(_MONTH_ABBR),
    'B': _by_length(_MONTH_NAMES),
    'p': _AM_PM,
}


def _tokenize(fmt, tokens):
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == '%':
            if i + 1 >= n:
                raise IndexError
            d = fmt[i + 1]
            i += 2
            if d in _EXPANSIONS:
                _tokenize(_EXPANSIONS[d], tokens)
            elif d == '%':
                tokens.append(('lit', '%'))
            elif d in _NUMERIC or d in _NAMES or d == 'z' or d == 'Z':
                tokens.append(('dir', d))
            else:
                raise KeyError(d)
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            tokens.append(('ws', None))
        else:
            tokens.append(('lit', c.lower()))
            i += 1
    return tokens


def _numeric_ends(alternatives, data, pos):
    ends = []
    n = len(data)
    for alt in alternatives:
        if pos + len(alt) > n:
            continue
        ok = True
        for k in range(len(alt)):
            if data[pos + k] not in alt[k]:
                ok = False
                break
        if ok:
            ends.append(pos + len(alt))
    return ends


def _two_digits(data, pos, first=_DIGIT):
    return pos + 2 <= len(data) and data[pos] in first and data[pos + 1] in _DIGIT


def _offset_ends(data, pos):
    # [+-]HH(:?)MM((:?)SS(.f{1,6})?)? or a capital Z.
    ends = []
    n = len(data)
    if pos < n and data[pos] in '+-' and _two_digits(data, pos + 1):
        p = pos + 3
        for c1 in ((1, 0) if p < n and data[p] == ':' else (0,)):
            q = p + c1
            if not _two_digits(data, q, '012345'):
                continue
            q += 2
            for c2 in ((1, 0) if q < n and data[q] == ':' else (0,)):
                r = q + c2
                if not _two_digits(data, r, '012345'):
                    continue
                r += 2
                if r < n and data[r] == '.':
                    k = 0
                    while k < 6 and r + 1 + k < n and data[r + 1 + k] in _DIGIT:
                        k += 1
                    while k >= 1:
                        ends.append(r + 1 + k)
                        k -= 1
                ends.append(r)
            ends.append(q)
    if pos < n and data[pos] == 'Z':
        ends.append(pos + 1)
    return ends


def _name_ends(names, data, pos):
    ends = []
    for name in names:
        if data[pos:pos + len(name)].lower() == name:
            ends.append(pos + len(name))
    return ends


def _match(tokens, k, data, pos, found):
    # Regular-expression-like matching with backtracking: returns the end of
    # the first successful match of tokens[k:] at data[pos:], or -1.
    if k == len(tokens):
        return pos
    kind, value = tokens[k]
    if kind == 'lit':
        if pos < len(data) and data[pos].lower() == value:
            return _match(tokens, k + 1, data, pos + 1, found)
        return -1
    if kind == 'ws':
        end = pos
        while end < len(data) and data[end].isspace():
            end += 1
        while end > pos:
            r = _match(tokens, k + 1, data, end, found)
            if r >= 0:
                return r
            end -= 1
        return -1
    if value in _NUMERIC:
        ends = _numeric_ends(_NUMERIC[value], data, pos)
    elif value == 'z':
        ends = _offset_ends(data, pos)
    elif value == 'Z':
        ends = _name_ends(_zone_names(), data, pos)
    else:
        ends = _name_ends(_NAMES[value], data, pos)
    for end in ends:
        found.append((value, data[pos:end]))
        r = _match(tokens, k + 1, data, end, found)
        if r >= 0:
            return r
        found.pop()
    return -1


def _julian_from_week(year, week, weekday, monday_first):
    first = _dt.date(year, 1, 1).weekday()
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    week0_days = (7 - first) % 7
    if week == 0:
        return 1 + weekday - first
    return 1 + week0_days + 7 * (week - 1) + weekday


def _parse(data, fmt, arg_base=1):
    """The fields of data read with fmt: (year, month, day, hour, minute,
    second, microsecond, gmtoff seconds or None, gmtoff microseconds,
    %Z text or None, weekday, day of year, isdst)."""
    if not isinstance(data, str):
        raise TypeError(f"strptime() argument {arg_base} must be str, not {type(data).__name__}")
    if not isinstance(fmt, str):
        raise TypeError(f"strptime() argument {arg_base + 1} must be str, not {type(fmt).__name__}")
    try:
        tokens = _tokenize(fmt, [])
    except KeyError as err:
        raise ValueError(f"'{err.args[0]}' is a bad directive in format '{fmt}'") from None
    except IndexError:
        raise ValueError(f"stray % in format '{fmt}'") from None
    found = []
    end = _match(tokens, 0, data, 0, found)
    if end < 0:
        raise ValueError(f"time data {data!r} does not match format {fmt!r}")
    if end != len(data):
        raise ValueError(f"unconverted data remains: {data[end:]}")
    values = {}
    for key, text in found:
        values[key] = text
    year = iso_year = iso_week = julian = weekday = week = None
    week_start = 0
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    for key, text in found:
        if key == 'y':
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif key == 'Y':
            year = int(text)
        elif key == 'G':
            iso_year = int(text)
        elif key == 'm':
            month = int(text)
        elif key == 'B':
            month = _MONTH_NAMES.index(text.lower())
        elif key == 'b':
            month = _MONTH_ABBR.index(text.lower())
        elif key == 'd':
            day = int(text)
        elif key == 'H':
            hour = int(text)
        elif key == 'I':
            hour = int(text)
            marker = values.get('p', '').lower()
            if marker in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif marker == 'pm':
                if hour != 12:
                    hour += 12
        elif key == 'M':
            minute = int(text)
        elif key == 'S':
            second = int(text)
        elif key == 'f':
            fraction = int(text + '0' * (6 - len(text)))
        elif key == 'A':
            weekday = _DAY_NAMES.index(text.lower())
        elif key == 'a':
            weekday = _DAY_ABBR.index(text.lower())
        elif key == 'w':
            weekday = (int(text) + 6) % 7
        elif key == 'u':
            weekday = int(text) - 1
        elif key == 'j':
            julian = int(text)
        elif key == 'U' or key == 'W':
            week = int(text)
            week_start = 6 if key == 'U' else 0
        elif key == 'V':
            iso_week = int(text)
        elif key == 'z':
            if text == 'Z':
                gmtoff = 0
            else:
                z = text
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f"Inconsistent use of : in {text}")
                        z = z[:5] + z[6:]
                gmtoff = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or '0')
                rest = z[8:]
                gmtoff_fraction = int(rest + '0' * (6 - len(rest)))
                if z[0] == '-':
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif key == 'Z':
            zone = text.lower()
            if zone in ('utc', 'gmt'):
                isdst = 0
            else:
                names = [n.lower() for n in _time.tzname]
                if zone in names:
                    if not (_time.tzname[0] == _time.tzname[1] and _time.daylight):
                        isdst = names.index(zone)
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year "
                         "'%G' instead.")
    feb29 = False
    if year is None and month == 2 and day == 29:
        year = 1904
        feb29 = True
    elif year is None:
        year = 1900
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, week_start == 0)
        elif iso_year is not None and iso_week is not None:
            jan4 = _dt.date(iso_year, 1, 4)
            julian = iso_week * 7 + weekday + 1 - (jan4.isoweekday() + 3)
            year = iso_year
            if julian < 1:
                julian += _dt.date(iso_year, 1, 1).toordinal()
                year = iso_year - 1
                julian -= _dt.date(year, 1, 1).toordinal()
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
    if julian is None:
        julian = _dt.date(year, month, day).toordinal() - _dt.date(year, 1, 1).toordinal() + 1
    else:
        d = _dt.date.fromordinal(julian - 1 + _dt.date(year, 1, 1).toordinal())
        year = d.year
        month = d.month
        day = d.day
    if weekday is None:
        weekday = _dt.date(year, month, day).weekday()
    if feb29:
        year = 1900
    return (year, month, day, hour, minute, second, fraction, gmtoff, gmtoff_fraction, values.get('Z'), weekday,
            julian, isdst)
