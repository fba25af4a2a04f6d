# printf '#' with precision, '*' argument errors, '{0!}' and format_map through __getitem__/__missing__.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for spec in ["%#.3x", "%#.3o", "%#.3X", "%#8.3x", "%-#8.3x|", "%+#.3x", "%#.3d", "%#5x", "%#.1x"]:
    t(lambda: spec % 5)
    t(lambda: spec % -5)
t(lambda: "%*d" % ("a", 1))
t(lambda: "%.*f" % (1.5, 1.0))
t(lambda: "{0!}".format(1))
t(lambda: "{!}".format(1))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {zz} {b:>4}".format_map(D(a=1, b=2)))
t(lambda: "{c}".format_map({}))
class M:
    def __getitem__(self, k): return k * 2
print("{ab} {x}".format_map(M()))
