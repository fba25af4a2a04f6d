# lower()/upper() of ASCII strs that need no change (the runtime returns an
# exact str unchanged, a subclass instance gets an exact str), and of strs
# that change in every position of the word-at-a-time mapping.
class S(str):
    pass
for w in ["", "a", "abc", "ABC", "abcdefgh", "abcdefghI", "Abcdefghijklmnop", "hello world!", "x" * 17, "x" * 16 + "Q", "123", "ÀB", "straße", "ǅ"]:
    lo, up = w.lower(), w.upper()
    print(repr(lo), repr(up), lo == w, up == w, type(S(w).lower()).__name__, type(S(w).upper()).__name__)
s = "already lower"
print(s.lower() == s, s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
# One-character results are the same object as indexing gives.
for w in ["abc", "ABC", "z", "Q", "é"]:
    print(w[0].upper() == w[0].upper(), w[0].upper() + w[1:], w[-1].lower() + w[:-1])
print("q".lower() == "Q".lower(), "é".upper(), "ß".upper(), "İ".lower() == "i̇")
