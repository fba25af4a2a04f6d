# bin, hex, oct and int parsing round trips.
for n in [0, 5, -5, 255, 2 ** 40]:
    print(n, bin(n), hex(n), oct(n), int(bin(n), 0), int(hex(n), 16))
