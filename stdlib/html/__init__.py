"""html for Taipan: escape() and unescape().

Written for Taipan from the Python library reference and the HTML5
character-reference rules (issue #6, decision 0020). unescape() replaces
named references (the HTML5 table, longest match for names that work without
';'), decimal and hexadecimal references (';' optional), with the HTML5
replacements: windows-1252 for 0x80-0x9F, U+FFFD for 0, surrogates and
values past U+10FFFF, and nothing for the other control and noncharacter
code points.
"""

from html._entity_data import html5 as _html5, charref_replacements as _charref_replacements

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    s = s.replace('&', '&amp;')
    s = s.replace('<', '&lt;')
    s = s.replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;')
        s = s.replace('\'', '&#x27;')
    return s


_SELF_MAPPED = {0x0d: '\r', 0x81: '\x81', 0x8d: '\x8d', 0x8f: '\x8f', 0x90: '\x90', 0x9d: '\x9d'}


def _invalid_codepoint(num):
    if 0x1 <= num <= 0x8 or 0xe <= num <= 0x1f or 0x7f <= num <= 0x9f or 0xfdd0 <= num <= 0xfdef or num == 0xb:
        return True
    return (num & 0xfffe) == 0xfffe


def _numeric(text):
    if text[1] in 'xX':
        num = int(text[2:].rstrip(';'), 16)
    else:
        num = int(text[1:].rstrip(';'))
    if num in _SELF_MAPPED:
        return _SELF_MAPPED[num]
    if num in _charref_replacements:
        return _charref_replacements[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if _invalid_codepoint(num):
        return ''
    return chr(num)


def _named(text):
    if text in _html5:
        return _html5[text]
    for x in range(len(text) - 1, 1, -1):
        if text[:x] in _html5:
            return _html5[text[:x]] + text[x:]
    return '&' + text


_HEXDIGITS = frozenset('0123456789abcdefABCDEF')
_STOP = frozenset('\t\n\f <&#;')


def _reference_end(s, i):
    """End of a character reference whose text starts at s[i] (after '&'), or -1."""
    n = len(s)
    if i >= n:
        return -1
    if s[i] == '#':
        j = i + 1
        if j < n and s[j] in 'xX':
            k = j + 1
            while k < n and s[k] in _HEXDIGITS:
                k += 1
            if k == j + 1:
                return -1
        else:
            k = j
            while k < n and '0' <= s[k] <= '9':
                k += 1
            if k == j:
                return -1
        if k < n and s[k] == ';':
            k += 1
        return k
    k = i
    while k < n and k - i < 32 and s[k] not in _STOP:
        k += 1
    if k == i:
        return -1
    if k < n and s[k] == ';':
        k += 1
    return k


def unescape(s):
    if '&' not in s:
        return s
    out = []
    pos = 0
    n = len(s)
    while True:
        amp = s.find('&', pos)
        if amp < 0:
            out.append(s[pos:])
            break
        out.append(s[pos:amp])
        end = _reference_end(s, amp + 1)
        if end < 0:
            out.append('&')
            pos = amp + 1
            continue
        text = s[amp + 1:end]
        out.append(_numeric(text) if text[0] == '#' else _named(text))
        pos = end
    return ''.join(out)
