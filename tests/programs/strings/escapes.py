# Escape sequences and raw strings.
print("tab:\t|", "newline:\\n", "quote:\"", 'single:\'')
print(r"raw\n\t", len(r"\n"), len("\n"))
print("\x41\u00e9\U0001F600", "\101")
print("""triple
quoted""")
print("implicit" " concatenation")
