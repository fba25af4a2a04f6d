# Iterating bytes and bytearray gives ints; builtins over them.
b = b'\x03\x01\x02'
print([x for x in b], sum(b), sorted(b), max(bytearray(b'az')), list(reversed(b)), list(enumerate(b'ab')))
print(dict(zip(b'ab', b'xy')), set(bytearray(b'aab')) == {97, 98}, any(b'\x00'), all(b'\x01\x02'), list(map(hex, b'\x10\x20')))
total = 0
for byte in bytearray(b'hello'):
    total = total * 31 + byte
print(total, len(b''), bool(b''), bool(b'\x00'), b'abc'[::-1], bytes(reversed(b'abc')))
