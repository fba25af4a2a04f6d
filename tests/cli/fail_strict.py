# ARGS: build --strict --emit=ir %s
# --strict turns every fallback to object into an error: nothing is emitted
# and the exit status is 1.


def typed(n: int) -> int:
    return n * 2 + 1


def untyped(xs, i: int):
    return xs[i] + typed(i)

# CHECK:STDERR: fail_strict.py:10:1: error: parameter 'xs' is object: only parameters annotated int, float or bool of a top-level function or method with a typed clone are unboxed (in untyped) [StrictTypeFallback]
# CHECK:STDERR:    10 | def untyped(xs, i: int):
# CHECK:STDERR:       | ^
# CHECK:STDERR: fail_strict.py:11:5: error: an item read by subscript is object: the element type of the container is not tracked (in untyped) [StrictTypeFallback]
# CHECK:STDERR:    11 |     return xs[i] + typed(i)
# CHECK:STDERR:       |     ^
# CHECK:STDERR: 2 errors generated.
# CHECK:EXIT: 1
