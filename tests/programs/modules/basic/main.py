# Plain imports, from-imports and aliases of a sibling module; the module's
# body runs once however often it is imported.
import helper
import helper as h2
from helper import double, X as Y, Counter
import helper

print(helper.X, double(3), Y, h2 is helper)
print(helper.Counter.__module__, Counter, Counter().bump())
print(helper.__name__, helper.__file__.rsplit("/", 1)[-1], __name__)
print(repr(helper).startswith("<module 'helper' from '"))
print(helper.runs, helper.describe())
helper.X = 7
print(helper.describe(), h2.X)


def uses_module():
    import helper as again
    return again.double(again.X)


print(uses_module())
print(sorted(n for n in dir(helper) if not n.startswith("__")))
