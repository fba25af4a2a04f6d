def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# str.format errors with CPython's messages.
t(lambda: "a}".format())
t(lambda: "a{".format())
t(lambda: "{".format())
t(lambda: "{} {0}".format(1, 2))
t(lambda: "{0} {}".format(1, 2))
t(lambda: "{}".format())
t(lambda: "{x}".format())
t(lambda: "{:d}".format("a"))
t(lambda: "{:s}".format(1))
t(lambda: "{!x}".format(1))
t(lambda: "{0[}".format(1))
t(lambda: "{0:{".format(1))
t(lambda: "{0.}".format(1))
t(lambda: "{0[0]x}".format([1]))
t(lambda: "{0!rr}".format(1))
t(lambda: "{1}".format(1))
t(lambda: "{0.nope}".format(1))
