# str.maketrans in its three forms and str.translate with ints, strings and None.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t))
t2 = str.maketrans({"a": "1", "b": None, ord("c"): 99})
print(sorted(t2.items()))
print("abcd".translate(t2))
t3 = str.maketrans("ab", "cd", "xy")
print(sorted(t3.items()))
print("axbycz".translate(t3))
print("abc".translate({97: "AA", 98: None}))
print("héllo".translate({ord("é"): "e"}))
print("".translate(t), "zzz".translate({}))
class Upper:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError(k)
        return chr(k).upper()
print("quick".translate(Upper()))
print(str.maketrans("", ""), str.maketrans("é", "e"))
