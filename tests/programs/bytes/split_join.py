# split, rsplit, splitlines, join and partition on bytes.
b = b'  a b  c d  '
print(b.split(), b.split(None, 1), b.rsplit(None, 1), b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 2), b''.split(), b''.split(b','))
print(b'a\nb\r\nc\rd\n'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b'x'.splitlines(keepends=True))
print(b'-'.join([b'a', b'b', bytearray(b'c'), memoryview(b'd')]), b''.join([]), b', '.join((b'x', b'y')))
print(b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='), b'kvw'.partition(b'='), b'kvw'.rpartition(b'='))
for f in [lambda: b'a'.split(b''), lambda: b'a'.split('a'), lambda: b'-'.join([b'a', 'b']), lambda: b'a'.partition(b'')]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
