# Every codec and error handler over a grid of byte strings and texts (errors with their positions).
data = [b'', b'abc', b'\xc3\xa9t\xc3\xa9', b'\xff\xfe', b'\xe2\x82', b'\xf0\x9f\x98\x80!', b'\xed\xa0\x80', b'a\x80b\xc0\xafc', b'\xf8\x88\x80\x80\x80']
for d in data:
    for enc in ['utf-8', 'latin-1', 'ascii']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
            try:
                r = d.decode(enc, err)
                print(enc, err, ascii(r), r.encode(enc, 'surrogateescape') if err == 'surrogateescape' else '')
            except UnicodeError as e:
                print(enc, err, type(e).__name__, e, e.start, e.end)
texts = ['', 'abc', 'été', '€uro', '😀', 'a\udc80b', '\x80\xff\u0100']
for t in texts:
    for enc in ['utf-8', 'latin-1', 'ascii']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
            try:
                print(enc, err, t.encode(enc, err))
            except UnicodeError as e:
                print(enc, err, type(e).__name__, e, e.start, e.end)
print(b'x'.decode(encoding='ascii'), 'x'.encode(errors='strict'), str(b'x', encoding='latin-1'), str(b'\xff', errors='replace'))
