# Lambdas as values, arguments and sort keys.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print(list(map(lambda s: s[::-1], ["abc", "xy"])))
print(list(filter(lambda n: n % 3 == 0, range(20))))
people = [("ann", 31), ("bob", 25), ("cy", 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, lambda x: x + 1)(4))
