# Every arithmetic operator over pairs of complex/int/float values (errors included), format specs, hash.
vals = [0j, 1j, -1j, 1+1j, -2.5+3j, complex(1e-300, 1e300), complex(-0.0, 0.0), 3, -2, 0.5, -0.0, 1e308, complex(7, -0.0)]
ops = []
for a in vals:
    for b in vals:
        row = []
        for name, f in [('+', lambda: a + b), ('-', lambda: a - b), ('*', lambda: a * b), ('/', lambda: a / b), ('**', lambda: a ** b), ('==', lambda: a == b)]:
            try:
                row.append(repr(f()))
            except Exception as e:
                row.append(type(e).__name__ + ':' + str(e))
        print(repr(a), repr(b), ' '.join(row))
for c in [1+2j, -0.5j, complex(123456.789, -0.001), complex(1e20, 1e-20), complex(-0.0, -0.0)]:
    print([format(c, s) for s in ['', '.3', '.2e', '>30', '<30.4f', '^+20.1g', 'G', ',.2f', 'z.1f', '#.0e', '_']])
    print(hash(c), abs(c), c.conjugate())
