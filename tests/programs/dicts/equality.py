# Dict equality ignores order; dict() constructor forms.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != {"x": 1}, {} == {})
print(dict([("k", 1), ("j", 2)]), dict(a=1, b=2), dict(a, z=3))
print(dict(zip(["p", "q"], [1, 2])))
print({1: "a", 2: "b"} == {1.0: "a", 2.0: "b"})
