# Mutually recursive functions defined at module level.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

print([is_even(i) for i in range(6)], is_odd(101))
