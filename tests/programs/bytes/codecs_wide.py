# utf-8-sig, utf-16 and utf-32 codecs (BOMs, byte orders, aliases), surrogatepass, and their errors' messages/positions.
tests = [(b'\x00','utf-16-le'),(b'\x00','utf-16'),(b'\x00\xd8','utf-16-le'),(b'\x00\xd8a\x00','utf-16-le'),(b'\x00\xdc','utf-16-le'),(b'\x00\xd8\x00','utf-16-le'),
 (b'\xff\xfe\x00','utf-16'),(b'\xfe\xff\x00a','utf-16'),(b'a\x00','utf-16'),(b'\x00\x00\x11\x00','utf-32-le'),(b'\x00\xd8\x00\x00','utf-32-le'),(b'a\x00\x00','utf-32-le'),(b'a\x00\x00\x00','utf-32'),(b'\xef\xbb\xbf\xff','utf-8-sig'),(b'\xed\xa0\x80','utf-8'),
 (b'\xef\xbb\xbfabc','utf-8-sig'), (b'abc', 'utf-8-sig'), (b'\xff\xfea\x00=\xd8\x00\xde', 'utf-16'), (b'\x00\x00\xfe\xff\x00\x00\x00a', 'utf-32')]
for b, enc in tests:
    try: print(enc, repr(b.decode(enc)))
    except UnicodeDecodeError as e: print(enc, e, e.start, e.end, e.encoding)
    for h in ['replace', 'ignore', 'backslashreplace']:
        print(' ', h, repr(b.decode(enc, h)))
for b, enc in [(b'\xed\xa0\x80','utf-8'), (b'\x00\xd8','utf-16-le'), (b'\x00\xd8\x00\x00','utf-32-le'), (b'\x00\xd8a\x00', 'utf-16-le')]:
    print(repr(b.decode(enc, 'surrogatepass')))
for s, enc in [('a\ud800b','utf-16'),('a\ud800b','utf-32'),('a\ud800b','utf-8-sig'),('a\U0001f600','utf-16-be'),('ab','utf-16'),('ab','utf-32'),('ab','utf-8-sig'), ('h\xe9\u20ac\U0001f600', 'utf-32-be'), ('h\xe9\u20ac\U0001f600', 'utf-16-le')]:
    try: print(enc, s.encode(enc))
    except UnicodeEncodeError as e: print(enc, e)
    for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace']:
        print(' ', h, s.encode(enc, h))
print('a\ud800'.encode('utf-8','surrogatepass'), 'a\ud800'.encode('utf-16-le','surrogatepass'))
for n in ['UTF16','utf_16_le','U16','utf-32be','utf_8_sig', 'UTF-16LE']:
    print(n, 'x'.encode(n), str('x'.encode(n), n))
s = 'mixed \u00e9 \u4e2d \U0001f600'
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be']:
    print(enc, s.encode(enc).decode(enc) == s, len(s.encode(enc)))
