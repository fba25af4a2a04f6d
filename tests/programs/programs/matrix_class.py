# A small matrix class: operators, equality, hashing of rows, iteration, repr, errors.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return f"Matrix({self.rows})"
    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join(" ".join(str(v).rjust(width) for v in r) for r in self.rows)
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    __hash__ = None
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __iter__(self):
        return iter(self.rows)
    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self @ k
        return Matrix([[v * k for v in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError("inner dimensions differ")
        return Matrix([[sum(self.rows[i][k] * o.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __pow__(self, e):
        result = Matrix.identity(self.shape[0])
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
a = Matrix([[1, 2], [3, 4]])
b = Matrix.identity(2)
print(a, repr(b), a.shape, sep="\n")
print(a + b, a * 2, 3 * a, a @ a, a ** 5, a.transpose(), sep="\n--\n")
print(a == Matrix([[1, 2], [3, 4]]), a != b, a[1, 0], [sum(r) for r in a])
a[0, 0] = 10
print(a)
fib = Matrix([[1, 1], [1, 0]]) ** 90
print(fib[0, 1])
for bad in (lambda: Matrix([[1], [1, 2]]), lambda: a + Matrix([[1]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: hash(a), lambda: Matrix([])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
f = Matrix([[0.5, 1.5], [2.25, -1.0]])
print(f @ f, (f * 2).rows, sep="\n")
