# Iteration order for float and tuple elements.
print({0.5, 1.5, 2.25, 3.0, -1.5})
print({(1, 2), (2, 1), (0, 0), (3, 3)})
print({(i, i + 1) for i in range(6)})
print({1.1, 2.2, 3.3})
