# Powers: integer exponents by repeated squaring, the polar form otherwise.
print((1+2j)**2, (1+2j)**-1, (1+2j)**0, (1+1j)**10, pow(2j, 3))
print(2**(1j), (1+1j)**0.5, 1j**1j, (-1)**0.5 == (-1+0j)**0.5)
print(0j**0, 0j**2, (2+0j)**-2, (1-1j)**-3)
for base, exp in [(0j, -1), (0j, 1j), (1e200+1e200j, 2)]:
    try:
        print(base ** exp)
    except (ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
for args in [(1j, 2, 3), (2, 1j, 5)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print('ValueError:', e)
print((-8) ** (1 / 3), (-2.0) ** 0.5, (-1) ** 2.0)
