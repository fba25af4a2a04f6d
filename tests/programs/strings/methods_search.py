# find/index/count/startswith/endswith/replace.
s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.index("fox"))
print(s.count("o"), s.count("the"), s.count(""))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.replace("the", "a"), s.replace("o", "0", 2))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
