# Exact-str typing (decision 0052): parameters annotated str, str locals,
# items and slices of strs, str methods, comparisons and iteration are
# compiled for exact strs. Anything else (str subclasses, other types,
# format()/str()/repr() results) must keep CPython's meaning.


class Loud(str):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __lt__(self, other):
        return True

    def __le__(self, other):
        return True

    def __hash__(self):
        return 7

    def __contains__(self, item):
        return True

    def __getitem__(self, i):
        return Loud("!")

    def __iter__(self):
        return iter(["it1", "it2"])

    def lower(self):
        return "LOWER-OVERRIDE"

    def split(self, *a):
        return "not a list"

    def startswith(self, *a):
        return "maybe"


class Fmt:
    def __format__(self, spec):
        return Loud("f")

    def __str__(self):
        return Loud("s")

    def __repr__(self):
        return Loud("r")


def letters(text: str) -> int:
    n = 0
    for ch in text:
        if "a" <= ch <= "z":
            n += 1
        elif ch == "é" or ch in "€😀":
            n += 100
    return n


def walk(s: str) -> list:
    seen = []
    for ch in s:
        if ch == "#":
            break
        seen.append(ch)
        ch = ch * 2
        seen.append(ch)
    else:
        seen.append("no break")
    for ch in s[:0]:
        seen.append("never")
    return seen


def scan(s: str) -> list:
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c < "0" or c > "9":
            out.append((i, c, ord(c)))
        i += 1
    out.append(s[1:3])
    out.append(s[::-1])
    return out


def methods(s: str) -> list:
    words = s.split()
    if isinstance(words, list):
        words.append("tail")
    low = s.strip(" .").lower()
    up = low.upper()
    pos = s.find("b") + 1
    starts = s.startswith("a")
    return [words, low, up, pos, starts, low.isalpha(), s.count("a") * 2, "-".join(words)]


def compare_all(a: str, b: str) -> list:
    return [a == b, a != b, a < b, a <= b, a > b, a >= b, a in b, a not in b]


def maybe(s: str, flag: bool):
    t = s if flag else None
    if t is None:
        return "none"
    return t + "!"


def concat(s: str, n: int) -> str:
    r = s
    for _ in range(n):
        r = r + s[0]
    r += "|"
    return r * 2


def truth_and_concat(a: str, b: str) -> list:
    out = []
    if a:
        out.append("a true")
    if not b:
        out.append("b empty")
    c = a + b
    d = b + a
    e = a + a
    out.append((c, d, e, c is a if not b else None, len(c), c == a + b))
    n = 0
    while a and n < 4:
        a = a[1:]
        out.append(a)
        n += 1
    return out


def formats():
    x = Fmt()
    a = f"{x}"
    b = str(x)
    c = repr(x)
    d = format(x, "")
    e = f"<{x}>"
    print(type(a).__name__, a == "zz", type(b).__name__, b == "zz", type(c).__name__, c == "zz", d == "zz")
    print(type(e).__name__, e == "zz", e)


print(letters("hello, World! café € 😀 zz"))
print(letters(Loud("abc")))
try:
    letters(42)
except TypeError as e:
    print("TypeError:", e)
print(walk("aé€😀z"), walk("ab#cd"), walk(""))
print(walk(Loud("xyz")))
print(scan("12a4é6😀8"))
print(scan(Loud("12a")))
print(methods("a b  cab. "))
print(methods(Loud("abc")))
for a, b in [("a", "b"), ("b", "a"), ("ab", "abc"), ("", "x"), ("x", ""), ("é", "e"), ("€", "a€b"), ("ab", "xaby"), ("a", "a")]:
    print(a, b, compare_all(a, b))
print(compare_all(Loud("q"), "z"))
print(compare_all("q", Loud("z")))
print(maybe("x", True), maybe("x", False))
print(concat("ab", 3), concat("é", 2))
try:
    concat("", 1)
except IndexError as e:
    print("IndexError:", e)
try:
    compare_all("a", 3)
except TypeError as e:
    print("TypeError:", e)
formats()
print(truth_and_concat("xé", ""), truth_and_concat("", "b"), truth_and_concat("ab", "€"))
print(truth_and_concat(Loud("q"), ""))
