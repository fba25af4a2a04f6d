# Exact determinant with integers (fraction-free Gaussian elimination).
def det(m):
    m = [row[:] for row in m]
    n = len(m)
    sign = 1
    prev = 1
    for k in range(n - 1):
        if m[k][k] == 0:
            for r in range(k + 1, n):
                if m[r][k] != 0:
                    m[k], m[r] = m[r], m[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                m[i][j] = (m[i][j] * m[k][k] - m[i][k] * m[k][j]) // prev
        prev = m[k][k]
    return sign * m[n - 1][n - 1]

print(det([[2, 0], [0, 3]]), det([[0, 1], [1, 0]]), det([[1, 2, 3], [4, 5, 6], [7, 8, 10]]))
hilbert_scaled = [[(10 ** 6) // (i + j + 1) for j in range(6)] for i in range(6)]
print(det(hilbert_scaled))
