# sum() of small ints adds the tagged words with an overflow check; at the
# small-int boundary the sum turns into a big int, and mixed items (floats,
# bools, big ints, lists with a start) take the generic addition.
print(sum([1, 2, 3]), sum(range(100000)), sum([2**62 - 1, 1]), sum([-(2**62), -1]), sum([2**62 - 1, 2**62 - 1, -(2**62)]))
print(sum([1, 2.5, 3]), sum([True, True, 3]), sum([], 10), sum([1, 2], 2**70), sum(x * x for x in range(1000)))
print(sum([4611686018427387903, 4611686018427387903, -4611686018427387903, -4611686018427387903]))
