# str.format: positional, keyword, index and attribute fields.
print("{} + {} = {}".format(1, 2, 3))
print("{1}{0}{1}".format("a", "b"))
print("{x} and {y}".format(x=1, y=[2]))
pt = [4, 5]
print("{0[0]},{0[1]}".format(pt))
d = {"a": 1}
print("{0[a]}".format(d))
print("{:*^11}".format("mid"), "{:+.2f}".format(3.14159), "{:08.3f}".format(-3.14159))
print("{{}} {}".format("braces"))
