# Rich comparisons with a str constant on either side (tp_compare_str_fast):
# exact strs, other types (== is False, ordering raises TypeError), a str
# subclass whose __eq__/__lt__ run, and the non-ASCII / empty cases.
class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__str__(self), other)
        return True

    def __lt__(self, other):
        print("Loud.__lt__")
        return False

    __hash__ = str.__hash__


def classify(ch):
    if ch == "{":
        return "open"
    if "0" <= ch <= "9":
        return "digit"
    if ch != "z" and ch > "a":
        return "letter"
    if ch < "":
        return "never"
    return "other"


for v in ["{", "5", "q", "z", "a", "", "é", "ab", "99", "\u2603"]:
    print(repr(v), classify(v))
for v in [1, 2.5, None, b"{", ("{",)]:
    print(repr(v), v == "{", "{" == v, v != "{", "{" != v)
    try:
        print(v < "a")
    except TypeError as e:
        print("TypeError", e)
    try:
        print("a" >= v)
    except TypeError as e:
        print("TypeError", e)
x = Loud("k")
print(x == "k", "k" == x, x != "j", x < "z", "z" > x)
words = ["pear", "apple", "fig", "apple"]
print([w for w in words if w >= "b"], [w for w in words if "fig" == w], sum(1 for w in words if w < "g"))
