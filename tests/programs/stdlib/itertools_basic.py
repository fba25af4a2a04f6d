# itertools: every iterator of the module, reprs, islice errors, groupby and tee sharing.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, pairwise, islice, zip_longest, groupby, tee, product, permutations, combinations,
                       combinations_with_replacement)
import operator
print(list(islice(count(10), 5)), list(islice(count(1, 0.5), 4)), repr(count(3)), repr(count(2, 3)))
print(list(islice(cycle("ab"), 5)), list(cycle([])), list(repeat("x", 3)), repr(repeat(1, 2)), repr(repeat(7)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)))
print(list(accumulate([])), list(accumulate([], initial=5)))
print(list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a"])))
print(list(starmap(pow, [(2, 5), (3, 2)])), list(pairwise("ABCD")), list(pairwise("A")))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
try:
    islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    islice("abc", 0, 2, 0)
except ValueError as e:
    print("ValueError:", e)
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest()))
print([k for k, g in groupby("AAAABBBCCDAABBB")], [list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0])])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
a, b = tee(iter([1, 2, 3]))
print(list(a), list(b), tee("x", 0))
a, b, c = tee(range(4), 3)
print(next(a), next(a), list(b), list(c), list(a))
print(list(product("AB", "xy")), list(product(range(2), repeat=3))[:4], list(product()))
print(list(permutations("ABC", 2)), len(list(permutations(range(4)))), list(permutations("AB", 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("AB", 3)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 0)))
print(sum(1 for _ in combinations(range(10), 4)), list(map(operator.mul, [1, 2], [3, 4])))
