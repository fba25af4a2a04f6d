# Instance attributes of subclasses of builtin types: list, dict, set and
# float keep their own data and get slots after it; str subclasses use the
# plain dict.


class Stack(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
        self.pushes = 0

    def push(self, v):
        self.append(v)
        self.pushes += 1


s = Stack("s")
for i in range(5):
    s.push(i * 1.5)
print(s, len(s), s.name, s.pushes, vars(s))


class Registry(dict):
    def __init__(self, owner):
        super().__init__()
        self.owner = owner
        self.hits = 0.0

    def lookup(self, k):
        self.hits += 1
        return self.get(k)


r = Registry("me")
r["a"] = 1
print(r.lookup("a"), r.lookup("b"), r.hits, r.owner, dict(r), vars(r))


class Tags(set):
    def __init__(self, items):
        super().__init__(items)
        self.frozen = False


t = Tags([3, 1, 2])
print(sorted(t), t.frozen, vars(t))


class Money(float):
    def __init__(self, v):
        self.currency = "EUR"


m = Money(2.5)
print(m, m + 1, m.currency, vars(m))


class Name(str):
    def __init__(self, v):
        self.lang = "en"


n = Name("hello")
print(n, n.upper(), n.lang, vars(n))


class MyErr(ValueError):
    def __init__(self, *args):
        super().__init__(*args)
        self.count = len(args)


print(MyErr(1, 2).count, MyErr().args)
