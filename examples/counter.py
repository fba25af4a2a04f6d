# Closures and scopes: `nonlocal` makes `count` a cell shared between
# make_counter and increment. Try `taipan check --emit=scopes` on this file to
# see how each name is classified (local, free, cell, global).


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    return increment


tick = make_counter(10)
tick()
tick(5)
print(tick())
