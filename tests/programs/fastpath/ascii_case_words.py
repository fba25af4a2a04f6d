# ASCII lower()/upper() map eight or four bytes at a time (decision 0055):
# every length around the word sizes, every ASCII byte, and the bytes next
# to the letter ranges ('@', '[', '`', '{').
import random

r = random.Random(5)
chars = [chr(c) for c in range(128)]
acc = 0
for n in range(0, 41):
    for _ in range(200):
        s = "".join(r.choice(chars) for _ in range(n))
        for t in (s.lower(), s.upper(), s.lower().upper(), s.swapcase()):
            for i, ch in enumerate(t):
                acc = (acc * 131 + ord(ch) * (i + 1)) % 1000000007
print(acc)
edge = "@AZ[`az{" * 3
for k in range(len(edge) + 1):
    print(edge[:k].lower(), edge[:k].upper(), edge[k:].lower(), edge[k:].upper())
for w in ("", "a", "AB", "abC", "ABCD", "Hello", "WORLDs", "MiXeD1!", "Straße", "ÀB", "aÀ" * 5):
    print(repr(w.lower()), repr(w.upper()), w.upper().lower() == w.lower())
