# Complex arithmetic in a loop: the roots of unity and a Mandelbrot membership test.
import math
n = 6
roots = [complex(math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k in range(n)]
total = sum(roots)
print(abs(total) < 1e-12, [f"{r:.3f}" for r in roots])
def mandel(c, limit=50):
    z = 0j
    for i in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return i
    return limit
rows = []
for y in range(-2, 3):
    rows.append(''.join('#' if mandel(complex(x / 4, y / 2)) == 50 else '.' for x in range(-8, 3)))
print('\n'.join(rows))
