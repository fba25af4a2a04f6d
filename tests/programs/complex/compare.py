# Equality across number types; ordering raises TypeError.
print(1+0j == 1, 2.0 == 2+0j, 1j == 1j, 1j != 2j, 1+1j == 1, 0j == False, 1j == None, 1j == 'x')
print(complex(2**53, 0) == 2**53, complex(2**53, 0) == 2**53 + 1)
for op in ['<', '<=', '>', '>=']:
    try:
        eval_table = {'<': lambda a, b: a < b, '<=': lambda a, b: a <= b, '>': lambda a, b: a > b, '>=': lambda a, b: a >= b}
        print(eval_table[op](1j, 2))
    except TypeError as e:
        print(e)
print(1j in [1, 1j], [1j, 2j].index(2j))
