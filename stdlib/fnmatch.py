"""fnmatch for Taipan: shell-style wildcard matching of names.

Written for Taipan from the Python library reference (issue #6, decision
0020). '*' matches any run, '?' one character, '[seq]' one character in the
set (ranges, '!' negation, a leading ']' taken literally), and an unclosed
'[' is a literal. Patterns are compiled once into tokens (cached) and
matched without regular expressions, backtracking only to the last '*'.
translate() is not provided.
"""

import os

__all__ = ['filter', 'fnmatch', 'fnmatchcase']

_cache = {}


def _compile(pat):
    tokens = _cache.get(pat)
    if tokens is not None:
        return tokens
    is_bytes = isinstance(pat, bytes)
    text = str(pat, 'latin-1') if is_bytes else pat
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] != ('*', None):
                tokens.append(('*', None))
        elif c == '?':
            tokens.append(('?', None))
        elif c == '[':
            j = i
            if j < n and text[j] == '!':
                j += 1
            if j < n and text[j] == ']':
                j += 1
            while j < n and text[j] != ']':
                j += 1
            if j >= n:
                tokens.append(('c', '['))
                continue
            body = text[i:j]
            i = j + 1
            negate = body.startswith('!')
            if negate:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    lo, hi = body[k], body[k + 2]
                    if lo <= hi:
                        ranges.append((lo, hi))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            tokens.append(('[', (negate, tuple(ranges))))
        else:
            tokens.append(('c', c))
    if len(_cache) >= 32768:
        _cache.clear()
    _cache[pat] = tokens
    return tokens


def _match_one(token, c):
    kind, arg = token
    if kind == 'c':
        return c == arg
    if kind == '?':
        return True
    negate, ranges = arg
    inside = False
    for lo, hi in ranges:
        if lo <= c <= hi:
            inside = True
            break
    return inside != negate


def fnmatchcase(name, pat):
    tokens = _compile(pat)
    if isinstance(name, bytes):
        name = str(name, 'latin-1')
    n = len(name)
    t = len(tokens)
    i = 0
    k = 0
    star_k = -1
    star_i = 0
    while i < n:
        if k < t and tokens[k][0] == '*':
            star_k = k
            star_i = i
            k += 1
        elif k < t and _match_one(tokens[k], name[i]):
            i += 1
            k += 1
        elif star_k >= 0:
            star_i += 1
            i = star_i
            k = star_k + 1
        else:
            return False
    while k < t and tokens[k][0] == '*':
        k += 1
    return k == t


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    pat = os.path.normcase(pat)
    return [name for name in names if fnmatchcase(os.path.normcase(name), pat)]
