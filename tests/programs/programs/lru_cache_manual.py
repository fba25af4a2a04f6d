# A hand-written LRU cache: doubly linked list nodes with __slots__, dict index, decorator with attributes, __len__/__contains__.
class Node:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push_front(self, n):
        n.next, n.prev = self.head.next, self.head
        self.head.next.prev = n
        self.head.next = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n)
        self._push_front(n)
        return n.value
    def put(self, key, value):
        if key in self.map:
            n = self.map[key]
            n.value = value
            self._unlink(n)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
            n = Node(key, value)
            self.map[key] = n
        self._push_front(n)
    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out
    def __len__(self):
        return len(self.map)
    def __contains__(self, key):
        return key in self.map
def lru_cache(capacity):
    def deco(fn):
        cache = LRU(capacity)
        def wrapper(*args):
            sentinel = object()
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
@lru_cache(64)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache.hits, fib.cache.misses, len(fib.cache), fib.__name__)
c = LRU(3)
for k in "abcabd":
    c.put(k, k.upper())
print(c.keys(), len(c), "c" in c, "a" in c, c.get("b"), c.keys(), c.get("zz", "none"))
c.put("e", 5)
print(c.keys(), c.hits, c.misses)
try:
    Node().other = 1
except AttributeError as e:
    print(e)
