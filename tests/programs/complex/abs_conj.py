# abs(), conjugate(), real and imag, isinstance and the complex type.
print(abs(3+4j), abs(-5j), abs(0j), abs(complex(float('inf'), 1)), abs(1+1j))
c = 1.5-2j
print(c.conjugate(), c.real, c.imag, (3j).conjugate(), type(c.real).__name__)
print(isinstance(c, complex), isinstance(1, complex), isinstance(c, (int, float)), type(c) is complex)
try:
    abs(complex(1e308, 1e308))
except OverflowError as e:
    print('OverflowError:', e)
