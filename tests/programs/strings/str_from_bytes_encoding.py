# str(bytes, encoding, errors) with utf-8, ascii and latin-1.
print(str(b"abc", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xc3\xa9", "utf-8"))
print(repr(str(b"\xff", "utf-8", "replace")), repr(str(b"\xffa", errors="ignore", encoding="utf-8")))
print(repr(str(b"caf\xe9", "latin-1")), repr(str(b"a\x80b", "ascii", "replace")), repr(str(b"ab", "UTF_8")))
for args in [(b"\xff", "ascii"), (b"\xff", "utf-8"), (b"x", "nope"), ("s", "utf-8"), (1, "utf-8")]:
    try:
        print(str(*args))
    except Exception as e:
        print(type(e).__name__ + ":", e)
