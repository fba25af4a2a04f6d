# UnicodeDecodeError / UnicodeEncodeError messages for utf-8, ascii and
# latin-1, with their attributes.
cases = [
    (b"\xff", "utf-8"),
    (b"ab\x80cd", "utf-8"),
    (b"\xc3", "utf-8"),
    (b"x\xe2\x82", "utf-8"),
    (b"\xe2\x28\xa1", "utf-8"),
    (b"\xed\xa0\x80", "utf-8"),
    (b"\xf0\x90\x80", "utf-8"),
    (b"\xf8\x88\x80\x80\x80", "utf-8"),
    (b"\xc0\xaf", "utf-8"),
    (b"caf\xc3\xa9 \xff", "ascii"),
    (b"\x80", "ascii"),
]
for data, enc in cases:
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, e.start, e.end, e.reason, e.object)
for s, enc in [("caf\xe9", "ascii"), ("ab\u20ac", "latin-1"), ("\u20ac\u20ac", "ascii"), ("x\udc80", "utf-8"),
               ("\U0001f600", "latin-1")]:
    try:
        print(s.encode(enc))
    except UnicodeEncodeError as e:
        print(type(e).__name__, "|", e, "|", e.encoding, e.start, e.end, e.reason)
try:
    str(b"\xff\xfe", "utf-8")
except UnicodeDecodeError as e:
    print("str():", e)
try:
    bytearray(b"a\xffb").decode()
except UnicodeDecodeError as e:
    print("bytearray:", e)
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print("caf\xe9".encode("ascii", "replace"), "caf\xe9".encode("ascii", "ignore"))
print(isinstance(UnicodeDecodeError("utf-8", b"x", 0, 1, "bad"), ValueError))
