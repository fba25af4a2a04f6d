"""pathlib for Taipan: object-oriented file system paths (POSIX flavour).

Written for Taipan from the Python library reference (issue #6, decision
0020). A path is parsed once into its root ('', '/' or '//': POSIX keeps
exactly two leading slashes) and its parts ('.' and empty parts dropped,
'..' kept). PurePath/PurePosixPath do the string operations; Path and
PosixPath add the file system calls over os. glob/rglob follow CPython
3.11's selectors: '*' also matches names starting with '.', '**' matches
the directory itself and every directory below it (not through symlinks),
and results come in directory order without duplicates.
"""

import os
import fnmatch
import io

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath', 'WindowsPath']

_UNRESERVED = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _parse(segments):
    root = ''
    parts = []
    for seg in segments:
        if not seg:
            continue
        if seg.startswith('/'):
            parts = []
            if seg.startswith('//') and not seg.startswith('///'):
                root = '//'
            else:
                root = '/'
        for piece in seg.split('/'):
            if piece and piece != '.':
                parts.append(piece)
    return root, parts


def _segment(arg):
    if isinstance(arg, PurePath):
        return arg._str_value()
    a = os.fspath(arg)
    if isinstance(a, str):
        return a
    raise TypeError('argument should be a str object or an os.PathLike object returning str, not '
                    f'{type(a)!r}')


