# Functions without return give None; early returns.
def nothing():
    pass

def maybe(x):
    if x > 0:
        return x
    print("not positive")

print(nothing(), maybe(3), maybe(-1))
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1]))
