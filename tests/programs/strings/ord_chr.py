# ord/chr round trips and a Caesar cipher.
def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

msg = "Hello, World!"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3))
print(ord("a"), ord("€"), chr(65) + chr(97))
