# Matrix multiplication with comprehensions.
def matmul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]

a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
for row in matmul(a, b):
    print(row)
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(ident, [[1], [2], [3]]))
