// Unit tests for the lexer: token kinds and ranges for each lexical category
// (names, keywords, numbers, strings, f-strings, operators, indentation,
// brackets, continuation), CPython's error messages and positions, and a
// sweep over the shared corpus that must tokenize without errors.
#include "compiler/lex/lexer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

namespace taipan::lex {
namespace {

struct Lexed {
  std::unique_ptr<SourceFile> file;
  TokenStream ts;
  diag::DiagnosticEngine diags;
};

std::unique_ptr<Lexed> lex(std::string_view src) {
  auto out = std::make_unique<Lexed>();
  SourceFile::LoadError err;
  out->file = SourceFile::fromBytes("t.py", src, err);
  EXPECT_TRUE(out->file) << err.message;
  if (out->file) out->ts = tokenize(*out->file, out->diags);
  return out;
}

// "KIND:text" for every token except the final EndOfFile, space-separated.
std::string kinds(std::string_view src) {
  auto l = lex(src);
  std::string s;
  for (const Token& t : l->ts.tokens) {
    if (t.kind == TokenKind::EndOfFile) break;
    if (!s.empty()) s += ' ';
    s += tokenSpelling(t.kind);
    if (t.kind == TokenKind::Name || t.kind == TokenKind::Number || t.kind == TokenKind::String ||
        t.kind == TokenKind::FStringMiddle || t.kind == TokenKind::FStringStart || t.kind == TokenKind::FStringEnd) {
      s += ':';
      s += l->ts.text(t);
    }
  }
  return s;
}

// "line:col: message" of the lexer error (col 0-based, bytes), or "ok".
std::string error(std::string_view src) {
  auto l = lex(src);
  if (!l->ts.error) return "ok";
  EXPECT_EQ(l->ts.tokens.back().kind, TokenKind::EndOfFile);
  EXPECT_EQ(l->ts.tokens[l->ts.tokens.size() - 2].kind, TokenKind::Error);
  LineCol lc = l->file->lineCol(l->ts.error->range.begin);
  return std::to_string(lc.line) + ":" + std::to_string(lc.byte_column) + ": " + l->ts.error->message;
}

TEST(Lexer, NamesKeywordsAndSoftKeywords) {
  EXPECT_EQ(kinds("print(x)\n"), "NAME:print ( NAME:x ) NEWLINE");
  EXPECT_EQ(kinds("if not None: pass\n"), "if not None : pass NEWLINE");
  EXPECT_EQ(kinds("match _ type case\n"), "NAME:match NAME:_ NAME:type NAME:case NEWLINE");
  EXPECT_EQ(kinds("async await nonlocal\n"), "async await nonlocal NEWLINE");
  EXPECT_TRUE(isKeyword(TokenKind::KwFalse));
  EXPECT_FALSE(isKeyword(TokenKind::Name));
}

TEST(Lexer, UnicodeIdentifiers) {
  auto l = lex("été = ﬁ\n");
  ASSERT_FALSE(l->ts.error);
  const Token& a = l->ts.tokens[0];
  EXPECT_EQ(a.kind, TokenKind::Name);
  EXPECT_EQ(a.flags, 1);
  std::string storage;
  EXPECT_EQ(identifierText(l->ts, a, storage), "été");
  EXPECT_EQ(identifierText(l->ts, l->ts.tokens[2], storage), "fi");  // NFKC of the ligature
  EXPECT_EQ(error("€ = 1\n"), "1:0: invalid character '€' (U+20AC)");
  EXPECT_EQ(error("a\u00a0b\n"), "1:1: invalid non-printable character U+00A0");
  EXPECT_EQ(error("a\u200bb = 1\n"), "1:1: invalid non-printable character U+200B");
  EXPECT_EQ(error("a\x01"), "1:1: invalid non-printable character U+0001");
}

TEST(Lexer, Numbers) {
  EXPECT_EQ(kinds("1 0x1F 0o17 0b1_0 1_000 1.5 .5 1. 1e10 1E-5 1.5j 2J 0_0 00 0.0 09.5 1e5j\n"),
            "NUMBER:1 NUMBER:0x1F NUMBER:0o17 NUMBER:0b1_0 NUMBER:1_000 NUMBER:1.5 NUMBER:.5 NUMBER:1. NUMBER:1e10 "
            "NUMBER:1E-5 NUMBER:1.5j NUMBER:2J NUMBER:0_0 NUMBER:00 NUMBER:0.0 NUMBER:09.5 NUMBER:1e5j NEWLINE");
  EXPECT_EQ(kinds("1 .real 1.j\n"), "NUMBER:1 . NAME:real NUMBER:1.j NEWLINE");
  EXPECT_EQ(kinds("1_2.3_4e5_6j 0x1_f\n"), "NUMBER:1_2.3_4e5_6j NUMBER:0x1_f NEWLINE");
  EXPECT_EQ(kinds("x[1:2]\n"), "NAME:x [ NUMBER:1 : NUMBER:2 ] NEWLINE");
}

TEST(Lexer, NumberErrors) {
  EXPECT_EQ(error("1abc"), "1:0: invalid decimal literal");
  EXPECT_EQ(error("1_"), "1:1: invalid decimal literal");
  EXPECT_EQ(error("1__0"), "1:1: invalid decimal literal");
  EXPECT_EQ(error("0x"), "1:1: invalid hexadecimal literal");
  EXPECT_EQ(error("0xg"), "1:1: invalid hexadecimal literal");
  EXPECT_EQ(error("0o8"), "1:2: invalid digit '8' in octal literal");
  EXPECT_EQ(error("0o"), "1:1: invalid octal literal");
  EXPECT_EQ(error("0b2"), "1:2: invalid digit '2' in binary literal");
  EXPECT_EQ(error("09"),
            "1:0: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  EXPECT_EQ(error("1e"), "1:0: invalid decimal literal");
  EXPECT_EQ(error("1e+"), "1:2: invalid decimal literal");
  EXPECT_EQ(error("1jx"), "1:1: invalid imaginary literal");
  EXPECT_EQ(error(".5e"), "1:1: invalid decimal literal");
  EXPECT_EQ(error("1.real"), "1:1: invalid decimal literal");
  EXPECT_EQ(error("1.__class__"), "1:1: invalid decimal literal");
}

TEST(Lexer, NumberFollowedByKeywordWarns) {
  auto l = lex("x = 1if y else 2\n");
  EXPECT_FALSE(l->ts.error);
  ASSERT_EQ(l->diags.diagnostics().size(), 1u);
  EXPECT_EQ(l->diags.diagnostics()[0].message, "invalid decimal literal");
  EXPECT_EQ(kinds("1if y else 2\n"), "NUMBER:1 if NAME:y else NUMBER:2 NEWLINE");
  EXPECT_EQ(kinds("1else\n"), "NUMBER:1 else NEWLINE");
}

TEST(Lexer, Strings) {
  EXPECT_EQ(kinds("'a' \"b\" r'\\d' b'x' Rb'y' bR'z' u'w' '''t\n''' \"\"\"q\"\"\"\n"),
            "STRING:'a' STRING:\"b\" STRING:r'\\d' STRING:b'x' STRING:Rb'y' STRING:bR'z' STRING:u'w' "
            "STRING:'''t\n''' STRING:\"\"\"q\"\"\" NEWLINE");
  EXPECT_EQ(kinds("ur'x'\n"), "NAME:ur STRING:'x' NEWLINE");
  EXPECT_EQ(kinds("'a\\\nb'\n"), "STRING:'a\\\nb' NEWLINE");
  EXPECT_EQ(kinds("'\\''\n"), "STRING:'\\'' NEWLINE");
  EXPECT_EQ(kinds("''''''\n"), "STRING:'''''' NEWLINE");
  auto l = lex("rb'''x'''\n");
  EXPECT_EQ(l->ts.tokens[0].flags, kPrefixRaw | kPrefixBytes | kPrefixTriple);
  auto u = lex("u'x'\n");
  EXPECT_EQ(u->ts.tokens[0].flags, kPrefixUnicode);
}

TEST(Lexer, StringErrors) {
  EXPECT_EQ(error("x = 'abc"), "1:4: unterminated string literal (detected at line 1)");
  EXPECT_EQ(error("x = 'abc\ny = 2\n"), "1:4: unterminated string literal (detected at line 1)");
  EXPECT_EQ(error("x = '''abc\n\nd"), "1:4: unterminated triple-quoted string literal (detected at line 3)");
  EXPECT_EQ(error("'''\n\n"), "1:0: unterminated triple-quoted string literal (detected at line 2)");
  EXPECT_EQ(error("x = 'a\\\nb'\ny='"), "3:2: unterminated string literal (detected at line 3)");
  EXPECT_EQ(error("x = b'a"), "1:4: unterminated string literal (detected at line 1)");
}

TEST(Lexer, FStrings) {
  EXPECT_EQ(kinds("f\"a{x!r:>{w}} b{{c}}\"\n"),
            "FSTRING_START:f\" FSTRING_MIDDLE:a { NAME:x ! NAME:r : FSTRING_MIDDLE:> { NAME:w } } "
            "FSTRING_MIDDLE: b{{c}} FSTRING_END:\" NEWLINE");
  EXPECT_EQ(kinds("f''\n"), "FSTRING_START:f' FSTRING_END:' NEWLINE");
  EXPECT_EQ(kinds("f\"{\"a\"}\"\n"), "FSTRING_START:f\" { STRING:\"a\" } FSTRING_END:\" NEWLINE");
  EXPECT_EQ(kinds("f\"{x:=5}\"\n"), "FSTRING_START:f\" { NAME:x : FSTRING_MIDDLE:=5 } FSTRING_END:\" NEWLINE");
  EXPECT_EQ(kinds("f\"{x!=y}\"\n"), "FSTRING_START:f\" { NAME:x != NAME:y } FSTRING_END:\" NEWLINE");
  EXPECT_EQ(kinds("f\"{x=}\"\n"), "FSTRING_START:f\" { NAME:x = } FSTRING_END:\" NEWLINE");
  EXPECT_EQ(kinds("f\"{ {1: 2}[1] }\"\n"),
            "FSTRING_START:f\" { { NUMBER:1 : NUMBER:2 } [ NUMBER:1 ] } FSTRING_END:\" NEWLINE");
  EXPECT_EQ(kinds("f'{a[1:2]}'\n"), "FSTRING_START:f' { NAME:a [ NUMBER:1 : NUMBER:2 ] } FSTRING_END:' NEWLINE");
  EXPECT_EQ(kinds("f'{f\"{f'{1}'}\"}'\n"),
            "FSTRING_START:f' { FSTRING_START:f\" { FSTRING_START:f' { NUMBER:1 } FSTRING_END:' } FSTRING_END:\" } "
            "FSTRING_END:' NEWLINE");
  EXPECT_EQ(kinds("f'\\N{DASH}{x}'\n"), "FSTRING_START:f' FSTRING_MIDDLE:\\N{DASH} { NAME:x } FSTRING_END:' NEWLINE");
  EXPECT_EQ(kinds("rf'\\{x}'\n"), "FSTRING_START:rf' FSTRING_MIDDLE:\\ { NAME:x } FSTRING_END:' NEWLINE");
  EXPECT_EQ(kinds("f'''{x\n:y}'''\n"), "FSTRING_START:f''' { NAME:x : FSTRING_MIDDLE:y } FSTRING_END:''' NEWLINE");
  EXPECT_EQ(kinds("f'{x:{y:{z}}}'\n"), "FSTRING_START:f' { NAME:x : { NAME:y : { NAME:z } } } FSTRING_END:' NEWLINE");
  auto l = lex("Rf'''x'''\n");
  EXPECT_EQ(l->ts.tokens[0].flags, kPrefixRaw | kPrefixFormat | kPrefixTriple);
}

TEST(Lexer, FStringErrors) {
  EXPECT_EQ(error("f\"{x\""), "1:4: f-string: expecting '}'");
  EXPECT_EQ(error("f\"{x:abc\""), "1:8: f-string: expecting '}', or format specs");
  EXPECT_EQ(error("f\"abc"), "1:0: unterminated f-string literal (detected at line 1)");
  EXPECT_EQ(error("f'''abc\n\n"), "1:0: unterminated triple-quoted f-string literal (detected at line 2)");
  EXPECT_EQ(error("f\"a}b\""), "1:3: f-string: single '}' is not allowed");
  EXPECT_EQ(error("f\"{x}}\""), "1:5: f-string: single '}' is not allowed");
  EXPECT_EQ(error("f\"{x)}\""), "1:4: f-string: unmatched ')'");
  EXPECT_EQ(error("f'{x#}'"), "1:2: '{' was never closed");
  EXPECT_EQ(error("f'{\n'"), "2:0: f-string: expecting '}'");
}

TEST(Lexer, Operators) {
  EXPECT_EQ(kinds("a -> b := c ** d **= e // f //= g @= h ... . != == <= >= << >>= ~ ^ |= !\n"),
            "NAME:a -> NAME:b := NAME:c ** NAME:d **= NAME:e // NAME:f //= NAME:g @= NAME:h ... . != == <= >= << "
            ">>= ~ ^ |= ! NEWLINE");
  EXPECT_EQ(error("a $ b"), "1:2: invalid syntax");
  EXPECT_EQ(error("a ? b"), "1:2: invalid syntax");
  EXPECT_EQ(error("`"), "1:0: invalid syntax");
}

TEST(Lexer, IndentationAndNewlines) {
  EXPECT_EQ(kinds("if x:\n    a\n\n    # c\n  \n    b\nc\n"),
            "if NAME:x : NEWLINE INDENT NAME:a NEWLINE NAME:b NEWLINE DEDENT NAME:c NEWLINE");
  EXPECT_EQ(kinds("if x:\n  if y:\n    a"),
            "if NAME:x : NEWLINE INDENT if NAME:y : NEWLINE INDENT NAME:a NEWLINE DEDENT DEDENT");
  EXPECT_EQ(kinds("x = 1\r\ny = 2\rz"), "NAME:x = NUMBER:1 NEWLINE NAME:y = NUMBER:2 NEWLINE NAME:z NEWLINE");
  EXPECT_EQ(kinds("x = (1,\n  2)\n"), "NAME:x = ( NUMBER:1 , NUMBER:2 ) NEWLINE");
  EXPECT_EQ(kinds("x = 1 + \\\n  2\n"), "NAME:x = NUMBER:1 + NUMBER:2 NEWLINE");
  EXPECT_EQ(kinds("if x:\n\tpass\n"), "if NAME:x : NEWLINE INDENT pass NEWLINE DEDENT");
  EXPECT_EQ(kinds("\f\nx\n"), "NAME:x NEWLINE");
  EXPECT_EQ(kinds(""), "");
  EXPECT_EQ(kinds("# only a comment"), "");
  auto l = lex("x = 1");
  const Token& nl = l->ts.tokens[3];
  EXPECT_EQ(nl.kind, TokenKind::Newline);
  EXPECT_EQ(nl.begin, nl.end);  // empty NEWLINE at EOF without a newline
}

TEST(Lexer, IndentationErrors) {
  EXPECT_EQ(error("if x:\n  a\n b\n"), "3:2: unindent does not match any outer indentation level");
  EXPECT_EQ(error("if x:\n\ta\n        b\n"), "3:0: inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(error("if x:\n        a\n\tb\n"), "3:0: inconsistent use of tabs and spaces in indentation");
  std::string deep;
  for (int i = 0; i < 101; ++i) deep += std::string(i, ' ') + "if x:\n";
  EXPECT_NE(error(deep).find("too many levels of indentation"), std::string::npos);
}

TEST(Lexer, BracketErrors) {
  EXPECT_EQ(error("x = (1]"), "1:6: closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(error("x = (1,\n2]"), "2:1: closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  EXPECT_EQ(error(")"), "1:0: unmatched ')'");
  EXPECT_EQ(error("x = (1,\n2"), "1:4: '(' was never closed");
  EXPECT_EQ(error("x = [1, (2,\n"), "1:8: '(' was never closed");
  EXPECT_EQ(error("x = " + std::string(201, '(')), "1:204: too many nested parentheses");
  EXPECT_EQ(error("x = " + std::string(200, '(') + std::string(200, ')')), "ok");
}

TEST(Lexer, ContinuationAndNulErrors) {
  EXPECT_EQ(error("x = 1 \\ y"), "1:7: unexpected character after line continuation character");
  EXPECT_EQ(error("x = 1 \\"), "1:7: unexpected EOF while parsing");
  EXPECT_EQ(error("x = 1 \\\n"), "1:7: unexpected EOF while parsing");
  EXPECT_EQ(error("x = 1 \\\n\n"), "ok");
  EXPECT_EQ(error(std::string_view("x = 1\0", 6)), "1:5: source code cannot contain null bytes");
}

TEST(Lexer, DumpFormat) {
  auto l = lex("print('hi')\n");
  EXPECT_EQ(dumpTokens(l->ts),
            "1,0-1,5:\tNAME\t'print'\n1,5-1,6:\t(\t'('\n1,6-1,10:\tSTRING\t'\\'hi\\''\n1,10-1,11:\t)\t')'\n"
            "1,11-1,12:\tNEWLINE\t'\\n'\n2,0-2,0:\tENDMARKER\t''\n");
}

TEST(SourceFile, EncodingsAndBom) {
  SourceFile::LoadError err;
  auto f = SourceFile::fromBytes("t.py", "\xEF\xBB\xBFx = 1\n", err);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->text(), "x = 1\n");
  auto g = SourceFile::fromBytes("t.py", "# coding: latin-1\nx = '\xf6'\n", err);
  ASSERT_TRUE(g);
  EXPECT_EQ(g->text(), "# coding: latin-1\nx = '\xc3\xb6'\n");
  EXPECT_FALSE(SourceFile::fromBytes("t.py", "\xEF\xBB\xBF# coding: latin-1\n", err));
  EXPECT_EQ(err.message, "encoding problem: iso-8859-1 with BOM");
  EXPECT_FALSE(SourceFile::fromBytes("t.py", "x = 1\ny = '\xf6'\n", err));
  EXPECT_EQ(err.message,
            "Non-UTF-8 code starting with '\\xf6' in file t.py on line 2, but no encoding declared; see "
            "https://peps.python.org/pep-0263/ for details");
  EXPECT_EQ(err.line, 2u);
}

// Every token stream ends with EndOfFile, ranges are ordered and in bounds.
void checkInvariants(std::string_view src) {
  SourceFile::LoadError err;
  auto f = SourceFile::fromBytes("t.py", src, err);
  if (!f) return;
  diag::DiagnosticEngine d;
  TokenStream ts = tokenize(*f, d);
  ASSERT_FALSE(ts.tokens.empty());
  ASSERT_EQ(ts.tokens.back().kind, TokenKind::EndOfFile);
  uint32_t last = 0;
  for (const Token& t : ts.tokens) {
    ASSERT_LE(t.begin, t.end);
    ASSERT_LE(t.end, f->text().size());
    if (t.kind != TokenKind::Error) ASSERT_GE(t.begin, last);
    if (t.kind != TokenKind::Error) last = t.begin;
    if (t.kind == TokenKind::FStringMiddle) ASSERT_LT(t.begin, t.end);
  }
  ASSERT_EQ(ts.error.has_value(), ts.tokens.size() >= 2 && ts.tokens[ts.tokens.size() - 2].kind == TokenKind::Error);
}

TEST(Lexer, RandomInputsNeverCrash) {
  std::mt19937 rng(12345);
  const std::string alphabet = "ab_1 0xoej.'\"\\\n\r\t\f#(){}[]:=!fFrRbBuU+-*/<>%@^~,;$?`\x01\xc3\xa9";
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    int len = rng() % 40;
    for (int k = 0; k < len; ++k) s += alphabet[rng() % alphabet.size()];
    checkInvariants(s);
  }
}

TEST(Lexer, CorpusTokenizesWithoutErrors) {
  // The shared corpus is a sibling of the repository (TAIPAN_SHARED_DIR,
  // tests/CMakeLists.txt).
  std::filesystem::path dir = std::filesystem::path(TAIPAN_SHARED_DIR) / "corpus" / "programs";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no corpus at " << dir;
  int count = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    if (e.path().extension() != ".py") continue;
    SourceFile::LoadError err;
    auto f = SourceFile::load(e.path().string(), err);
    ASSERT_TRUE(f) << e.path() << ": " << err.message;
    diag::DiagnosticEngine d;
    TokenStream ts = tokenize(*f, d);
    EXPECT_FALSE(ts.error) << e.path() << ": " << ts.error->message;
    ++count;
  }
  EXPECT_GT(count, 0);
}

// Positions on one very long line (fuzz_lexer found that a 128 KB line took
// quadratic time: every token's column counted the line from its start).
// lineCol must still give the code-point column, across multibyte text and
// every block boundary of its index.
TEST(SourceFileLineCol, LongLineColumnsAreCodePoints) {
  std::string src = "x = 1\n";
  const char* pieces[] = {"('a', 'é'), ", "'€', ", "\"😀\", ", "1, "};
  for (int i = 0; src.size() < 300000; ++i) src += pieces[i % 4];
  src += "\ny = 2\n";
  SourceFile::LoadError err;
  auto file = SourceFile::fromBytes("long.py", src, err);
  ASSERT_TRUE(file);
  uint32_t line = 1, col = 1;
  for (uint32_t off = 0; off < src.size(); ++off) {
    bool lead = (static_cast<unsigned char>(src[off]) & 0xC0) != 0x80;
    if (lead && (off % 97 == 0 || off % 64 == 0 || off % 64 == 63)) {
      LineCol lc = file->lineCol(off);
      ASSERT_EQ(lc.line, line) << "offset " << off;
      ASSERT_EQ(lc.column, col) << "offset " << off;
    }
    if (src[off] == '\n') {
      ++line;
      col = 1;
    } else if (lead) {
      ++col;
    }
  }
  EXPECT_EQ(file->lineCol(static_cast<uint32_t>(src.size())).line, line);
  auto lexed = lex(src);
  EXPECT_FALSE(lexed->ts.error) << "the long line lexes";
}

}  // namespace
}  // namespace taipan::lex
