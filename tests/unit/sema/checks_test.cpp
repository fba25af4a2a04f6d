// Unit tests for the compile-time checks (compiler/sema/checks.cpp) on match
// patterns: the errors CPython's compiler raises after ast.parse has accepted
// the source. Expectations ("line:column: message" of the first error) were
// taken from python3.11's compile().
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"
#include "compiler/sema/scopes.h"

namespace taipan::sema {
namespace {

// The first error as CPython's SyntaxError shows it (1-based column), or
// "no error". The parser must accept every source here.
std::string firstError(const std::string& src) {
  SourceFile::LoadError err;
  auto file = SourceFile::fromBytes("t.py", src, err);
  EXPECT_TRUE(file);
  diag::DiagnosticEngine diags;
  auto tokens = lex::tokenize(*file, diags);
  ast::ParsedModule parsed = parse::parseModule(tokens, diags);
  EXPECT_FALSE(diags.hasErrors()) << "parse error in test source";
  ScopeTree tree = analyzeScopes(parsed.module, *file, diags);
  if (diags.diagnostics().empty()) return "no error";
  const diag::Diagnostic& d = diags.diagnostics().front();
  LineCol lc = file->lineCol(d.range.begin);
  return std::to_string(lc.line) + ":" + std::to_string(lc.column) + ": " + d.message;
}

TEST(PatternChecks, MultipleStars) {
  EXPECT_EQ(firstError("match x:\n    case [*a, *b]:\n        pass\n"),
            "2:10: multiple starred names in sequence pattern");
  EXPECT_EQ(firstError("match x:\n    case 1, *_, *_:\n        pass\n"),
            "2:10: multiple starred names in sequence pattern");
}

TEST(PatternChecks, Unreachable) {
  EXPECT_EQ(firstError("match x:\n    case y:\n        pass\n    case 1:\n        pass\n"),
            "2:10: name capture 'y' makes remaining patterns unreachable");
  EXPECT_EQ(firstError("match x:\n    case _ | 1:\n        pass\n"),
            "2:10: wildcard makes remaining patterns unreachable");
  EXPECT_EQ(firstError("match x:\n    case 1 | (y as z):\n        pass\n    case 2:\n        pass\n"),
            "2:15: name capture 'y' makes remaining patterns unreachable");
  EXPECT_EQ(firstError("match x:\n    case y if y:\n        pass\n    case 1:\n        pass\n"), "no error");
}

TEST(PatternChecks, RepeatedClassAttribute) {
  EXPECT_EQ(firstError("match x:\n    case C(a=1, b=2, b=3, a=4):\n        pass\n"),
            "2:29: attribute name repeated in class pattern: a");
  EXPECT_EQ(firstError("match x:\n    case C(__debug__=1):\n        pass\n"), "2:22: cannot assign to __debug__");
}

TEST(PatternChecks, RepeatedNames) {
  EXPECT_EQ(firstError("match x:\n    case [a, (1 | 2) as a]:\n        pass\n"),
            "2:19: multiple assignments to name 'a' in pattern");
  EXPECT_EQ(firstError("match x:\n    case {1: a, **a}:\n        pass\n"),
            "2:14: multiple assignments to name 'a' in pattern");
  EXPECT_EQ(firstError("match x:\n    case [a, ([b] | [a])]:\n        pass\n"),
            "2:22: alternative patterns bind different names");
  EXPECT_EQ(firstError("match x:\n    case [a, *__debug__]:\n        pass\n"), "2:14: cannot assign to __debug__");
}

TEST(PatternChecks, DuplicateMappingKeys) {
  EXPECT_EQ(firstError("match x:\n    case {1: a, True: b}:\n        pass\n"),
            "2:10: mapping pattern checks duplicate key (True)");
  EXPECT_EQ(firstError("match x:\n    case {0: a, -0.0-0j: b}:\n        pass\n"),
            "2:10: mapping pattern checks duplicate key ((-0+0j))");
  EXPECT_EQ(firstError("match x:\n    case {1e20: a, 100000000000000000000: b}:\n        pass\n"),
            "2:10: mapping pattern checks duplicate key (100000000000000000000)");
  EXPECT_EQ(firstError("match x:\n    case {'a' 'b': a, 'ab': b}:\n        pass\n"),
            "2:10: mapping pattern checks duplicate key ('ab')");
  EXPECT_EQ(firstError("match x:\n    case {-1: a, 1: b}:\n        pass\n"), "no error");
}

TEST(PatternChecks, AlternativesBindDifferentNames) {
  EXPECT_EQ(firstError("match x:\n    case [a, _] | [_, _]:\n        pass\n"),
            "2:19: alternative patterns bind different names");
  EXPECT_EQ(firstError("match x:\n    case C(_, a) | D(b, _):\n        pass\n"),
            "2:22: alternative patterns bind different names");
  EXPECT_EQ(firstError("match x:\n    case [a, b] | [b, a]:\n        pass\n"), "no error");
}

TEST(PatternChecks, FStringValues) {
  EXPECT_EQ(firstError("match x:\n    case f'a':\n        pass\n"),
            "2:10: patterns may only match literals and attribute lookups");
  EXPECT_EQ(firstError("match x:\n    case {f'a': 1}:\n        pass\n"),
            "2:10: mapping pattern keys may only match literals and attribute lookups");
}

TEST(PatternChecks, CompilerOrder) {
  EXPECT_EQ(firstError("match x:\n    case 1:\n        break\n    case [*a, *b]:\n        pass\n"),
            "3:9: 'break' outside loop");
  EXPECT_EQ(firstError("match x:\n    case y:\n        pass\n    case [*a, *b]:\n        pass\n"),
            "2:10: name capture 'y' makes remaining patterns unreachable");
  EXPECT_EQ(firstError("match x:\n    case C(a=[*a, *b], a=2):\n        pass\n"),
            "2:26: attribute name repeated in class pattern: a");
  EXPECT_EQ(firstError("match x:\n    case {1: [*a, *b], 1: 2}:\n        pass\n"),
            "2:10: mapping pattern checks duplicate key (1)");
  EXPECT_EQ(firstError("match x:\n    case [*a, *b]:\n        pass\ndef f():\n    nonlocal q\n"),
            "5:5: no binding for nonlocal 'q' found");
}

}  // namespace
}  // namespace taipan::sema
