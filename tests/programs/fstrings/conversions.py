# !r, !s, !a and format specs after a conversion.
s = "é'q"
print(f"{s!r} {s!s} {s!a}")
print(f"{s!r:>12}| {'x'!r:^7}|")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"
p = P()
print(f"{p} {p!r} {p!s}")
