# *args and **kwargs, and unpacking at call sites.
def show(*args, **kwargs):
    print(len(args), args, kwargs)

show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "x", key=None)
nums = [4, 5]
opts = {"sep": "-"}
show(*nums, 6, **opts)
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3), total(*range(5)))
def joined(sep=" ", **parts):
    return sep.join([k + "=" + str(v) for k, v in parts.items()])
print(joined(a=1, b=2), joined(sep=",", x="y"))
