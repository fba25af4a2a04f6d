# A complex subclass keeps the value; arithmetic gives plain complex.
class MyC(complex):
    def describe(self):
        return f"MyC({self.real}, {self.imag})"
m = MyC(1, 2)
print(m, m.describe(), isinstance(m, complex), type(m + 1).__name__, m == 1+2j, -m)
print(complex(m), type(complex(m)).__name__)
