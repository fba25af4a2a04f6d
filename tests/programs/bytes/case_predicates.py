# ASCII case conversion and the is* predicates of bytes.
b = b'hello World 42 \xe9'
print(b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())
tests = [b'abc', b'ABC', b'123', b'ab1', b'  \t', b'', b'Hello World', b'hello World', b'\xff', b'a b']
for t in tests:
    print(t, t.isalpha(), t.isdigit(), t.isalnum(), t.islower(), t.isupper(), t.isspace(), t.istitle(), t.isascii())
