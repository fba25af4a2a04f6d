"""array for Taipan: typed arrays of numbers (and 'u' characters).

Written for Taipan from the Python library reference (issue #6, decision
0020). An array keeps its items as a Python list checked and converted on
the way in (ranges and messages as CPython's for each type code) and packs
them with struct when bytes are needed (tobytes, frombytes, tofile,
byteswap, buffer_info). Sequence behaviour (indexing, slices, +, *,
comparisons, iteration) follows list semantics with CPython's array errors.
"""

import struct as _struct

__all__ = ['array', 'ArrayType', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_SIZES = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_RANGES = {'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
           'B': (0, 255, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
           'h': (-32768, 32767, 'signed short integer is less than minimum',
                 'signed short integer is greater than maximum'),
           'H': (0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
           'i': (-2 ** 31, 2 ** 31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
           'I': (0, 2 ** 32 - 1, "can't convert negative value to unsigned int",
                 'unsigned int is greater than maximum'),
           'l': (-2 ** 63, 2 ** 63 - 1, 'Python int too large to convert to C long',
                 'Python int too large to convert to C long'),
           'L': (0, 2 ** 64 - 1, "can't convert negative value to unsigned int",
                 'Python int too large to convert to C unsigned long'),
           'q': (-2 ** 63, 2 ** 63 - 1, 'int too big to convert', 'int too big to convert'),
           'Q': (0, 2 ** 64 - 1, "can't convert negative int to unsigned", 'int too big to convert')}


def _convert(typecode, v):
    if typecode == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if typecode in 'fd':
        if isinstance(v, float):
            x = v
        elif isinstance(v, int):
            x = float(v)
        else:
            f = getattr(type(v), '__float__', None)
            if f is None:
                raise TypeError('must be real number, not %s' % type(v).__name__)
            x = f(v)
        if typecode == 'f':
            x = _struct.unpack('f', _struct.pack('f', x))[0]
        return x
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(v, int):
        index = getattr(type(v), '__index__', None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        v = index(v)
    lo, hi, low_msg, high_msg = _RANGES[typecode]
    if v < lo:
        raise OverflowError(low_msg)
    if v > hi:
        raise OverflowError(high_msg)
    return int(v)


class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(initializer)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _SIZES[self._typecode]

    def _fmt(self, n):
        return '@%d%s' % (n, 'I' if self._typecode == 'u' else self._typecode)

    def append(self, v):
        self._items.append(_convert(self._typecode, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        self._items.insert(i, _convert(self._typecode, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        try:
            if stop is None:
                return self._items.index(v, start)
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError('arg must be list')
        converted = [_convert(self._typecode, v) for v in items]
        self._items.extend(converted)

    def tobytes(self):
        if self._typecode == 'u':
            return _struct.pack(self._fmt(len(self._items)), *[ord(c) for c in self._items])
        return _struct.pack(self._fmt(len(self._items)), *self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError('bytes length not a multiple of item size')
        values = _struct.unpack(self._fmt(len(data) // size), data)
        if self._typecode == 'u':
            values = [chr(v) for v in values]
        self._items.extend(values)

    def tounicode(self):
        if self._typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        got = len(data) // self.itemsize
        self.frombytes(data[:got * self.itemsize])
        if got < n:
            raise EOFError('read() didn\'t return enough bytes')

    def byteswap(self):
        if self._typecode == 'u' or self.itemsize == 1:
            if self._typecode == 'u':
                raise RuntimeError("don't know how to byteswap this array type")
            return
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[k:k + size][::-1] for k in range(0, len(data), size))
        self._items = []
        self.frombytes(swapped)

    def buffer_info(self):
        return (id(self), len(self._items))

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            out = array(self._typecode)
            out._items = self._items[i]
            return out
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._typecode != self._typecode:
                raise TypeError('bad argument type for built-in operation')
            self._items[i] = v._items
            return
        try:
            self._items[i] = _convert(self._typecode, v)
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        out = array(self._typecode)
        out._items = self._items + other._items
        return out

    def __iadd__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        if other._typecode != self._typecode:
            raise TypeError('bad argument type for built-in operation')
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        out = array(self._typecode)
        out._items = self._items * n
        return out

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _cmp_items(self, other):
        if not isinstance(other, array):
            return None
        return other._items

    def __eq__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items == items

    def __ne__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items != items

    def __lt__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items < items

    def __le__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items <= items

    def __gt__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items > items

    def __ge__(self, other):
        items = self._cmp_items(other)
        return NotImplemented if items is None else self._items >= items

    __hash__ = None

    def __copy__(self):
        return array(self._typecode, self)

    def __deepcopy__(self, memo):
        return array(self._typecode, self)

    def __reduce_ex__(self, protocol):
        return (array, (self._typecode, list(self._items)))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._typecode
        if self._typecode == 'u':
            return 'array(%r, %r)' % (self._typecode, ''.join(self._items))
        return 'array(%r, %r)' % (self._typecode, self._items)


ArrayType = array
