# Whitespace split() of a long ASCII text counts its pieces first (decision
# 0055): every ASCII whitespace byte (\t \n \v \f \r, \x1c-\x1f, space) and
# the bytes next to them, pieces across every 8-byte boundary, leading and
# trailing whitespace, and texts just below and above the size that counts.
import random

r = random.Random(11)
spaces = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "
near = "\x08\x0e\x1b!\x7f~A"
for size in (4095, 4096, 4097, 5000, 20000):
    for mode in range(4):
        parts = []
        n = 0
        while n < size:
            if mode == 0:
                piece = r.choice(spaces) * r.randint(1, 3) + "w" * r.randint(1, 9)
            elif mode == 1:
                piece = "".join(r.choice(spaces + near + "ab") for _ in range(r.randint(1, 12)))
            elif mode == 2:
                piece = "x" * r.randint(1, 17) + " "
            else:
                piece = r.choice(spaces) + r.choice(near)
            parts.append(piece)
            n += len(piece)
        text = "".join(parts)[:size]
        words = text.split()
        check = sum(len(w) * (i % 7 + 1) for i, w in enumerate(words)) % 1000003
        print(size, mode, len(text), len(words), check, words[:2], words[-2:])
        print(len(text.split(None, 3)), text.split(None, 2)[:2] == words[:2], len(text.rsplit()))

whole = "y" * 5000
print(whole.split()[0] is whole, len(("  " + whole + "\n").split()), "".join((" a" * 3000)).split()[-1])
print(len((" " * 5000).split()), len(("\x1c" * 4100 + "z").split()), ("\x1f" * 4100 + "z " * 3).split()[:3])
print(len(("é " * 3000).split()), len(("a\u3000" * 3000).split()))
