# str.encode with utf-8, latin-1, ascii, their aliases and the error handlers.
s = 'aé€😀'
for enc in ['utf-8', 'utf8', 'UTF-8', 'U8', 'utf_8']:
    print(enc, s.encode(enc))
print('é'.encode(), 'é'.encode('latin-1'), 'é'.encode('latin1'), 'é'.encode('ISO-8859-1'), 'abc'.encode('ascii'), 'abc'.encode('US-ASCII'))
for errors in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
    print(errors, s.encode('ascii', errors), s.encode('latin-1', errors), s.encode(encoding='ascii', errors=errors))
print('a\udcff'.encode('utf-8', 'surrogateescape'), 'x\udc80y'.encode('ascii', 'surrogateescape'), bytes('hé', 'ascii', 'replace'))
