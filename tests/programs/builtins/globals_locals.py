# globals() sees and updates module variables; locals() in functions (best effort).
z = 10
def f(a, b=2):
    c = a + b
    if a > 5:
        d = 1
    s = "x"
    print(sorted(locals().items()))
    return c
print(globals()["z"], "z" in globals(), "f" in globals(), globals()["__name__"])
f(1)
f(7)
g = lambda q: locals()
print(g(3))
print(locals()["z"], locals() is globals())
globals()["newvar"] = 42
print(newvar)
def h():
    globals()["made"] = "m"
h()
print(made)
try:
    globals()["nothere"]
except KeyError as e:
    print("KeyError", e)
