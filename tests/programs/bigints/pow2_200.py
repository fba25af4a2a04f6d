# Powers of two past 64 bits.
print(2 ** 200)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 64))
x = 1
for i in range(100):
    x = x * 2
print(x, len(str(x)))
print(2 ** 200 // 2 ** 100 == 2 ** 100)
