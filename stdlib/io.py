"""io for Taipan: open() and the file classes of the native `_io` core, plus
StringIO and BytesIO written in Python.

Written for Taipan from the Python library reference (issue #6, decision
0020). The abstract bases IOBase, RawIOBase, BufferedIOBase and TextIOBase
are ABCs with the native file types registered, so isinstance checks read as
in CPython. StringIO keeps appended text in pieces and joins them only when
the whole value is needed, so building a string by many writes is linear.
Positions are in code points (StringIO) and bytes (BytesIO), newline
handling is CPython's: StringIO translates at write time (newline=None turns
'\\r\\n' and '\\r' into '\\n'; '\\r' and '\\r\\n' replace '\\n').
"""

import abc
from _io import (open, FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper, UnsupportedOperation,
                 DEFAULT_BUFFER_SIZE)

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO', 'BufferedIOBase',
           'BufferedReader', 'BufferedWriter', 'BufferedRWPair', 'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE', 'text_encoding']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class IOBase(metaclass=abc.ABCMeta):
    pass


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


RawIOBase.register(FileIO)
for _klass in (BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_klass)
TextIOBase.register(TextIOWrapper)


def text_encoding(encoding, stacklevel=2):
    return 'utf-8' if encoding is None else encoding


def _check_size(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


class _MemoryIO:
    """What StringIO and BytesIO share: line iteration, the capability queries and the context manager."""

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._check()
        return self._pos

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class StringIO(_MemoryIO, TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._closed = False
        self._value = ''
        self._pieces = []
        self._size = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def _join(self):
        if self._pieces:
            self._value = self._value + ''.join(self._pieces)
            self._pieces = []
        return self._value

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl == '\r' or nl == '\r\n':
            s = s.replace('\n', nl)
        return s

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        if not s:
            return n
        if self._pos == self._size:
            self._pieces.append(s)
        else:
            value = self._join()
            if self._pos > self._size:
                value = value + '\0' * (self._pos - self._size)
            self._value = value[:self._pos] + s + value[self._pos + len(s):]
        self._pos += len(s)
        if self._pos > self._size:
            self._size = self._pos
        return n

    def getvalue(self):
        self._check()
        return self._join()

    def read(self, size=-1):
        self._check()
        size = _check_size(size)
        value = self._join()
        start = self._pos
        end = self._size if size < 0 else min(self._size, start + size)
        if start >= end:
            return ''
        self._pos = end
        return value[start:end]

    def _line_end(self, value, start):
        nl = self._newline
        if nl == '':
            i = start
            n = self._size
            while i < n:
                c = value[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    return i + 2 if i + 1 < n and value[i + 1] == '\n' else i + 1
                i += 1
            return -1
        term = '\n' if nl is None else nl
        k = value.find(term, start)
        return -1 if k < 0 else k + len(term)

    def readline(self, size=-1):
        self._check()
        size = _check_size(size)
        value = self._join()
        start = self._pos
        if start >= self._size:
            return ''
        end = self._line_end(value, start)
        if end < 0:
            end = self._size
        if size >= 0 and end > start + size:
            end = start + size
        self._pos = end
        return value[start:end]

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f"Negative size value {size}")
        if size < self._size:
            self._value = self._join()[:size]
            self._size = size
        return size

    def close(self):
        self._closed = True
        self._value = ''
        self._pieces = []

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def detach(self):
        raise UnsupportedOperation('detach')

    def __repr__(self):
        return f'<_io.StringIO object at {hex(id(self))}>'


class BytesIO(_MemoryIO, BufferedIOBase):
    def __init__(self, initial_bytes=b''):
        self._buf = bytearray(initial_bytes) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def getbuffer(self):
        self._check()
        return memoryview(self._buf)

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = bytes(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf.extend(bytes(pos - size))
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check()
        size = _check_size(size)
        start = self._pos
        end = len(self._buf) if size < 0 else min(len(self._buf), start + size)
        if start >= end:
            return b''
        self._pos = end
        return bytes(self._buf[start:end])

    read1 = read

    def readline(self, size=-1):
        self._check()
        size = _check_size(size)
        start = self._pos
        n = len(self._buf)
        if start >= n:
            return b''
        k = self._buf.find(b'\n', start)
        end = n if k < 0 else k + 1
        if size >= 0 and end > start + size:
            end = start + size
        self._pos = end
        return bytes(self._buf[start:end])

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError(f"negative size value {size}")
        del self._buf[size:]
        return size

    def close(self):
        self._closed = True

    def __repr__(self):
        return f'<_io.BytesIO object at {hex(id(self))}>'
