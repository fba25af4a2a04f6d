# An uncaught ValueError from str.split with an empty separator.
print("a b".split())
print("a,b".split(""))
