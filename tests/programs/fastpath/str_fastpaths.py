# Fast paths for str indexing, slicing, comparisons, `in` and join, with
# their fallbacks: str subclasses, non-ASCII text, out-of-range indices,
# non-int indices and keys.


class MyStr(str):
    def __getitem__(self, i):
        return "<" + str.__getitem__(self, i) + ">"

    def __eq__(self, other):
        return "eq-called"

    def __hash__(self):
        return 1

    def __contains__(self, x):
        return x == "z"


def index_all(s):
    out = []
    i = 0
    while i < len(s):
        out.append(s[i])
        i += 1
    return out


def main():
    s = "hello, world"
    print(index_all(s))
    print(s[0], s[-1], s[-12], s[11])
    u = "caf\u00e9 \u03b1\u03b2 \u2603!"
    print(index_all(u), u[-1], u[4], u[-3])
    for bad in (12, -13, 100, -100, 2**70):
        try:
            print(s[bad])
        except IndexError as e:
            print("IndexError", e)
    for bad in ("1", 1.0, None):
        try:
            print(s[bad])
        except TypeError as e:
            print("TypeError", e)
    print(s[True], s[False])
    m = MyStr("abc")
    print(m[0], m[-1], m[1:2])
    print(m == "abc", m != "abc", "abc" == m)
    print("a" in m, "z" in m)
    # One-character comparisons, identity and equality of equal texts.
    chars = [s[i] for i in range(len(s))]
    print([c == "l" for c in chars])
    print([c < "m" for c in chars], [c >= "o" for c in chars])
    print("0" <= "5" <= "9", "a" < "\u00e9", "\u00e9" < "a", "b" > "ab", "" < "a")
    built = "".join(["a", "b"])
    print(built == "ab", built != "ab")
    print("x" * 3 == "xxx", str(5) == "5", chr(120) == "x", chr(233) == "\u00e9")
    print(s[1] == "e", s[1] != "e", s[1] == MyStr("q"))
    # in / not in
    ws = " \t\r\n"
    print([c in ws for c in "a b\tc\n"], "x" not in ws, "" in ws, "\u00e9" in u, "\u2603" in u, "t\r" in ws)
    try:
        print(1 in "abc")
    except TypeError as e:
        print("TypeError", e)
    # Slices without a step.
    print(s[2:5], s[:3], s[7:], s[:], s[-5:-1], s[5:2], s[-100:100], s[3:None], s[None:2])
    print(u[2:6], u[-3:], u[:-2])
    print(s[True:3], s[1:2**70], s[-2**70:2])
    try:
        print(s["a":2])
    except TypeError as e:
        print("TypeError", e)
    print([1, 2, 3, 4][1:3], (1, 2, 3)[:2], b"abcd"[1:3], range(10)[2:5], bytearray(b"xyz")[1:])
    t = s[:]
    print(t is s)
    # join
    print("-".join(["a", "b", "c"]), "".join(("x", "y")), ",".join([]), "+".join(["solo"]))
    print("\u00e9".join(["a", "b"]), "".join([u, s]), len("".join([u, s])))
    print(type("".join([MyStr("q")])).__name__, "".join([MyStr("q"), "r"]))
    for bad in (["a", 1], ("a", "b", None)):
        try:
            "".join(bad)
        except TypeError as e:
            print("TypeError", e)
    print("".join(c for c in "gen"), "|".join(iter(["i", "t"])))
    # Unpacking tuples of the right size hands the tuple on; lists are copied.
    pair = (1, 2)
    a, b = pair
    print(a, b)
    lst = [3, 4]
    c, d = lst
    lst[0] = 99
    print(c, d)
    for k, v in {"k1": 1, "k2": 2}.items():
        print(k, v)
    try:
        x, y = (1, 2, 3)
    except ValueError as e:
        print("ValueError", e)


main()
