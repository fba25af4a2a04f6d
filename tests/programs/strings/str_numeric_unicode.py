# isdecimal / isdigit / isnumeric beyond ASCII.
for s in ["123", "١٢٣", "²", "½", "一", "abc", "", "12.5", "Ⅻ", "٣x", "⑦", "0"]:
    print(repr(s), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum())
