# Needs Python 3.12 syntax (PEP 695 generic functions); expected output from CPython 3.12.
# taipan: python3.12
def first[T](items: list[T]) -> T:
    return items[0]


print(first([3, 4]), first("xy"))
print(first.__type_params__, first.__qualname__, first.__name__)
print(first.__annotations__)


def many[T, U: int, V: (str, bytes), *Ts, **P](x: T, y: U = 5) -> V:
    return (x, y)


print(many.__type_params__)
T, U, V, Ts, P = many.__type_params__
print(type(T).__name__, type(U).__name__, type(Ts).__name__, type(P).__name__)
print(T.__name__, Ts.__name__, P.__name__)
print(T.__bound__, U.__bound__, T.__constraints__, V.__constraints__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__)
print(many(1), many(1, 2))
print(repr(T), repr(Ts), repr(P))


# The type parameters are visible in the body (through a closure).
def show[T](x: T) -> str:
    return f"{T.__name__} {x}"


print(show(7))


# Each definition makes fresh type parameters.
def factory():
    def g[T]():
        return T

    return g


g1, g2 = factory(), factory()
print(g1() is g2(), g1() is g1(), g1.__qualname__)


# Defaults are evaluated outside the type-parameter scope.
def outer():
    d = 10

    def inner[T](x=d) -> T:
        return x + d

    return inner


print(outer()(), outer()(1), outer().__qualname__)


# Decorated generic functions.
def deco(f):
    print("decorating", f.__name__, f.__type_params__)
    return f


@deco
def h[A, B](a: A, b: B) -> tuple[A, B]:
    return (a, b)


print(h(1, "x"), h.__annotations__)


def plain():
    pass


print(plain.__type_params__ if hasattr(plain, "__type_params__") else ())


def gen[T](n: T):
    yield from range(n)


print(list(gen(3)), gen.__type_params__)
