# Tuples as dict keys and set members.
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], (2, 2) in grid, (3, 3) in grid)
seen = {(0, 0), (1, 2), (0, 0)}
print(len(seen), sorted(seen))
print(hash((1, 2, 3)), hash(()), hash((1,)))
