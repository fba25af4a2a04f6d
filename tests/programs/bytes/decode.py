# bytes.decode with utf-8, latin-1, ascii and the error handlers; str(bytes, encoding).
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'), b'abc'.decode('ascii'), b'\xe2\x82\xac'.decode('utf8'))
bad = b'a\xffb\xc3(\xe2\x82'
for errors in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    print(errors, repr(bad.decode('utf-8', errors)), repr(b'a\xe9b'.decode('ascii', errors)))
s = b'a\xff'.decode('utf-8', 'surrogateescape')
print(repr(s), s.encode('utf-8', 'surrogateescape'), str(b'abc', 'utf8'), str(b'\xe9', 'latin-1'), str(bytearray(b'xy'), 'ascii'), str(b'\xff', 'ascii', 'ignore'))
print(bytearray(b'caf\xc3\xa9').decode(), b''.decode(), bytes(range(65, 70)).decode('ascii'), b'\xf0\x9f\x98\x80'.decode())
