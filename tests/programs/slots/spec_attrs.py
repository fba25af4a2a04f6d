# Speculated attribute loads (decision 0056): methods read self.pos, self.n,
# self.text and self.flag as an int, int, exact str and bool, predicted from
# every store in this file, and fall back to the generic code when an
# attribute holds something else, is a property, is missing or lives in the
# instance dict. Every case prints what CPython prints.


class Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.n = len(text)
        self.flag = False

    def skip(self, chars: str) -> None:
        while self.pos < self.n and self.text[self.pos] in chars:
            self.pos += 1

    def word(self) -> str:
        start = self.pos
        while self.pos < self.n:
            ch = self.text[self.pos]
            if ch == " ":
                break
            self.pos += 1
        return self.text[start:self.pos]

    def total(self) -> int:
        t = 0
        while self.pos < self.n:
            t += ord(self.text[self.pos][0])
            if self.pos == 2:
                self.switch()
            self.pos += 1
        return t

    def switch(self) -> None:
        self.text = ["x", "yy", "zzz", "w", "v", "u", "t"]

    def toggle(self) -> bool:
        self.flag = not self.flag
        return self.flag

    def bump(self) -> None:
        self.pos += 10

    def reread(self, other: "Scanner") -> int:
        a = self.pos
        self.bump()
        b = self.pos
        other.pos = 100
        c = self.pos
        d = other.pos if other is not self else -1
        return a * 1000000 + b * 1000 + c + d

    def last_seen(self) -> int:
        while self.pos < self.n:
            if self.pos > 1:
                print("last", last)
            last = self.pos
            self.pos += 1
            if self.pos == 3:
                self.pos = 3.0
        return last


s = Scanner("  hello world  ")
s.skip(" ")
print(repr(s.word()))
s.skip(" ")
print(repr(s.word()), s.pos)

# an attribute turns into a list mid-loop
s = Scanner("abcdefg")
print(s.total())

# big ints, floats and strs in int attributes
s = Scanner("abc")
s.pos = 2 ** 70
print(repr(s.word()))
s.pos = 1.0
try:
    s.word()
except TypeError as e:
    print("TypeError", e)
s.pos = "1"
try:
    s.skip("b")
except TypeError as e:
    print("TypeError", e)

# values read again after calls and stores through another reference
s = Scanner("abc")
print(s.reread(s))
print(s.reread(Scanner("x")))

# a float appears while the loop runs; `last` stays bound across the landing
s = Scanner("abcdef")
try:
    print(s.last_seen())
except TypeError as e:
    print("TypeError", e)

# a local unbound at the landing
class Late(Scanner):
    def run(self) -> None:
        while self.pos < self.n:
            if self.pos == 2:
                print(later)
            self.pos += 1
            later = self.pos


t = Late("abcd")
t.pos = 2.0
try:
    t.run()
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# bools
s = Scanner("x")
print(s.toggle(), s.toggle())
s.flag = 0
print(s.toggle())
s.flag = "yes"
print(s.toggle())

# missing attributes, class attributes, deleted attributes
s = Scanner("abc")
del s.pos
try:
    s.word()
except AttributeError as e:
    print("AttributeError", e)
Scanner.pos = 1
print(repr(s.word()))
del Scanner.pos


# a property and __getattribute__ in subclasses: run exactly as often as in CPython
class Prop(Scanner):
    reads = 0

    @property
    def n(self):
        Prop.reads += 1
        return 2

    @n.setter
    def n(self, v):
        pass


p = Prop("abcdef")
print(repr(p.word()), Prop.reads)


class Spy(Scanner):
    def __getattribute__(self, name):
        if name == "pos":
            print("get pos")
        return object.__getattribute__(self, name)


sp = Spy("ab cd")
print(repr(sp.word()))


# another layout: attributes set in another order, or in the instance dict
class Other(Scanner):
    def __init__(self, text: str) -> None:
        self.extra = 1
        self.n = len(text)
        self.pos = 0
        self.text = text


print(repr(Other("xy z").word()))
d = Scanner("pq rs")
d.__dict__["other"] = 1
d.pos = 3
print(repr(d.word()))


# a str subclass in a str attribute
class MyStr(str):
    def __getitem__(self, i):
        print("getitem", i)
        return str.__getitem__(self, i)


m = Scanner("ab")
m.text = MyStr("ab c")
m.n = 4
print(repr(m.word()))
