# Function decorators, with and without arguments.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args)
        result = fn(*args, **kwargs)
        print("result", result)
        return result
    return wrapper

def repeat(times):
    def deco(fn):
        def wrapper(*args):
            out = []
            for _ in range(times):
                out.append(fn(*args))
            return out
        return wrapper
    return deco

@trace
def add(a, b):
    return a + b

@repeat(3)
def shout(s):
    return s.upper()

add(2, 3)
print(shout("hey"))
