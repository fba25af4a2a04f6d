# Euclid on big numbers.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

x = 2 ** 80 * 3 ** 20
y = 2 ** 70 * 3 ** 30 * 5
g = gcd(x, y)
print(g, g == 2 ** 70 * 3 ** 20)
print(x * y // g)
print(gcd(10 ** 40 + 1, 10 ** 20 + 3))
