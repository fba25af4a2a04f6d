# Big-int temporaries that generated code frees as soon as their one
# consumer returns (decision 0049), and values that look like temporaries
# but must stay alive. After each step `churn` makes many big ints of the
# same sizes, which reuse any slot freed too early, before the kept values
# are printed. Large operands (32 limbs and more) are parked for reuse
# instead of freed.
from typing import Iterator, List


def churn(n: int) -> int:
    s = 0
    for i in range(200):
        s = s ^ (n * (i + 3) + i)
    return s & 0xFFFF


def spigot(count: int) -> List[int]:
    # pidigits' chained expressions: every product and sum below is a temporary.
    q = 1
    r = 0
    t = 1
    k = 0
    digits: List[int] = []
    while len(digits) < count:
        k += 1
        r = q * (4 * k + 2) + r * (2 * k + 1)
        q = q * k
        t = t * (2 * k + 1)
        if q > r:
            continue
        d = (3 * q + r) // t
        if d != (4 * q + r) // t:
            continue
        digits.append(d)
        r = 10 * (r - d * t)
        q = 10 * q
    return digits


def identities(a: int, b: int) -> None:
    # The consumer's result equals its dead operand's value: it must be a
    # distinct object (or the runtime must not free it).
    x1 = a * b + 0
    x2 = (a * b) * 1
    x3 = a * b - 0
    x4 = (a * b) // 1
    x5 = 0 + a * b
    x6 = 1 * (a * b)
    x7 = (a * b) | 0
    x8 = (a * b) ^ 0
    x9 = (a * b) & -1
    x10 = (a * b) >> 0
    x11 = -(-(a * b))
    x12 = (a * b) % (a * b * a)
    c = churn(a * b)
    print(x1 == x2 == x3 == x4 == x5 == x6 == x7 == x8 == x9 == x10 == x11 == x12, c)
    print(x1 % 1000000007, x11 % 999999937, x12 % 1000000009, len(str(x1)))


def kept(a: int, b: int) -> None:
    # y has two uses: it is not a temporary.
    y = a * b
    z = y + 1
    c = churn(z)
    print(y % 1000000007, z % 999999937, c)
    # y used once, but in a loop body: made once, read many times.
    y = a * b * b
    s = 0
    for i in range(5):
        s = s + (y + i)
        churn(a + i)
    print(s % 1000000007, y % 999999937)
    # Both operands the same value.
    w = a * b
    print(w * w == (a * b) * (a * b), churn(w))


def compares(a: int, b: int) -> None:
    print((a * b) > (b * a), (a * b) >= (b * a), (a * b + 1) == (b * a + 1), (a - b) < (b - a) * 2)
    print((a * b) != (a * b), (a * a) <= (b * b), -(a * b) < 0)


def gen(a: int, n: int) -> Iterator[int]:
    for i in range(n):
        v = (a * (i + 2)) * a
        yield v + i
        yield (a * a + i) * (a - i)


def gen_send(a: int) -> Iterator[int]:
    total = 0
    while True:
        got = yield total
        if got is None:
            return
        total = a * a + got * (a + 1)


def raising(a: int, b: int) -> None:
    try:
        x = (a * b + 1) // (b - b)
        print("no", x)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, churn(a))
    try:
        y = (a * b) % (a - a)
        print("no", y)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    kept_value = a * b
    try:
        kept_value = (kept_value + a) // 0
    except ZeroDivisionError:
        churn(kept_value)
        print("kept", kept_value % 1000000007)
    try:
        u = (a * a) << (-1 - b * 0)
        print("no", u)
    except ValueError as e:
        print("ValueError", e)


def finally_paths(a: int, b: int) -> int:
    r = 0
    try:
        r = (a * b + a) * (b - a)
        return r + (a * b) * 2
    finally:
        churn(a * b)
        print("finally", r)


def negatives(a: int, b: int) -> None:
    n = -a
    print(n * b + a * -b, (n - b) // (a + 7), (n * n - b) % (-b), (n * b) >> 100, (n ^ b) & (a | n))
    print(churn(n * b), (n * b) // 3 * 3 + (n * b) % 3 == n * b)


def mixed(a: int) -> None:
    small = 12345
    big = a * a
    for i in range(3):
        v = (small * (i + 1) + big) - big
        w = (big + small) - (big - small)
        print(v, w, (big * 2 - big) == big, churn(big + i))
    # results that fall back to small ints
    print((a * a) - (a * a) + 5, (a * 3) // a, (a * a) // (a * a + 1))


def main() -> None:
    digits = spigot(60)
    print("".join(str(d) for d in digits))
    a = 3**70 + 11
    b = 7**55 - 3
    identities(a, b)
    identities(-a, b)
    kept(a, b)
    compares(a, b)
    compares(-a, b)
    print(list(gen(a, 3)))
    g = gen_send(a)
    next(g)
    print(g.send(5), g.send(-(a * a)), churn(a))
    raising(a, b)
    print(finally_paths(a, b))
    negatives(a, b)
    negatives(2**64 + 1, 3**45)
    mixed(a)
    mixed(2**62)
    # Operands of 32 limbs and more: dead ones are parked for reuse.
    digits = spigot(400)
    print(len(digits), sum(digits), "".join(str(d) for d in digits[-40:]))
    a = 3**3000 + 11
    b = 7**1500 - 3
    identities(a, b)
    identities(-a, b)
    kept(a, b)
    compares(a, -b)
    print(list(gen(b, 3))[-1] % 1000003)
    raising(a, b)
    print(finally_paths(a, b) % 1000003)
    negatives(a, b)
    mixed(b)


main()
