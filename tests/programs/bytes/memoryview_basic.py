# memoryview over bytes and bytearray: len, indexing, slicing, tobytes, tolist, writes, release.
ba = bytearray(b'abcdef')
m = memoryview(ba)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m.tolist(), bytes(m[::2]), m.readonly, memoryview(b'x').readonly)
m[0] = 90
m[1:3] = b'YY'
print(ba, m == b'ZYYdef', m == ba, m.nbytes, m.itemsize, m.format, m.obj is ba)
sub = m[2:5]
sub[0] = 33
print(ba, sub.tobytes(), len(sub), sub.tolist(), m[::-1].tobytes(), m.hex())
with memoryview(b'abc') as mm:
    print(mm.tobytes(), list(mm[1:]))
try:
    mm.tobytes()
except ValueError as e:
    print('ValueError:', e)
ro = memoryview(b'const')
for f in [lambda: ro.__setitem__(0, 1), lambda: m.__setitem__(0, 300), lambda: m[10], lambda: memoryview('str')]:
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
m.release()
sub.release()
ba.append(1)
print(ba)
