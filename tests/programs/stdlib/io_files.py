# open(): text and binary modes, newline translation, encodings, seek/tell/truncate, iteration, append/exclusive
# modes, read sizes, errors, and StringIO/BytesIO.
import io

with open('t.txt', 'w') as f:
    print(f.write('line one\n'), f.write('línea dos\n'), f.write('third\r\nfourth\rfifth'))
    f.writelines(['\n', 'sixth\n'])
    print(f.tell(), f.closed)
print(f.closed)
with open('t.txt') as f:
    print(f.readline(), end='')
    print(repr(f.readline(4)), repr(f.readline()), f.tell())
    print(f.read(3), repr(f.read(5)))
    print(f.tell())
    rest = f.read()
    print(repr(rest))
    print(repr(f.read()), repr(f.readline()))
with open('t.txt', newline='') as f:
    print(f.readlines())
with open('t.txt', newline='\r') as f:
    print(f.readlines())
with open('t.txt', newline='\r\n') as f:
    print(f.readlines())
with open('t.txt', newline='\n') as f:
    print([line for line in f])
with open('t.txt', 'rb') as f:
    data = f.read()
    print(data, len(data))
    f.seek(0)
    print(f.read(4), f.tell(), f.readline(), f.read1(3), f.seek(-3, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(2))
with open('t.txt', 'rb') as f:
    print(list(f))
for nl in [None, '', '\n', '\r', '\r\n']:
    with open('nl.txt', 'w', newline=nl) as f:
        f.write('a\nb\r\nc\rd\n')
    with open('nl.txt', 'rb') as f:
        print(repr(nl), f.read())

with open('a.txt', 'w') as f:
    f.write('start\n')
with open('a.txt', 'a') as f:
    print(f.tell())
    f.write('appended\n')
with open('a.txt', 'a+') as f:
    f.write('more\n')
    f.seek(0)
    print(repr(f.read()))
with open('a.txt', 'r+') as f:
    print(repr(f.read(5)))
    f.write('!!')
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.truncate(8)
    f.seek(0, 2)
    print(f.tell())
with open('a.txt') as f:
    print(repr(f.read()))
with open('w.txt', 'w+') as f:
    f.write('hello world')
    f.seek(6)
    print(f.read(), f.tell())
    f.seek(0)
    print(f.truncate(), f.read())
try:
    open('a.txt', 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno, e.filename, e)
with open('new.txt', 'x') as f:
    f.write('exclusive')
print(open('new.txt').read())

text = 'ASCII, é, 中文, emoji 😀\n' * 3
for enc in ['utf-8', 'utf-8-sig', 'latin-1', 'utf-16', 'utf-16-le', 'utf-32']:
    try:
        with open('enc.txt', 'w', encoding=enc) as f:
            f.write(text)
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError', e)
        continue
    with open('enc.txt', 'rb') as f:
        raw = f.read()
    with open('enc.txt', encoding=enc) as f:
        back = f.read()
    print(enc, len(raw), raw[:12], back == text)
with open('enc.txt', 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve café')
print(open('enc.txt').read())
with open('bad.bin', 'wb') as f:
    f.write(b'ok\xff\xfebad\n')
try:
    open('bad.bin').read()
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
print(repr(open('bad.bin', errors='replace').read()), repr(open('bad.bin', errors='ignore').read()),
      repr(open('bad.bin', errors='surrogateescape').read()), repr(open('bad.bin', encoding='latin-1').read()))

big = ''.join('row %d: %s\n' % (i, 'x' * (i % 50)) for i in range(20000))
with open('big.txt', 'w') as f:
    f.write(big)
with open('big.txt') as f:
    n = 0
    total = 0
    for line in f:
        n += 1
        total += len(line)
print(n, total, len(big))
with open('big.txt', 'rb') as f:
    print(sum(1 for _ in f))
with open('big.txt') as f:
    f.readline()
    pos = f.tell()
    second = f.readline()
    f.seek(pos)
    print(second == f.readline(), pos)

f = open('closed.txt', 'w')
f.write('x')
f.close()
for op in [lambda: f.write('y'), lambda: f.read(), f.tell, f.flush, lambda: next(iter(f))]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
open('dropped.txt', 'w').write('written without close')
print(open('dropped.txt').read())

s = io.StringIO('ab\ncd\r\nef')
print(repr(s.read()), s.tell(), repr(s.getvalue()))
print(io.StringIO('ab\ncd\r\nef', newline=None).readlines(), io.StringIO('ab\ncd\r\nef', newline='').readlines())
s = io.StringIO()
s.write('hello')
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell())
s.seek(10)
s.write('Z')
print(repr(s.getvalue()))
s = io.StringIO('abc')
print(s.write('Q'), s.getvalue(), s.truncate(2), repr(s.getvalue()), s.tell())
s = io.StringIO()
print(s.closed, s.readable(), s.writable(), s.seekable())
print('a', 'b', sep='-', file=s)
print(repr(s.getvalue()))
s.close()
for op in [s.getvalue, lambda: s.write('x')]:
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: io.StringIO(b'x'), lambda: io.StringIO().write(b'x'), lambda: io.BytesIO().write('x')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
b = io.BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.readlines(), b.tell(), b.getvalue())
b = io.BytesIO()
b.write(b'xyz')
b.seek(1)
b.write(b'Q')
print(b.getvalue(), b.seek(0, 2), b.tell())
print(isinstance(open('a.txt'), io.TextIOBase), isinstance(open('a.txt', 'rb'), io.BufferedIOBase),
      isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase),
      isinstance(open('a.txt', 'rb', buffering=0), io.RawIOBase), isinstance(io.StringIO(), io.IOBase))
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
