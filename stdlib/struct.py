"""struct for Taipan: packing values into bytes and back.

Written for Taipan from the Python library reference (issue #6, decision
0020). Formats are parsed once into (code, count, offset) items and cached.
Byte order '@' uses native sizes and alignment (x86-64 LP64), '=', '<', '>'
and '!' standard sizes without alignment. Integers are range-checked with
CPython's struct.error messages; floats are rounded to binary32/binary16
with round-half-even on exact rationals (so results are bit-identical to a
C cast), with CPython's OverflowError for 'e' and standard 'f'.
"""

import math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


error.__module__ = 'struct'

# code -> (native size, standard size)
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2), 'i': (4, 4),
          'I': (4, 4), 'l': (8, 4), 'L': (8, 4), 'q': (8, 8), 'Q': (8, 8), 'n': (8, 0), 'N': (8, 0), 'e': (2, 2),
          'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1), 'P': (8, 0)}
_SIGNED = frozenset('bhilqn')
_NAMED = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}

_cache = {}


class _Layout:
    def __init__(self, fmt):
        if isinstance(fmt, bytes):
            fmt = fmt.decode('latin-1')
        elif not isinstance(fmt, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s' % type(fmt).__name__)
        self.format = fmt
        order = '@'
        i = 0
        if fmt and fmt[0] in '@=<>!':
            order = fmt[0]
            i = 1
        self.native = order == '@'
        self.little = order in '@=<'
        items = []
        offset = 0
        nargs = 0
        n = len(fmt)
        while i < n:
            c = fmt[i]
            if c.isspace():
                i += 1
                continue
            count = 1
            if '0' <= c <= '9':
                j = i
                while j < n and '0' <= fmt[j] <= '9':
                    j += 1
                count = int(fmt[i:j])
                if j >= n:
                    raise error('repeat count given without format specifier')
                i = j
                c = fmt[i]
            i += 1
            sizes = _SIZES.get(c)
            if sizes is None or (not self.native and c in 'nNP'):
                raise error('bad char in struct format')
            size = sizes[0] if self.native else sizes[1]
            if self.native and c not in 'xcbB?sp':
                offset = (offset + size - 1) // size * size
            if c in 'sp':
                items.append((c, count, offset))
                offset += count
                nargs += 1
            elif c == 'x':
                offset += count
            else:
                for _ in range(count):
                    items.append((c, size, offset))
                    offset += size
                nargs += count
        self.items = items
        self.size = offset
        self.nargs = nargs


def _layout(fmt):
    lay = _cache.get(fmt)
    if lay is None:
        lay = _Layout(fmt)
        if len(_cache) > 1000:
            _cache.clear()
        _cache[fmt] = lay
    return lay


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), '__index__', None)
    if index is None:
        raise error('required argument is not an integer')
    return index(v)


def _check_int(code, size, v, native):
    if code in _NAMED:
        lo, hi = (-(1 << (8 * size - 1)), (1 << (8 * size - 1)) - 1) if code in _SIGNED else (0, (1 << (8 * size)) - 1)
        if not -(1 << 63) <= v < (1 << 64):
            raise error('argument out of range')
        if not lo <= v <= hi:
            raise error('%s format requires %d <= number <= %d' % (_NAMED[code], lo, hi))
        return
    if code in _SIGNED:
        if not -(1 << 63) <= v < (1 << 63):
            raise error('argument out of range')
        if size < 8 and not -(1 << (8 * size - 1)) <= v < (1 << (8 * size - 1)):
            raise error("'%s' format requires %d <= number <= %d" % (code, -(1 << (8 * size - 1)),
                                                                     (1 << (8 * size - 1)) - 1))
    else:
        if not 0 <= v < (1 << 64):
            raise error('argument out of range')
        if size < 8 and v >= (1 << (8 * size)):
            raise error("'%s' format requires 0 <= number <= %d" % (code, (1 << (8 * size)) - 1))


def _round_half_even(n, d):
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q & 1):
        q += 1
    return q


def _float_bits(x, mbits, ebits, code, overflow_raises):
    """IEEE-754 bits of x in a format with mbits fraction bits and ebits exponent bits."""
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    top = sign << (mbits + ebits)
    if x != x:
        return top | (((1 << ebits) - 1) << mbits) | (1 << (mbits - 1))
    if x in (math.inf, -math.inf):
        return top | (((1 << ebits) - 1) << mbits)
    if x == 0:
        return top
    n, d = abs(x).as_integer_ratio()
    e = n.bit_length() - d.bit_length()
    if (n << max(0, -e)) < (d << max(0, e)):
        e -= 1
    emin = 1 - bias
    if e < emin:
        shift = mbits - emin
        m = _round_half_even(n << shift, d) if shift >= 0 else _round_half_even(n, d << -shift)
        return top | m
    shift = mbits - e
    m = _round_half_even(n << shift, d) if shift >= 0 else _round_half_even(n, d << -shift)
    if m == (1 << (mbits + 1)):
        m >>= 1
        e += 1
    if e > bias:
        if overflow_raises:
            raise OverflowError('float too large to pack with %s format' % code)
        return top | (((1 << ebits) - 1) << mbits)
    return top | ((e + bias) << mbits) | (m - (1 << mbits))


