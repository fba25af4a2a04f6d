# N-queens by backtracking.
def solve(n):
    count = 0
    cols = [False] * n
    d1 = [False] * (2 * n)
    d2 = [False] * (2 * n)
    first = []
    board = []
    def place(r):
        nonlocal count
        if r == n:
            count += 1
            if not first:
                first.extend(board)
            return
        for c in range(n):
            if not cols[c] and not d1[r + c] and not d2[r - c + n]:
                cols[c] = d1[r + c] = d2[r - c + n] = True
                board.append(c)
                place(r + 1)
                board.pop()
                cols[c] = d1[r + c] = d2[r - c + n] = False
    place(0)
    return count, first

for n in range(4, 9):
    print(n, solve(n))
