# Prime factorisation, including a number past 64 bits.
def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        out.append(n)
    return out

for n in [2, 12, 97, 360, 1001, 65536, 999999937, 600851475143, 2 ** 64 * 3 ** 3 * 1000003]:
    print(n, factor(n))
