"""binascii for Taipan: conversions between binary data and ASCII.

Written for Taipan from the Python library reference (issue #6, decision
0020): hexlify/unhexlify (b2a_hex/a2b_hex), b2a_base64/a2b_base64 and crc32,
with CPython 3.11's `binascii.Error` messages.
"""

import zlib as _zlib

__all__ = ['Error', 'Incomplete', 'a2b_base64', 'a2b_hex', 'b2a_base64', 'b2a_hex', 'crc32', 'hexlify',
           'unhexlify']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_INDEX = {c: i for i, c in enumerate(_B64)}
_HEX = b"0123456789abcdef"


def _bytes_arg(data, fname):
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(data).__name__}'")


def _buffer_arg(data):
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _buffer_arg(data)
    out = bytearray()
    for b in data:
        out.append(_HEX[b >> 4])
        out.append(_HEX[b & 15])
    if sep is None:
        return bytes(out)
    if isinstance(sep, str):
        sep = sep.encode('ascii')
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    return data.hex(sep.decode('ascii'), bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    data = _bytes_arg(hexstr, 'a2b_hex')
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _hexval(data[i])
        lo = _hexval(data[i + 1])
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


unhexlify = a2b_hex


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    return -1


def b2a_base64(data, *, newline=True):
    data = _buffer_arg(data)
    out = bytearray()
    n = len(data)
    i = 0
    while i + 3 <= n:
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out.append(_B64[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = data[i] << 16
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out += b"=="
    elif rest == 2:
        v = (data[i] << 16) | (data[i + 1] << 8)
        out.append(_B64[v >> 18])
        out.append(_B64[(v >> 12) & 63])
        out.append(_B64[(v >> 6) & 63])
        out += b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _bytes_arg(data, 'a2b_base64')
    out = bytearray()
    acc = 0
    nbits = 0
    count = 0       # data characters seen
    pads = 0
    for c in data:
        if c == 61:  # '='
            if strict_mode and count == 0:
                raise Error('Leading padding not allowed')
            pads += 1
            # Enough padding to complete the group ends the data.
            if count % 4 >= 2 and count % 4 + pads >= 4:
                return bytes(out)
            continue
        v = _B64_INDEX.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if pads and strict_mode:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        acc = (acc << 6) | v
        nbits += 6
        count += 1
        if nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 255)
            acc &= (1 << nbits) - 1
    if count % 4 == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a '
                    'multiple of 4' % count)
    if count % 4:
        raise Error('Incorrect padding')
    return bytes(out)


def crc32(data, crc=0, /):
    return _zlib.crc32(data, crc)
