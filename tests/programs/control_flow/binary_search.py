# Binary search with while and early return.
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

data = [i * 3 for i in range(50)]
for t in [0, 3, 72, 147, 148, -1]:
    print(t, bsearch(data, t))
