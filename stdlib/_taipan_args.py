"""Shared by Taipan's stdlib modules that bind arguments themselves
(collections.namedtuple's __new__, dataclasses' __init__): CPython's wording
of a list of parameter names in argument errors.
"""


def names_list(names):
    # 'a'; 'a' and 'b'; 'a', 'b', and 'c'
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]
