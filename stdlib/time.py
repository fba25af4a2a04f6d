"""time for Taipan: time access and conversions.

Written for Taipan from the Python library reference (issue #6, decision
0020) over the native core `_time` (runtime/src/time_core.cpp): the clocks
and their _ns forms, sleep, gmtime/localtime/mktime with struct_time,
strftime, asctime/ctime, and the local zone's timezone, altzone, daylight and
tzname, and strptime (parsed by `_strptime`).
"""

import _time

__all__ = ['altzone', 'asctime', 'ctime', 'daylight', 'get_clock_info', 'gmtime', 'localtime', 'mktime',
           'monotonic', 'monotonic_ns', 'perf_counter', 'perf_counter_ns', 'process_time', 'process_time_ns',
           'sleep', 'strftime', 'strptime', 'struct_time', 'thread_time', 'thread_time_ns', 'time', 'time_ns', 'timezone',
           'tzname']

_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time:
    # A 9-field sequence with the zone fields as extra attributes. (Not a
    # tuple subclass: Taipan's tuple subclasses have no instance __dict__
    # yet, so isinstance(t, tuple) is False here; everything else behaves
    # as CPython's structseq.)
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, seq):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(seq)}-sequence given)")
        if len(seq) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(seq)}-sequence given)")
        self._t = seq[:9]
        self.tm_zone = seq[9] if len(seq) > 9 else None
        self.tm_gmtoff = seq[10] if len(seq) > 10 else None

    tm_year = property(lambda self: self._t[0])
    tm_mon = property(lambda self: self._t[1])
    tm_mday = property(lambda self: self._t[2])
    tm_hour = property(lambda self: self._t[3])
    tm_min = property(lambda self: self._t[4])
    tm_sec = property(lambda self: self._t[5])
    tm_wday = property(lambda self: self._t[6])
    tm_yday = property(lambda self: self._t[7])
    tm_isdst = property(lambda self: self._t[8])

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return self._t < tuple(other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return 'time.struct_time(' + ', '.join(f'{n}={v!r}' for n, v in zip(_FIELDS, self._t)) + ')'


def time():
    return _time.clock(0)


def time_ns():
    return _time.clock_ns(0)


def monotonic():
    return _time.clock(1)


def monotonic_ns():
    return _time.clock_ns(1)


def perf_counter():
    return _time.clock(1)


def perf_counter_ns():
    return _time.clock_ns(1)


def process_time():
    return _time.clock(2)


def process_time_ns():
    return _time.clock_ns(2)


def thread_time():
    return _time.clock(3)


def thread_time_ns():
    return _time.clock_ns(3)


def sleep(secs):
    _time.sleep(secs)


def gmtime(secs=None):
    return struct_time(_time.gmtime(secs))


def localtime(secs=None):
    return struct_time(_time.localtime(secs))


def _as_tuple(t, fname):
    if t is None:
        return _time.localtime(None)
    if isinstance(t, struct_time):
        return t._t + (t.tm_zone, t.tm_gmtoff)
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{fname}(): illegal time tuple argument")
    return t


def mktime(t):
    return _time.mktime(_as_tuple(t, 'mktime'))


def strftime(format, t=None):
    tup = _as_tuple(t, 'strftime')
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if not 1 <= tup[1] <= 12:
        raise ValueError("month out of range")
    if not 1 <= tup[2] <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= tup[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= tup[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= tup[5] <= 61:
        raise ValueError("seconds out of range")
    return _time.strftime(format, tup)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    t = _as_tuple(t, 'asctime')
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])


def ctime(secs=None):
    return asctime(localtime(secs))


class _ClockInfo:
    def __init__(self, implementation, monotonic, adjustable, resolution):
        self.implementation = implementation
        self.monotonic = monotonic
        self.adjustable = adjustable
        self.resolution = resolution

    def __repr__(self):
        return (f"namespace(implementation={self.implementation!r}, monotonic={self.monotonic!r}, "
                f"adjustable={self.adjustable!r}, resolution={self.resolution!r})")


def get_clock_info(name):
    if name == 'time':
        return _ClockInfo('clock_gettime(CLOCK_REALTIME)', False, True, 1e-09)
    if name in ('monotonic', 'perf_counter'):
        return _ClockInfo('clock_gettime(CLOCK_MONOTONIC)', True, False, 1e-09)
    if name == 'process_time':
        return _ClockInfo('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False, 1e-09)
    if name == 'thread_time':
        return _ClockInfo('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False, 1e-09)
    raise ValueError('unknown clock')


timezone, altzone, daylight, tzname = _time.zoneinfo()


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    for k, arg in enumerate((string, format)):
        if not isinstance(arg, str):
            raise TypeError(f"strptime() argument {k} must be str, not {type(arg)}")
    import _strptime
    f = _strptime._parse(string, format)
    return struct_time((f[0], f[1], f[2], f[3], f[4], f[5], f[10], f[11], f[12], f[9], f[7]))
