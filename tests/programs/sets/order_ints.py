# Iteration order of int sets matches CPython's hash-table layout.
print({5, 3, 9, 1, 100, 33, 64, 8})
print(set([10, 20, 30, 40, 50, 60, 70, 80, 90]))
print({-1, -2, 0, 7, 1000, 2 ** 40})
s = set()
for i in range(20, 0, -3):
    s.add(i * 37)
print(s)
print(list({32, 0, 16, 8}))
