# Closures over several levels and shared cells.
def outer():
    x = 1
    def middle():
        y = 10
        def inner():
            nonlocal x
            x += y
            return x
        return inner
    f = middle()
    f()
    f()
    return x

print(outer())
def pair():
    value = [0]
    state = "start"
    def get():
        return state, value[0]
    def put(v):
        nonlocal state
        state = "set"
        value[0] = v
    return get, put
g, p = pair()
print(g())
p(42)
print(g())
