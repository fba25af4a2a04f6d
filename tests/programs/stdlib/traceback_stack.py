# The running stack: sys._getframe, frame objects, and the traceback
# module's extract_stack/format_stack/print_stack/walk_stack.
import sys
import traceback


def base(path):
    return path.rsplit("/", 1)[-1]


def clean(lines):
    out = []
    for line in lines:
        for piece in line.splitlines():
            if piece.startswith('  File "'):
                piece = piece.replace(piece.split('"')[1], base(piece.split('"')[1]))
            out.append(piece)
    return out


def leaf():
    # A frame's line is that of the call it is making.
    frame = sys._getframe()
    print(frame.f_code.co_name, sys._getframe().f_lineno, base(frame.f_code.co_filename))
    caller = sys._getframe(1)
    print(caller.f_code.co_name, caller.f_lineno, caller.f_back.f_code.co_name)
    names = []
    f = frame
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)
    print(len(traceback.extract_stack()), [fs.name for fs in traceback.extract_stack()])
    for line in clean(traceback.format_stack(limit=2)):
        print(line)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe(1))][:3])
    summary = traceback.extract_stack(limit=-1)
    print(summary[0].name, summary[0].line)
    return sys._getframe(0).f_globals["__name__"]


def middle(x):
    return leaf() + str(x)


class K:
    def method(self):
        return middle(
            1)


print(K().method())
try:
    sys._getframe(100)
except ValueError as e:
    print("ValueError", e)
print(sys._getframe().f_back)
import io
buf = io.StringIO()


def show_stack():
    traceback.print_stack(file=buf)


show_stack()
print("\n".join(clean([buf.getvalue()])))
