# Characters taken by index from a str and then compared with one-character
# constants or passed to ord(): ASCII and non-ASCII text, negative and
# out-of-range indexes, a str subclass, and ord rebound mid-loop.
import builtins


def classify(s: str) -> list:
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        code = ord(ch)
        if ch == '"' or ch == "\\":
            out.append("q")
        elif ch < " ":
            out.append("c%d" % code)
        elif ch >= "a" and ch <= "z":
            out.append("l")
        elif ch > "~":
            out.append("u%x" % code)
        elif ch != "-":
            out.append(ch)
        else:
            out.append("dash")
        i += 1
    return out


print(classify('ab"c\\d\te-F~'))
print(classify("caf\u00e9 \u03b1\u2603 \U0001f600!"))
print(classify(""))


def ends(s: str) -> tuple:
    return s[-1] == "z", s[-2] < "y", ord(s[-1]), s[-len(s)] == s[0]


print(ends("xyz"), ends("\u00e9z"), ends("zz"))


def bad(s: str, i: int):
    try:
        return s[i] == "a"
    except IndexError as e:
        return "IndexError: %s" % e


print(bad("abc", 3), bad("abc", -4), bad("", 0), bad("abc", -3))


class S(str):
    pass


def sub(s: str) -> list:
    return [s[k] == "b" for k in range(len(s))] + [ord(s[0])]


print(sub(S("abc")), sub("bbb"))


def rebind(s: str) -> list:
    got = []
    for k in range(len(s)):
        if k == 2:
            builtins.ord = lambda c: -1
        got.append(ord(s[k]))
    return got


real_ord = builtins.ord
print(rebind("hello"))
builtins.ord = real_ord
print(ord("a"), [ord("xyz"[k]) for k in range(3)])


def big(s: str, i: int) -> bool:
    return s[i] == "a"


try:
    big("abc", 2**70)
except IndexError as e:
    print("IndexError", e)


# Membership of an indexed character in a constant: both halves of ASCII,
# `not in`, a non-ASCII character, a constant with a non-ASCII character.
def members(s: str) -> list:
    got = []
    for k in range(len(s)):
        got.append((s[k] in " \t\r\n", s[k] not in "aeiou{}~", s[k] in "\u00e9x", s[k] in "@AZ_`"))
    return got


print(members("a Z\t{\u00e9x@`\n\u2603"))
print(members(S("e}")))


# The same tests on the characters of a for loop over a str.
def histogram(text: str) -> dict:
    hist = {}
    for ch in text:
        if "a" <= ch <= "z":
            hist[ch] = hist.get(ch, 0) + 1
        elif ch in "AEIOU" or ch > "\u00ff":
            hist[ch.lower()] = hist.get(ch.lower(), 0) - 1
        elif ord(ch) < 32:
            hist["ctl"] = hist.get("ctl", 0) + 1
    return hist


print(sorted(histogram("Hello, World!\tAnd \u00e9t\u00e9 \u2603\u2603 \U0001f600 Over\n").items()))
