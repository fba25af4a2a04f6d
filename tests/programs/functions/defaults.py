# Default argument values, evaluated once at definition time.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", "Yo", "?"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
n = 5
def show(v=n):
    return v
n = 6
print(show())
