# An uncaught TypeError from a bad operation.
print("adding")
print(1 + "one")
