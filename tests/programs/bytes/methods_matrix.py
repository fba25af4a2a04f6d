# The bytes methods over a grid of inputs, separators, maxsplits and ranges (and bytearray copies).
samples = [b'', b'a', b'  Hello World  ', b'a,b,,c,', b'\tx\ny\r\nz', b'abcabcabc', b'Title Case here', b'123', b'-0042', b'\xff\x00a']
seps = [b',', b'a', b'bc', b'  ', None]
for s in samples:
    out = []
    for sep in seps:
        for m in [-1, 0, 1, 2]:
            out.append((s.split(sep, m), s.rsplit(sep, m)))
        if sep:
            out.append((s.partition(sep), s.rpartition(sep), s.count(sep), s.find(sep), s.rfind(sep), s.replace(sep, b'#'), s.strip(sep), s.lstrip(sep), s.rstrip(sep), s.startswith(sep), s.endswith(sep)))
    for start in [None, -3, 0, 2, 20]:
        for end in [None, -1, 3, 50]:
            out.append((s.find(b'a', start, end), s.count(b'b', start, end), s.rfind(b'', start, end), s.startswith(b'a', start, end)))
    for w in [0, 5, 12, 20]:
        out.append((s.center(w), s.ljust(w, b'.'), s.rjust(w), s.zfill(w)))
    out.append((s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.strip(), s.splitlines(), s.expandtabs(3), s.hex(), s.hex(':', 3)))
    out.append((s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.istitle(), s.islower(), s.isupper(), s.isascii()))
    ba = bytearray(s)
    out.append((ba.split(), ba.upper(), ba + s, repr(ba), ba[::2], ba[1:-1]))
    print(out)
