# str fast paths and their fallbacks: whitespace split, strip with and
# without chars, lower/upper (ASCII fast paths, non-ASCII text, special
# casing), comparisons decided by the first byte, iteration yielding the
# shared one-character strs, and str subclasses (results are exact strs).

PUNCT = ".,;:!?\"'()"
texts = [
    "",
    "   ",
    "word",
    "  two words  ",
    "tabs\tand\nnewlines\r\nand\x0bvt\x0cff",
    "seps\x1c\x1d\x1e\x1fhere",
    "nbsp\xa0and\u2003em\u3000ideo\x85nel\u2028ls",
    "caf\xe9 na\xefve  \u0130stanbul",
    "(Hello), \"World\"! it's fine.",
]
for t in texts:
    print(repr(t), t.split(), t.split(None, 1), t.split(maxsplit=0), t.rsplit(None, 1))
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip(PUNCT + " ")))
    print(repr(t.lower()), repr(t.upper()))

for raw in "(Hello), \"World\"! it's (fine). ... ()".split():
    w = raw.strip(PUNCT).lower()
    print(repr(raw), repr(w), bool(w))

print("\xe9t\xe9.".strip("."), "\xe9t\xe9".strip("\xe9"), "x\u2003".strip(), "..a..".strip(".\xe9"))
print("\u0130".lower(), len("\u0130".lower()), "\xdf".upper(), "\xdf".lower(), "\u03a3\u0391\u03a3".lower())
print("A".lower(), "a".upper(), "".lower() == "", "ABC".lower(), "abc".upper(), "MiXeD 123 !".lower())

# Identity: a str without whitespace is its own split piece, and an
# unstripped str is returned as is (CPython does the same).
x = "nowhitespace"
print(x.split()[0] is x, (" " + x).split()[0] is x, x.strip() is x, x.strip("q") is x)


class S(str):
    pass


s = S("  Mixed Case.  ")
for r in [s.strip(), s.strip(" ."), s.lower(), s.upper(), s.split()[0], S("one").split()[0], S("Q").lower(), S("plain").strip()]:
    print(type(r).__name__, repr(r))


class LowerS(str):
    def lower(self):
        return "overridden"

    def split(self, *args):
        return ["overridden"]


ls = LowerS("ABC DEF")
print(ls.lower(), ls.split(), ls.strip())

# Ordering of strs: first bytes decide, else the rest; non-ASCII orders by
# code point.
vals = ["", "a", "b", "z", "A", "Z", "ab", "abc", "abd", "\xe9", "\xe9a", "\u20ac", "\U0001f600", "a\xe9", "0", " "]
res = []
for p in vals:
    for q in vals:
        res.append((p < q, p <= q, p > q, p >= q, p == q, p != q))
print(sum(1 for r in res if r[0]), sum(1 for r in res if r[1]), sum(1 for r in res if r[4]))
print(sorted(vals))
hist = {}
for ch in "The Quick Brown Fox, caf\xe9 \u20ac!":
    if "a" <= ch <= "z":
        hist[ch] = hist.get(ch, 0) + 1
    elif "A" <= ch <= "Z":
        lo = ch.lower()
        hist[lo] = hist.get(lo, 0) + 1
    else:
        hist["other"] = hist.get("other", 0) + 1
print(sorted(hist.items()))
print([c for c in "a\xe9\u20ac\U0001f600z"], [c for c in S("sub")])
it = iter("ab\xe9c")
print(next(it), next(it), next(it), list(it), list(it))


class Cmp(str):
    def __lt__(self, other):
        return "Cmp.__lt__"

    def __gt__(self, other):
        return "Cmp.__gt__"


print(Cmp("b") < "a", "a" < Cmp("b"), "a" > Cmp("b"))
