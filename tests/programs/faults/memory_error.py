# Allocations that cannot succeed raise MemoryError (no GC warnings, no
# crash), and the program goes on.
def attempt(label, make):
    try:
        make()
    except MemoryError as e:
        print(label, type(e).__name__, repr(e), e.args)


attempt("list", lambda: [0] * 10**12)
attempt("list2", lambda: [1, 2] * (2**61))
attempt("str", lambda: "x" * 10**13)
attempt("bytes", lambda: b"ab" * 10**13)
attempt("bytearray", lambda: bytearray(10**13))
xs = [1, 2, 3]
attempt("extend", lambda: xs.extend([0] * 10**12))
print(len(xs), sum(range(1000)))
