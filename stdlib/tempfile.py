"""tempfile for Taipan: temporary files and directories.

Written for Taipan from the Python library reference (issue #6, decision
0020). Names are prefix + 8 random characters from [a-z0-9_] + suffix,
created with O_EXCL (files mode 0600, directories 0700) and retried on a
collision; gettempdir() looks at TMPDIR, TEMP and TMP, then /tmp, /var/tmp,
/usr/tmp and the current directory. NamedTemporaryFile and TemporaryFile
wrap a real file object; TemporaryDirectory removes its tree on cleanup.
"""

import os
import shutil as _shutil

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile', 'TemporaryDirectory', 'mkstemp', 'mkdtemp',
           'mktemp', 'TMP_MAX', 'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 10000
template = 'tmp'
tempdir = None
_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_'


def _random_name():
    data = os.urandom(8)
    return ''.join(_CHARS[b % 37] for b in data)


def _candidate_dirs():
    dirs = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = os.getenv(envname)
        if dirname:
            dirs.append(dirname)
    dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirs.append(os.getcwd())
    except OSError:
        dirs.append(os.curdir)
    return dirs


def _get_default_tempdir():
    for dir in _candidate_dirs():
        if dir != os.curdir:
            dir = os.path.abspath(dir)
        if os.path.isdir(dir) and os.access(dir, os.W_OK | os.X_OK):
            return dir
    raise FileNotFoundError(2, 'No usable temporary directory found in %s' % _candidate_dirs())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def _sanitize_params(prefix, suffix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def _mkstemp_inner(dir, pre, suf, flags):
    for _ in range(TMP_MAX):
        file = os.path.join(dir, pre + _random_name() + suf)
        try:
            fd = os.open(file, flags, 0o600)
        except FileExistsError:
            continue
        return fd, os.path.abspath(file)
    raise FileExistsError(17, 'No usable temporary file name found')


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    return _mkstemp_inner(dir, prefix, suffix, flags)


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return file
    raise FileExistsError(17, 'No usable temporary directory name found')


def mktemp(suffix='', prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(file):
            return file
    raise FileExistsError(17, 'No usable temporary filename found')


class _TemporaryFileWrapper:
    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except FileNotFoundError:
                        pass

    @property
    def closed(self):
        return self.file.closed

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return f'<tempfile._TemporaryFileWrapper object at {hex(id(self))}>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, os.O_RDWR | os.O_CREAT | os.O_EXCL)
    try:
        file = open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    prefix, suffix, dir = _sanitize_params(prefix, suffix, dir)
    fd, name = _mkstemp_inner(dir, prefix, suffix, os.O_RDWR | os.O_CREAT | os.O_EXCL)
    try:
        os.unlink(name)
        return open(fd, mode, buffering=buffering, newline=newline, encoding=encoding, errors=errors)
    except BaseException:
        os.close(fd)
        raise


SpooledTemporaryFile = TemporaryFile


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return f'<{self.__class__.__name__} {self.name!r}>'

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return False

    def cleanup(self):
        if not self._done and os.path.exists(self.name):
            self._done = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
