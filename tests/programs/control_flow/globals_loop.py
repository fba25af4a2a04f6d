# Module-level loop variables remain bound after the loop.
for i in range(5):
    pass
print(i)
for word in ["x", "y"]:
    last = word
print(word, last)
j = 0
while j < 3:
    j += 1
print(j)
