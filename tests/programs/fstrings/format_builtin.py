# format() and str.format with the same specs as f-strings.
print(format(3.5, "08.3f"), format("x", "^5"), format(10, "b"))
print("{:>6}|{:<6}|{:^6}".format("a", "b", "c"))
print("{0} {1} {0}".format("x", "y"), "{name}-{n:03d}".format(name="id", n=7))
print("{:.2%}".format(0.123), "{!r}".format("s"), "{:,}".format(10 ** 9))
