# Formatting floats: %-style, format() and f-strings.
x = 3.14159265
print("%.2f" % x, "%8.3f" % x, "%-8.1f|" % x, "%e" % x, "%g" % x)
print(format(x, ".4f"), format(x, "10.2f"), format(12345.678, ",.2f"), format(0.25, ".1%"))
print(f"{x:.3f} {x:e} {x:.2e} {1e-7:g} {123456789.0:g}")
print(format(1.0, "g"), format(100000.0, "g"), format(1e6, "g"), format(1.5, ""))
