class MyInt(int):
    def double(self):
        return self * 2
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
class MyList(list):
    def first(self):
        return self[0]
class MyTuple(tuple):
    pass
class MyFloat(float):
    pass
x = MyInt(21)
print(x, x.double(), x + 1, type(x).__name__, isinstance(x, int), repr(x))
s = MyStr("hi")
print(s, s.shout(), s + "x", len(s), type(s + "x"))
l = MyList([3, 4])
l.append(5)
print(l, l.first(), len(l), type(l).__name__)
t = MyTuple((1, 2))
print(t, len(t), t[0])
f = MyFloat(1.5)
print(f, f * 2)
