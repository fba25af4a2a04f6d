"""dataclasses for Taipan: generated special methods for classes of fields.

Written for Taipan from the Python library reference (issue #6, decision
0020) without exec: the generated __init__ binds its arguments with
CPython's rules and messages, and __repr__, __eq__, the orderings and
__hash__ are closures over the field list. Supported: dataclass() with
init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only; field()
with default, default_factory, init, repr, hash, compare, kw_only;
__post_init__, InitVar, ClassVar exclusion, KW_ONLY, fields, asdict,
astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError.
slots=True and weakref_slot are not provided yet.
"""

import copy as _copy_mod
from _taipan_args import names_list as _names_list

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        name = getattr(self.type, '__name__', None) or repr(self.type)
        return f'dataclasses.InitVar[{name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(tp):
    if isinstance(tp, str):
        return tp.startswith('ClassVar') or tp.startswith('typing.ClassVar')
    r = repr(tp)
    return r.startswith('typing.ClassVar')


def _is_initvar(tp):
    if isinstance(tp, str):
        return tp.startswith('InitVar') or tp.startswith('dataclasses.InitVar')
    return tp is InitVar or isinstance(tp, InitVar)


def _process_fields(cls, kw_only):
    fields_ = {}
    # Inherited fields first, in MRO order from the most basic class.
    for b in reversed(cls.__mro__[1:]):
        base_fields = b.__dict__.get(_FIELDS)
        if base_fields:
            for f in base_fields.values():
                fields_[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    seen_kw_only = False
    for name, tp in annotations.items():
        if tp is KW_ONLY or (isinstance(tp, str) and tp in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            seen_kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = tp
        if _is_classvar(tp):
            f._field_type = 'ClassVar'
        elif _is_initvar(tp):
            f._field_type = 'InitVar'
        else:
            f._field_type = 'Field'
        if f.kw_only is MISSING:
            f.kw_only = kw_only or seen_kw_only
        if f._field_type == 'Field' and isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                             'use default_factory')
        if f._field_type != 'Field' and f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        # The class attribute is the default value (or nothing).
        if isinstance(default, Field):
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
        fields_[name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields_


def _init_fields(fields_):
    return [f for f in fields_.values() if f._field_type in ('Field', 'InitVar') and f.init]


def _make_init(cls, fields_, frozen, has_post_init):
    params = _init_fields(fields_)
    positional = [f for f in params if not f.kw_only]
    keyword_only = [f for f in params if f.kw_only]
    seen_default = False
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    qualname = cls.__qualname__
    npos = len(positional)
    nrequired = sum(1 for f in positional if f.default is MISSING and f.default_factory is MISSING)
    others = [f for f in fields_.values() if f._field_type == 'Field' and not f.init]
    set_attr = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        if len(args) > npos:
            if nrequired < npos:
                raise TypeError(f"{qualname}.__init__() takes from {nrequired + 1} to {npos + 1} positional "
                                f"arguments but {len(args) + 1} were given")
            raise TypeError(f"{qualname}.__init__() takes {npos + 1} positional argument"
                            f"{'' if npos == 0 else 's'} but {len(args) + 1} were given")
        values = {}
        for f, a in zip(positional, args):
            values[f.name] = a
        names = [f.name for f in params]
        for k, v in kwargs.items():
            if k not in names:
                raise TypeError(f"{qualname}.__init__() got an unexpected keyword argument '{k}'")
            if k in values:
                raise TypeError(f"{qualname}.__init__() got multiple values for argument '{k}'")
            values[k] = v
        missing_pos = [f.name for f in positional
                       if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing_pos:
            raise TypeError(f"{qualname}.__init__() missing {len(missing_pos)} required positional argument"
                            f"{'' if len(missing_pos) == 1 else 's'}: {_names_list(missing_pos)}")
        missing_kw = [f.name for f in keyword_only
                      if f.name not in values and f.default is MISSING and f.default_factory is MISSING]
        if missing_kw:
            raise TypeError(f"{qualname}.__init__() missing {len(missing_kw)} required keyword-only argument"
                            f"{'' if len(missing_kw) == 1 else 's'}: {_names_list(missing_kw)}")
        initvars = []
        for f in params:
            if f.name in values:
                v = values[f.name]
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            else:
                v = f.default
            if f._field_type == 'InitVar':
                initvars.append(v)
            else:
                set_attr(self, f.name, v)
        for f in others:
            if f.default_factory is not MISSING:
                set_attr(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                set_attr(self, f.name, f.default)
        if has_post_init:
            self.__post_init__(*initvars)

    __init__.__qualname__ = f'{qualname}.__init__'
    return __init__


def _fields_of(obj):
    return [f for f in getattr(obj, _FIELDS).values() if f._field_type == 'Field']


def _make_repr(cls):
    def __repr__(self):
        parts = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in _fields_of(self) if f.repr)
        return f'{self.__class__.__qualname__}({parts})'
    __repr__._dataclass_generated = True  # pprint lays such instances out field by field
    return __repr__


def _cmp_tuple(obj):
    return tuple(getattr(obj, f.name) for f in _fields_of(obj) if f.compare)


def _make_eq():
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _cmp_tuple(self) == _cmp_tuple(other)
        return NotImplemented
    return __eq__


def _make_order(op):
    def compare(self, other):
        if other.__class__ is self.__class__:
            a, b = _cmp_tuple(self), _cmp_tuple(other)
            if op == '<':
                return a < b
            if op == '<=':
                return a <= b
            if op == '>':
                return a > b
            return a >= b
        return NotImplemented
    return compare


def _make_hash():
    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in _fields_of(self)
                          if (f.compare if f.hash is None else f.hash)))
    return __hash__


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError(f"cannot assign to field '{name}'")


def _frozen_delattr(self, name):
    raise FrozenInstanceError(f"cannot delete field '{name}'")


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return (f'_DataclassParams(init={self.init!r},repr={self.repr!r},eq={self.eq!r},order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},frozen={self.frozen!r})')


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    if slots:
        raise NotImplementedError('dataclass(slots=True) is not supported by Taipan yet')
    fields_ = _process_fields(cls, kw_only)
    setattr(cls, _FIELDS, fields_)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    for b in cls.__mro__[1:]:
        params = b.__dict__.get(_PARAMS)
        if params is not None:
            if params.frozen and not frozen:
                raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
            if not params.frozen and frozen:
                raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    own = cls.__dict__
    if init:
        cls.__init__ = _make_init(cls, fields_, frozen, hasattr(cls, '__post_init__'))
    if repr and '__repr__' not in own:
        cls.__repr__ = _make_repr(cls)
    if eq and '__eq__' not in own:
        cls.__eq__ = _make_eq()
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if name in own:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
            setattr(cls, name, _make_order(op))
    if frozen:
        if '__setattr__' in own or '__delattr__' in own:
            raise TypeError(f'Cannot overwrite attribute __setattr__ in class {cls.__name__}')
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    has_explicit_hash = '__hash__' in own and own['__hash__'] is not None
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = _make_hash()
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash()
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args and '__match_args__' not in own:
        cls.__match_args__ = tuple(f.name for f in _init_fields(fields_) if not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields_ = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields_.values() if f._field_type == 'Field')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy_mod.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy_mod.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == 'ClassVar':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type == 'InitVar' and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns['__annotations__'] = annotations
    cls = type(cls_name, bases, ns)
    return dataclass(cls, **kwargs)
