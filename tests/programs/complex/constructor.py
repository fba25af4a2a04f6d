# complex(): numbers, two arguments, keywords, complex arguments, __complex__, __float__, __index__.
class Z:
    def __complex__(self):
        return 5-1j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(imag=3), complex(real=1, imag=-1))
print(complex(1+1j, 1+1j), complex(1j, 1j), complex(1.0, -0.0), complex(Z()), complex(F()), complex(I()), complex(F(), I()))
print(complex(3+4j) == 3+4j, isinstance(complex(1), complex), complex(-0.0).real, complex(0, -0.0))
