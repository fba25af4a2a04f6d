# Moderately deep recursion (under CPython's default limit).
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

def sum_list(xs, i=0):
    if i == len(xs):
        return 0
    return xs[i] + sum_list(xs, i + 1)

print(depth(900), sum_list(list(range(500))))
