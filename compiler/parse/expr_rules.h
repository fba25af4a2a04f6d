// Private interface of the expression rules (parse_expr.cpp, parse_fstring.cpp):
// a thin helper bound to a Parser, so the many grammar rules of the
// expression half need no declarations in the shared parser_impl.h.
#pragma once

#include <string>
#include <vector>

#include "compiler/parse/parser_impl.h"

namespace taipan::parse {

struct ExprRules {
  Parser& p;
  // The disjunction that most recently ended an `expression`, for CPython's
  // "Perhaps you forgot a comma?" when another expression follows it.
  ast::Expr* last_disjunction = nullptr;

  // Index of the first token that begins at or after `offset`.
  size_t tokenAt(uint32_t offset) const;

  ast::Expr* expression();
  ast::Expr* lambda();
  ast::Expr* namedExpression();
  ast::Expr* starred();
  ast::Expr* starNamedExpression();
  ast::Expr* starExpression();
  ast::Expr* commaList(uint32_t begin, ast::Expr* first, ast::Expr* (ExprRules::*element)());
  ast::Expr* starExpressions();
  ast::Expr* starNamedExpressions();
  ast::Expr* yieldExpression();
  ast::Expr* disjunction();
  ast::Expr* conjunction();
  ast::Expr* inversion();
  bool compareOp(ast::CmpOpKind& op);
  ast::Expr* comparison();
  ast::Expr* bitwiseOr();
  ast::Expr* binary(int min_prec);
  ast::Expr* factor();
  ast::Expr* power();
  ast::Expr* awaitPrimary();
  ast::Expr* primary();
  ast::Expr* slices();
  ast::Expr* sliceItem();
  void callArguments(std::vector<ast::Expr*>& args, std::vector<ast::Keyword*>& keywords);
  bool atComprehension() const;
  void forIfClauses(std::vector<ast::Comprehension*>& out);
  ast::Expr* comprehension(ast::NodeKind kind, uint32_t begin, ast::Expr* elt, ast::Expr* value, TokenKind close);
  ast::Expr* targetChain();
  ast::Expr* targetElement();
  ast::Expr* atom();
  ast::Expr* number();
  ast::Expr* parenthesized();
  [[noreturn]] void failAfterElement(ast::Expr* last);
  ast::Expr* listDisplay();
  ast::Expr* braceDisplay();
  void setContext(ast::Expr* e, ast::ExprContext ctx);
  bool suggestEquality(ast::Expr* bad);
  void closeBracket(TokenKind k);
  [[noreturn]] void failRange(diag::Kind kind, uint32_t begin, uint32_t end, std::string message);

  // Strings and f-strings (parse_fstring.cpp).
  ast::Expr* strings();
};

}  // namespace taipan::parse
