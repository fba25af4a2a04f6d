# base64 (b64/urlsafe/b32/b32hex/b16, encodebytes) and binascii (hex, base64 lines, crc32) with CPython errors.
import base64, binascii
for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], "héllo".encode()]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b32encode(data), base64.b16encode(data), base64.b32hexencode(data))
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs bG8=\n"), base64.standard_b64decode("YWJj"))
print(base64.urlsafe_b64decode("-_-_"), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b16decode("666f6f", casefold=True))
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_base64(b"hi"), binascii.crc32(b"abc"))
print(base64.encodebytes(b"x" * 100), base64.decodebytes(b"eHh4\n"))
for bad in ["abc", "a", "ab=c=", "@@@@"]:
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("Error:", e, isinstance(e, ValueError))
for bad in [lambda: base64.b64decode("YW!j", validate=True), lambda: base64.b16decode("zz"), lambda: binascii.unhexlify("abc"), lambda: base64.b32decode("AAA")]:
    try:
        bad()
    except binascii.Error as e:
        print("Error:", e)
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
try:
    base64.b64decode(5)
except TypeError as e:
    print("TypeError:", e)
try:
    base64.b64decode("é")
except ValueError as e:
    print("ValueError:", e)
