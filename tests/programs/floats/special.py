# inf, nan and -0.0.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -0.0, 0.0)
print(inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(inf - inf, inf * 0, 1 / inf)
print(float("-inf"), float("Infinity"), float("nan"))
z = -0.0
print(z == 0.0, str(z), repr(-z))
