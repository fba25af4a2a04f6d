# A class pattern whose __match_args__ allows fewer positional sub-patterns
# than given raises an uncaught TypeError.


class Pair:
    __match_args__ = ("a",)

    def __init__(self):
        self.a = 1
        self.b = 2


print("before")
match Pair():
    case Pair(a, b):
        print(a, b)
print("not reached")
