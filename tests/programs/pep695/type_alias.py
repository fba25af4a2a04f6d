# Needs Python 3.12 syntax (PEP 695 `type` statements); expected output from CPython 3.12.
# taipan: python3.12
type Number = int | float
print(Number, repr(Number), type(Number).__name__)
print(Number.__name__, Number.__value__, Number.__type_params__, Number.__module__)

# The value is evaluated lazily: forward references work.
type Later = list[Defined]


class Defined:
    pass


print(Later.__value__)

# Recursive aliases.
type Tree = tuple[int, list[Tree]]
print(Tree.__value__)

# Generic aliases and subscription.
type Pair[K, V] = dict[K, V]
print(Pair.__type_params__)
print(Pair.__value__)
print(Pair[int, str], type(Pair[int, str]).__name__)
print(Pair[str, list[int]])
K, V = Pair.__type_params__
print(K.__name__, type(K).__name__)

# Evaluated only once.
calls = []


def make():
    calls.append(1)
    return bytes


type Once = make()
print(len(calls))
print(Once.__value__, Once.__value__, len(calls))

# Errors in the value surface on access.
type Broken = undefined_name
try:
    Broken.__value__
except NameError as e:
    print("NameError:", e)


# In a function, closing over locals.
def outer(t):
    type Local = list[t]
    return Local


a = outer(int)
print(a, a.__value__, outer(str).__value__)


class Holder:
    type Inner = tuple[int, ...]


print(Holder.Inner, Holder.Inner.__value__)
try:
    Number[int]
except TypeError as e:
    print("TypeError:", e)
