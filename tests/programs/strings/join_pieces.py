# str.join over pieces of every short length (each copied by fixed-size
# moves) and long ones, with separators of every short length, ASCII and
# not: every byte of the result must be the pieces' and separators' own.
import zlib

alphabet = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
pieces = [alphabet[i % 7:i % 7 + k] for i, k in enumerate(range(0, 41))]
pieces += [alphabet * 3, "", "x"]
for sep in ["", ",", "ab", "abc", "-=+=", ":-:-:", "0123456", "01234567", "012345678",
            "0123456789abcdef", "0123456789abcdefg", "\u00e9", " \u2603 "]:
    out = sep.join(pieces)
    print(len(out), zlib.crc32(out.encode("utf-8")), out[:30], out[-30:])
    print(out.split(sep) == pieces if sep else out == "".join(p for p in pieces))

# Many short pieces, as a JSON encoder makes them.
buf = []
for i in range(20000):
    buf.append('"')
    buf.append("k%d" % i)
    buf.append('":')
    buf.append(str(i * 37 % 1000))
    buf.append(",")
text = "".join(buf)
print(len(text), zlib.crc32(text.encode()), text[:40], text[-40:])
mixed = "".join(["caf\u00e9", "x" * 100, "\u03b1\u03b2", "y"])
print(len(mixed), mixed[:6], mixed[-4:], mixed.encode("utf-8")[-6:])
print(repr("".join(["ab"])), repr("".join([])), repr("-".join(["", ""])), "|".join(("a", "b", "c")))
