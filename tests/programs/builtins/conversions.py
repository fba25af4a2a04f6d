# int(), float(), str(), bool() and repr() conversions.
print(int("7"), int(7.9), int("-0"), float("2"), float(3), str(4.0), bool(""), bool("0"))
print(repr(1.0), repr("x"), repr(None), str(None), bool(None), bool([0]))
print(int(), float(), str(), bool(), repr(int))
for bad in ["", "1.5", "x"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
