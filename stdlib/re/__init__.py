"""re for Taipan: regular expressions with CPython's syntax, run by PCRE2.

Written for Taipan from the Python library reference and CPython 3.11's
observable behaviour (issue #6, decision 0030). A pattern is parsed here with
Python's grammar, which reports CPython's re.error messages and positions, and
rewritten into PCRE2's syntax (named groups become numbered ones, \\Z becomes
\\z, verbose mode is stripped, scoped ASCII/Unicode classes are spelt out);
the native core `_re` compiles that with PCRE2 (UTF + UCP for str patterns,
bytes mode for bytes patterns, JIT when available) and runs the matches.
findall and sub with a template scan in native code; Match and Pattern are
Python classes with CPython's attributes and reprs.
"""

import _re

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile', 'purge',
           'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII',
           'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

__version__ = '2.2.1'

_MAXSIZE = 9223372036854775807
_MAXREPEAT = 4294967295
_MAXGROUPS = 1073741823

# ---------------------------------------------------------------------------
# Flags
# ---------------------------------------------------------------------------

# (name, value) in the order RegexFlag's repr lists members.
_FLAG_ORDER = [('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
               ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128)]
# The order of Pattern's repr.
_PATTERN_FLAG_ORDER = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
                       ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]
_ALL_FLAGS = 511


def _flag_names(value, order):
    parts = []
    rest = value
    for name, bit in order:
        if value & bit:
            parts.append('re.' + name)
            rest &= ~bit
    if rest:
        parts.append(hex(rest))
    return '|'.join(parts)


class RegexFlag(int):
    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __bool__(self):
        return int(self) != 0

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        if v < 0:
            return '-' + hex(-v)
        return _flag_names(v, _FLAG_ORDER)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return self.__repr__()
        return format(int(self), spec)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        parts = []
        for name, bit in _FLAG_ORDER:
            if v & bit:
                parts.append(name)
        return '|'.join(parts) if parts else None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)

_FLAG_CHARS = {'i': 2, 'L': 4, 'm': 8, 's': 16, 'u': 32, 'x': 64, 'a': 256}
_TYPE_FLAGS = 4 | 32 | 256

# ---------------------------------------------------------------------------
# re.error
# ---------------------------------------------------------------------------


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        else:
            text = msg
            self.lineno = None
            self.colno = None
        Exception.__init__(self, text)

PatternError = error

# ---------------------------------------------------------------------------
# The translator: Python's pattern grammar -> PCRE2 source
# ---------------------------------------------------------------------------

_DIGITS = '0123456789'
_OCTDIGITS = '01234567'
_HEXDIGITS = '0123456789abcdefABCDEF'
_ASCIILETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_WHITESPACE = ' \t\n\r\v\f'
_SIMPLE_ESCAPES = {'a': 7, 'f': 12, 'n': 10, 'r': 13, 't': 9, 'v': 11, '\\': 92}
_REPEAT_CHARS = '*+?{'
_SPECIAL = '.\\[{()*+?^$|'

# Class bodies for ASCII categories when the pattern is otherwise Unicode.
_ASCII_CLASS_BODY = {
    'd': '0-9',
    'D': '\\x{0}-\\x{2f}\\x{3a}-\\x{10ffff}',
    'w': 'A-Za-z0-9_',
    'W': '\\x{0}-\\x{2f}\\x{3a}-\\x{40}\\x{5b}-\\x{5e}\\x{60}\\x{7b}-\\x{10ffff}',
    's': '\\t\\n\\x{b}\\f\\r ',
    'S': '\\x{0}-\\x{8}\\x{e}-\\x{1f}\\x{21}-\\x{10ffff}',
}
_UNI_SPACE = '\\s\\x{1c}-\\x{1f}'


