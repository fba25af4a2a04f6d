# Division by complex, float and int zero, and the values of Smith's algorithm.
print((1+2j) / (3+4j), 1 / (1j), (1e300+1e300j) / (1e300+1e300j), 5j / 2)
for d in [0j, 0, 0.0, complex(0, -0.0)]:
    try:
        print((1+1j) / d)
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
try:
    print(1 / 0j)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
