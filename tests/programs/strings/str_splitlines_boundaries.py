# splitlines splits on every Unicode line boundary; keepends keeps them.
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print((s + "\n").splitlines(True))
print("a\nb".splitlines(keepends=True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(True), "x\r".splitlines(True))
print("\r\n\r".splitlines(), "a\r\r\nb".splitlines(True))
