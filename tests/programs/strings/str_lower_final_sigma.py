# Lowercasing with final sigma and U+0130 through lower/swapcase/capitalize/title.
for s in ["ΣΑΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "ΑΣ Β", "İstanbul", "ΣΑΣ".title(), "aΣb", "ΌΣΟΣ"]:
    print(repr(s), repr(s.lower()), repr(s.swapcase()), repr(s.capitalize()), repr(s.title()), repr(s.casefold()))
