# split, rsplit, splitlines, join, partition.
s = "a,b,,c"
print(s.split(","), s.split(",", 1), s.rsplit(",", 1))
print("  many   spaces here ".split(), "".split(), "x".split(","))
print("line1\nline2\r\nline3".splitlines())
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]))
print("key=value=more".partition("="), "novalue".partition("="), "a.b.c".rpartition("."))
