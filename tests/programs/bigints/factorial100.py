# factorial(100) computed iteratively and recursively.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fact_rec(n):
    if n <= 1:
        return 1
    return n * fact_rec(n - 1)

f = fact(100)
print(f)
print(f == fact_rec(100))
print(len(str(f)), sum([int(c) for c in str(f)]))
print(fact(25) // fact(23))
