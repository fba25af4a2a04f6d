# hash() of complex equals CPython's (and equals the int/float hash when imag is 0); truth.
print(hash(1+2j), hash(complex(1.5, -2.5)), hash(3+0j) == hash(3), hash(2.5+0j) == hash(2.5), hash(-1j))
print(hash(complex(-1, 0)), hash(0j), hash(1e300j))
print(bool(0j), bool(1j), bool(complex(0, -0.0)), not 1j, 1j or 2, 0j or 'empty')
d = {1+0j: 'one', 2j: 'two'}
print(d[1], d[2j], {1, 1+0j, 1.0})