def _bits_float(bits, mbits, ebits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (mbits + ebits) else 1.0
    exp = (bits >> mbits) & ((1 << ebits) - 1)
    mant = bits & ((1 << mbits) - 1)
    if exp == (1 << ebits) - 1:
        if mant:
            return math.copysign(math.nan, sign)
        return sign * math.inf
    if exp == 0:
        return sign * math.ldexp(float(mant), 1 - bias - mbits)
    return sign * math.ldexp(float(mant | (1 << mbits)), exp - bias - mbits)


_FLOAT_FORMATS = {'e': (10, 5), 'f': (23, 8), 'd': (52, 11)}


def _as_float(v):
    if isinstance(v, float):
        return v
    if isinstance(v, int):
        return float(v)
    conv = getattr(type(v), '__float__', None)
    if conv is None:
        conv = getattr(type(v), '__index__', None)
        if conv is None:
            raise error('required argument is not a float')
        return float(conv(v))
    return conv(v)


def _pack(lay, args, buf, base):
    if len(args) != lay.nargs:
        raise error('pack expected %d items for packing (got %d)' % (lay.nargs, len(args)))
    order = 'little' if lay.little else 'big'
    k = 0
    for code, size, offset in lay.items:
        v = args[k]
        k += 1
        at = base + offset
        if code == 's' or code == 'p':
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if code == 's':
                data = bytes(v[:size])
                buf[at:at + len(data)] = data
            elif size:
                n = min(len(v), size - 1, 255)
                buf[at] = n
                buf[at + 1:at + 1 + n] = bytes(v[:n])
        elif code == 'c':
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error('char format requires a bytes object of length 1')
            buf[at] = v[0]
        elif code == '?':
            buf[at] = 1 if v else 0
        elif code in _FLOAT_FORMATS:
            mbits, ebits = _FLOAT_FORMATS[code]
            x = _as_float(v)
            bits = _float_bits(x, mbits, ebits, code, code == 'e' or not lay.native)
            buf[at:at + size] = bits.to_bytes(size, order)
        else:
            iv = _as_int(v)
            _check_int(code, size, iv, lay.native)
            buf[at:at + size] = iv.to_bytes(size, order, signed=iv < 0)


def _unpack(lay, data, base):
    order = 'little' if lay.little else 'big'
    out = []
    for code, size, offset in lay.items:
        at = base + offset
        if code == 's':
            out.append(bytes(data[at:at + size]))
        elif code == 'p':
            if size:
                n = min(data[at], size - 1)
                out.append(bytes(data[at + 1:at + 1 + n]))
            else:
                out.append(b'')
        elif code == 'c':
            out.append(bytes(data[at:at + 1]))
        elif code == '?':
            out.append(data[at] != 0)
        elif code in _FLOAT_FORMATS:
            mbits, ebits = _FLOAT_FORMATS[code]
            out.append(_bits_float(int.from_bytes(data[at:at + size], order), mbits, ebits))
        else:
            out.append(int.from_bytes(data[at:at + size], order, signed=code in _SIGNED))
    return tuple(out)


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    if isinstance(data, memoryview):
        return data.tobytes()
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


class Struct:
    def __init__(self, format):
        lay = _layout(format)
        self._lay = lay
        self.format = lay.format
        self.size = lay.size

    def pack(self, *args):
        buf = bytearray(self.size)
        _pack(self._lay, args, buf, 0)
        return bytes(buf)

    def pack_into(self, buffer, offset, *args):
        if offset < 0:
            if offset + len(buffer) < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self.size + offset, self.size, offset, len(buffer)))
        _pack(self._lay, args, buffer, offset)

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return _unpack(self._lay, data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _buffer(buffer)
        if offset < 0:
            if offset + len(data) < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self.size + offset, self.size, offset, len(data)))
        return _unpack(self._lay, data, offset)

    def iter_unpack(self, buffer):
        data = _buffer(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return iter([_unpack(self._lay, data, k) for k in range(0, len(data), self.size)])

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)


def calcsize(format):
    return _layout(format).size


def pack(format, *args):
    return Struct(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    Struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return Struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return Struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return Struct(format).iter_unpack(buffer)
