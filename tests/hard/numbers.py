"""Number literals: every base with underscores, huge integers, floats at
and beyond the double range (1e309 is inf), forms like .5 and 5. and
1_0.0_1e1_0, imaginary numbers, and the attribute/comparison forms where a
number touches a keyword or dot."""
a = 0, 00, 0_0, 1, 1_000_000, 0x_ff, 0XFF, 0xdead_BEEF, 0o17, 0O7_7, 0b1010, 0B1_0
b = 123456789012345678901234567890123456789012345678901234567890
c = 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
d = 0b1111111111111111111111111111111111111111111111111111111111111111111111
e = 1.0, .5, 5., 1e10, 1E-10, 1e+10, 1_0.0_1e1_0, 0.0, 00.0, 0e0, 09.5, 0_9.5
f = 1e308, 1.7976931348623157e308, 1e309, 2e-308, 5e-324, 1e-400, 4.9e-324
g = 1j, 1J, 1.5j, .5j, 5.j, 1e3j, 1_0j, 0j, 00j, 1e309j, 09j
h = 1 + 2j, -1 - 2j, 1.5 - 0.5j
i = 0.1, 0.2, 0.30000000000000004, 1/3, 123456789.123456789, 1e16, 1e15, 1e-5, 1e-4
j = 1 .real, 1.0.real, 1j.imag, 0x1.real if False else 0
k = 1if x else 2
l = [0x1for x in y] if False else [0x1 for x in y]
m = 1_2_3.4_5_6e-7_8
n = 9999999999999999999.0, 0.000001, 1.5e300 * 1.5e300
o = 2**63, 2**64, -2**63, -9223372036854775808, 18446744073709551616
