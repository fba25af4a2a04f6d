# Spectral norm of a small matrix.
def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def mul_av(v):
    n = len(v)
    return [sum([a(i, j) * v[j] for j in range(n)]) for i in range(n)]

def mul_atv(v):
    n = len(v)
    return [sum([a(j, i) * v[j] for j in range(n)]) for i in range(n)]

n = 50
u = [1.0] * n
for _ in range(10):
    v = mul_atv(mul_av(u))
    u = mul_atv(mul_av(v))
vbv = 0.0
vv = 0.0
for i in range(n):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
print("%.9f" % (vbv / vv) ** 0.5)
