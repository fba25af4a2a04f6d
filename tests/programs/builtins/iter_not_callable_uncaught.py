# An uncaught TypeError from iter() with a non-callable and a sentinel.
print(list(iter([1, 2])))
iter(3, None)
