# map and filter with functions, lambdas, builtins and None.
print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", None, []])))
print(list(filter(str.isupper, "aBcDe")))
def even(n):
    return n % 2 == 0
print(list(filter(even, range(10))), sum(map(abs, [-1, -2, 3])))
