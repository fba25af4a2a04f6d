# Imaginary literals and the complex values they build.
print(3j, 1+2j, 1-2j, -1j, 0j, 1.5j, 1e20j, 1e-5j, 2.5+0j, -(1+0j))
print(type(3j).__name__, (1+2j).real, (1+2j).imag, (3j).real)
x = 2j
y = x * x
print(y, y.real, y.imag, x + 1, 1 + x, x - 1.5)
