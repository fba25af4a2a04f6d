"""json.encoder for Taipan: JSONEncoder and the string escapers.

Written for Taipan from the Python library reference and RFC 8259 (issue #6,
decision 0020). Output is byte-identical to CPython 3.11's: the same escapes
(short forms for quote, backslash and \\b \\f \\n \\r \\t, \\u00XX for other
control characters, and with ensure_ascii \\uXXXX for every non-ASCII
character, as a surrogate pair above U+FFFF), floats by float.__repr__ with
NaN/Infinity/-Infinity, the same key coercions, separators, indentation and
the same TypeError/ValueError messages. The exact builtin types are encoded
by the native `_json.encode` (runtime/src/json_core.cpp); subclasses and
`default` go through the Python encoder here.
"""

import _json

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

_SHORT = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}
INFINITY = float('inf')


def _escape_char(c, ascii_only):
    short = _SHORT.get(c)
    if short is not None:
        return short
    n = ord(c)
    if n < 0x20 or (ascii_only and n > 0x7e):
        if n > 0xFFFF:
            n -= 0x10000
            return '\\u%04x\\u%04x' % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))
        return '\\u%04x' % n
    return c


def encode_basestring(s):
    """The JSON form of a str, non-ASCII characters kept as they are."""
    if type(s) is str:
        return _json.escape(s, False)
    if '"' not in s and '\\' not in s and s.isprintable():
        return '"' + s + '"'
    pieces = ['"']
    for c in s:
        pieces.append(_escape_char(c, False))
    pieces.append('"')
    return ''.join(pieces)


def encode_basestring_ascii(s):
    """The JSON form of a str in ASCII only."""
    if type(s) is str:
        return _json.escape(s, True)
    if s.isascii() and '"' not in s and '\\' not in s and s.isprintable():
        return '"' + s + '"'
    pieces = ['"']
    start = 0
    n = len(s)
    for i in range(n):
        c = s[i]
        if ' ' <= c <= '~' and c != '"' and c != '\\':
            continue
        if start < i:
            pieces.append(s[start:i])
        pieces.append(_escape_char(c, True))
        start = i + 1
    if start < n:
        pieces.append(s[start:])
    pieces.append('"')
    return ''.join(pieces)


class JSONEncoder(object):
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        # The native encoder takes the exact builtin types; any other value
        # comes back to _Encoding (subclasses, `default`).
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        encoding = None

        def fallback(value, level):
            nonlocal encoding
            if encoding is None:
                encoding = _Encoding(self, [])
            out = []
            encoding.out = out
            encoding.value(value, level)
            return ''.join(out)

        return [_json.encode(o, self.ensure_ascii, self.allow_nan, self.sort_keys, self.skipkeys,
                             self.check_circular, self.item_separator, self.key_separator, indent, fallback, 0)]


class _Encoding:
    """One encode call: the options, the output pieces and the cycle markers."""

    def __init__(self, enc, out):
        self.enc = enc
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.escape = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_separator = enc.item_separator
        self.key_separator = enc.key_separator
        self.allow_nan = enc.allow_nan
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(self.escape(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(o)

    def array(self, lst, level):
        out = self.out
        if not lst:
            out.append('[]')
            return
        self.enter(lst)
        if self.indent is None:
            out.append('[')
            separator = self.item_separator
        else:
            level += 1
            newline = '\n' + self.indent * level
            out.append('[' + newline)
            separator = self.item_separator + newline
        first = True
        for item in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.leave(lst)

    def key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.floatstr(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def object(self, dct, level):
        out = self.out
        if not dct:
            out.append('{}')
            return
        self.enter(dct)
        if self.indent is None:
            out.append('{')
            separator = self.item_separator
        else:
            level += 1
            newline = '\n' + self.indent * level
            out.append('{' + newline)
            separator = self.item_separator + newline
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, value in items:
            text = self.key(key)
            if text is None:
                continue
            if first:
                first = False
            else:
                out.append(separator)
            out.append(self.escape(text))
            out.append(self.key_separator)
            self.value(value, level)
        if self.indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.leave(dct)
