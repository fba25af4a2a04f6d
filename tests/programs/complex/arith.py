# Arithmetic mixing complex with int and float, both operand orders.
a = 1+2j
b = 3-4j
print(a + b, a - b, a * b, a / b, b / a)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 3, 3 * a, a / 2, 2 / a)
print(-a, +a, a * a.conjugate(), sum([1j, 2j, 3]))
c = a
c += 1
c *= 2j
c -= 0.5
c /= 2
print(c, a)
print(True + 1j, 1j * False)
