# repr of bytes and bytearray (quote choice, escapes), comparisons and hashing.
for b in [b"it's", b'both \' and "', b'\x00\t\n\r\\', b'"', b'\x7f\x80\xff', b'']:
    print(repr(b), repr(bytearray(b)))
print(b'a' < b'b', b'abc' <= b'abd', b'b' > b'abc', b'' < b'\x00', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' != b'a', b'a' == 'a')
print(bytearray(b'x') < b'y', sorted([b'c', b'a', b'b']), max(b'abc'), min(bytearray(b'xyz')))
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(bytes()), len({b'a', b'a', b'b'}))
try:
    hash(bytearray(b'a'))
except TypeError as e:
    print('TypeError:', e)
try:
    b'a' < 'b'
except TypeError as e:
    print('TypeError:', e)
