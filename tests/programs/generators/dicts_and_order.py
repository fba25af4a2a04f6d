# Generators over dicts (keys, values, items), lazy evaluation order of
# producer and consumer, and a pipeline of chained generators.
inventory = {"apples": 3, "pears": 0, "plums": 7}


def in_stock(d):
    for name, count in d.items():
        if count:
            print("  checking", name)
            yield name


for name in in_stock(inventory):
    print("have", name)


def numbers():
    for i in range(4):
        print("make", i)
        yield i


def squares(src):
    for n in src:
        print("square", n)
        yield n * n


def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n


for v in evens(squares(numbers())):
    print("got", v)

pipeline = (n + 1 for n in squares(numbers()))
print("pipeline built")
print(next(pipeline))
print(list(pipeline))
keys = (k.upper() for k in inventory)
inventory["figs"] = 1
try:
    print(list(keys))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(k for k in inventory.values()))
