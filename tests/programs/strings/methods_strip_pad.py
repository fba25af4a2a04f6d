# strip family, padding and alignment methods.
s = "  \tpadded\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "www.example.com".lstrip("w."), "abc...".rstrip("."))
print("[" + "hi".center(8) + "]", "[" + "hi".ljust(6, "*") + "]", "[" + "hi".rjust(6, "-") + "]")
print("42".zfill(5), "-42".zfill(6), "abc".center(7, "="))
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"))
