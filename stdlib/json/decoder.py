"""json.decoder for Taipan: JSONDecoder, JSONDecodeError and scanstring.

Written for Taipan from the Python library reference and RFC 8259 (issue #6,
decision 0020). Documents are parsed by the native `_json.scan` (runtime/src/
json_core.cpp), which calls this decoder's hooks; scanstring is kept here in
Python. Both report the error
messages and positions of CPython 3.11's accelerated scanner: "Expecting
value", "Expecting ',' delimiter", "Unterminated string starting at",
"Invalid \\escape", "Invalid \\uXXXX escape", "Invalid control character at",
"Extra data", each with line, column and char offset. NaN, Infinity and
-Infinity are accepted as CPython accepts them; lone surrogate escapes are
kept, and a high/low pair joins into one character.
"""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WS = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEXDIGITS = '0123456789abcdefABCDEF'


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _hex4(s, i):
    """The value of the four hex digits at s[i:i+4], or -1."""
    if i + 4 > len(s):
        return -1
    value = 0
    for k in range(i, i + 4):
        c = s[k]
        if c in _HEXDIGITS:
            value = value * 16 + int(c, 16)
        else:
            return -1
    return value


def scanstring(s, end, strict=True):
    """Decodes the JSON string whose body starts at s[end] (just after the
    opening quote); returns (str, index after the closing quote)."""
    begin = end - 1
    chunks = []
    n = len(s)
    while True:
        q = s.find('"', end)
        b = s.find('\\', end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            stop = n
        chunk = s[end:stop]
        if strict and chunk and not chunk.isprintable():
            for k in range(len(chunk)):
                if ord(chunk[k]) < 0x20:
                    raise JSONDecodeError('Invalid control character at', s, end + k)
        if stop >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if chunk:
            chunks.append(chunk)
        if s[stop] == '"':
            return ''.join(chunks), stop + 1
        # A backslash escape.
        esc_at = stop + 1
        if esc_at >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[esc_at]
        if esc != 'u':
            repl = _ESCAPES.get(esc)
            if repl is None:
                raise JSONDecodeError('Invalid \\escape', s, stop)
            chunks.append(repl)
            end = esc_at + 1
            continue
        code = _hex4(s, esc_at + 1)
        if code < 0:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, esc_at)
        end = esc_at + 5
        if 0xD800 <= code <= 0xDBFF and s.startswith('\\u', end):
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, end + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        chunks.append(chr(code))


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


class JSONDecoder(object):
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        # The native scanner's arguments, fixed here as CPython's scanner
        # takes the hooks once, when the decoder is made (None: the builtin).
        self._strict = bool(strict)
        self._object_hook = object_hook
        self._object_pairs_hook = object_pairs_hook
        self._parse_float = None if self.parse_float is float else self.parse_float
        self._parse_int = None if self.parse_int is int else self.parse_int
        self._parse_constant = None if self.parse_constant == _CONSTANTS.__getitem__ else self.parse_constant

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return _json.scan(s, idx, self._strict, self._object_hook, self._object_pairs_hook, self._parse_float,
                          self._parse_int, self._parse_constant, JSONDecodeError)
