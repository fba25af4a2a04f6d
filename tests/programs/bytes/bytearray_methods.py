# bytearray shares the bytes methods; results are bytearrays.
ba = bytearray(b'Hello, World')
print(ba.upper(), ba.lower(), ba.split(b', '), ba.replace(b'l', b'L'), ba.strip(b'Hd'), ba.find(b'o'), ba.count(b'l'))
print(ba.partition(b','), ba.center(16, b'.'), ba.startswith(b'Hell'), ba.hex(), ba.decode(), ba.title(), ba.zfill(14))
print(type(ba.upper()).__name__, type(ba[1:3]).__name__, ba[0], ba[-1], list(ba[:3]), b'x' in ba, 72 in ba)
print(bytearray(3), bytearray([1, 2]), bytearray('abc', 'ascii'), bytearray(b'q'), bytearray(), bytearray(range(65, 68)))
print(str(bytearray(b'abc'), 'ascii'), bytearray(b'abc') * 2, bytearray(b'%d') % 5)
