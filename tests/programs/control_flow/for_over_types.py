# for over list, tuple, str, dict and range.
for x in [1, 2]:
    print("list", x)
for x in ("a", "b"):
    print("tuple", x)
for ch in "hi":
    print("str", ch)
for k in {"k1": 1, "k2": 2}:
    print("dict", k)
for k, v in {"x": 10}.items():
    print("items", k, v)
for i in range(2):
    print("range", i)
