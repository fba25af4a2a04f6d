// The parser's internal interface, shared by its implementation files:
//   parser.cpp          token cursor, errors and recovery, module/block driver
//   parse_stmt.cpp      statements, blocks, parameters, decorators, imports
//   parse_expr.cpp      expressions, targets (ctx and "cannot assign to"),
//                       calls, comprehensions, strings and f-strings
//   parse_pattern.cpp   match-statement patterns
// It is a hand-written recursive-descent parser with bounded backtracking
// (mark/reset) where the PEG grammar needs it. A syntax error throws
// SyntaxErrorUnwind after reporting; the statement loop catches it and skips
// to the next statement.
#pragma once

#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/lex/token.h"
#include "compiler/parse/parser.h"

namespace taipan::parse {

using lex::Token;
using lex::TokenKind;

struct SyntaxErrorUnwind {};

// Tokens that can begin an expression other than a starred one (used to tell
// soft keywords from names, `print x` from `print`, and for "Perhaps you
// forgot a comma?"). Defined in parse_expr.cpp.
bool startsExpression(TokenKind k);

class Parser {
 public:
  Parser(const lex::TokenStream& tokens, ast::ParsedModule& out, diag::DiagnosticEngine& diags,
         const ParseOptions& options);

  ast::Module* parseFile();

  // ---------------- token cursor (parser.cpp) ----------------
  const Token& peek(size_t n = 0) const {
    size_t i = pos_ + n;
    return i < toks_.size() ? toks_[i] : toks_.back();
  }
  TokenKind kind(size_t n = 0) const { return peek(n).kind; }
  bool at(TokenKind k) const { return kind() == k; }
  // True when token n is a Name spelled `word` (soft keywords: match, case, type, _).
  bool atSoftKeyword(std::string_view word, size_t n = 0) const;
  const Token& advance() {
    const Token& t = peek();
    if (pos_ < toks_.size() - 1) ++pos_;
    return t;
  }
  bool accept(TokenKind k) {
    if (!at(k)) return false;
    advance();
    return true;
  }
  // Consumes a token of kind `k`, or reports "expected 'X'" and unwinds.
  const Token& expect(TokenKind k);
  const Token& previous() const { return toks_[pos_ > 0 ? pos_ - 1 : 0]; }
  size_t mark() const { return pos_; }
  void reset(size_t m) { pos_ = m; }
  std::string_view text(const Token& t) const { return tokens_.text(t); }

  // ---------------- errors (parser.cpp) ----------------
  // Reports a syntax error and unwinds to the enclosing statement. When the
  // current token is the lexer's Error token, the lexer's diagnostic wins.
  [[noreturn]] void fail(diag::Kind kind, SrcRange range, std::string message);
  [[noreturn]] void failAt(const Token& tok, std::string message);
  // Like fail(), with a note attached (dropped when a lexer error wins).
  [[noreturn]] void failWithNote(diag::Kind kind, SrcRange range, std::string message, SrcRange note_range,
                                 std::string note);
  // "invalid syntax" at the current token (or the lexer's error there).
  [[noreturn]] void failInvalidSyntax();
  void warn(diag::Kind kind, SrcRange range, std::string message);

  // ---------------- node construction (parser.cpp) ----------------
  template <class T>
  T* make(ast::NodeKind kind, uint32_t begin, uint32_t end) {
    T* n = arena_.make<T>();
    n->kind = kind;
    n->range = {begin, end};
    return n;
  }
  template <class T>
  ArenaList<T> list(const std::vector<T>& v) {
    return ArenaList<T>::copyOf(arena_, v);
  }
  // The identifier of a Name token (NFKC-normalised, arena-owned).
  ast::Ident ident(const Token& t);
  Arena& arena() { return arena_; }
  const lex::TokenStream& tokens() const { return tokens_; }
  diag::DiagnosticEngine& diags() { return diags_; }

