# Lists of lists and aliasing.
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 3] * 3
alias[0][0] = 1
print(alias)
m = [[1, 2, 3], [4, 5, 6]]
t = [[m[r][c] for r in range(2)] for c in range(3)]
print(t)
