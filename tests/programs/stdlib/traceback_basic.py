# The traceback module: formatting caught exceptions, their chains, frames
# and limits. File names are printed relative to this directory's name only.
import sys
import traceback


def show(text):
    # Paths differ between machines: keep the file's base name.
    for line in text.splitlines():
        if line.startswith('  File "'):
            path = line.split('"')[1]
            line = line.replace(path, path.rsplit("/", 1)[-1])
        print(line)


def inner(x):
    return 10 // x


def middle(x):
    return inner(x) + 1


def outer(x):
    return middle(x) * 2


try:
    outer(0)
except ZeroDivisionError:
    show(traceback.format_exc())
    show(traceback.format_exc(limit=1))
    show(traceback.format_exc(limit=-1))
    etype, value, tb = sys.exc_info()
    print(etype.__name__, value, type(tb).__name__)
    names = [f.f_code.co_name for f, _ in traceback.walk_tb(tb)]
    print(names)
    summary = traceback.extract_tb(tb)
    print(len(summary), [fs.name for fs in summary], [fs.line for fs in summary])
    print([fs.lineno - summary[0].lineno for fs in summary])
    fname, lineno, name, line = summary[-1]
    print(name, line)
    print(repr(summary[-1]).split(" in ")[-1])
    print(traceback.format_exception_only(etype, value))
    show("".join(traceback.format_tb(tb, limit=2)))

# Chains: cause, context, suppressed context.
def chained(kind):
    try:
        try:
            {}["missing"]
        except KeyError as e:
            if kind == "cause":
                raise ValueError("converted") from e
            if kind == "context":
                raise RuntimeError("while handling")
            raise TypeError("quiet") from None
    except Exception as exc:
        return exc


for kind in ("cause", "context", "none"):
    exc = chained(kind)
    show("".join(traceback.format_exception(exc)))
    show("".join(traceback.format_exception(exc, chain=False)))
    te = traceback.TracebackException.from_exception(exc)
    print(type(te.__cause__).__name__, type(te.__context__).__name__, te.__suppress_context__, str(te))
    print(list(te.format_exception_only()))

# Exceptions that were never raised have no traceback.
e = ValueError("fresh")
print(e.__traceback__, traceback.format_exception(e))
print(traceback.format_exception_only(None))
print(traceback.format_exc())

# A traceback carried to another exception.
try:
    inner(0)
except ZeroDivisionError as err:
    saved = err.__traceback__
new = KeyError("k").with_traceback(saved)
print(new.__traceback__ is not None, traceback.extract_tb(new.__traceback__)[-1].name)
new.__traceback__ = None
print(new.__traceback__)

# Notes appear after the exception line.
try:
    try:
        raise OSError(2, "No such file or directory", "x.txt")
    except OSError as err:
        err.add_note("while opening the config")
        raise
except OSError as err:
    print(traceback.format_exception_only(err))

# print_exc and print_exception write to the file given.
import io

buf = io.StringIO()
try:
    middle(0)
except ZeroDivisionError:
    traceback.print_exc(file=buf)
    traceback.print_exc(limit=0, file=buf)
show(buf.getvalue())

# Recursion collapses repeated frames.
def down(n):
    if n == 0:
        raise LookupError("bottom")
    return down(n - 1)


try:
    down(8)
except LookupError as err:
    show(traceback.format_exc())
    print(len(traceback.extract_tb(err.__traceback__)))

# FrameSummary and StackSummary built by hand.
fs = traceback.FrameSummary("prog.py", 3, "f", line="x = 1")
print(fs, fs == ("prog.py", 3, "f", "x = 1"), list(fs), len(fs))
print(traceback.format_list([("a.py", 1, "g", "pass"), fs]))
st = traceback.StackSummary.from_list([("a.py", 1, "g", "")] * 5)
print(st.format())
