# Strings are immutable; item assignment raises TypeError.
s = "abc"
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
t = s
s += "d"
print(s, t)
try:
    print("abc"[5])
except IndexError as e:
    print("IndexError:", e)
