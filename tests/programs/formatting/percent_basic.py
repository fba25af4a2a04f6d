# printf-style formatting with %.
print("%d %s %r" % (42, "str", "str"))
print("%5d|%-5d|%05d" % (42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%.3f %10.2f %-10.2f|" % (3.14159, 2.5, 2.5))
print("%e %.2e %g %G" % (12345.678, 12345.678, 0.00001234, 1e20))
print("%s" % "single", "%s" % (("tuple",),), "100%%" % ())
print("%c%c" % (72, "i"), "%+d %+d" % (5, -5), "% d" % 5)
