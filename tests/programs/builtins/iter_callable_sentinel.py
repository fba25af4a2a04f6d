# iter(callable, sentinel) calls until the sentinel comes back.
data = [1, 2, 3, 0, 5]
print(list(iter(data.pop, 3)))
n = [0]
def counter():
    n[0] += 1
    return n[0]
it = iter(counter, 4)
print(next(it), list(it), list(it))
print(type(iter(counter, 0)).__name__)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
