"""copy for Taipan: shallow and deep copy operations.

Written for Taipan from the Python library reference (issue #6, decision
0020): copy() and deepcopy() (with the memo dict), honouring __copy__ and
__deepcopy__; deques (a native type) are rebuilt from their __reduce__
tuple as CPython's copy does; other objects are rebuilt with cls.__new__
and a copy of their __dict__ and slots. __reduce_ex__-based copying of
arbitrary extension types is not provided.
"""

from _collections import deque as _deque

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), type(lambda: 0), property)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name not in ('__dict__', '__weakref__') and name not in names:
                names.append(name)
    return names


def _rebuild(x, deep, memo):
    cls = type(x)
    y = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        y.__dict__.update(state)
    for name in _slot_names(cls):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        object.__setattr__(y, name, deepcopy(value, memo) if deep else value)
    return y


def _deepcopy_deque(x, memo):
    cls, args, state, items = x.__reduce__()
    y = cls(*args)
    memo[id(x)] = y
    if state:
        y.__dict__.update(deepcopy(state, memo))
    for item in items:
        y.append(deepcopy(item, memo))
    return y


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls in _ATOMIC:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls in (tuple, frozenset):
        return x
    if isinstance(x, type):
        return x
    return _rebuild(x, False, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or isinstance(x, type):
        return x
    copier = getattr(cls, '__deepcopy__', None)
    if copier is not None:
        y = copier(x, memo)
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif issubclass(cls, _deque):
        y = _deepcopy_deque(x, memo)
    else:
        y = _rebuild(x, True, memo)
    if y is not x:
        memo[d] = y
        # Keep x alive while the memo refers to its id.
        memo.setdefault(id(memo), []).append(x)
    return y
