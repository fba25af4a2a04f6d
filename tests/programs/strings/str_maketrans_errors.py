def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# Errors of maketrans and translate, with CPython's messages.
t(lambda: str.maketrans("ab", "c"))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans("a", 1))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate({97: -1}))
