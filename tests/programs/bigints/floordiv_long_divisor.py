# Floor division by divisors longer than 64 limbs (4,096 bits): the remainder is scratch memory, the quotient rounds toward minus infinity.
a = 7 ** 5000 + 12345
b = 3 ** 4000 + 1
print(a // b % 1000007, (-a) // b % 1000007, a // -b % 1000007)
print((a * b + 5) // b == a, (-(a * b) - 1) // b == -a - 1, (a * b) // -b == -a)
print(b // a, -b // a, b // -a, divmod(a, b)[1] % 1000007, a % b % 1000007, (-a) % b % 1000007)
q = 1
for k in range(1, 300):
    q = q * (2 * k + 1) + k
    if k % 50 == 0:
        print(k, (q ** 3) // (q + 1) % 1000003, -(q ** 3) // (q + 7) % 1000003)
