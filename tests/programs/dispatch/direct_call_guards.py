# Direct calls of methods guarded by "the site found this def": the same
# function shared by two classes, a def replaced by another with the same
# body, a builtin method in its place, an instance attribute, and a
# function assigned from another class.


class A:
    def f(self, x):
        return ("A.f", x)

    def size(self):
        return 1


class B(A):
    pass


class C:
    f = A.f  # the same function object as A.f

    def size(self):
        return 3


def calls(objs):
    return [o.f(i) for i, o in enumerate(objs)]


def sizes(objs):
    return [o.size() for o in objs]


objs = [A(), B(), C(), A()]
print(calls(objs), sizes(objs))


def f_again(self, x):
    return ("A.f", x)


A.f = f_again  # same body, another def: not the guarded one
print(calls(objs))


class L(list):
    def size(self):
        return -1


objs.append(L([1, 2]))
print(sizes(objs))
L.size = list.__len__  # a builtin method descriptor
print(sizes(objs))
L.size = lambda self: sum(self)
print(sizes(objs))

a = objs[0]
a.size = lambda: "instance"
print(sizes(objs))
del a.size
print(sizes(objs))

objs.pop()  # the list subclass has no f
C.f = B.f
print(calls(objs))
A.f = lambda self, x: ("lambda", x)
print(calls(objs))
