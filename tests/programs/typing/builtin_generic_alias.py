# list[int] and the other builtin generics are GenericAlias objects.
print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], type[int], tuple[()])
print(list[int]([1, 2]), dict[str, int](a=1), list[int].__origin__, dict[str, int].__args__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
def f(x: list[int]) -> dict[str, int]:
    return {}
print(f.__annotations__)
