# Less common methods.
print("a\tb\tc".expandtabs(4), "abc".encode() == b"abc")
print("Hello".casefold(), "ß".upper(), "ǅ".lower())
print("a-b-c".split("-", -1), "abcabc".rindex("b"), "x".join("123"))
