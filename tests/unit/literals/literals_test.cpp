// Unit tests for literal decoding (compiler/lex/literals.cpp): string and
// bytes escapes, \N{...} names, raw strings, newline normalisation, errors and
// warnings, f-string middles, and numbers. Every expectation was produced by
// CPython (python3 eval/compile, int(), float()) and pasted in.
#include "compiler/lex/literals.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>

#include "compiler/lex/unicode_names.h"

namespace taipan::lex {
namespace {

using namespace std::string_view_literals;

// One literal in a file of its own, tokenized by hand as a single token.
struct Fixture {
  std::unique_ptr<SourceFile> file;
  TokenStream tokens;
  Token tok{};
  diag::DiagnosticEngine diags;

  Fixture(std::string_view text, TokenKind kind) {
    SourceFile::LoadError err;
    file = SourceFile::fromBytes("t.py", text, err);
    tokens.file = file.get();
    tok.kind = kind;
    tok.begin = 0;
    tok.end = static_cast<uint32_t>(file->text().size());
    if (kind != TokenKind::String) return;
    for (char c : text) {
      if (c == '"' || c == '\'') break;
      char l = static_cast<char>(c | 0x20);
      if (l == 'r') tok.flags |= kPrefixRaw;
      if (l == 'b') tok.flags |= kPrefixBytes;
      if (l == 'u') tok.flags |= kPrefixUnicode;
    }
    if (text.find("\"\"\"") != std::string_view::npos || text.find("'''") != std::string_view::npos)
      tok.flags |= kPrefixTriple;
  }
  std::string firstMessage(diag::Severity sev) const {
    for (const auto& d : diags.diagnostics())
      if (d.severity == sev) return d.message;
    return "";
  }
};

struct StringCase {
  std::string_view source;
  bool ok;
  std::string_view value_or_error;  // the value when ok, else the error message
  std::string_view warning;         // the first warning, or ""
};

const StringCase kStringCases[] = {
    {"\"abc\""sv, true, "abc"sv, ""sv},
    {"\"\"\"tri\"ple\"\"\""sv, true, "tri\"ple"sv, ""sv},
    {"'''x'''"sv, true, "x"sv, ""sv},
    {"\"\""sv, true, ""sv, ""sv},
    {"''"sv, true, ""sv, ""sv},
    {"\"\\\\\""sv, true, "\\"sv, ""sv},
    {"\"\\'\\\"\\a\\b\\f\\n\\r\\t\\v\""sv, true,
     "'\"\x07"
     "\x08"
     "\x0c"
     "\x0a"
     "\x0d"
     "\x09"
     "\x0b"
     ""sv,
     ""sv},
    {"\"\\0\\7\\77\\101\\1234\""sv, true,
     "\x00"
     "\x07"
     "\x3f"
     "AS4"sv,
     ""sv},
    {"\"\\x41\\xff\\xFf\""sv, true,
     "A\xc3"
     "\xbf"
     "\xc3"
     "\xbf"
     ""sv,
     ""sv},
    {"\"\\u00e9\\u20AC\\ud800\\udfff\""sv, true,
     "\xc3"
     "\xa9"
     "\xe2"
     "\x82"
     "\xac"
     "\xed"
     "\xa0"
     "\x80"
     "\xed"
     "\xbf"
     "\xbf"
     ""sv,
     ""sv},
    {"\"\\U0001F600\\U00000041\""sv, true,
     "\xf0"
     "\x9f"
     "\x98"
     "\x80"
     "A"sv,
     ""sv},
    {"\"\\N{LATIN SMALL LETTER A}\\N{latin capital letter b}\""sv, true, "aB"sv, ""sv},
    {"\"\\N{LF}\\N{BYTE ORDER MARK}\\N{NBSP}\""sv, true,
     "\x0a"
     "\xef"
     "\xbb"
     "\xbf"
     "\xc2"
     "\xa0"
     ""sv,
     ""sv},
    {"\"\\N{HANGUL SYLLABLE GAG}\\N{HANGUL SYLLABLE A}\\N{HANGUL SYLLABLE HIH}\""sv, true,
     "\xea"
     "\xb0"
     "\x81"
     "\xec"
     "\x95"
     "\x84"
     "\xed"
     "\x9e"
     "\xa3"
     ""sv,
     ""sv},
    {"\"\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{CJK UNIFIED IDEOGRAPH-20000}\""sv, true,
     "\xe4"
     "\xb8"
     "\x80"
     "\xf0"
     "\xa0"
     "\x80"
     "\x80"
     ""sv,
     ""sv},
    {"\"\\N{CJK COMPATIBILITY IDEOGRAPH-F900}\""sv, true,
     "\xef"
     "\xa4"
     "\x80"
     ""sv,
     ""sv},
    {"\"\\N{EM DASH}x\""sv, true,
     "\xe2"
     "\x80"
     "\x94"
     "x"sv,
     ""sv},
    {"\"\\N{SPACE}\""sv, true, " "sv, ""sv},
    {"\"\\d\""sv, true, "\\d"sv, "invalid escape sequence '\\d'"sv},
    {"\"\\d\\e\""sv, true, "\\d\\e"sv, "invalid escape sequence '\\d'"sv},
    {"\"\\8\\9\""sv, true, "\\8\\9"sv, "invalid escape sequence '\\8'"sv},
    {"\"\\777\""sv, true,
     "\xc7"
     "\xbf"
     ""sv,
     "invalid octal escape sequence '\\777'"sv},
    {"\"\\400\\d\""sv, true,
     "\xc4"
     "\x80"
     "\\d"sv,
     "invalid octal escape sequence '\\400'"sv},
    {"\"\xc3"
     "\xa9"
     "\\\xc3"
     "\xa9"
     "\""sv,
     true,
     "\xc3"
     "\xa9"
     "\\\xc3"
     "\xa9"
     ""sv,
     ""sv},
    {"\"\\z\\777\""sv, true,
     "\\z\xc7"
     "\xbf"
     ""sv,
     "invalid escape sequence '\\z'"sv},
    {"b\"abc\""sv, true, "abc"sv, ""sv},
    {"B\"\\x00\\xff\\777\\d\""sv, true,
     "\x00"
     "\xff"
     "\xff"
     "\\d"sv,
     "invalid octal escape sequence '\\777'"sv},
    {"b\"\\u1234\""sv, true, "\\u1234"sv, "invalid escape sequence '\\u'"sv},
    {"b\"\\N{DIGIT ONE}\""sv, true, "\\N{DIGIT ONE}"sv, "invalid escape sequence '\\N'"sv},
    {"rb\"\\x00\\d\""sv, true, "\\x00\\d"sv, ""sv},
    {"Rb\"a\\\\b\""sv, true, "a\\\\b"sv, ""sv},
    {"bR\"\\N\""sv, true, "\\N"sv, ""sv},
    {"r\"\\n\\t\\\\\""sv, true, "\\n\\t\\\\"sv, ""sv},
    {"R\"\\N{foo}\""sv, true, "\\N{foo}"sv, ""sv},
    {"u\"\\u0041\""sv, true, "A"sv, ""sv},
    {"U\"x\""sv, true, "x"sv, ""sv},
    {"r\"a\\\x0a"
     "b\""sv,
     true,
     "a\\\x0a"
     "b"sv,
     ""sv},
    {"\"a\\\x0a"
     "b\""sv,
     true, "ab"sv, ""sv},
    {"\"\"\"line1\x0a"
     "line2\"\"\""sv,
     true,
     "line1\x0a"
     "line2"sv,
     ""sv},
    {"\"\"\"a\x0d"
     "\x0a"
     "b\"\"\""sv,
     true,
     "a\x0a"
     "b"sv,
     ""sv},
    {"\"\"\"a\x0d"
     "b\"\"\""sv,
     true,
     "a\x0a"
     "b"sv,
     ""sv},
    {"\"\"\"a\\\x0d"
     "\x0a"
     "b\"\"\""sv,
     true, "ab"sv, ""sv},
    {"r\"\"\"a\x0d"
     "\x0a"
     "b\"\"\""sv,
     true,
     "a\x0a"
     "b"sv,
     ""sv},
    {"'''\\\x0d"
     "\x0a"
     "'''"sv,
     true, ""sv, ""sv},
    {"\"\\x4\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"sv, ""},
    {"\"\\x\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"sv, ""},
    {"\"ab\\x4g\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"sv, ""},
    {"\"\xc3"
     "\xa9"
     "\\x4\""sv,
     false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape"sv, ""},
    {"\"\\u00e9\\x4\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 6-8: truncated \\xXX escape"sv, ""},
    {"\"\\N{foo}\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name"sv, ""},
    {"\"\\N{\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"sv, ""},
    {"\"\\N\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"sv, ""},
    {"\"\\Nx\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"sv, ""},
    {"\"\\N{}\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"sv, ""},
    {"\"\\N{abc\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N character escape"sv, ""},
    {"\"\\N{\xc3"
     "\xa9"
     "}\""sv,
     false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name"sv, ""},
    {"\"\\u12\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape"sv, ""},
    {"\"\\U1234\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape"sv, ""},
    {"\"\\U00110000\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"sv, ""},
    {"\"ab\\U00110000\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-11: illegal Unicode character"sv, ""},
    {"\"\\UFFFFFFFF\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"sv, ""},
    {"b\"\\x4\""sv, false, "(value error) invalid \\x escape at position 0"sv, ""},
    {"b\"ab\\x\""sv, false, "(value error) invalid \\x escape at position 2"sv, ""},
    {"b\"\xc3"
     "\xa9"
     "\""sv,
     false, "bytes can only contain ASCII literal characters"sv, ""},
    {"rb\"\xc3"
     "\xa9"
     "\""sv,
     false, "bytes can only contain ASCII literal characters"sv, ""},
    {"\"\\N{HANGUL SYLLABLE GAGG}\""sv, true,
     "\xea"
     "\xb0"
     "\x82"
     ""sv,
     ""sv},
    {"\"\\N{hangul syllable ga}\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name"sv, ""},
    {"\"\\N{CJK UNIFIED IDEOGRAPH-4e00}\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name"sv, ""},
    {"\"\\N{CJK UNIFIED IDEOGRAPH-A000}\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name"sv, ""},
    {"\"\\N{CJK UNIFIED IDEOGRAPH-04E00}\""sv, true,
     "\xe4"
     "\xb8"
     "\x80"
     ""sv,
     ""sv},
    {"\"\\N{LATIN SMALL LETTER A }\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name"sv, ""},
    {"\"\\d\\x4\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-4: truncated \\xXX escape"sv, ""},
    {"\"\xc3"
     "\xb6"
     "\\N{foo}\""sv,
     false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-16: unknown Unicode character name"sv,
     ""},
    {"\"\\\xc3"
     "\xa9"
     "\\x\""sv,
     false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-17: truncated \\xXX escape"sv, ""},
    {"\"\\N{KEYCAP NUMBER SIGN}\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name"sv, ""},
    {"\"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}\""sv, false,
     "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-47: unknown Unicode character name"sv, ""},
    {"\"\\N{DIGIT ZERO}\""sv, true, "0"sv, ""sv},
    {"\"\\N{ZERO WIDTH SPACE}\""sv, true,
     "\xe2"
     "\x80"
     "\x8b"
     ""sv,
     ""sv},
};

TEST(Literals, StringsMatchCPython) {
  for (const StringCase& c : kStringCases) {
    SCOPED_TRACE(std::string(c.source));
    Fixture f(c.source, TokenKind::String);
    DecodedString d = decodeString(f.tokens, f.tok, f.diags);
    EXPECT_EQ(d.ok, c.ok);
    if (c.ok) {
      EXPECT_EQ(d.value, c.value_or_error);
      EXPECT_FALSE(f.diags.hasErrors());
      EXPECT_EQ(f.firstMessage(diag::Severity::Warning), c.warning);
    } else {
      EXPECT_EQ(f.firstMessage(diag::Severity::Error), c.value_or_error);
    }
    size_t warnings = 0;
    for (const auto& dg : f.diags.diagnostics()) warnings += dg.severity == diag::Severity::Warning;
    EXPECT_LE(warnings, 1u) << "CPython warns about the first invalid escape only";
  }
}

TEST(Literals, ErrorAndWarningKinds) {
  {
    Fixture f(R"("\d")", TokenKind::String);
    decodeString(f.tokens, f.tok, f.diags);
    ASSERT_EQ(f.diags.diagnostics().size(), 1u);
    EXPECT_EQ(f.diags.diagnostics()[0].kind, diag::Kind::InvalidEscape);
  }
  {
    Fixture f(R"("\x")", TokenKind::String);
    decodeString(f.tokens, f.tok, f.diags);
    ASSERT_EQ(f.diags.diagnostics().size(), 1u);
    EXPECT_EQ(f.diags.diagnostics()[0].kind, diag::Kind::EscapeDecodeError);
  }
  {
    Fixture f("b'\xc3\xa9'", TokenKind::String);
    decodeString(f.tokens, f.tok, f.diags);
    ASSERT_EQ(f.diags.diagnostics().size(), 1u);
    EXPECT_EQ(f.diags.diagnostics()[0].kind, diag::Kind::BytesNonAscii);
  }
}

DecodedString middle(std::string_view text, uint8_t flags, std::string* error = nullptr) {
  Fixture f(text, TokenKind::FStringMiddle);
  DecodedString d = decodeFStringMiddle(f.tokens, f.tok, flags, f.diags);
  if (error) *error = f.firstMessage(diag::Severity::Error);
  return d;
}

TEST(Literals, FStringMiddle) {
  EXPECT_EQ(middle("a{{b}}c", kPrefixFormat).value, "a{b}c");
  EXPECT_EQ(middle("{{{{", kPrefixFormat).value, "{{");
  EXPECT_EQ(middle("a{", kPrefixFormat).value, "a{");
  EXPECT_EQ(middle(R"(\n{{\t)", kPrefixFormat).value, "\n{\t");
  EXPECT_EQ(middle(R"(\N{DIGIT ONE}{{)", kPrefixFormat).value, "1{");
  EXPECT_EQ(middle(R"(\n{{)", kPrefixFormat | kPrefixRaw).value, "\\n{");
  EXPECT_EQ(middle("a\r\nb", kPrefixFormat | kPrefixRaw | kPrefixTriple).value, "a\nb");
  EXPECT_EQ(middle("a\r\nb", kPrefixFormat | kPrefixTriple).value, "a\nb");
  EXPECT_EQ(middle("plain text", kPrefixFormat).value, "plain text");
  std::string err;
  EXPECT_FALSE(middle(R"(\x4)", kPrefixFormat, &err).ok);
  EXPECT_EQ(err, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
}

DecodedNumber number(std::string_view text) {
  Fixture f(text, TokenKind::Number);
  DecodedNumber n = decodeNumber(f.tokens, f.tok, f.diags);
  EXPECT_EQ(n.ok, !f.diags.hasErrors());
  return n;
}

std::string intText(std::string_view text) {
  DecodedNumber n = number(text);
  EXPECT_EQ(n.kind, DecodedNumber::Kind::Int) << text;
  return n.int_decimal;
}

TEST(Literals, Ints) {
  EXPECT_EQ(intText("0"), "0");
  EXPECT_EQ(intText("00"), "0");
  EXPECT_EQ(intText("0_0"), "0");
  EXPECT_EQ(intText("7"), "7");
  EXPECT_EQ(intText("1_000_000"), "1000000");
  EXPECT_EQ(intText("0x_ff"), "255");
  EXPECT_EQ(intText("0XDEAD_beef"), "3735928559");
  EXPECT_EQ(intText("0o777"), "511");
  EXPECT_EQ(intText("0O_17"), "15");
  EXPECT_EQ(intText("0b1010"), "10");
  EXPECT_EQ(intText("0B_1_1"), "3");
  EXPECT_EQ(intText("0x0"), "0");
  EXPECT_EQ(intText("0xffffffffffffffff"), "18446744073709551615");
  EXPECT_EQ(intText("0x10000000000000000"), "18446744073709551616");
  EXPECT_EQ(intText("0x0000000000000000000000001"), "1");
  EXPECT_EQ(intText("123456789012345678901234567890123456789"), "123456789012345678901234567890123456789");
  EXPECT_EQ(intText("0x123456789abcdef0123456789abcdef0123456789abcdef"),
            "27898229935051914142968983831921934135401027036219428335");
  EXPECT_EQ(intText("0o1234567012345670123456701234567012345670"), "217016091266538876989730370947238840");
  EXPECT_EQ(intText("0b1" + std::string(128, '0')), "340282366920938463463374607431768211456");
  EXPECT_EQ(intText("0x1" + std::string(71, '0')),
            "31082702275611665134711390509176302506278509424834232340028998555822468563283335970816");
}

TEST(Literals, Floats) {
  auto f = [](std::string_view t) {
    DecodedNumber n = number(t);
    EXPECT_EQ(n.kind, DecodedNumber::Kind::Float) << t;
    return n.number;
  };
  EXPECT_EQ(f("1.5"), 1.5);
  EXPECT_EQ(f("1_000.000_1"), 1000.0001);
  EXPECT_EQ(f(".5"), 0.5);
  EXPECT_EQ(f("5."), 5.0);
  EXPECT_EQ(f("1e10"), 1e10);
  EXPECT_EQ(f("1E-5"), 1e-5);
  EXPECT_EQ(f("1_0e1_0"), 10e10);
  EXPECT_EQ(f("0.1"), 0.1);
  EXPECT_EQ(f("007.5"), 7.5);
  EXPECT_TRUE(std::isinf(f("1e500")));
  EXPECT_EQ(f("1e-500"), 0.0);
  EXPECT_EQ(f("2.2250738585072014e-308"), 2.2250738585072014e-308);
  EXPECT_EQ(f("9007199254740993.0"), 9007199254740992.0);  // correctly rounded (ties to even)
  EXPECT_EQ(f("1." + std::string(100, '0') + "1"), 1.0);
}

TEST(Literals, Imaginary) {
  auto j = [](std::string_view t) {
    DecodedNumber n = number(t);
    EXPECT_EQ(n.kind, DecodedNumber::Kind::Imaginary) << t;
    return n.number;
  };
  EXPECT_EQ(j("1j"), 1.0);
  EXPECT_EQ(j("1.5e3J"), 1500.0);
  EXPECT_EQ(j("0j"), 0.0);
  EXPECT_EQ(j("0777j"), 777.0);
  EXPECT_EQ(j("1_0j"), 10.0);
  EXPECT_TRUE(std::isinf(j("1e999j")));
}

TEST(Literals, UnicodeNames) {
  EXPECT_EQ(lookupUnicodeName("LATIN SMALL LETTER A"), U'a');
  EXPECT_EQ(lookupUnicodeName("latin small letter a"), U'a');
  EXPECT_EQ(lookupUnicodeName("SPACE"), U' ');
  EXPECT_EQ(lookupUnicodeName("NULL"), U'\0');            // alias
  EXPECT_EQ(lookupUnicodeName("ZWJ"), char32_t{0x200D});  // abbreviation alias
  EXPECT_EQ(lookupUnicodeName("HANGUL SYLLABLE GAG"), char32_t{0xAC01});
  EXPECT_EQ(lookupUnicodeName("HANGUL SYLLABLE HIH"), char32_t{0xD7A3});
  EXPECT_EQ(lookupUnicodeName("HANGUL SYLLABLE A"), char32_t{0xC544});
  EXPECT_EQ(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-4E00"), char32_t{0x4E00});
  EXPECT_EQ(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-323AF"), char32_t{0x323AF});
  EXPECT_EQ(lookupUnicodeName("GRINNING FACE"), char32_t{0x1F600});
  EXPECT_FALSE(lookupUnicodeName("KEYCAP NUMBER SIGN"));  // a named sequence
  EXPECT_FALSE(lookupUnicodeName("CJK UNIFIED IDEOGRAPH-A000"));
  EXPECT_FALSE(lookupUnicodeName("HANGUL SYLLABLE"));
  EXPECT_FALSE(lookupUnicodeName(""));
  EXPECT_FALSE(lookupUnicodeName("LATIN SMALL LETTER A "));
}

}  // namespace
}  // namespace taipan::lex
