# Recursive functions: fib, Ackermann, Hanoi, permutations.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def hanoi(n, a, b, c, moves):
    if n == 0:
        return
    hanoi(n - 1, a, c, b, moves)
    moves.append((a, c))
    hanoi(n - 1, b, a, c, moves)

def perms(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i in range(len(xs)):
        for p in perms(xs[:i] + xs[i + 1:]):
            out.append([xs[i]] + p)
    return out

print(fib(20), ack(2, 3))
moves = []
hanoi(4, "A", "B", "C", moves)
print(len(moves), moves[:4])
print(perms([1, 2, 3]))
