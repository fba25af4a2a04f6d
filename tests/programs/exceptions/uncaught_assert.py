# A failed assert with a message ends the program.
x = 3
assert x > 0, "positive"
print("first assert passed")
assert x > 5, f"x is {x}, not greater than 5"
