# bytes as a sequence: indexing, slicing, iteration, in, +, *, len, constructors.
b = b'hello world'
print(b[1], b[-1], b[1:4], b[::-2], b[100:], len(b), list(b'abc'), [x for x in b'hi'], tuple(bytearray(b'ab')))
print(97 in b'abc', b'bc' in b'abc', 120 in b'abc', bytearray(b'c') in b'abc', b'' in b'abc')
print(b * 2, 2 * b'ab', b'ab' * 0, b + b'!', b'x' + bytearray(b'y'), bytearray(b'x') + b'y')
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes(b'copy'), bytes(bytearray(b'ba')), bytes('hé', 'utf-8'), bytes(), bytes(memoryview(b'mv')))
for f in [lambda: b[20], lambda: b['a'], lambda: b + 'a', lambda: bytes([256]), lambda: bytes(-1), lambda: bytes('x'), lambda: 300 in b, lambda: 'a' in b, lambda: bytes(1.5)]:
    try:
        print(f())
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
