# Sieve of Eratosthenes over a list of bools.
n = 200
is_prime = [True] * (n + 1)
is_prime[0] = is_prime[1] = False
p = 2
while p * p <= n:
    if is_prime[p]:
        for k in range(p * p, n + 1, p):
            is_prime[k] = False
    p += 1
primes = [i for i in range(n + 1) if is_prime[i]]
print(primes)
print(len(primes), sum(primes))
