"""enum for Taipan: Enum, IntEnum, StrEnum, Flag, IntFlag and auto.

Written for Taipan from the Python library reference (issue #6, decision
0020), following CPython 3.11's observable behaviour: members are singleton
instances created by the EnumType metaclass in definition order; values
equal to an earlier member's make aliases; reprs are `<Color.RED: 1>`,
str() is `Color.RED` for Enum and Flag and the plain value for IntEnum,
StrEnum and IntFlag; Flag values outside the members are refused (STRICT)
or kept (IntFlag), combinations are named `R|W`, and `~` complements
within the members' bits. The functional API (`Enum('Name', 'A B C')`),
unique(), _missing_, _ignore_ and custom __new__/__init__ are supported.
"""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum', 'auto', 'unique',
           'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_enum', 'property', 'verify', 'member',
           'nonmember']

_builtin_property = property


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    def __init__(self, value):
        self.value = value


class nonmember:
    def __init__(self, value):
        self.value = value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class FlagBoundary:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return '<FlagBoundary.%s: %r>' % (self.name, self.name.lower())


STRICT = FlagBoundary('STRICT')
CONFORM = FlagBoundary('CONFORM')
EJECT = FlagBoundary('EJECT')
KEEP = FlagBoundary('KEEP')


class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._ignore = []
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if key in self._ignore:
            return
        if _is_sunder(key):
            if key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                for name in value:
                    if name in self:
                        del self[name]
            elif key == '_generate_next_value_':
                self._generate_next_value = value
                if isinstance(value, staticmethod):
                    self._generate_next_value = value.__func__
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif isinstance(value, nonmember):
            value = value.value
        elif isinstance(value, member) or not _is_descriptor(value):
            if isinstance(value, member):
                value = value.value
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, auto):
                value = self._auto_value(key, value)
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                value = tuple(self._auto_value(key, v) if isinstance(v, auto) else v for v in value)
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)

    def _auto_value(self, key, a):
        if a.value is _auto_null:
            gen = self._generate_next_value
            a.value = gen(key, 1, len(self._member_names), self._last_values[:])
        return a.value


def _find_gnv(bases):
    for base in bases:
        for klass in base.__mro__:
            gnv = klass.__dict__.get('_generate_next_value_')
            if gnv is not None:
                if isinstance(gnv, staticmethod):
                    return gnv.__func__
                return gnv
    return None


