# Formatting errors are TypeError/ValueError/IndexError.
tests = [
    lambda: "%d" % "x",
    lambda: "%d %d" % (1,),
    lambda: "{} {}".format(1),
    lambda: format(1, "q"),
    lambda: "%s %s" % (1, 2, 3),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
