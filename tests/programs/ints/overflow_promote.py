# Arithmetic near 2**62 / 2**63 must never wrap: small ints grow into big ones.
x = 2 ** 62
print(x, x + x, x * 2, x * 4)
y = 4611686018427387903
print(y + 1, y * y, -y - 2)
z = 9223372036854775807
print(z + 1, -z - 1, (-z - 1) - 1)
print((z + 1) - 1 == z)
m = -9223372036854775808
print(m // -1, abs(m), -m)
