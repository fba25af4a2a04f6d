"""Unicode in identifiers and strings: NFKC-normalised identifiers (ligatures,
fullwidth and mathematical letters, combining marks), astral characters,
every escape form in str and bytes (\\N{...}, \\x, \\u, \\U, octal), and
invalid escapes that CPython only warns about."""
ﬁ = 1
ｆｕｌｌ = 2
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 3
ℌ = 4
é = 5
é = 6
ǅ = 7
µ = 8
ª = 9
ⅷ = 10
_ⅰ = 11
Ω = 12
ä_ß_ø = 13
日本語 = 14
переменная = 15
ϑ = ϴ = 16
x = ﬁ + ｆｕｌｌ + 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 + ℌ
def ｆ(ａｒｇ, *ａｒｇｓ, ｋ=1, **ｋｗ): return ａｒｇ
class Ｃ: ａｔｔｒ: int = 1
obj.ｆｉｅｌｄ = obj.ﬁeld
import ｍｏｄ as ｍ
from ｐｋｇ import ｎａｍｅ
s1 = "é, 日本, 𝔘, \U0001F600, 😀"
s2 = "\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{LATIN SMALL LETTER E WITH ACUTE}\N{SNAKE}"
s3 = "\x00\x7f\x80\xff\u0000\u00e9\uffff\U00000041\U0010ffff\ud800\udfff"
s4 = "\0\7\10\101\377\400\777"
s5 = "\a\b\f\n\r\t\v\\\'\"\
continued"
s6 = b"\x00\xff\0\7\101\377\a\b\f\n\r\t\v\\\'\""
s7 = "\d\w\s\q"[0:0] + r"\N{NOT AN ESCAPE}\x\u"
s8 = b"\d\N{X}\u1234"
s9 = "\N{LATIN CAPITAL LETTER A WITH DIAERESIS AND MACRON}"
s10 = "tab\tnl\ncr\rff\x0cnul\x00del\x7f"
s11 = '\u2028\u2029\x85'
s12 = "\N{DIGIT ONE}\N{space}\N{Latin Small Letter A}"
s13 = '''multi
line ☃ with 𝔘 astral
'''
s14 = "a" "é" '𝔘' """b""" '''c'''
s15 = "\
"
