# while with break, continue and else.
n = 0
while n < 10:
    n += 1
    if n % 2 == 0:
        continue
    if n == 7:
        break
    print("odd", n)
else:
    print("no break")
print("after", n)
k = 3
while k > 0:
    k -= 1
else:
    print("while-else ran, k =", k)
