# Relative imports outside a package raise CPython's ImportError at run
# time; ImportError from `from m import x` carries .name and .path.
try:
    from . import sibling
except ImportError as e:
    print(type(e).__name__, e)
import pkg
print(pkg.result)
try:
    from pkg import absent
except ImportError as e:
    print(e.name, e.path.rsplit("/", 2)[-2:], str(e).split(" (")[0])
import pkg.inner as inner
print(inner.__name__, inner.__package__, inner.twice(21))
