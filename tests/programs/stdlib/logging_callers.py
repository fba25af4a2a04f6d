# logging records the caller's file, line and function; exception() and
# stack_info add the traceback and the stack.
import io
import logging
import sys

stream = io.StringIO()
handler = logging.StreamHandler(stream)
handler.setFormatter(logging.Formatter("%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s %(message)s"))
log = logging.getLogger("calls")
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def work(n):
    log.info("working on %d", n)
    if n > 1:
        work(n - 1)


class Service:
    def run(self):
        log.warning("from a method")
        helper()


def helper():
    log.debug("helper, stacklevel=2", stacklevel=2)


work(2)
Service().run()
log.error("at module level")
try:
    {}["key"]
except KeyError:
    log.exception("lookup failed")


def inner():
    log.info("with stack", stack_info=True)


def outer():
    inner()


outer()


def clean(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            path = line.split('"')[1]
            line = line.replace(path, path.rsplit("/", 1)[-1])
        out.append(line)
    return "\n".join(out)


print(clean(stream.getvalue()))
rec = log.makeRecord("x", logging.INFO, "/a/b/mod.py", 42, "m", (), None, "fn")
print(rec.filename, rec.module, rec.lineno, rec.funcName, rec.pathname)
logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d %(message)s")


def via_root():
    logging.warning("root logger")


via_root()
logging.getLogger().warning("direct")
