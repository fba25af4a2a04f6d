# str.format field names: positional, automatic, keyword, attribute, index, nested specs, conversions.
class P:
    def __init__(self):
        self.x = 5
        self.l = [1, 2]
print("{} {}".format(1, 2), "{1} {0} {1}".format("a", "b"), "{n}".format(n=3))
print("{0.real} {0.imag}".format(3), "{a[0]} {d[key]}".format(a=[9], d={"key": 7}))
print("{p.x} {p.l[1]} {0[1]}".format((4, 5), p=P()))
print("{:{w}.{p}f}|".format(3.14159, w=10, p=2), "{0:>{1}}".format("x", 5), "{:{}{}}".format(7, ">", 4))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{{}} {{{}}}".format(1), "{0!r:>8}".format("q"))
print("{:*^10}".format("mid"), "{:=+8}".format(42), "{:#x}".format(255), "{:,}".format(1234567))
print("{0[}]} {0[{]}".format({"}": 5, "{": 6}))
print("{d[a b]}".format(d={"a b": 1}))
print("{0}{0}{0}".format("ab"), "{x}{y}".format(y=1, x=2))
