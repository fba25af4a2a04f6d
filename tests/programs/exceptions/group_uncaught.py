# An uncaught exception group: CPython's boxed traceback; the last stderr line
# is the closing border.
def fail(n):
    raise ValueError(f"bad {n}")
errors = []
for i in range(3):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
print("collected", len(errors))
raise ExceptionGroup("several failures", errors)
