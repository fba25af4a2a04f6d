# TypeErrors of complex(): strings with a second argument, non-numbers, int()/float() of complex.
tests = [lambda: complex('1', 2), lambda: complex(1, '2'), lambda: complex([1]), lambda: complex(1, [2]),
         lambda: int(1j), lambda: float(1j), lambda: 1j % 2, lambda: 1j // 2, lambda: divmod(1j, 2),
         lambda: 1j < 2j, lambda: ~1j, lambda: round(1j), lambda: [1][1j]]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
class Bad:
    def __complex__(self):
        return 1.5
try:
    complex(Bad())
except TypeError as e:
    print('TypeError:', e)