class _Parser:
    def __init__(self, pattern, is_bytes, flags):
        self.pattern = pattern
        if is_bytes:
            self.text = pattern.decode('latin-1')
        else:
            self.text = pattern
        self.is_bytes = is_bytes
        self.flags = flags
        self.n = len(self.text)
        self.pos = 0
        self.groups = 1  # group 0 counted, like CPython's state.groups
        self.groupindex = {}
        self.parents = [0]
        self.open = []
        self.closed = set()

    def fail(self, msg, pos):
        raise error(msg, self.pattern, pos)

    # Tokens: one character, or a backslash with the character after it.
    def peek(self):
        if self.pos >= self.n:
            return None
        c = self.text[self.pos]
        if c == '\\':
            if self.pos + 1 >= self.n:
                self.fail('bad escape (end of pattern)', self.n - 1)
            return self.text[self.pos:self.pos + 2]
        return c

    def get(self):
        t = self.peek()
        if t is not None:
            self.pos += len(t)
        return t

    def accept(self, c):
        if self.pos < self.n and self.text[self.pos] == c:
            self.pos += 1
            return True
        return False

    def next_char(self):
        if self.pos < self.n:
            return self.text[self.pos]
        return None

    def take_while(self, limit, chars):
        start = self.pos
        while self.pos < self.n and self.pos - start < limit and self.text[self.pos] in chars:
            self.pos += 1
        return self.text[start:self.pos]

    def take_until(self, end, what):
        start = self.pos
        while True:
            if self.pos >= self.n:
                if self.pos == start:
                    self.fail('missing ' + what, start)
                self.fail('missing %s, unterminated name' % end, start)
            c = self.text[self.pos]
            if c == end:
                if self.pos == start:
                    self.fail('missing ' + what, start)
                name = self.text[start:self.pos]
                self.pos += 1
                return name
            self.pos += 1

    # --- emission helpers ---
    def lit(self, cp):
        if cp < 128:
            c = chr(cp)
            if c.isalnum() or c == '_':
                return c
            if 32 < cp < 127:
                return '\\' + c
        return '\\x{%x}' % cp

    def category(self, c, ascii_mode, in_class):
        # c is one of dDsSwW.
        uni_global = self.ucp
        if ascii_mode:
            if not uni_global:
                return '\\' + c
            body = _ASCII_CLASS_BODY[c]
            if in_class:
                return body
            return '[' + body + ']'
        if not uni_global:
            if self.is_bytes:
                return '\\' + c
            # A Unicode scope inside an ASCII str pattern.
            body = {'d': '\\p{Nd}', 'D': '\\P{Nd}', 'w': '\\p{L}\\p{N}_', 'W': '\\W', 's': _UNI_SPACE,
                    'S': '\\S'}[c]
            if in_class or c in 'dDWS':
                return body
            return '[' + body + ']'
        if c == 's':
            if in_class:
                return _UNI_SPACE
            return '[' + _UNI_SPACE + ']'
        if c == 'S' and not in_class:
            return '[^' + _UNI_SPACE + ']'
        return '\\' + c

    def boundary(self, c, ascii_mode):
        if ascii_mode == (not self.ucp) or self.is_bytes:
            if c == 'b':
                return '\\b'
            return '(?:\\B(?!\\A\\z))'
        if ascii_mode:
            w = '[A-Za-z0-9_]'
        else:
            w = '[\\p{L}\\p{N}_]'
        yes = '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (w, w, w, w)
        if c == 'b':
            return yes
        return '(?:(?!%s)(?!\\A\\z))' % yes

    # --- the grammar ---
    def parse(self):
        while True:
            self.pos = 0
            self.groups = 1
            self.groupindex = {}
            self.parents = [0]
            self.open = []
            self.closed = set()
            self.restart = False
            self.group_widths = [(0, 0)]
            self.lookbehind_error = False
            verbose = (self.flags & 64) != 0
            out = self.alternatives(verbose, 0, self.flags)
            if self.restart:
                continue
            if self.pos < self.n:
                # Only a ')' stops the top level early.
                self.fail('unbalanced parenthesis', self.pos)
            if self.lookbehind_error:
                # CPython checks widths after parsing the whole pattern.
                raise error('look-behind requires fixed-width pattern')
            return out

    def alternatives(self, verbose, depth, flags):
        parts = []
        first = True
        lo = _MAXREPEAT
        hi = 0
        while True:
            parts.append(self.sequence(verbose, depth, flags, depth == 0 and first))
            if self.restart:
                return ''
            lo = min(lo, self.width[0])
            hi = max(hi, self.width[1])
            if not self.accept('|'):
                break
            first = False
        self.width = (lo, hi)
        return '|'.join(parts)

    def sequence(self, verbose, depth, flags, at_start):
        out = []
        widths = []  # (min, max) width of each item of out
        last = None  # kind of the last item: None, 'at', 'repeat', 'item'
        ascii_mode = (flags & 256) != 0 or (self.is_bytes and True)
        if self.is_bytes:
            ascii_mode = True
        while True:
            this = self.peek()
            if this is None or this == '|' or this == ')':
                break
            here = self.pos
            self.get()
            if verbose:
                if this in _WHITESPACE:
                    continue
                if this == '#':
                    while self.pos < self.n and self.text[self.pos] != '\n':
                        self.pos += 1
                    continue
            if this[0] == '\\':
                item, kind = self.escape(this, here, flags, ascii_mode)
                out.append(item)
                widths.append(self.item_width)
                last = kind
            elif this == '[':
                out.append(self.charclass(here, flags, ascii_mode))
                widths.append((1, 1))
                last = 'item'
            elif this in _REPEAT_CHARS:
                after = self.pos
                if this == '?':
                    q = '?'
                    mn, mx = 0, 1
                elif this == '*':
                    q = '*'
                    mn, mx = 0, _MAXREPEAT
                elif this == '+':
                    q = '+'
                    mn, mx = 1, _MAXREPEAT
                else:
                    if self.next_char() == '}':
                        out.append('\\{')
                        widths.append((1, 1))
                        last = 'item'
                        continue
                    lo = self.take_while(_MAXSIZE, _DIGITS)
                    if self.accept(','):
                        hi = self.take_while(_MAXSIZE, _DIGITS)
                        comma = True
                    else:
                        hi = lo
                        comma = False
                    if not self.accept('}'):
                        self.pos = after
                        out.append('\\{')
                        widths.append((1, 1))
                        last = 'item'
                        continue
                    mn = 0
                    mx = _MAXREPEAT
                    if lo:
                        mn = int(lo)
                        if mn >= _MAXREPEAT:
                            raise OverflowError('the repetition number is too large')
                    if hi:
                        mx = int(hi)
                        if mx >= _MAXREPEAT:
                            raise OverflowError('the repetition number is too large')
                        if mx < mn:
                            self.fail('min repeat greater than max repeat', after)
                    if not comma:
                        q = '{%d}' % mn
                    elif hi:
                        q = '{%d,%d}' % (mn, mx)
                    else:
                        q = '{%d,}' % mn
                if last is None or last == 'at':
                    self.fail('nothing to repeat', here)
                if last == 'repeat':
                    self.fail('multiple repeat', here)
                if self.accept('?'):
                    q += '?'
                elif self.accept('+'):
                    q += '+'
                out.append(q)
                w = widths[-1]
                widths[-1] = (min(w[0] * mn, _MAXREPEAT), min(w[1] * mx, _MAXREPEAT))
                widths.append((0, 0))
                last = 'repeat'
            elif this == '.':
                out.append('.')
                widths.append((1, 1))
                last = 'item'
            elif this == '^':
                out.append('^')
                widths.append((0, 0))
                last = 'at'
            elif this == '$':
                out.append('$')
                widths.append((0, 0))
                last = 'at'
            elif this == '(':
                item = self.group(here, verbose, depth, flags, at_start and not out and last is None)
                if self.restart:
                    return ''
                if item is None:
                    continue  # global flags or a comment: nothing to emit
                out.append(item)
                widths.append(self.item_width)
                last = 'item'
            else:
                out.append(self.lit(ord(this)))
                widths.append((1, 1))
                last = 'item'
        lo = 0
        hi = 0
        for w in widths:
            lo = min(lo + w[0], _MAXREPEAT)
            hi = min(hi + w[1], _MAXREPEAT)
        self.width = (lo, hi)
        return ''.join(out)

    def escape(self, this, here, flags, ascii_mode):
        c = this[1]
        self.item_width = (1, 1)
        if c in 'AZbB':
            self.item_width = (0, 0)
        if c in 'dDsSwW':
            return self.category(c, ascii_mode, False), 'item'
        if c == 'A':
            return '\\A', 'at'
        if c == 'Z':
            return '\\z', 'at'
        if c == 'b' or c == 'B':
            return self.boundary(c, ascii_mode), 'at'
        value = self.escape_value(this, here, False)
        if value >= 0:
            return self.lit(value), 'item'
        # A group reference (-value).
        self.item_width = self.group_widths[-value]
        return '\\g{%d}' % (-value), 'item'

    # The code point of a literal escape; for a group reference, minus the
    # group number. Shared by classes (in_class) and the pattern body.
    def escape_value(self, this, here, in_class):
        c = this[1]
        if c in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[c]
        if in_class and c == 'b':
            return 8
        if c == 'x':
            digits = self.take_while(2, _HEXDIGITS)
            if len(digits) != 2:
                self.fail('incomplete escape \\x' + digits, here)
            return int(digits, 16)
        if (c == 'u' or c == 'U') and not self.is_bytes:
            width = 4 if c == 'u' else 8
            digits = self.take_while(width, _HEXDIGITS)
            if len(digits) != width:
                self.fail('incomplete escape \\%s%s' % (c, digits), here)
            v = int(digits, 16)
            if v > 0x10FFFF:
                self.fail('bad escape \\%s%s' % (c, digits), here)
            return v
        if c == 'N' and not self.is_bytes:
            if not self.accept('{'):
                self.fail('missing {', self.pos)
            start = self.pos
            while self.pos < self.n and self.text[self.pos] != '}':
                self.pos += 1
            if self.pos >= self.n or self.pos == start:
                self.fail('missing character name', start)
            name = self.text[start:self.pos]
            self.pos += 1
            self.fail('undefined character name %r' % name, here)
        if c == '0':
            digits = self.take_while(2, _OCTDIGITS)
            return int('0' + digits, 8)
        if c in _DIGITS:
            if in_class:
                if c in _OCTDIGITS:
                    digits = c + self.take_while(2, _OCTDIGITS)
                    v = int(digits, 8)
                    if v > 0o377:
                        self.fail('octal escape value \\%s outside of range 0-0o377' % digits, here)
                    return v
                self.fail('bad escape ' + this, here)
            digits = c
            nxt = self.next_char()
            if nxt is not None and nxt in _DIGITS:
                digits += nxt
                self.pos += 1
                nxt = self.next_char()
                if digits[0] in _OCTDIGITS and digits[1] in _OCTDIGITS and nxt is not None and nxt in _OCTDIGITS:
                    digits += nxt
                    self.pos += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        self.fail('octal escape value \\%s outside of range 0-0o377' % digits, here)
                    return v
            group = int(digits)
            if group < self.groups:
                if group in self.open:
                    self.fail('cannot refer to an open group', here)
                return -group
            self.fail('invalid group reference %d' % group, here + 1)
        if c in _ASCIILETTERS:
            self.fail('bad escape ' + this, here)
        return ord(c)

    def charclass(self, start, flags, ascii_mode):
        negate = self.accept('^')
        items = []
        while True:
            this = self.get()
            if this is None:
                self.fail('unterminated character set', start)
            if this == ']' and items:
                break
            here = self.pos - len(this)
            cat = None
            if this[0] == '\\':
                if this[1] in 'dDsSwW':
                    cat = this[1]
                    lo = -1
                else:
                    lo = self.escape_value(this, here, True)
            else:
                lo = ord(this)
            if self.accept('-'):
                that = self.get()
                if that is None:
                    self.fail('unterminated character set', start)
                if that == ']':
                    if cat is not None:
                        items.append(self.category(cat, ascii_mode, True))
                    else:
                        items.append(self.lit(lo))
                    items.append('\\-')
                    break
                that_start = self.pos - len(that)
                cat2 = None
                if that[0] == '\\':
                    if that[1] in 'dDsSwW':
                        cat2 = that[1]
                    else:
                        hi = self.escape_value(that, that_start, True)
                else:
                    hi = ord(that)
                if cat is not None or cat2 is not None:
                    self.fail('bad character range %s-%s' % (this, that), self.pos - len(this) - 1 - len(that))
                if hi < lo:
                    self.fail('bad character range %s-%s' % (this, that), self.pos - len(this) - 1 - len(that))
                items.append(self.lit(lo) + '-' + self.lit(hi))
            else:
                if cat is not None:
                    items.append(self.category(cat, ascii_mode, True))
                else:
                    items.append(self.lit(lo))
        body = ''.join(items)
        if negate:
            return '[^' + body + ']'
        return '[' + body + ']'

    def check_name(self, name, pos):
        if not name.isidentifier():
            self.fail('bad character in group name %r' % name, pos)
        if self.is_bytes and not name.isascii():
            self.fail('bad character in group name %r' % name, pos)

    def open_group(self):
        g = self.groups
        self.groups += 1
        if self.open:
            self.parents.append(self.open[-1])
        else:
            self.parents.append(0)
        self.open.append(g)
        self.group_widths.append((0, _MAXREPEAT))
        return g

    def close_group(self, g):
        self.open.remove(g)
        self.group_widths[g] = self.width

    def body(self, start, verbose, depth, flags):
        inner = self.alternatives(verbose, depth + 1, flags)
        if self.restart:
            return ''
        if not self.accept(')'):
            self.fail('missing ), unterminated subpattern', start)
        self.item_width = self.width
        return inner

    def group(self, start, verbose, depth, flags, at_start):
        if not self.accept('?'):
            g = self.open_group()
            inner = self.body(start, verbose, depth, flags)
            self.close_group(g)
            return '(' + inner + ')'
        c = self.next_char()
        if c is None:
            self.fail('unexpected end of pattern', self.pos)
        self.pos += 1
        if c == 'P':
            d = self.next_char()
            if d is None:
                self.fail('unexpected end of pattern', self.pos)
            self.pos += 1
            if d == '<':
                name_pos = self.pos
                name = self.take_until('>', 'group name')
                self.check_name(name, name_pos)
                g = self.open_group()
                if name in self.groupindex:
                    self.fail('redefinition of group name %r as group %d; was group %d' %
                              (name, g, self.groupindex[name]), name_pos)
                self.groupindex[name] = g
                inner = self.body(start, verbose, depth, flags)
                self.close_group(g)
                return '(' + inner + ')'
            if d == '=':
                name_pos = self.pos
                name = self.take_until(')', 'group name')
                self.check_name(name, name_pos)
                if name not in self.groupindex:
                    self.fail('unknown group name %r' % name, name_pos)
                g = self.groupindex[name]
                if g in self.open:
                    self.fail('cannot refer to an open group', name_pos)
                self.item_width = self.group_widths[g]
                return '(?:\\g{%d})' % g
            self.fail('unknown extension ?P' + d, start + 1)
        if c == ':':
            return '(?:' + self.body(start, verbose, depth, flags) + ')'
        if c == '#':
            while True:
                if self.pos >= self.n:
                    self.fail('missing ), unterminated comment', start)
                if self.text[self.pos] == ')':
                    self.pos += 1
                    return None
                self.pos += 1
        if c == '=' or c == '!':
            inner = self.body(start, verbose, depth, flags)
            self.item_width = (0, 0)
            return '(?' + c + inner + ')'
        if c == '>':
            return '(?>' + self.body(start, verbose, depth, flags) + ')'
        if c == '<':
            d = self.next_char()
            if d is None:
                self.fail('unexpected end of pattern', self.pos)
            self.pos += 1
            if d == '=' or d == '!':
                inner = self.body(start, verbose, depth, flags)
                if self.width[0] != self.width[1]:
                    self.lookbehind_error = True
                self.item_width = (0, 0)
                return '(?<' + d + inner + ')'
            self.fail('unknown extension ?<' + d, start + 1)
        if c == '(':
            name_pos = self.pos
            name = self.take_until(')', 'group name')
            if name.isidentifier():
                if name not in self.groupindex:
                    self.fail('unknown group name %r' % name, name_pos)
                g = self.groupindex[name]
            else:
                if not (name.isdecimal() and name.isascii()):
                    self.fail('bad character in group name %r' % name, name_pos)
                g = int(name)
                if g == 0:
                    self.fail('bad group number', name_pos)
                if g >= _MAXGROUPS:
                    self.fail('invalid group reference %d' % g, name_pos)
            yes = self.sequence(verbose, depth + 1, flags, False)
            out = '(?(%d)' % g + yes
            lo = 0
            hi = self.width[1]
            if self.accept('|'):
                yes_lo = self.width[0]
                no = self.sequence(verbose, depth + 1, flags, False)
                lo = min(yes_lo, self.width[0])
                hi = max(hi, self.width[1])
                if self.next_char() == '|':
                    self.fail('conditional backref with more than two branches', self.pos)
                out += '|' + no
            if not self.accept(')'):
                self.fail('missing ), unterminated subpattern', start)
            self.item_width = (lo, hi)
            return out + ')'
        if c in _FLAG_CHARS or c == '-':
            return self.inline_flags(c, start, verbose, depth, flags, at_start)
        self.fail('unknown extension ?' + c, start + 1)

    def inline_flags(self, c, start, verbose, depth, flags, at_start):
        on = 0
        off = 0
        if c != '-':
            while True:
                bit = _FLAG_CHARS[c]
                if not self.is_bytes and c == 'L':
                    self.fail("bad inline flags: cannot use 'L' flag with a str pattern", self.pos)
                if self.is_bytes and c == 'u':
                    self.fail("bad inline flags: cannot use 'u' flag with a bytes pattern", self.pos)
                on |= bit
                if (bit & _TYPE_FLAGS) and (on & _TYPE_FLAGS) != bit:
                    self.fail("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.pos)
                c = self.next_char()
                if c is None:
                    self.fail('missing -, : or )', self.pos)
                self.pos += 1
                if c in ')-:':
                    break
                if c not in _FLAG_CHARS:
                    if c.isalpha():
                        self.fail('unknown flag', self.pos - 1)
                    self.fail('missing -, : or )', self.pos - 1)
        if c == ')':
            if not at_start:
                self.fail('global flags not at the start of the expression', start)
            if (on & 64) and not (self.flags & 64):
                self.flags |= on
                self.restart = True
                return None
            self.flags |= on
            return None
        if c == '-':
            c = self.next_char()
            if c is None:
                self.fail('missing flag', self.pos)
            self.pos += 1
            if c not in _FLAG_CHARS:
                if c.isalpha():
                    self.fail('unknown flag', self.pos - 1)
                self.fail('missing flag', self.pos - 1)
            while True:
                bit = _FLAG_CHARS[c]
                if bit & _TYPE_FLAGS:
                    self.fail("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.pos)
                off |= bit
                c = self.next_char()
                if c is None:
                    self.fail('missing :', self.pos)
                self.pos += 1
                if c == ':':
                    break
                if c not in _FLAG_CHARS:
                    if c.isalpha():
                        self.fail('unknown flag', self.pos - 1)
                    self.fail('missing :', self.pos - 1)
        if on & off:
            self.fail('bad inline flags: flag turned on and off', self.pos - 1)
        inner_flags = (flags | on) & ~off
        if on & _TYPE_FLAGS:
            inner_flags = (inner_flags & ~_TYPE_FLAGS) | (on & _TYPE_FLAGS)
        inner_verbose = verbose
        if on & 64:
            inner_verbose = True
        if off & 64:
            inner_verbose = False
        inner = self.body(start, inner_verbose, depth, inner_flags)
        pcre_on = ''
        pcre_off = ''
        for letter, bit in (('i', 2), ('m', 8), ('s', 16)):
            if on & bit:
                pcre_on += letter
            if off & bit:
                pcre_off += letter
        if pcre_off:
            pcre_on += '-' + pcre_off
        return '(?' + pcre_on + ':' + inner + ')'


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & 4:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & 256:
            flags |= 32
        elif flags & 32:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & 32:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & 4 and flags & 256:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def _translate(pattern, flags):
    is_bytes = not isinstance(pattern, str)
    p = _Parser(pattern, is_bytes, flags)
    p.ucp = (not is_bytes) and not (flags & 256)
    src = p.parse()
    flags = _fix_flags(pattern, p.flags)
    if p.ucp and (flags & 256):
        # (?a) at the start made the whole pattern ASCII: translate again.
        p = _Parser(pattern, is_bytes, flags)
        p.ucp = False
        src = p.parse()
    return src, flags, p.groups - 1, p.groupindex, p.parents


# ---------------------------------------------------------------------------
# Pattern and Match
# ---------------------------------------------------------------------------


class _GroupIndex(dict):
    def __repr__(self):
        return 'mappingproxy(%s)' % dict.__repr__(self)

    def __str__(self):
        return dict.__repr__(self)


def _check_subject(pattern, string):
    if isinstance(pattern, str):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
    else:
        if isinstance(string, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
        if not isinstance(string, (bytes, bytearray, memoryview)):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)


def _norm_pos(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    def __init__(self, pattern, flags, code, groups, groupindex, parents):
        self.pattern = pattern
        self.flags = flags
        self._code = code
        self.groups = groups
        self._groupindex = groupindex
        self._parents = parents
        self._names = {}
        for name in groupindex:
            self._names[groupindex[name]] = name

    def __class_getitem__(cls, item):
        return cls

    @property
    def groupindex(self):
        return _GroupIndex(self._groupindex)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = int(self.flags)
        if isinstance(self.pattern, str):
            flags &= ~32
        if flags:
            return 're.compile(%s, %s)' % (text, _flag_names(flags, _PATTERN_FLAG_ORDER))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and int(self.flags) == int(other.flags)

    def __ne__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return not self.__eq__(other)

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode):
        _check_subject(self.pattern, string)
        spans = _re.match(self._code, string, pos, endpos, mode, False)
        if spans is None:
            return None
        p, e = _norm_pos(string, pos, endpos)
        return Match(self, string, p, e, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        _check_subject(self.pattern, string)
        return _re.findall(self._code, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        _check_subject(self.pattern, string)
        return self._iter(string, pos, endpos)

    def _iter(self, string, pos, endpos):
        p, e = _norm_pos(string, pos, endpos)
        start = p
        notempty = False
        batch = 16
        while start <= e:
            found = _re.spans(self._code, string, start, e, batch, notempty)
            for spans in found:
                yield Match(self, string, p, e, spans)
            if len(found) < batch:
                return
            last = found[-1]
            notempty = last[0] == last[1]
            start = last[1]
            if batch < 1024:
                batch *= 4

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        _check_subject(self.pattern, string)
        if maxsplit < 0:
            return [string[:]]
        return _re.split(self._code, string, maxsplit)

    def subn(self, repl, string, count=0):
        _check_subject(self.pattern, string)
        if count < 0:
            return string, 0
        if callable(repl):
            return self._subn_call(repl, string, count)
        template = _compile_template(self, repl)
        return _re.subn(self._code, string, template, count)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def _subn_call(self, repl, string, count):
        parts = []
        last = 0
        n = 0
        e = len(string)
        for spans in _re.spans(self._code, string, 0, _MAXSIZE, count, False):
            if spans[0] > last:
                parts.append(string[last:spans[0]])
            piece = repl(Match(self, string, 0, e, spans))
            if piece is not None:
                parts.append(piece)
            last = spans[1]
            n += 1
        if n == 0:
            return string, 0
        if last < e:
            parts.append(string[last:])
        if isinstance(string, str):
            joiner = ''
        else:
            joiner = b''
        try:
            return joiner.join(parts), n
        except TypeError:
            for i in range(len(parts)):
                if not isinstance(parts[i], type(joiner)):
                    raise TypeError('sequence item %d: expected %s instance, %s found' %
                                    (i, 'str' if isinstance(string, str) else 'a bytes-like object',
                                     type(parts[i]).__name__)) from None
            raise


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos, self._endpos = _norm_pos(string, pos, endpos)
        self._start = self._pos
        self._notempty = False

    def _step(self, mode):
        if self._start > self._endpos:
            return None
        spans = _re.match(self.pattern._code, self._string, self._start, self._endpos, mode, self._notempty)
        if spans is None:
            return None
        self._notempty = spans[0] == spans[1]
        self._start = spans[1]
        return Match(self.pattern, self._string, self._pos, self._endpos, spans)

    def match(self):
        return self._step(1)

    def search(self):
        return self._step(0)


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def __class_getitem__(cls, item):
        return cls

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            gi = self.re._groupindex
            if g in gi:
                return gi[g]
        elif isinstance(g, bool):
            if int(g) <= self.re.groups:
                return int(g)
        raise IndexError('no such group')

    def _get(self, i, default):
        s = self._spans[2 * i]
        if s < 0:
            return default
        v = self.string[s:self._spans[2 * i + 1]]
        if isinstance(v, (bytearray, memoryview)):
            return bytes(v)
        return v

    def group(self, *args):
        if not args:
            return self._get(0, None)
        if len(args) == 1:
            return self._get(self._index(args[0]), None)
        out = []
        for a in args:
            out.append(self._get(self._index(a), None))
        return tuple(out)

    def __getitem__(self, g):
        return self._get(self._index(g), None)

    def groups(self, default=None):
        out = []
        for i in range(1, self.re.groups + 1):
            out.append(self._get(i, default))
        return tuple(out)

    def groupdict(self, default=None):
        out = {}
        gi = self.re._groupindex
        for name in gi:
            out[name] = self._get(gi[name], default)
        return out

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        out = []
        for i in range(self.re.groups + 1):
            out.append((self._spans[2 * i], self._spans[2 * i + 1]))
        return tuple(out)

    @property
    def lastindex(self):
        best = None
        best_end = -1
        parents = self.re._parents
        for g in range(1, self.re.groups + 1):
            s = self._spans[2 * g]
            if s < 0:
                continue
            e = self._spans[2 * g + 1]
            if best is None or e > best_end:
                best = g
                best_end = e
            elif e == best_end:
                # Equal ends: an enclosing group closes after the groups
                # inside it; otherwise the later group closes last.
                if not _encloses(parents, best, g):
                    best = g
        # A set group around the best one closed after it (even when a
        # lookahead carried the inner group further).
        if best is not None:
            g = parents[best]
            while g:
                if self._spans[2 * g] >= 0:
                    best = g
                g = parents[g]
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        return self.re._names.get(i)

    def expand(self, template):
        pieces = _compile_template(self.re, template)
        out = []
        for p in pieces:
            if isinstance(p, int):
                v = self._get(p, None)
                if v is not None:
                    out.append(v)
            else:
                out.append(p)
        if isinstance(self.string, str):
            return ''.join(out)
        return b''.join(out)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (self._spans[0], self._spans[1], self._get(0, None))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _encloses(parents, outer, inner):
    g = parents[inner]
    while g:
        if g == outer:
            return True
        g = parents[g]
    return False


# ---------------------------------------------------------------------------
# Replacement templates
# ---------------------------------------------------------------------------

_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    t = _template_cache.get(key)
    if t is None:
        t = _parse_template(pattern, repl)
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = t
    return t


def _parse_template(pattern, repl):
    if isinstance(repl, str):
        if not isinstance(pattern.pattern, str):
            raise TypeError('expected a bytes-like object, str found')
        text = repl
        is_bytes = False
    else:
        if isinstance(pattern.pattern, str):
            if isinstance(repl, (bytes, bytearray, memoryview)):
                raise TypeError('sequence item 0: expected str instance, %s found' % type(repl).__name__)
            raise TypeError('decoding to str: need a bytes-like object, %s found' % type(repl).__name__)
        text = bytes(repl).decode('latin-1')
        is_bytes = True
    if '\\' not in text:
        return [repl]
    pieces = []
    lit = []
    n = len(text)
    i = 0

    def fail(msg, pos):
        raise error(msg, repl, pos)

    def flush():
        if lit:
            s = ''.join(lit)
            if is_bytes:
                pieces.append(s.encode('latin-1'))
            else:
                pieces.append(s)
            del lit[:]

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            fail('bad escape (end of pattern)', i)
        here = i
        c = text[i + 1]
        i += 2
        if c == 'g':
            if i >= n or text[i] != '<':
                fail('missing <', i)
            i += 1
            start = i
            while i < n and text[i] != '>':
                i += 1
            if i >= n:
                if i == start:
                    fail('missing group name', start)
                fail('missing >, unterminated name', start)
            name = text[start:i]
            i += 1
            if not name:
                fail('missing group name', start)
            if name.isidentifier():
                if is_bytes and not name.isascii():
                    fail('bad character in group name %r' % name, start)
                gi = pattern._groupindex
                if name not in gi:
                    raise IndexError('unknown group name %r' % name)
                g = gi[name]
            else:
                if not (name.isdecimal() and name.isascii()):
                    try:
                        g = int(name)
                    except ValueError:
                        fail('bad character in group name %r' % name, start)
                    if g < 0:
                        fail('bad character in group name %r' % name, start)
                else:
                    g = int(name)
                if g >= _MAXGROUPS:
                    fail('invalid group reference %d' % g, start)
                if g > pattern.groups:
                    fail('invalid group reference %d' % g, start)
            flush()
            pieces.append(g)
        elif c == '0':
            j = i
            while j < n and j < i + 2 and text[j] in _OCTDIGITS:
                j += 1
            lit.append(chr(int('0' + text[i:j], 8)))
            i = j
        elif c in _DIGITS:
            digits = c
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if digits[0] in _OCTDIGITS and digits[1] in _OCTDIGITS and i < n and text[i] in _OCTDIGITS:
                    digits += text[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        fail('octal escape value \\%s outside of range 0-0o377' % digits, here)
                    lit.append(chr(v))
                    continue
            g = int(digits)
            if g > pattern.groups:
                fail('invalid group reference %d' % g, here + 1)
            flush()
            pieces.append(g)
        elif c in _SIMPLE_ESCAPES:
            lit.append(chr(_SIMPLE_ESCAPES[c]))
        elif c == 'b':
            lit.append('\x08')
        elif c in _ASCIILETTERS:
            fail('bad escape \\' + c, here)
        else:
            lit.append('\\')
            lit.append(c)
    flush()
    return pieces


# ---------------------------------------------------------------------------
# Module-level functions
# ---------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    src, allflags, groups, groupindex, parents = _translate(pattern, flags)
    code = _re.compile(src, _pcre_options(allflags, isinstance(pattern, str)))
    if isinstance(code, tuple):
        msg = code[0]
        if 'lookbehind' in msg:
            raise error('look-behind requires fixed-width pattern')
        raise error(msg, pattern, 0)
    p = Pattern(pattern, allflags, code, groups, groupindex, parents)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def _pcre_options(flags, is_str):
    o = 0
    if flags & 2:
        o |= 1
    if flags & 8:
        o |= 2
    if flags & 16:
        o |= 4
    if is_str:
        o |= 16
        if not flags & 256:
            o |= 8
    return o


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_ESCAPE_CHARS = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    if isinstance(pattern, str):
        out = []
        for c in pattern:
            if c in _ESCAPE_CHARS:
                out.append('\\')
            out.append(c)
        return ''.join(out)
    text = bytes(pattern).decode('latin-1')
    return escape(text).encode('latin-1')
