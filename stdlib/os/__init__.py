"""os for Taipan: the operating-system interface over the native `_os` core.

Written for Taipan from the Python library reference and POSIX (issue #6,
decision 0020). Files and directories (stat, listdir, scandir, walk, mkdir,
makedirs, remove, rename, ...), the environment (environ writes through to
the process environment), process facts (getpid, cpu_count, urandom, ...),
file descriptors (open, read, write, pipe, ...) and the path constants.
stat_result is a sequence class with CPython's fields and repr (it is not a
tuple subclass). os.path is the sibling module stdlib/os/path.py.
"""

import abc
import sys
import _os
import stat as _stat

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
error = OSError

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
O_RDONLY = _os.O_RDONLY
O_WRONLY = _os.O_WRONLY
O_RDWR = _os.O_RDWR
O_APPEND = _os.O_APPEND
O_CREAT = _os.O_CREAT
O_EXCL = _os.O_EXCL
O_TRUNC = _os.O_TRUNC
O_NONBLOCK = _os.O_NONBLOCK
O_CLOEXEC = _os.O_CLOEXEC
O_NOFOLLOW = _os.O_NOFOLLOW
O_DIRECTORY = _os.O_DIRECTORY
O_SYNC = _os.O_SYNC
F_OK = _os.F_OK
R_OK = _os.R_OK
W_OK = _os.W_OK
X_OK = _os.X_OK
EX_OK = 0


