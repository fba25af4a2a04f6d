"""glob for Taipan: pathname pattern expansion.

Written for Taipan from the Python library reference (issue #6, decision
0020). Results come in directory order, as CPython's do; names starting
with '.' match only patterns that start with '.' (or include_hidden=True);
'**' with recursive=True matches any number of directories, and root_dir
makes the results relative to that directory.
"""

import os
import fnmatch

__all__ = ['glob', 'iglob', 'escape', 'has_magic']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    results = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        first = True
        out = []
        for x in results:
            if first:
                first = False
                if not x:
                    continue
            out.append(x)
        return iter(out)
    return iter(results)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                return [pathname]
        else:
            if _isdir(_join(root_dir, dirname)):
                return [pathname]
        return []
    if not dirname:
        if recursive and _isrecursive(basename):
            return _glob2(root_dir, basename, dironly, include_hidden)
        return _glob1(root_dir, basename, dironly, include_hidden)
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    out = []
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            out.append(os.path.join(dirname, name))
    return out


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(os.path.join(dirname, basename)):
            return [basename]
    else:
        if _isdir(dirname):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    out = [pattern[:0]]
    out.extend(_rlistdir(dirname, dironly, include_hidden))
    return out


def _listdir(dirname, dironly):
    try:
        with os.scandir(dirname or (b'.' if isinstance(dirname, bytes) else '.')) as it:
            names = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
            return names
    except OSError:
        return []


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    out = []
    for x in names:
        if include_hidden or not _ishidden(x):
            out.append(x)
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                out.append(_join(x, y))
    return out


def _lexists(pathname):
    return os.path.lexists(pathname)


def _isdir(pathname):
    return os.path.isdir(pathname)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


def has_magic(s):
    if isinstance(s, bytes):
        return b'*' in s or b'?' in s or b'[' in s
    return '*' in s or '?' in s or '[' in s


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        out = b''
        for i in range(len(pathname)):
            c = pathname[i:i + 1]
            out += b'[' + c + b']' if c in (b'*', b'?', b'[') else c
    else:
        out = ''.join('[' + c + ']' if c in '*?[' else c for c in pathname)
    return drive + out


magic_check = None