class _PathParents:
    def __init__(self, path):
        self._path = path
        self._n = len(path._parts)

    def __len__(self):
        return self._n

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._n)))
        if idx >= self._n or idx < -self._n:
            raise IndexError(idx)
        if idx < 0:
            idx += self._n
        return self._path._from_parts(self._path._root, self._path._parts[:self._n - idx - 1])

    def __iter__(self):
        for i in range(self._n):
            yield self[i]

    def __repr__(self):
        return f'<{type(self._path).__name__}.parents>'


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        self = object.__new__(cls)
        root, parts = _parse([_segment(a) for a in args])
        self._root = root
        self._parts = parts
        self._str = None
        return self

    def _from_parts(self, root, parts):
        new = object.__new__(type(self))
        new._root = root
        new._parts = list(parts)
        new._str = None
        return new

    def _str_value(self):
        if self._str is None:
            self._str = (self._root + '/'.join(self._parts)) or '.'
        return self._str

    def __str__(self):
        return self._str_value()

    def __fspath__(self):
        return self._str_value()

    def __bytes__(self):
        return os.fsencode(self._str_value())

    def __repr__(self):
        return f'{type(self).__name__}({self.as_posix()!r})'

    def as_posix(self):
        return self._str_value()

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        text = self._str_value()
        if text.startswith('//'):
            text = text[1:]
        out = []
        for b in text.encode('utf-8'):
            c = chr(b)
            out.append(c if c in _UNRESERVED else '%%%02X' % b)
        return 'file://' + ''.join(out)

    def _key(self):
        return (self._root, tuple(self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def _cmp_parts(self, other):
        if not isinstance(other, PurePath):
            return None
        return self._str_value().split('/'), other._str_value().split('/')

    def __lt__(self, other):
        pair = self._cmp_parts(other)
        if pair is None:
            return NotImplemented
        return pair[0] < pair[1]

    def __le__(self, other):
        pair = self._cmp_parts(other)
        if pair is None:
            return NotImplemented
        return pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._cmp_parts(other)
        if pair is None:
            return NotImplemented
        return pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._cmp_parts(other)
        if pair is None:
            return NotImplemented
        return pair[0] >= pair[1]

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_args_of(key, self)
        except TypeError:
            return NotImplemented

    def _from_args_of(self, *args):
        return type(self)._from_args(args)

    def joinpath(self, *args):
        return type(self)._from_args((self,) + args)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def parts(self):
        if self._root:
            return (self._root,) + tuple(self._parts)
        return tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return _PathParents(self)

    def with_name(self, name):
        if not self.name:
            raise ValueError(f'{self!r} has an empty name')
        if not name or '/' in name or name == '.':
            raise ValueError(f'Invalid name {name!r}')
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError(f'Invalid suffix {suffix!r}')
        name = self.name
        if not name:
            raise ValueError(f'{self!r} has an empty name')
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = type(self)._from_args(other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            formatted = str(base)
            raise ValueError(f'{str(self)!r} is not in the subpath of {formatted!r} OR one path is relative and the '
                             f'other is absolute.')
        return self._from_parts('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = type(self)._from_args((path_pattern,))
        if not pat._parts and not pat._root:
            raise ValueError('empty pattern')
        if pat._root:
            if pat._root != self._root or len(pat._parts) != len(self._parts):
                return False
        elif len(pat._parts) > len(self._parts):
            return False
        for part, pattern in zip(reversed(self._parts), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, pattern):
                return False
        return True


class PurePosixPath(PurePath):
    pass


class PureWindowsPath(PurePath):
    def __new__(cls, *args):
        raise NotImplementedError('Windows paths are not supported')


def _wildcard_dirs_only(parts, i):
    return i + 1 < len(parts)


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def stat(self, *, follow_symlinks=True):
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return os.path.exists(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_symlink(self):
        return os.path.islink(self)

    def is_mount(self):
        return os.path.ismount(self)

    def is_block_device(self):
        return False

    def is_char_device(self):
        return False

    def is_fifo(self):
        return False

    def is_socket(self):
        return False

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._make_child(name)

    def _make_child(self, name):
        return self._from_parts(self._root, self._parts + [name])

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)._from_args((os.getcwd(), self))

    def resolve(self, strict=False):
        return type(self)._from_args((os.path.realpath(self, strict=strict),))

    def expanduser(self):
        if self._parts and self._parts[0].startswith('~') and not self._root:
            home = os.path.expanduser(self._parts[0])
            if home == self._parts[0]:
                raise RuntimeError('Could not determine home directory.')
            return type(self)._from_args((home,) + tuple(self._parts[1:]))
        return self

    def readlink(self):
        return type(self)._from_args((os.readlink(self),))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open(mode='rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def touch(self, mode=0o666, exist_ok=True):
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return type(self)._from_args((target,))

    def replace(self, target):
        os.replace(self, target)
        return type(self)._from_args((target,))

    def chmod(self, mode, *, follow_symlinks=True):
        os.chmod(self, mode)

    def symlink_to(self, target, target_is_directory=False):
        os.symlink(target, self)

    def hardlink_to(self, target):
        os.link(target, self)

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        yield from self._select(list(pat._parts))

    def rglob(self, pattern):
        pat = PurePosixPath(pattern)
        if pat._root:
            raise NotImplementedError('Non-relative patterns are unsupported')
        yield from self._select(['**'] + list(pat._parts))

    def _select(self, parts):
        paths = [self]
        for i in range(len(parts)):
            part = parts[i]
            last = i == len(parts) - 1
            out = []
            seen = set()
            for p in paths:
                for q in _select_part(p, part, last):
                    key = q._str_value()
                    if key not in seen:
                        seen.add(key)
                        out.append(q)
            paths = out
        return paths


def _scan(path):
    try:
        with os.scandir(path) as it:
            return list(it)
    except OSError:
        return []


def _is_dir(entry):
    try:
        return entry.is_dir()
    except OSError:
        return False


def _select_part(path, part, last):
    if part == '**':
        out = []
        _walk_dirs(path, out)
        return out
    if part == '..' or not ('*' in part or '?' in part or '[' in part):
        child = path._make_child(part)
        if last:
            return [child] if os.path.exists(child) else []
        return [child] if child.is_dir() else []
    out = []
    for entry in _scan(path):
        if not last and not _is_dir(entry):
            continue
        if fnmatch.fnmatchcase(entry.name, part):
            out.append(path._make_child(entry.name))
    return out


def _walk_dirs(path, out):
    out.append(path)
    for entry in _scan(path):
        try:
            is_dir = entry.is_dir() and not entry.is_symlink()
        except OSError:
            is_dir = False
        if is_dir:
            _walk_dirs(path._make_child(entry.name), out)


class PosixPath(Path, PurePosixPath):
    pass


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
