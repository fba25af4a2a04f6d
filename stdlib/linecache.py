"""Lines of source files, read once and kept (CPython's linecache surface).

Used by traceback's FrameSummary.line. Files are read as UTF-8 with
universal newlines; a file that cannot be read gives no lines, never an error.
"""

cache = {}


def getlines(filename, module_globals=None):
    if filename in cache:
        return cache[filename]
    return updatecache(filename, module_globals)


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    try:
        with open(filename, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
    except (OSError, UnicodeError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = lines
    return lines


def checkcache(filename=None):
    """Source files do not change under a compiled program: nothing to do."""


def clearcache():
    cache.clear()


def lazycache(filename, module_globals):
    return False
