# Precision and type codes for floats and ints.
x = 1234.56789
print(f"{x:.2f} {x:.0f} {x:10.3f} {x:e} {x:.3e} {x:g} {x:%}")
print(f"{0.5:.0%} {2/3:.3f} {1e-10:.2g} {x:.10g}")
print(f"{255:x} {255:X} {255:#x} {255:o} {255:#b} {65:c} {7:d}")
print(f"{'truncate':.4} {'abc':>6.2}")
