# Zero-length copies into a list with no storage yet: unpacking into an empty
# starred target, an empty starred capture in match, sorting empty lists.
first, *rest = (1,)
print(first, rest)
*init, last = [2]
print(init, last)
a, *mid, b = "xy"
print(a, mid, b)
print(sorted([]), sorted(()), sorted([], reverse=True))
e = []
e.sort()
e.sort(key=len, reverse=True)
print(e)
match (1,):
    case (x, *ys):
        print(x, ys)
match []:
    case [*zs]:
        print(zs)
print([*()], [*[], *()], list(()), list([]))
