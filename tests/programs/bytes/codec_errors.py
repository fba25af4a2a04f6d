# UnicodeEncodeError/UnicodeDecodeError messages and attributes, LookupError for unknown names.
tests = [lambda: 'é'.encode('ascii'), lambda: 'a€€b'.encode('latin-1'), lambda: b'\xe9'.decode('ascii'),
         lambda: b'\xc3'.decode(), lambda: b'\xe2\x82x'.decode(), lambda: b'ab\xff'.decode(), lambda: 'x\ud800'.encode(),
         lambda: b'\xed\xa0\x80'.decode(), lambda: b'\xf4\x90\x80\x80'.decode(), lambda: b'\xc0\x80'.decode(),
         lambda: 'x'.encode('xyz'), lambda: b'x'.decode('nope'), lambda: b'\xff'.decode('utf-8', 'bogus'),
         lambda: 'é'.encode('ascii', 'bogus'), lambda: 'é'.encode('latin-1', 'bogus')]
for t in tests:
    try:
        print(t())
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
try:
    'abé'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.start, e.end, e.reason, e.encoding, e.object, isinstance(e, ValueError))
try:
    b'ab\xc3\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, e.encoding, e.object)
