# str.casefold applies full case folding (one code point may fold to several).
for s in ["Straße", "ǅ", "ﬁ", "ΣΑΣ", "İ", "ŉ", "ABC", "ẞ", "ﬀ ﬃ"]:
    print(repr(s), repr(s.casefold()))
print("STRASSE".casefold() == "straße".casefold())
