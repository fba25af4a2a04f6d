"""itertools for Taipan: iterator building blocks.

Written for Taipan from the Python library reference (issue #6, decision
0020); results and error messages follow CPython 3.11. The infinite and
stateful iterators (count, cycle, repeat, chain, islice, ...) are classes,
so their types and reprs read as in CPython; the combinatoric ones are
generators over index tuples.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat',
           'starmap', 'takewhile', 'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807
_NOTHING = object()


def _check_number(value, what):
    if not isinstance(value, (int, float, complex)) and not hasattr(value, '__add__'):
        raise TypeError("a number is required")


class count:

    def __init__(self, start=0, step=1):
        _check_number(start, 'start')
        _check_number(step, 'step')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {self._step!r})"


class cycle:

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first_pass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first_pass:
            for item in self._it:
                self._saved.append(item)
                return item
            self._first_pass = False
        if not self._saved:
            raise StopIteration
        item = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return item


class repeat:

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError(f"'{type(times).__name__}' object cannot be interpreted as an integer")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


class accumulate:

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = _NOTHING
        self._initial = initial

    def __iter__(self):
        return self

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        value = next(self._it)
        if self._total is _NOTHING:
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


class chain:

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                self._active = iter(next(self._sources))
            for item in self._active:
                return item
            self._active = None


class compress:

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._selectors)
            if s:
                return d


class dropwhile:

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            for x in self._it:
                if not self._pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(self._it)


class takewhile:

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse:

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        for x in self._it:
            if self._func is None:
                if not x:
                    return x
            elif not self._func(x):
                return x
        raise StopIteration


class starmap:

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        return self._func(*next(self._it))


class pairwise:

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._last = _NOTHING

    def __iter__(self):
        return self

    def __next__(self):
        if self._last is _NOTHING:
            self._last = next(self._it)
        b = next(self._it)
        a = self._last
        self._last = b
        return (a, b)


class islice:

    def __init__(self, iterable, *args):
        nargs = len(args)
        if nargs == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if nargs > 3:
            raise TypeError(f"islice expected at most 4 arguments, got {nargs + 1}")
        if nargs == 1:
            start, stop, step = None, args[0], None
        elif nargs == 2:
            start, stop, step = args[0], args[1], None
        else:
            start, stop, step = args
        if stop is not None and (not isinstance(stop, int) or stop < 0):
            raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0:
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        elif not isinstance(step, int) or step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        if self._stop is not None and self._next >= self._stop:
            # Consume up to stop, as CPython does, then finish.
            while self._index < self._stop:
                try:
                    next(it)
                except StopIteration:
                    break
                self._index += 1
            self._it = None
            raise StopIteration
        while self._index < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._index += 1
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._index += 1
        self._next += self._step
        if self._stop is not None and self._next > self._stop:
            self._next = self._stop
        return item


class zip_longest:

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __iter__(self):
        return self

    def __next__(self):
        if not self._its or not self._active:
            raise StopIteration
        values = []
        for i, it in enumerate(self._its):
            if it is None:
                values.append(self._fill)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                self._active -= 1
                if not self._active:
                    raise
                self._its[i] = None
                values.append(self._fill)
        return tuple(values)


class _Grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._current_grouper is not self:
            raise StopIteration
        if p._currvalue is _NOTHING:
            p._advance()
            if p._currvalue is _NOTHING:
                raise StopIteration
        if p._currkey != self._key:
            raise StopIteration
        value = p._currvalue
        p._currvalue = _NOTHING
        return value


class groupby:

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._currkey = _NOTHING
        self._currvalue = _NOTHING
        self._tgtkey = _NOTHING
        self._current_grouper = None
        self._exhausted = False

    def _advance(self):
        try:
            value = next(self._it)
        except StopIteration:
            self._exhausted = True
            self._currvalue = _NOTHING
            return
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)

    def __iter__(self):
        return self

    def __next__(self):
        self._current_grouper = None
        # Skip the rest of the current group.
        while True:
            if self._currvalue is _NOTHING:
                if self._exhausted:
                    raise StopIteration
                self._advance()
                if self._currvalue is _NOTHING:
                    raise StopIteration
            if self._tgtkey is _NOTHING or self._currkey != self._tgtkey:
                break
            self._currvalue = _NOTHING
        self._tgtkey = self._currkey
        grouper = _Grouper(self, self._tgtkey)
        self._current_grouper = grouper
        return (self._currkey, grouper)


class _TeeData:
    def __init__(self, it):
        self.it = it
        self.buffer = []
        self.base = 0           # index of buffer[0] in the stream
        self.positions = []     # the tee objects sharing this data

    def get(self, index):
        while index >= self.base + len(self.buffer):
            self.buffer.append(next(self.it))
        value = self.buffer[index - self.base]
        self.trim()
        return value

    def trim(self):
        low = min(t._index for t in self.positions) if self.positions else self.base
        drop = low - self.base
        if drop > 0:
            del self.buffer[:drop]
            self.base = low


class _tee:
    def __init__(self, data, index):
        self._data = data
        self._index = index
        data.positions.append(self)

    def __iter__(self):
        return self

    def __next__(self):
        value = self._data.get(self._index)
        self._index += 1
        return value

    def __copy__(self):
        return _tee(self._data, self._index)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    data = _TeeData(iter(iterable))
    return tuple(_tee(data, 0) for _ in range(n))


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError(f"'{type(repeat).__name__}' object cannot be interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    for prod in result:
        yield prod


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    elif not isinstance(r, int):
        raise TypeError("Expected int as r")
    elif r < 0:
        raise ValueError("r must be non-negative")
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    if not isinstance(r, int):
        raise TypeError(f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_wr(tuple(iterable), r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
