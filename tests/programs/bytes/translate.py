# bytes.maketrans and translate (with a delete argument and a None table).
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'aabbcc'.translate(None, b'b'), b'abcabc'.translate(t, b'c'))
print(bytearray(b'cab').translate(t), bytearray.maketrans(b'a', b'A')[97])
for f in [lambda: bytes.maketrans(b'ab', b'c'), lambda: b'x'.translate(b'short')]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError:', e)
