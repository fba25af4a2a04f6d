# The warnings module: the stderr format (captured through showwarning's
# file argument and catch_warnings), filters, registries and actions.
import io
import sys
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def plain():
    warnings.warn("something odd")


def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), w.filename.rsplit("/", 1)[-1], w.lineno, w.line)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    plain()
    plain()
    old_api()
    warnings.warn("direct", RuntimeWarning)
    warnings.warn(UserWarning("an instance"))
    warnings.warn("bytes", BytesWarning, stacklevel=1)
show(log)
print(len(log), str(log[0]).split("filename")[0])

# Default action: each location once.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        plain()
    for i in range(2):
        warnings.warn("loop %d" % (i % 1))
show(log)

# once, module, ignore, error
for action in ("once", "module", "ignore", "error"):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        try:
            plain()
            plain()
            warnings.warn("something odd")
        except UserWarning as e:
            print("raised", type(e).__name__, e)
    print(action, len(log))

# filterwarnings with a message regex and a category.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*", category=UserWarning)
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("SKIP me too")
    warnings.warn("keep me")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("error action:", repr(e))
show(log)

# formatwarning and showwarning write CPython's format.
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  x = 1  "), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 3, ""), end="")
buf = io.StringIO()
warnings.showwarning("shown", FutureWarning, "f.py", 7, file=buf, line="call()")
print(buf.getvalue(), end="")

# A warning shown through sys.stderr, captured.
saved = sys.stderr
sys.stderr = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    plain()
captured = sys.stderr.getvalue()
sys.stderr = saved
head, rest = captured.split(":", 1)
print(head.rsplit("/", 1)[-1] + ":" + rest, end="")

# A replaced showwarning receives the details.
def mine(message, category, filename, lineno, file=None, line=None):
    print("mine:", message, category.__name__, lineno)


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = mine
    plain()
print(warnings.showwarning is mine)

# Bad categories.
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print(e)
try:
    warnings.filterwarnings("sometimes")
except AssertionError as e:
    print("AssertionError", e)

# The default filters hide DeprecationWarning outside __main__ only.
print([(f[0], f[2].__name__, f[3]) for f in warnings.filters])
with warnings.catch_warnings(record=True) as log:
    warnings.warn("from main", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
show(log)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print(e)
warnings.resetwarnings()
print(warnings.filters)
