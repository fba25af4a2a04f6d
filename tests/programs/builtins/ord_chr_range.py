# ord, chr and range together.
letters = [chr(c) for c in range(ord("a"), ord("z") + 1)]
print("".join(letters), len(letters))
print([ord(c) for c in "AZaz09"])
print(chr(0x1F40D), ord("\n"), chr(32) == " ")
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