  // Guards recursion depth; reports TooDeeplyNested past the limit.
  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser);
    ~DepthGuard() { --p.depth_; }
  };

  // ---------------- statements (parse_stmt.cpp) ----------------
  // statement: compound_stmt | simple_stmts. Appends to `out`.
  void parseStatement(std::vector<ast::Stmt*>& out);
  // block: NEWLINE INDENT statements DEDENT | simple_stmts. `owner` names the
  // construct for "expected an indented block after 'if' statement on line N".
  ast::StmtList parseBlock(const Token& owner_tok, std::string_view owner);
  // Parameters of a def (is_lambda=false, ends at ')') or a lambda (ends at ':').
  ast::Arguments* parseParameters(bool is_lambda);
  // Statement helpers (parse_stmt.cpp).
  void parseStatementRecovering(std::vector<ast::Stmt*>& out);
  void skipBrokenStatement();
  void parseSimpleStatements(std::vector<ast::Stmt*>& out);
  ast::Stmt* parseSimpleStatement();
  ast::Stmt* parseExpressionStatement();
  ast::Stmt* parseImport();
  ast::Stmt* parseImportFrom();
  ast::Stmt* parseTypeAlias();
  ast::Stmt* parseIf(bool is_elif);
  ast::Stmt* parseWhile();
  ast::Stmt* parseFor(const Token* async_tok);
  ast::Stmt* parseWith(const Token* async_tok);
  ast::Stmt* parseTry();
  ast::Stmt* parseFunctionDef(const Token* async_tok, std::vector<ast::Expr*>& decorators);
  ast::Stmt* parseClassDef(std::vector<ast::Expr*>& decorators);
  ast::Stmt* parseDecorated();
  ast::Stmt* parseMatch();
  bool atMatchStatement() const;
  ast::TypeParamList parseTypeParams();
  ast::Arg* parseParam(bool is_lambda, bool star_annotation);
  ast::StmtList parseElseBlock();
  uint32_t parseLoopBody(const Token& kw, std::string_view owner, ast::StmtList& body, ast::StmtList& orelse);
  void expectHeaderColon();
  [[noreturn]] void failExpectedIndent(const Token& owner_tok, std::string_view owner);
  ast::Ident dottedName();
  // Pattern helpers (parse_pattern.cpp).
  ast::Pattern* parsePattern();
  ast::Pattern* parseOrPattern();
  ast::Pattern* parseClosedPattern();
  ast::Pattern* parseMaybeStarPattern();
  ast::Pattern* parseSequencePattern(TokenKind close, uint32_t begin);
  ast::Pattern* parseMappingPattern();
  ast::Pattern* parseClassPattern(ast::Expr* cls);
  ast::Expr* parseSignedNumber();
  ast::Expr* parseLiteralExpr();
  ast::Expr* parseNameOrAttr();

  // ---------------- expressions (parse_expr.cpp) ----------------
  ast::Expr* parseExpression();           // expression: disjunction ['if' ...] | lambda
  ast::Expr* parseNamedExpression();      // named_expression (walrus allowed)
  ast::Expr* parseStarExpressions();      // star_expressions (bare tuple allowed)
  ast::Expr* parseStarNamedExpression();  // star_named_expression
  ast::Expr* parseStarNamedExpressions(); // for return/yield values
  ast::Expr* parseYieldExpression();      // 'yield' ... (at 'yield')
  ast::Expr* parseBitwiseOr();            // bitwise_or (patterns, for-targets)
  ast::Expr* parseTargetChain();          // star_targets for for-loops/comprehensions
  ast::Expr* parseStrings();              // one or more adjacent string tokens
  ast::Expr* parseAnnotationExpression(); // expression used as an annotation
  // Marks `e` as an assignment (Store) or deletion (Del) target, recursively,
  // or reports CPython's "cannot assign to ..." / "cannot delete ..." error.
  void setContext(ast::Expr* e, ast::ExprContext ctx);
  // Arguments of a call, after '(' up to and including ')'.
  void parseCallArguments(std::vector<ast::Expr*>& args, std::vector<ast::Keyword*>& keywords);

  // ---------------- patterns (parse_pattern.cpp) ----------------
  ast::Pattern* parsePatterns();  // patterns: open_sequence_pattern | pattern

 private:
  const lex::TokenStream& tokens_;
  const std::vector<Token>& toks_;
  ast::ParsedModule& out_;
  Arena& arena_;
  diag::DiagnosticEngine& diags_;
  ParseOptions options_;
  size_t pos_ = 0;
  unsigned depth_ = 0;
  unsigned errors_ = 0;
  struct PendingNote {
    SrcRange range;
    std::string message;
  };
  std::vector<PendingNote> pending_note_;  // at most one, consumed by fail()
  std::vector<std::string> ident_storage_;
  friend struct DepthGuard;

 public:
  // Per-construct state the grammar needs (e.g. inside a function, loop,
  // async def) belongs to the phases after parsing (sema), except where
  // CPython's parser itself rejects the input.
  static constexpr unsigned kMaxDepth = 1000;
  // The deepest statement tree accepted (see tooDeep in parse_stmt.cpp).
  static constexpr unsigned kMaxTreeDepth = 3000;
  const ast::Node* tooDeep(const ast::Node* root);
};

}  // namespace taipan::parse
