# A short n-body run (three bodies) printing energies.
import math

class Body:
    def __init__(self, x, y, vx, vy, m):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.m = m

def energy(bodies):
    e = 0.0
    for i in range(len(bodies)):
        b = bodies[i]
        e += 0.5 * b.m * (b.vx * b.vx + b.vy * b.vy)
        for j in range(i + 1, len(bodies)):
            o = bodies[j]
            e -= b.m * o.m / math.sqrt((b.x - o.x) ** 2 + (b.y - o.y) ** 2)
    return e

def step(bodies, dt):
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            a = bodies[i]
            b = bodies[j]
            dx = a.x - b.x
            dy = a.y - b.y
            d2 = dx * dx + dy * dy
            mag = dt / (d2 * math.sqrt(d2))
            a.vx -= dx * b.m * mag
            a.vy -= dy * b.m * mag
            b.vx += dx * a.m * mag
            b.vy += dy * a.m * mag
    for b in bodies:
        b.x += dt * b.vx
        b.y += dt * b.vy

bodies = [Body(0, 0, 0, 0, 10), Body(1, 0, 0, 3, 0.1), Body(-2, 0, 0, -2, 0.2)]
print("%.9f" % energy(bodies))
for _ in range(1000):
    step(bodies, 0.001)
print("%.9f" % energy(bodies))
