# Ordering complex values is a TypeError.
values = [3j, 1j, 2j]
print(sorted(values, key=abs))
print(sorted(values))
