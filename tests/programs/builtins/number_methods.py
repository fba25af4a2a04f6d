# The methods and attributes of int, float and bool.
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(1, "big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes([1, 2], "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print((10).bit_length(), (-10).bit_length(), (0).bit_length(), (255).bit_count(), (10**20).bit_length())
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate(), (6).as_integer_ratio(), True.numerator)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer(), (1.5).hex(), float.fromhex("0x1.8p1"))
print((2.5).real, (2.5).imag, (2.5).conjugate(), float("inf").is_integer(), (-0.0).hex(), float.fromhex("-0x1p-1074"))
print(int.__name__, float.__name__, bool.__name__, int("10", base=8), int("z", 36), int("  -0b1010  ", 0), int("0o17", 0), int("0_7", 0) if False else 7)
print(1 .__add__(2), (3).__neg__(), (3).__abs__(), (3).__bool__(), (0).__bool__(), (7).__index__(), (2).__round__(), (17).__round__(-1))
print(True & True, True ^ True, True | False, ~False, True << 3, True >> 1, -True, +True, abs(False))
print(isinstance(True, int), bool.__mro__, True == 1, False == 0.0, hash(True), str(True), repr(False), int(True))
print(float.__mro__, (1.0).__class__, (1).__class__, type(True + 1).__name__, type(True & True).__name__, type(1 / 1).__name__)
print(max(1, 2.5), min(-0.0, 0.0), max(0.0, -0.0), 1 == 1.0 == True, 2**0.5 * 2**0.5 == 2.0, 7 / 7, 2 ** 62, 2 ** 63 - 1)
print(divmod(-2**70, 3), (-2**70) // 7, (-2**70) % 7, -(2**70) >> 3, (2**70) & (2**65 + 5), (2**70) | 1, ~(2**70), (2**70) ^ (2**70))
print(int(1e20), int(-1.9e19), float(2**70), 2**70 / 3, (2**70) * 1.0, 10**25 // 10**23, abs(-(10**30)))
print(pow(2, 100, 10**9 + 7), pow(10**20, -1, 7), pow(3, 10**5, 1000), round(10**20 + 0.5), round(12345678901234567890, -5))
print(0.1 * 3, 1 / 3, 2 / 3, 1e23, 1.0e-5, 5e-324, 1.7976931348623157e308, float("1e309"), -float("inf"))
print(f"{1/3:.20f}", f"{2**0.5:.15g}", f"{1e100:e}", f"{123.456:10.2f}|", f"{-0.0}", f"{float('nan')}")
print(3.0 // 2, 3.5 % 1, -3.5 % 1, 3.5 // -1, 1e300 * 1e300, -1e300 * 1e300, (0.0).__neg__())
for bad in ["1.2.3", "", " ", "0x10", "1e", "inf1"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
for bad in ["", "1.0", "0x", "12a", "١٢x"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9" * 5000)
except ValueError as e:
    print(str(e)[:60])
