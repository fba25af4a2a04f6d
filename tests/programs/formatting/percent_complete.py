def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# printf-style % formatting: every conversion, flags, * width/precision, mappings.
print("%s %r %a %d %i %u" % ("é", "é", "é", 3, 4.7, 5))
print("%x %X %o %e %E %f %F %g %G %c %c %%" % (255, 255, 8, 1234.5, 0.00012, 1.5, 2.5, 1e20, 1e-10, 65, "z"))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%(a)s %(b)05.1f %(a)r" % {"a": "x", "b": 2.345})
print("%-5d|%+d|% d|%#x|%#o|%05d|%+05d|%#X" % (1, 2, 3, 255, 8, -42, 42, 255))
print("%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"))
print("%s" % [1, 2], "%s" % (1,), "%d%%" % 50, "%s" % "only", "%.3g|%10.4e" % (2 / 3, 12345.678))
print("%c%c" % (0x263A, "\u00e9"), "%x" % -255, "%o" % -8, "%e" % 0)
t(lambda: "%s %s" % (1,))
t(lambda: "%s" % (1, 2))
t(lambda: "%d" % "a")
t(lambda: "%c" % "ab")
t(lambda: "%z" % 1)
t(lambda: "%(a)s" % (1,))
t(lambda: "%(a)s" % {"b": 1})
t(lambda: "%x" % 1.5)
