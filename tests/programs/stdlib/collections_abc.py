# collections.abc: isinstance of every builtin against every ABC (hooks and registrations, also through subclasses), Mapping/Sequence mixins.
import collections.abc as cabc
from collections.abc import Iterable, Mapping, Sequence, MutableMapping
names = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container", "Collection", "Callable",
         "Set", "MutableSet", "Mapping", "MutableMapping", "Sequence", "MutableSequence", "ByteString", "Awaitable",
         "Coroutine", "AsyncIterable", "AsyncIterator", "KeysView", "ValuesView", "ItemsView", "MappingView"]
def gen():
    yield 1
class Custom:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
samples = [1, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3), iter([]), gen(), len, Custom(), None,
           {}.keys(), {}.values(), {}.items(), bytearray(), 1.5]
for n in names:
    cls = getattr(cabc, n)
    print(n, "".join("1" if isinstance(s, cls) else "0" for s in samples))
class MyMap(Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
m = MyMap({"a": 1, "b": 2})
print(m["a"], m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, len(m))
try:
    Mapping()
except TypeError as e:
    print("TypeError:", e)
class Seq(Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
    def __len__(self):
        return 3
s = Seq()
print(list(s), 20 in s, s.index(20), s.count(10), list(reversed(s)), issubclass(list, Sequence), issubclass(dict, MutableMapping))
