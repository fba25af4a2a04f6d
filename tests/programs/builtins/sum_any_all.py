# sum with start, any and all with short-circuit behaviour.
print(sum([1, 2, 3]), sum([1.5, 2.5]), sum([], 10), sum([[1], [2]], []), sum(range(101)))
print(any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any([x > 3 for x in [1, 2, 5]]), all([x > 0 for x in [1, 2, 5]]))
