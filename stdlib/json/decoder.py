"""json.decoder for Taipan: the JSON parser, JSONDecoder and JSONDecodeError.

Written for Taipan from the Python library reference and RFC 8259 (issue #6,
decision 0020). A recursive-descent scanner over the str, with the error
messages and positions of CPython 3.11's accelerated scanner: "Expecting
value", "Expecting ',' delimiter", "Unterminated string starting at",
"Invalid \\escape", "Invalid \\uXXXX escape", "Invalid control character at",
"Extra data", each with line, column and char offset. NaN, Infinity and
-Infinity are accepted as CPython accepts them; lone surrogate escapes are
kept, and a high/low pair joins into one character.
"""

__all__ = ['JSONDecoder', 'JSONDecodeError']

_WS = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEXDIGITS = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'


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


class _StopScan(Exception):
    """No value starts at this index (the caller words the error)."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


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


class _Scanner:
    """One parse: the decoder's hooks and the document."""

    def __init__(self, decoder, s):
        self.s = s
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant
        self.memo = {}

    def value(self, i):
        """Parses the value at s[i] (no leading whitespace); returns (value, end)."""
        s = self.s
        if i >= len(s):
            raise _StopScan(i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, start):
        s = self.s
        n = len(s)
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i >= n or s[i] not in _DIGITS:
            raise _StopScan(start)
        if s[i] == '0':
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            j = i + 1
            if j < n and (s[j] == '+' or s[j] == '-'):
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def object(self, i):
        s = self.s
        pairs = []
        memo = self.memo
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = scanstring(s, i + 1, self.strict)
            key = memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            try:
                value, i = self.value(i)
            except _StopScan as err:
                raise JSONDecodeError('Expecting value', s, err.pos) from None
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, i):
        s = self.s
        values = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            try:
                value, i = self.value(i)
            except _StopScan as err:
                raise JSONDecodeError('Expecting value', s, err.pos) from None
            values.append(value)
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)


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

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Scanner(self, s).value(idx)
        except _StopScan as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None
