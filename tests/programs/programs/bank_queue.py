# A discrete simulation with a deterministic pseudo-random generator.
class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state % n

rng = Lcg(42)
queue = []
served = 0
waits = []
for t in range(200):
    if rng.next(10) < 4:
        queue.append(t)
    if queue and rng.next(10) < 5:
        waits.append(t - queue.pop(0))
        served += 1
print(served, len(queue), sum(waits), max(waits), round(sum(waits) / len(waits), 3))
