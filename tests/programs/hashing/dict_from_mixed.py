# Building dicts and sets from mixed numeric types.
print({x: str(x) for x in [1, 2.0, 3, 1.0, 2]})
print(set([1, 1.0, 2.0, 2]), {1: "a"} == {1.0: "a"}, {1, 2} == {1.0, 2.0})
print(True in {1}, 1.0 in {True}, 0 in {0.0, 5})