def _member_type_of(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or base in (int, str, float, bytes, tuple):
                return base
    return object


def _first_enum(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


def _bin(num, max_bits):
    bits = max(num.bit_length(), max_bits)
    return '0b0 ' + format(num, '0%db' % bits) if num >= 0 else '0b1 ' + format(num & ((1 << bits) - 1), '0%db' % bits)


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        ns = _EnumDict()
        ns._cls_name = cls
        first = _first_enum(bases)
        if first is not None and first._member_names_:
            raise TypeError('%s cannot extend %r' % ('<enum %r>' % cls, first))
        gnv = _find_gnv(bases)
        ns._generate_next_value = gnv
        return ns

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        ignore = classdict._ignore if isinstance(classdict, _EnumDict) else []
        members = {}
        for name in member_names:
            members[name] = classdict[name]
        body = {}
        for key in classdict:
            if key in members or key in ignore:
                continue
            body[key] = classdict[key]
        first = _first_enum(bases)
        if first is not None and first._member_names_:
            raise TypeError('%s cannot extend %r' % ('<enum %r>' % cls, first))
        member_type = _member_type_of(bases)
        custom_new = body.get('__new__')
        if custom_new is not None and Enum is not None:  # Enum's own __new__ is the value lookup
            body['_new_member_'] = custom_new
            del body['__new__']
        body['_member_names_'] = []
        body['_member_map_'] = {}
        body['_value2member_map_'] = {}
        body['_unhashable_values_'] = []
        body['_member_type_'] = member_type
        enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        # The data type's repr/str/format must not hide the enum's (int's
        # __repr__ comes before Enum's in IntEnum's MRO).
        if first is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in body:
                    found = getattr(enum_class, name)
                    if found is getattr(member_type, name) or found is getattr(object, name):
                        type.__setattr__(enum_class, name, getattr(first, name))
        if Enum is not None:
            # Calling the class looks members up, whatever the data type's __new__.
            type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        if boundary is None:
            boundary = getattr(enum_class, '_boundary_', None)
        type.__setattr__(enum_class, '_boundary_', boundary)
        new_member = None
        for klass in enum_class.__mro__:
            if '_new_member_' in klass.__dict__:
                new_member = klass.__dict__['_new_member_']
                break
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        flag_mask = 0
        for name in member_names:
            value = members[name]
            if isinstance(value, tuple) and member_type is not tuple:
                args = value
            else:
                args = (value,)
            if new_member is not None:
                if isinstance(new_member, staticmethod):
                    new_member = new_member.__func__
                obj = new_member(enum_class, *args)
            elif member_type is object:
                obj = object.__new__(enum_class)
            else:
                obj = member_type.__new__(enum_class, *args)
            if not hasattr(obj, '_value_'):
                if member_type is object:
                    obj._value_ = value
                else:
                    obj._value_ = member_type(*args)
            value = obj._value_
            obj._name_ = name
            obj.__objclass__ = enum_class
            init = enum_class.__dict__.get('__init__') or _find_init(enum_class)
            if init is not None:
                init(obj, *args)
            canonical = None
            for existing in enum_class._member_names_:
                other = enum_class._member_map_[existing]
                if other._value_ == value:
                    canonical = other
                    break
            if is_flag and canonical is None and isinstance(value, int) and value and (value & (value - 1)):
                # A multi-bit flag value is an alias (a named combination).
                enum_class._member_map_[name] = obj
                type.__setattr__(enum_class, name, obj)
                try:
                    enum_class._value2member_map_.setdefault(value, obj)
                except TypeError:
                    pass
                continue
            if canonical is not None:
                obj = canonical
            else:
                enum_class._member_names_.append(name)
                if is_flag and isinstance(value, int):
                    flag_mask |= value
            enum_class._member_map_[name] = obj
            type.__setattr__(enum_class, name, obj)
            try:
                enum_class._value2member_map_.setdefault(value, obj)
            except TypeError:
                enum_class._unhashable_values_.append(value)
        if is_flag:
            for name, obj in enum_class._member_map_.items():
                if isinstance(obj._value_, int):
                    flag_mask |= obj._value_
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** flag_mask.bit_length() - 1 if flag_mask else 0)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start,
                            boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        metacls = cls.__class__
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = classdict._generate_next_value(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % name)
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)


def _find_init(enum_class):
    for klass in enum_class.__mro__[1:]:
        if klass in (Enum, ReprEnum, Flag, IntEnum, StrEnum, IntFlag, object, int, str, float):
            return None
        if '__init__' in klass.__dict__:
            return klass.__dict__['__init__']
    return None


EnumMeta = EnumType
Enum = None
Flag = None
ReprEnum = None
IntEnum = None
StrEnum = None
IntFlag = None


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start
        try:
            last = sorted(last_values).pop()
        except TypeError:
            raise TypeError('unable to sort non-numeric values') from None
        try:
            return last + 1
        except TypeError:
            raise TypeError('unable to increment %r' % (last,)) from None

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @_builtin_property
    def name(self):
        return self._name_

    @_builtin_property
    def value(self):
        return self._value_


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str.__str__(self), format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum, boundary=STRICT):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last = max(last_values)
        try:
            high_bit = last.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if value < 0 and boundary is not KEEP:
            value = max(all_bits + 1, 2 ** value.bit_length()) + value
        if value & ~flag_mask:
            if boundary is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return value
        member_type = cls._member_type_
        if member_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = member_type.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_bits(value)]
        extra = value & ~flag_mask
        if names:
            name = '|'.join(names)
            if extra:
                name += '|%s' % extra
        else:
            name = None
        pseudo._name_ = name
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _iter_bits(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            v = m._value_
            if v and v & value == v:
                yield m

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self.__class__._iter_bits(self._value_)))

    def __len__(self):
        return bin(self._value_ & self.__class__._flag_mask_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._member_type_.__repr__ if self.__class__._member_type_ is not object else repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self.__class__._member_type_ is not object and isinstance(other, self.__class__._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._other_value(other)
        if value is None:
            return NotImplemented
        return self.__class__(self._value_ ^ value)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ is KEEP or cls._boundary_ is EJECT:
            return cls(cls._all_bits_ ^ self._value_)
        return cls(cls._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


def unique(enumeration):
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


def global_enum(cls):
    return cls


def verify(*checks):
    def decorate(enumeration):
        return enumeration
    return decorate


property = _builtin_property