# ---- paths ----
def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        raise TypeError('expected str, bytes or os.PathLike object, not ' + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError(f'expected {path_type.__name__}.__fspath__() to return str or bytes, '
                    f'not {type(path_repr).__name__}')


class PathLike(abc.ABC):
    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def _path_arg(path):
    if isinstance(path, int):
        return path
    return fspath(path)


# ---- stat ----
class stat_result:
    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3
    _NAMES = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime',
              'st_ctime')

    def __init__(self, values):
        values = tuple(values)
        self.st_mode = values[0]
        self.st_ino = values[1]
        self.st_dev = values[2]
        self.st_nlink = values[3]
        self.st_uid = values[4]
        self.st_gid = values[5]
        self.st_size = values[6]
        if len(values) >= 13:
            atime_ns, mtime_ns, ctime_ns = values[7], values[8], values[9]
            self.st_blksize = values[10]
            self.st_blocks = values[11]
            self.st_rdev = values[12]
        else:
            atime_ns = int(values[7]) * 1000000000
            mtime_ns = int(values[8]) * 1000000000
            ctime_ns = int(values[9]) * 1000000000
        self.st_atime_ns = atime_ns
        self.st_mtime_ns = mtime_ns
        self.st_ctime_ns = ctime_ns
        self.st_atime = atime_ns // 1000000000 + (atime_ns % 1000000000) * 1e-9
        self.st_mtime = mtime_ns // 1000000000 + (mtime_ns % 1000000000) * 1e-9
        self.st_ctime = ctime_ns // 1000000000 + (ctime_ns % 1000000000) * 1e-9
        self._items = (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid,
                       self.st_size, atime_ns // 1000000000, mtime_ns // 1000000000, ctime_ns // 1000000000)

    def __len__(self):
        return 10

    def __getitem__(self, i):
        return self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, stat_result):
            return self._items == other._items
        if isinstance(other, tuple):
            return self._items == other
        return NotImplemented

    def __hash__(self):
        return hash(self._items)

    def __repr__(self):
        fields = ', '.join(f'{n}={v!r}' for n, v in zip(self._NAMES, self._items))
        return f'os.stat_result({fields})'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_os.stat(_path_arg(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_os.stat(fspath(path), False))


def fstat(fd):
    return stat_result(_os.stat(fd, True))


# ---- directories and files ----
def getcwd():
    return _os.getcwd(False)


def getcwdb():
    return _os.getcwd(True)


def chdir(path):
    _os.chdir(fspath(path))


def listdir(path=None):
    if path is None:
        path = '.'
    return _os.listdir(fspath(path))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _os.mkdir(fspath(path), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _os.rmdir(fspath(path))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _os.unlink(fspath(path))


def unlink(path, *, dir_fd=None):
    _os.unlink(fspath(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(fspath(src), fspath(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _os.rename(fspath(src), fspath(dst))


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _os.link(fspath(src), fspath(dst), False)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _os.link(fspath(src), fspath(dst), True)


def readlink(path, *, dir_fd=None):
    return _os.readlink(fspath(path))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _os.access(fspath(path), mode)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _os.chmod(fspath(path), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError('utime: you may specify either \'times\' or \'ns\' but not both')
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        ns = (int(times[0] * 1e9), int(times[1] * 1e9))
    if ns is None:
        _os.utime(fspath(path), None, None)
    else:
        _os.utime(fspath(path), ns[0], ns[1])


def umask(mask):
    return _os.umask(mask)


def truncate(path, length):
    _os.truncate(_path_arg(path), length)


class DirEntry:
    def __init__(self, dirpath, name, d_type, inode):
        self.name = name
        if isinstance(dirpath, bytes):
            self.path = dirpath + name if dirpath.endswith(b'/') else dirpath + b'/' + name
        else:
            self.path = dirpath + name if dirpath.endswith('/') else dirpath + '/' + name
        self._d_type = d_type
        self._inode = inode
        self._stat = None
        self._lstat = None

    def inode(self):
        return self._inode

    def is_symlink(self):
        if self._d_type != _os.DT_UNKNOWN:
            return self._d_type == _os.DT_LNK
        try:
            return _stat.S_ISLNK(self.stat(follow_symlinks=False).st_mode)
        except FileNotFoundError:
            return False

    def _test(self, dtype, check, follow_symlinks):
        if self._d_type != _os.DT_UNKNOWN and not (follow_symlinks and self._d_type == _os.DT_LNK):
            return self._d_type == dtype
        try:
            return check(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._test(_os.DT_DIR, _stat.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._test(_os.DT_REG, _stat.S_ISREG, follow_symlinks)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = entries
        self._i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._i >= len(self._entries):
            raise StopIteration
        entry = self._entries[self._i]
        self._i += 1
        return entry

    def close(self):
        self._i = len(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    if path is None:
        path = '.'
    path = fspath(path)
    return _ScandirIterator([DirEntry(path, n, t, i) for n, t, i in _os.scandir(path)])


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


# ---- the environment ----
class _Environ:
    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        value = self._data[key]
        _os.unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, other=(), **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'


environ = _Environ(dict(_os.environ()))


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(fspath(key), fspath(value))


def unsetenv(key):
    _os.unsetenv(fspath(key))


def get_exec_path(env=None):
    if env is None:
        env = environ
    value = env.get('PATH')
    if value is None:
        value = defpath
    return value.split(pathsep)


# ---- processes and the system ----
def getpid():
    return _os.getpid()


def getppid():
    return _os.ids()[1]


def getuid():
    return _os.ids()[2]


def geteuid():
    return _os.ids()[3]


def getgid():
    return _os.ids()[4]


def getegid():
    return _os.ids()[5]


def getlogin():
    name = environ.get('LOGNAME') or environ.get('USER')
    if name is None:
        raise OSError(6, 'No such device or address')
    return name


def cpu_count():
    return _os.cpu_count()


def urandom(size):
    return _os.urandom(size)


def strerror(code):
    return _os.strerror(code)


def _exit(n):
    sys.stdout.flush()
    _os._exit(n)


def kill(pid, sig):
    _os.kill(pid, sig)


def system(command):
    sys.stdout.flush()
    return _os.system(command)


class _Result:
    """A small read-only sequence with named fields (CPython's struct sequences)."""

    def __init__(self, values):
        self._items = tuple(values)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        return tuple(self) == tuple(other)


class uname_result(_Result):
    def __init__(self, values):
        _Result.__init__(self, values)
        self.sysname, self.nodename, self.release, self.version, self.machine = values

    def __repr__(self):
        return (f'posix.uname_result(sysname={self.sysname!r}, nodename={self.nodename!r}, '
                f'release={self.release!r}, version={self.version!r}, machine={self.machine!r})')


def uname():
    return uname_result(_os.uname())


class times_result(_Result):
    def __init__(self, values):
        _Result.__init__(self, values)
        self.user, self.system, self.children_user, self.children_system, self.elapsed = values


def times():
    return times_result(_os.times())


class terminal_size(_Result):
    def __init__(self, values):
        _Result.__init__(self, values)
        self.columns, self.lines = values

    def __repr__(self):
        return f'os.terminal_size(columns={self.columns}, lines={self.lines})'


def get_terminal_size(fd=1):
    return terminal_size(_os.get_terminal_size(fd))


# ---- file descriptors ----
def open(path, flags, mode=0o777, *, dir_fd=None):
    return _os.open(fspath(path), flags, mode)


def close(fd):
    _os.close(fd)


def closerange(fd_low, fd_high):
    for fd in range(fd_low, fd_high):
        try:
            _os.close(fd)
        except OSError:
            pass


def read(fd, n):
    return _os.read(fd, n)


def write(fd, data):
    return _os.write(fd, data)


def lseek(fd, position, whence):
    return _os.lseek(fd, position, whence)


def isatty(fd):
    return _os.isatty(fd)


def pipe():
    return _os.pipe()


def dup(fd):
    return _os.dup(fd)


def dup2(fd, fd2, inheritable=True):
    return _os.dup(fd, fd2)


def fsync(fd):
    if not isinstance(fd, int):
        fd = fd.fileno()
    _os.fsync(fd)


def ftruncate(fd, length):
    _os.truncate(fd, length)


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


from . import path

