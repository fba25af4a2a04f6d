# __format__ on user classes through format(), f-strings and str.format.
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
class G:
    def __str__(self):
        return "gee"
print(format(F(), "abc"), f"{F():xyz}", "{:q}".format(F()), f"{F()}", format(F()))
print(format(G()), f"{G()}", "{:>5}".format(str(G())))
try:
    format(G(), "x")
except TypeError as e:
    print(e)
print(format(3.5), format(10, "b"), format("s", "^5"), format(True), format(None))
