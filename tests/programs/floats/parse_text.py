# int(s) and float(s) of text: the decimal fast paths (no copy, std::from_chars
# for floats) and the edges that fall back: underscores, leading zeros with
# base 0, 19 and more digits, overflow and underflow, subnormals, Unicode
# digits, whitespace, signs, and the ValueErrors.
cases = ["0", "00", "010", "-0", "+5", " 12 ", "1_000", "1__0", "_1", "1_", "123456789012345678", "1234567890123456789",
         "-999999999999999999", "99999999999999999999", "٣", "0x1f", "12a", "", " ", "-", "+", "1e5", "0b101"]
for c in cases:
    for base in (10, 0):
        try:
            print(repr(c), base, int(c, base))
        except ValueError as e:
            print(repr(c), base, "ValueError", e)
fcases = ["0", "-0", "-0.0", "1.5", ".5", "5.", ".", "1e5", "1E-5", "1e", "1e+", "1_0.2_5", "1__0", "1_.5", "1e400", "-1e400",
          "1e-400", "-1e-400", "4.9e-324", "2.4e-324", "2.5e-324", "1.7976931348623157e308", "1.7976931348623159e308",
          "inf", "-Infinity", "nan", " 3.25\n", "0.1", "123456789.123456789", "1" * 400, "0." + "0" * 400 + "1",
          "9007199254740993", "+.5e1", "e5", "1.2.3", "١.٥", "0x10", "1_e5", "1e_5", "1e5_0"]
for c in fcases:
    try:
        print(repr(c)[:40], repr(float(c)))
    except ValueError as e:
        print(repr(c)[:40], "ValueError", str(e)[:60])
