# struct: pack/unpack for every code and byte order, native alignment, calcsize, pack_into/unpack_from,
# iter_unpack, Struct, float rounding to binary32/binary16, and CPython's struct.error messages.
import struct
import math

for fmt, args in [('<bBhHiIlLqQ', (-1, 255, -2, 65535, -3, 2**32 - 1, -4, 7, -5, 2**64 - 1)),
                  ('>bBhHiIlLqQ', (-1, 255, -2, 65535, -3, 2**32 - 1, -4, 7, -5, 2**64 - 1)),
                  ('!hi', (1, 2)), ('=i', (-7,)), ('@bq', (1, 2)), ('@qb', (1, 2)), ('@bhiq?d', (1, 2, 3, 4, True, 0.5)),
                  ('<?c3s5p', (True, b'z', b'abcdef', b'hi')), ('<3x2i', (1, 2)), ('<e', (1.0,)), ('>f', (0.1,)),
                  ('<d', (math.pi,)), ('<f', (1e-45,)), ('<f', (3.4028235e38,)), ('<e', (65504.0,)), ('<e', (6e-8,)),
                  ('<e', (65519.0,)), ('<f', (float('inf'),)), ('<d', (-0.0,)), ('<f', (float('nan'),)), ('@f', (1e300,)),
                  ('<n' if False else '@nNP', (-1, 2, 3)), ('<i', (True,)), ('<5s', (b'ab',)), ('<0s', (b'abc',)),
                  ('<2p', (b'abc',)), ('@ci', (b'a', 1)), ('<4h', (1, 2, 3, 4)), ('<  h  h ', (5, 6))]:
    packed = struct.pack(fmt, *args)
    back = struct.unpack(fmt, packed)
    print(fmt, struct.calcsize(fmt), packed, back)
print(struct.unpack('<e', b'\x00\x3c'), struct.unpack('<f', struct.pack('<f', 0.1)), struct.unpack('<5p', b'\x03abcd'),
      struct.unpack('<?', b'\x05'), struct.unpack('>d', b'\x7f\xf0' + bytes(6)), struct.unpack('<e', b'\x01\x00'),
      struct.unpack('<f', b'\x01\x00\x00\x00'))


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for fmt, args in [('b', (200,)), ('B', (-1,)), ('h', (40000,)), ('H', (-1,)), ('i', (2**31,)), ('I', (-1,)),
                  ('<i', (2**31,)), ('<I', (2**32,)), ('l', (2**63,)), ('<l', (2**31,)), ('q', (2**63,)), ('Q', (-1,)),
                  ('<h', (40000,)), ('<b', (200,)), ('<B', (256,)), ('i', ('x',)), ('i', (1.5,)), ('f', ('x',)),
                  ('c', (b'ab',)), ('c', ('a',)), ('s', ('a',)), ('e', (1e10,)), ('2i', (1,)), ('i', (1, 2)),
                  ('z', (1,)), ('3', ()), ('<n', (1,)), ('P', (1.0,)), ('n', (2**63,)), ('<q', (2**63,)),
                  ('<Q', (-1,)), ('<L', (-1,)), ('<f', (1e300,)), ('<e', (65520.0,))]:
    t(lambda: struct.pack(fmt, *args))
t(lambda: struct.unpack('<i', b'abc'))
t(lambda: struct.unpack_from('<i', b'abc', 1))
t(lambda: list(struct.iter_unpack('<h', b'abc')))
s = struct.Struct('<hh')
print(s.size, s.format, s.pack(1, -1), s.unpack(b'\x01\x00\xff\xff'), list(s.iter_unpack(b'\x01\x00\x02\x00' * 2)))
buf = bytearray(10)
struct.pack_into('<hi', buf, 2, 7, -1)
print(buf, struct.unpack_from('<hi', buf, 2), struct.unpack_from('<h', buf, -8), struct.unpack_from('<h', memoryview(buf)))
t(lambda: struct.pack_into('<q', bytearray(4), 0, 1))


class Idx:
    def __index__(self):
        return 7


print(struct.pack('<i', Idx()), struct.calcsize('0s'), struct.calcsize(''), struct.pack(''), isinstance(struct.error(), Exception))
