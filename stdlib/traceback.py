"""Extracting, formatting and printing tracebacks (CPython 3.11's surface).

A whole exception (its chain of causes and contexts, exception groups, notes)
is formatted by the runtime's printer through `_traceback`, the code that
prints an uncaught exception, so the text is the same in both places. The
frame-level API (walk_tb, extract_tb, FrameSummary, StackSummary) is Python
over the runtime's traceback objects. The running stack (print_stack,
format_stack, extract_stack, walk_stack) comes from sys._getframe, which
Taipan's frame stack answers (decision 0031): each frame's line is that of
the call it is making.
"""

import sys
import linecache
import _traceback

__all__ = [
    "extract_tb", "format_exc", "format_exception", "format_exception_only", "format_list", "format_tb",
    "print_exc", "print_exception", "print_last", "print_list", "print_tb", "clear_frames", "FrameSummary",
    "StackSummary", "TracebackException", "walk_tb", "extract_stack", "format_stack", "print_stack", "walk_stack",
]

_sentinel = object()
_RECURSIVE_CUTOFF = 3


def _entries(text):
    """CPython's list form of a formatted exception: one string per header
    or exception line, and one per frame with its source line."""
    out = []
    for line in text.splitlines(keepends=True):
        if out and line.startswith("    ") and out[-1].startswith("  File "):
            out[-1] += line
        else:
            out.append(line)
    return out


def _value_of(exc, value, tb):
    """The exception that the (exc, value, tb) arguments designate, with the
    traceback to use for it."""
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        value = exc
        tb = exc.__traceback__ if isinstance(exc, BaseException) else None
    return value, tb


def _format(value, tb, limit, chain):
    if value is None:
        return ["NoneType: None\n"]
    if not isinstance(value, BaseException):
        raise TypeError(f"Exception expected for value, {type(value).__name__} found")
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
    saved = value.__traceback__
    if tb is not saved:
        value.__traceback__ = tb
    try:
        return _entries(_traceback.format_exception(value, chain, limit))
    finally:
        if tb is not saved:
            value.__traceback__ = saved


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _value_of(exc, value, tb)
    return _format(value, tb, limit, chain)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    value, tb = _value_of(exc, value, tb)
    if file is None:
        file = sys.stderr
    for line in _format(value, tb, limit, chain):
        print(line, file=file, end="")


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    if value is None:
        if isinstance(exc, type):
            return [exc.__qualname__ + "\n"]
        return ["NoneType: None\n"]
    return _entries(_traceback.format_exception_only(value))


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit, file, chain)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def clear_frames(tb):
    """Frames hold no locals here: nothing to clear."""


class FrameSummary:
    """One frame of a traceback: file, line number, function and source line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno", "name", "_line", "locals", "_positions")

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None, end_lineno=None,
                 colno=None, end_colno=None, _positions=None):
        self._positions = _positions
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: repr(v) for k, v in locals.items()} if locals else None
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, formatted as a traceback's frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[len(frames) + limit if -limit < len(frames) else 0:]
        result = klass()
        for item in frames:
            f, lineno = item[0], item[1]
            pos = item[2] if len(item) > 2 else None
            co = f.f_code
            if pos is None:
                result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                                           locals=f.f_locals if capture_locals else None))
            else:
                result.append(FrameSummary(co.co_filename, lineno, co.co_name, lookup_line=lookup_lines,
                                           locals=f.f_locals if capture_locals else None, end_lineno=pos[1],
                                           colno=pos[2], end_colno=pos[3], _positions=pos))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(frame_summary.filename, frame_summary.lineno,
                                                      frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line.strip()))
            if frame_summary._positions is not None:
                row.append(_traceback.carets(frame_summary._original_line.rstrip("\n"), frame_summary._positions))
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append("    {name} = {value}\n".format(name=name, value=value))
        return "".join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            if (last_file is None or last_file != frame_summary.filename or last_line is None
                    or last_line != frame_summary.lineno or last_name is None or last_name != frame_summary.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append(f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n")
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append(f"  [Previous line repeated {count} more time{'s' if count > 1 else ''}]\n")
        return result


def _walk_tb_with_positions(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb._positions
        tb = tb.tb_next


def _walk_frames(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_stack(f):
    """(frame, lineno) from frame `f` (default: the caller of walk_stack)
    outwards."""
    if f is None:
        f = sys._getframe(1)
    return _walk_frames(f)


def extract_stack(f=None, limit=None):
    """The frames from the outermost down to `f` (default: the caller)."""
    if f is None:
        f = sys._getframe(1)
    stack = StackSummary.extract(_walk_frames(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe(1)
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe(1)
    print_list(extract_stack(f, limit=limit), file=file)


def extract_tb(tb, limit=None):
    return StackSummary.extract(_walk_tb_with_positions(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


class TracebackException:
    """An exception ready for formatting: its type, the frames of its
    traceback, and its cause and context as TracebackExceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True, capture_locals=False,
                 compact=False, max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = StackSummary.extract(_walk_tb_with_positions(exc_traceback), limit=limit, lookup_lines=lookup_lines,
                                          capture_locals=capture_locals)
        self._str = _safe_string(exc_value, "exception")
        self.__notes__ = getattr(exc_value, "__notes__", None)
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__cause__ = None
        self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit,
                                                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                                                    _seen=_seen)
            context = exc_value.__context__
            if context is not None and id(context) not in _seen:
                self.__context__ = TracebackException(type(context), context, context.__traceback__, limit=limit,
                                                      lookup_lines=lookup_lines, capture_locals=capture_locals,
                                                      _seen=_seen)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield "NoneType: None\n"
            return
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        if self._value is None:
            yield "NoneType: None\n"
            return
        yield from _format(self._value, self._tb, self._limit, chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f"<{what} {func.__name__}() failed>"
