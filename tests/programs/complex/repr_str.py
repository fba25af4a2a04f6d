# repr and str of complex values, signed zeros, nan and inf parts.
inf = float('inf')
nan = float('nan')
for c in [complex(0, -0.0), complex(-0.0, -1), complex(nan, inf), complex(0, -nan), complex(1e16, 1),
          complex(-1.5, 2.25), complex(0.1, 0.2), complex(-inf, -inf), complex(1, 0), complex(-0.0, 0.0)]:
    print(repr(c), str(c))
print([1j, 2+0j], (1j,), {1j: 'a'})
print(f"{1+2j}", f"{1+2j!r:>12}|")
