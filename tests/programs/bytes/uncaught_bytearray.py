# An uncaught bytearray IndexError ends the program.
ba = bytearray(b'xyz')
print(ba.pop(), ba)
ba[5] = 1
