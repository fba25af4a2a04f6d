"""string for Taipan: the character-class constants, capwords, Template and
Formatter.

Written for Taipan from the Python library reference (issue #6, decision
0020). Template placeholders ($name, ${name}, $$) are scanned by hand with
the default delimiter and identifier rules (ASCII letters, digits and
underscore, not starting with a digit); an invalid placeholder raises
ValueError "Invalid placeholder in string: line L, col C" as CPython's does.
Subclasses may change `delimiter`; custom `pattern`/`idpattern` regular
expressions are not supported. Formatter parses format strings with the
same rules as str.format.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits', 'octdigits',
           'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset(ascii_letters + '_')
_ID_REST = frozenset(ascii_letters + digits + '_')


class Template:
    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, start, end, name): kind is 'text', 'escaped', 'named', 'braced' or 'invalid'."""
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        i = 0
        n = len(s)
        text_start = 0
        out = []
        while True:
            j = s.find(delim, i)
            if j < 0:
                break
            k = j + dl
            if s.startswith(delim, k):
                out.append(('escaped', j, k + dl, None))
                i = k + dl
                continue
            if k < n and s[k] in _ID_START:
                e = k + 1
                while e < n and s[e] in _ID_REST:
                    e += 1
                out.append(('named', j, e, s[k:e]))
                i = e
                continue
            if k < n and s[k] == '{':
                e = k + 1
                if e < n and s[e] in _ID_START:
                    e += 1
                    while e < n and s[e] in _ID_REST:
                        e += 1
                    if e < n and s[e] == '}':
                        out.append(('braced', j, e + 1, s[k + 1:e]))
                        i = e + 1
                        continue
            out.append(('invalid', k, k, None))
            i = k
        return out

    def _invalid(self, start):
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = start - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, mapping, safe):
        s = self.template
        parts = []
        pos = 0
        for kind, start, end, name in self._scan():
            parts.append(s[pos:start - len(self.delimiter) if kind == 'invalid' else start])
            pos = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if safe:
                    parts.append(s[start - len(self.delimiter):end])
                else:
                    self._invalid(start)
            else:
                if safe:
                    try:
                        parts.append(str(mapping[name]))
                    except KeyError:
                        parts.append(s[start:end])
                else:
                    parts.append(str(mapping[name]))
        parts.append(s[pos:])
        return ''.join(parts)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._render(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _ChainMap(kws, mapping)
        return self._render(mapping, True)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids

    pattern = None


class _ChainMap:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args,
                                                            recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        out = []
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    literal.append('{')
                    out.append((''.join(literal), None, None, None))
                    literal = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    if i + 1 == n:
                        raise ValueError("Single '{' encountered in format string")
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1:j - 1]
                name_end = len(field)
                conversion = None
                spec = ''
                k = 0
                bracket = False
                while k < len(field):
                    ch = field[k]
                    if ch == '[':
                        bracket = True
                    elif ch == ']':
                        bracket = False
                    elif not bracket and (ch == '!' or ch == ':'):
                        break
                    k += 1
                name = field[:k]
                rest = field[k:]
                if rest.startswith('!'):
                    if len(rest) < 2:
                        raise ValueError('end of string while looking for conversion specifier')
                    conversion = rest[1]
                    rest = rest[2:]
                    if rest and not rest.startswith(':'):
                        raise ValueError('expected \':\' after conversion specifier')
                if rest.startswith(':'):
                    spec = rest[1:]
                out.append((''.join(literal), name, spec, conversion))
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    literal.append('}')
                    out.append((''.join(literal), None, None, None))
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            out.append((''.join(literal), None, None, None))
        return out

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first


def _split_field(field_name):
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if field_name[i] == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            rest.append((True, field_name[i + 1:j]))
            i = j
        else:
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    return first, rest
