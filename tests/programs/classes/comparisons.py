# __lt__ enables sorted() and min/max on instances.
class Version:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split(".")]
        self.s = s

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + self.s

vs = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.1")]
print(sorted(vs), min(vs), max(vs))
print(Version("2.0") < Version("10.0"), Version("3") > Version("2"))
