# float overflow from an int that is too large, uncaught.
big = 10 ** 400
print(len(str(big)))
print(float(big))
