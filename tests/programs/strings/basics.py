# Concatenation, repetition, len, indexing, membership.
s = "hello"
t = "world"
print(s + " " + t, s * 3, len(s), len(""))
print(s[0], s[-1], s[1:3], s[::-1])
print("ell" in s, "xyz" not in s, "" in s)
print(s == "hello", s < t, "abc" < "abd", "Z" < "a", "ab" < "abc")
