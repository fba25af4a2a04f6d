# isidentifier and isprintable on ASCII and Unicode text.
for s in ["abc", "_x1", "1x", "", "ĉa", "a-b", "class", "ℕ", "x\u0301", "a b"]:
    print(repr(s), s.isidentifier())
for s in ["abc", "a\tb", "\x7f", "", "é", "\u200b", " ", "\n", "\xa0", "日本"]:
    print(repr(s), s.isprintable())
