# array: construction for every type code, conversions and range errors, sequence operations, bytes round trips,
# byteswap, unicode arrays, files, comparisons and reprs.
import array

for code, values in [('b', [-128, 0, 127]), ('B', [0, 255]), ('h', [-32768, 32767]), ('H', [65535]),
                     ('i', [-2 ** 31, 2 ** 31 - 1]), ('I', [2 ** 32 - 1]), ('l', [-2 ** 63]), ('L', [2 ** 64 - 1]),
                     ('q', [2 ** 63 - 1]), ('Q', [2 ** 64 - 1]), ('f', [0.1, 1.5, -2]), ('d', [0.1, 1e300, 3])]:
    a = array.array(code, values)
    b = array.array(code, a.tobytes())
    print(code, repr(a), a.itemsize, a.typecode, a.tobytes(), a == b, list(a), len(a))
print(array.typecodes, repr(array.array('d')), repr(array.array('u', 'hi')), array.array('u', 'héllo').tounicode())
for code, value in [('b', 200), ('b', -129), ('B', 256), ('B', -1), ('h', 70000), ('H', -1), ('i', 2 ** 31),
                    ('I', -1), ('I', 2 ** 32), ('l', 2 ** 63), ('L', -1), ('q', 2 ** 63), ('Q', -1), ('i', 1.5),
                    ('d', 'x'), ('u', 'ab'), ('u', 1), ('i', 'x')]:
    try:
        array.array(code, [value])
        print(code, value, 'ok')
    except (OverflowError, TypeError) as e:
        print(code, value, type(e).__name__, e)
for bad in [lambda: array.array('z'), lambda: array.array('i').pop(), lambda: array.array('i', [1]).index(9),
            lambda: array.array('i', [1]).remove(9), lambda: array.array('i', [1]) + array.array('d'),
            lambda: array.array('i').frombytes(b'abc'), lambda: array.array('i', [1])[5],
            lambda: array.array('i', 'abc'), lambda: array.array('i', [1]).tounicode()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
a = array.array('i', [5, 1, 4])
a.append(2)
a.extend([7, 8])
a.extend(array.array('i', [9]))
a.insert(0, 0)
print(a, a.pop(), a.pop(0), a.count(4), a.index(4), a[1:3], a[::-1], a * 2, 3 * a[:1], a + a[:2], 4 in a, 99 in a)
a[0] = 10
a[1:3] = array.array('i', [20, 30, 40])
del a[-1]
a.reverse()
a.remove(30)
print(a, a.tolist(), sorted(a), sum(a), max(a), list(reversed(a)))
a.fromlist([1, 2])
a += array.array('i', [3])
a *= 2
print(a, len(a))
b = array.array('H', [1, 256, 0x1234])
b.byteswap()
print(b, b.tobytes())
print(array.array('i', [1, 2]) < array.array('i', [1, 3]), array.array('i', [1, 2]) == array.array('d', [1.0, 2.0]),
      array.array('b', [1]) != array.array('b', [1]), array.array('f', [0.1])[0])
with open('arr.bin', 'wb') as f:
    array.array('d', [1.5, 2.5, 3.5]).tofile(f)
c = array.array('d')
with open('arr.bin', 'rb') as f:
    c.fromfile(f, 3)
print(c)
u = array.array('u', 'ab')
u.append('c')
u.fromunicode('de')
print(u, u.tounicode(), len(u.tobytes()))
