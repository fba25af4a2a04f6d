# Every augmented assignment operator.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 2; print(x)
x >>= 3; print(x)
x |= 0b1000; print(x)
x &= 0b1111; print(x)
x ^= 0b0101; print(x)
y = 7
y /= 2; print(y)
s = "ab"
s *= 3; print(s)
xs = [1]
xs *= 3; print(xs)
d = {"k": 1}
d["k"] += 10; print(d)
class C:
    pass
c = C()
c.v = 1
c.v += 1
print(c.v)
