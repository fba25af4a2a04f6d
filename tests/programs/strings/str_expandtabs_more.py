# expandtabs with default and explicit tab sizes, across newlines.
s = "a\tbc\tdef\tg\n\th\r\tx"
print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(tabsize=1)))
print(repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-3)), repr("é\tb".expandtabs(3)))
