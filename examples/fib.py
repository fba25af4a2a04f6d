# Recursion, loops and big integers. `make demo` times this program compiled
# against CPython: fib_recursive(30) makes 1.6 million calls. Python ints
# never overflow, so fib(100) must print all 21 digits, exactly as CPython does.


def fib_recursive(n: int) -> int:
    return n if n < 2 else fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_iterative(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print([fib_recursive(i) for i in range(10)])
print(fib_iterative(100))
print(fib_recursive(30))
