# An uncaught complex division by zero ends the program.
x = 1 + 2j
print(x / 2)
print(x / 0j)
