// Statements: the module driver with per-statement error recovery, simple and
// compound statements, blocks, parameter lists, decorators, imports and the
// soft-keyword statements (match, type). Each function follows one rule of
// CPython 3.12's grammar and builds the node ast.parse would build, with the
// same statement-level syntax errors on the same lines. Backtracking is limited
// to token lookahead (the lexer has already produced the whole stream), except
// for `with (` where the parenthesized-items form is tried first.
#include <string>

#include "compiler/ast/visit.h"
#include "compiler/lex/literals.h"
#include "compiler/parse/parser_impl.h"

namespace taipan::parse {

using ast::NodeKind;

namespace {

bool augAssignOp(TokenKind k, ast::BinOpKind& op) {
  using B = ast::BinOpKind;
  switch (k) {
    case TokenKind::PlusEqual:
      op = B::Add;
      return true;
    case TokenKind::MinEqual:
      op = B::Sub;
      return true;
    case TokenKind::StarEqual:
      op = B::Mult;
      return true;
    case TokenKind::AtEqual:
      op = B::MatMult;
      return true;
    case TokenKind::SlashEqual:
      op = B::Div;
      return true;
    case TokenKind::PercentEqual:
      op = B::Mod;
      return true;
    case TokenKind::AmperEqual:
      op = B::BitAnd;
      return true;
    case TokenKind::VBarEqual:
      op = B::BitOr;
      return true;
    case TokenKind::CircumflexEqual:
      op = B::BitXor;
      return true;
    case TokenKind::LeftShiftEqual:
      op = B::LShift;
      return true;
    case TokenKind::RightShiftEqual:
      op = B::RShift;
      return true;
    case TokenKind::DoubleStarEqual:
      op = B::Pow;
      return true;
    case TokenKind::DoubleSlashEqual:
      op = B::FloorDiv;
      return true;
    default:
      return false;
  }
}

uint32_t lastEnd(const ast::StmtList& body, uint32_t fallback) {
  return body.empty() ? fallback : body.back()->range.end;
}

}  // namespace

// ---------------------------------------------------------------------------
// Module driver and error recovery

// The first node deeper than kMaxTreeDepth in `root`, or null. Recursion
// limits the parser's own depth (DepthGuard), but left-associative chains
// (`a.b.c...`, `f()()...`, `1+1+...`) are built by loops and can nest
// without bound; the later phases walk the tree recursively, so such a
// statement is refused here, as CPython refuses it (RecursionError during
// compilation at about 3,000 levels). The walk uses its own stack.
const ast::Node* Parser::tooDeep(const ast::Node* root) {
  std::vector<std::pair<const ast::Node*, unsigned>> stack{{root, 1}};
  while (!stack.empty()) {
    auto [node, depth] = stack.back();
    stack.pop_back();
    if (depth > kMaxTreeDepth) return node;
    ast::forEachChild(node, [&](const ast::Node* child) { stack.push_back({child, depth + 1}); });
  }
  return nullptr;
}

ast::Module* Parser::parseFile() {
  std::vector<ast::Stmt*> body;
  while (!at(TokenKind::EndOfFile)) {
    try {
      // A stray DEDENT can only be left over from recovering inside a block.
      if (errors_ > 0 && at(TokenKind::Dedent)) {
        advance();
        continue;
      }
      size_t before = body.size();
      parseStatementRecovering(body);
      for (size_t i = before; i < body.size(); ++i)
        if (const ast::Node* deep = tooDeep(body[i])) {
          SrcRange r{deep->range.begin, deep->range.begin + 1};
          diags_.report(diag::Kind::TooDeeplyNested, tokens_.file, r, "too many nested expressions or statements");
          ++errors_;
          body.resize(before);
          break;
        }
    } catch (SyntaxErrorUnwind&) {
      break;  // the error limit, or a lexer error: the stream ends there
    }
  }
  uint32_t end = body.empty() ? 0 : body.back()->range.end;
  auto* m = make<ast::Module>(NodeKind::Module, 0, end);
  m->body = list(body);
  return m;
}

void Parser::parseStatementRecovering(std::vector<ast::Stmt*>& out) {
  size_t before = out.size();
  try {
    parseStatement(out);
    return;
  } catch (SyntaxErrorUnwind&) {
    out.resize(before);
    if (at(TokenKind::Error) || errors_ >= options_.max_errors) throw;
  }
  skipBrokenStatement();
  // The lexer's error ends the token stream; report it and stop.
  if (at(TokenKind::Error)) failInvalidSyntax();
}

// Skips the rest of a broken statement: up to its NEWLINE (brackets are
// already joined by the lexer), and over the indented block that follows a
// broken compound-statement header, without leaving the enclosing block.
void Parser::skipBrokenStatement() {
  int depth = 0;
  while (!at(TokenKind::EndOfFile) && !at(TokenKind::Error)) {
    TokenKind k = kind();
    if (k == TokenKind::Indent) {
      ++depth;
    } else if (k == TokenKind::Dedent) {
      if (depth == 0) return;  // the end of the enclosing block
      --depth;
      advance();
      if (depth == 0 && !at(TokenKind::Indent)) return;
      continue;
    } else if (k == TokenKind::Newline) {
      advance();
      if (depth == 0 && !at(TokenKind::Indent)) return;
      continue;
    }
    advance();
  }
}

// ---------------------------------------------------------------------------
// Statements and blocks

void Parser::parseStatement(std::vector<ast::Stmt*>& out) {
  DepthGuard guard(*this);
  switch (kind()) {
    case TokenKind::KwIf:
      out.push_back(parseIf(false));
      return;
    case TokenKind::KwWhile:
      out.push_back(parseWhile());
      return;
    case TokenKind::KwFor:
      out.push_back(parseFor(nullptr));
      return;
    case TokenKind::KwWith:
      out.push_back(parseWith(nullptr));
      return;
    case TokenKind::KwTry:
      out.push_back(parseTry());
      return;
    case TokenKind::At:
      out.push_back(parseDecorated());
      return;
    case TokenKind::KwDef: {
      std::vector<ast::Expr*> none;
      out.push_back(parseFunctionDef(nullptr, none));
      return;
    }
    case TokenKind::KwClass: {
      std::vector<ast::Expr*> none;
      out.push_back(parseClassDef(none));
      return;
    }
    case TokenKind::KwAsync: {
      const Token& async_tok = peek();
      switch (kind(1)) {
        case TokenKind::KwDef: {
          advance();
          std::vector<ast::Expr*> none;
          out.push_back(parseFunctionDef(&async_tok, none));
          return;
        }
        case TokenKind::KwFor:
          advance();
          out.push_back(parseFor(&async_tok));
          return;
        case TokenKind::KwWith:
          advance();
          out.push_back(parseWith(&async_tok));
          return;
        default:
          advance();
          failInvalidSyntax();
      }
    }
    case TokenKind::Indent: {
      const Token& t = peek(1);  // CPython points at the indented statement
      fail(diag::Kind::UnexpectedIndent, {t.begin, t.end}, "unexpected indent");
    }
    case TokenKind::Name:
      if (atSoftKeyword("match") && atMatchStatement()) {
        out.push_back(parseMatch());
        return;
      }
      break;
    default:
      break;
  }
  parseSimpleStatements(out);
}

ast::StmtList Parser::parseBlock(const Token& owner_tok, std::string_view owner) {
  DepthGuard guard(*this);
  if (!at(TokenKind::Newline)) {
    std::vector<ast::Stmt*> stmts;
    parseSimpleStatements(stmts);
    return list(stmts);
  }
  advance();
  if (!at(TokenKind::Indent)) failExpectedIndent(owner_tok, owner);
  advance();
  std::vector<ast::Stmt*> stmts;
  while (!at(TokenKind::Dedent) && !at(TokenKind::EndOfFile)) parseStatementRecovering(stmts);
  accept(TokenKind::Dedent);
  return list(stmts);
}

// "expected an indented block after 'if' statement on line N", at the first
// token after the header's NEWLINE (past any DEDENTs; when the file ends
// there, at the end of the header). A lexer error there wins.
void Parser::failExpectedIndent(const Token& owner_tok, std::string_view owner) {
  size_t i = 0;
  while (kind(i) == TokenKind::Dedent) ++i;
  if (kind(i) == TokenKind::Error) {
    while (at(TokenKind::Dedent)) advance();
    failInvalidSyntax();
  }
  const Token& t = kind(i) == TokenKind::EndOfFile ? previous() : peek(i);
  uint32_t line = tokens_.file->lineCol(owner_tok.begin).line;
  failWithNote(diag::Kind::ExpectedIndent, {t.begin, t.end},
               "expected an indented block after " + std::string(owner) + " on line " + std::to_string(line),
               {owner_tok.begin, owner_tok.end}, "the " + std::string(owner) + " is here");
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
void Parser::parseSimpleStatements(std::vector<ast::Stmt*>& out) {
  for (;;) {
    out.push_back(parseSimpleStatement());
    if (!accept(TokenKind::Semi)) break;
    if (at(TokenKind::Newline)) break;
  }
  if (at(TokenKind::Newline)) {
    advance();
    return;
  }
  if (at(TokenKind::EndOfFile)) return;
  // `print x` / `exec x`: the Python 2 statement forms.
  ast::Stmt* last = out.back();
  if (last->kind == NodeKind::Expr && (startsExpression(kind()) || at(TokenKind::Star))) {
    auto* e = ast::cast<ast::ExprStmt>(last)->value;
    if (e->kind == NodeKind::Name) {
      std::string_view id = ast::cast<ast::NameExpr>(e)->id;
      if (id == "print" || id == "exec") {
        fail(diag::Kind::InvalidSyntax, e->range,
             "Missing parentheses in call to '" + std::string(id) + "'. Did you mean " + std::string(id) + "(...)?");
      }
    }
  }
  failInvalidSyntax();
}

ast::Stmt* Parser::parseSimpleStatement() {
  const Token& first = peek();
  uint32_t b = first.begin;
  switch (first.kind) {
    case TokenKind::KwPass:
    case TokenKind::KwBreak:
    case TokenKind::KwContinue: {
      advance();
      NodeKind k = first.kind == TokenKind::KwPass    ? NodeKind::Pass
                   : first.kind == TokenKind::KwBreak ? NodeKind::Break
                                                      : NodeKind::Continue;
      return make<ast::SimpleStmt>(k, b, first.end);
    }
    case TokenKind::KwReturn: {
      advance();
      ast::Expr* value = nullptr;
      if (!at(TokenKind::Newline) && !at(TokenKind::Semi) && !at(TokenKind::EndOfFile)) value = parseStarExpressions();
      auto* s = make<ast::ReturnStmt>(NodeKind::Return, b, previous().end);
      s->value = value;
      return s;
    }
    case TokenKind::KwRaise: {
      advance();
      auto* s = make<ast::RaiseStmt>(NodeKind::Raise, b, first.end);
      if (!at(TokenKind::Newline) && !at(TokenKind::Semi) && !at(TokenKind::EndOfFile)) {
        s->exc = parseExpression();
        if (accept(TokenKind::KwFrom)) s->cause = parseExpression();
      }
      s->range.end = previous().end;
      return s;
    }
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: {
      advance();
      std::vector<ast::Ident> names;
      do {
        if (!at(TokenKind::Name)) failInvalidSyntax();
        names.push_back(ident(advance()));
      } while (accept(TokenKind::Comma));
      auto* s = make<ast::NamesStmt>(first.kind == TokenKind::KwGlobal ? NodeKind::Global : NodeKind::Nonlocal, b,
                                     previous().end);
      s->names = list(names);
      return s;
    }
    case TokenKind::KwDel: {
      advance();
      std::vector<ast::Expr*> targets;
      for (;;) {
        ast::Expr* t = parseStarNamedExpression();
        setContext(t, ast::ExprContext::Del);
        targets.push_back(t);
        if (!accept(TokenKind::Comma)) break;
        if (at(TokenKind::Newline) || at(TokenKind::Semi) || at(TokenKind::EndOfFile)) break;
      }
      auto* s = make<ast::DeleteStmt>(NodeKind::Delete, b, previous().end);
      s->targets = list(targets);
      return s;
    }
    case TokenKind::KwAssert: {
      advance();
      auto* s = make<ast::AssertStmt>(NodeKind::Assert, b, first.end);
      s->test = parseExpression();
      if (accept(TokenKind::Comma)) s->msg = parseExpression();
      s->range.end = previous().end;
      return s;
    }
    case TokenKind::KwImport:
      return parseImport();
    case TokenKind::KwFrom:
      return parseImportFrom();
    case TokenKind::Name:
      // `type X = ...` / `type X[T] = ...`; otherwise `type` is a name.
      if (atSoftKeyword("type") && kind(1) == TokenKind::Name &&
          (kind(2) == TokenKind::Equal || kind(2) == TokenKind::LSquare)) {
        return parseTypeAlias();
      }
      break;
    default:
      break;
  }
  return parseExpressionStatement();
}

// Expression statements and the three kinds of assignment.
ast::Stmt* Parser::parseExpressionStatement() {
  const Token& first = peek();
  uint32_t b = first.begin;
  ast::Expr* e = at(TokenKind::KwYield) ? parseYieldExpression() : parseStarExpressions();

  if (at(TokenKind::Colon)) {
    // annotated assignment: a single name, attribute or subscript target
    if (e->kind == NodeKind::Tuple || e->kind == NodeKind::List) {
      fail(diag::Kind::InvalidTarget, e->range,
           std::string("only single target (not ") + (e->kind == NodeKind::Tuple ? "tuple" : "list") +
               ") can be annotated");
    }
    if (e->kind != NodeKind::Name && e->kind != NodeKind::Attribute && e->kind != NodeKind::Subscript) {
      fail(diag::Kind::InvalidTarget, e->range, "illegal target for annotation");
    }
    advance();
    setContext(e, ast::ExprContext::Store);
    auto* s = make<ast::AnnAssignStmt>(NodeKind::AnnAssign, b, 0);
    s->target = e;
    s->simple = e->kind == NodeKind::Name && first.kind != TokenKind::LParen;
    s->annotation = parseExpression();
    if (accept(TokenKind::Equal)) s->value = at(TokenKind::KwYield) ? parseYieldExpression() : parseStarExpressions();
    s->range.end = previous().end;
    return s;
  }

  if (at(TokenKind::Equal)) {
    std::vector<ast::Expr*> targets;
    ast::Expr* value = e;
    while (accept(TokenKind::Equal)) {
      targets.push_back(value);
      value = at(TokenKind::KwYield) ? parseYieldExpression() : parseStarExpressions();
    }
    for (ast::Expr* t : targets) setContext(t, ast::ExprContext::Store);
    auto* s = make<ast::AssignStmt>(NodeKind::Assign, b, previous().end);
    s->targets = list(targets);
    s->value = value;
    return s;
  }

  ast::BinOpKind op;
  if (augAssignOp(kind(), op)) {
    if (e->kind != NodeKind::Name && e->kind != NodeKind::Attribute && e->kind != NodeKind::Subscript) {
      fail(diag::Kind::InvalidTarget, e->range,
           "'" + std::string(ast::exprDescription(e)) + "' is an illegal expression for augmented assignment");
    }
    advance();
    setContext(e, ast::ExprContext::Store);
    auto* s = make<ast::AugAssignStmt>(NodeKind::AugAssign, b, 0);
    s->target = e;
    s->op = op;
    s->value = at(TokenKind::KwYield) ? parseYieldExpression() : parseStarExpressions();
    s->range.end = previous().end;
    return s;
  }

  auto* s = make<ast::ExprStmt>(NodeKind::Expr, b, previous().end);
  s->value = e;
  return s;
}

// dotted_name: NAME ('.' NAME)*, as one arena string "a.b.c".
ast::Ident Parser::dottedName() {
  if (!at(TokenKind::Name)) failInvalidSyntax();
  ast::Ident first = ident(advance());
  if (!at(TokenKind::Dot)) return first;
  std::string joined(first);
  while (accept(TokenKind::Dot)) {
    if (!at(TokenKind::Name)) failInvalidSyntax();
    joined += '.';
    joined += ident(advance());
  }
  return arena_.copy(joined);
}

// import_name: 'import' dotted_as_names
ast::Stmt* Parser::parseImport() {
  const Token& kw = advance();
  std::vector<ast::Alias*> names;
  do {
    uint32_t nb = peek().begin;
    ast::Ident name = dottedName();
    auto* a = make<ast::Alias>(NodeKind::alias, nb, previous().end);
    a->name = name;
    if (accept(TokenKind::KwAs)) {
      if (!at(TokenKind::Name)) failInvalidSyntax();
      a->asname = ident(advance());
      a->range.end = previous().end;
    }
    names.push_back(a);
  } while (accept(TokenKind::Comma));
  auto* s = make<ast::ImportStmt>(NodeKind::Import, kw.begin, previous().end);
  s->names = list(names);
  return s;
}

// import_from: 'from' ('.' | '...')* dotted_name 'import' targets
//            | 'from' ('.' | '...')+ 'import' targets
ast::Stmt* Parser::parseImportFrom() {
  const Token& kw = advance();
  auto* s = make<ast::ImportFromStmt>(NodeKind::ImportFrom, kw.begin, 0);
  for (;;) {
    if (accept(TokenKind::Dot)) {
      s->level += 1;
    } else if (accept(TokenKind::Ellipsis)) {
      s->level += 3;
    } else {
      break;
    }
  }
  if (!at(TokenKind::KwImport) || s->level == 0) s->module = dottedName();
  expect(TokenKind::KwImport);
  std::vector<ast::Alias*> names;
  if (at(TokenKind::Star)) {
    const Token& star = advance();
    auto* a = make<ast::Alias>(NodeKind::alias, star.begin, star.end);
    a->name = "*";
    names.push_back(a);
  } else {
    bool parens = accept(TokenKind::LParen);
    for (;;) {
      if (!at(TokenKind::Name)) failInvalidSyntax();
      const Token& n = advance();
      auto* a = make<ast::Alias>(NodeKind::alias, n.begin, n.end);
      a->name = ident(n);
      if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name)) failInvalidSyntax();
        a->asname = ident(advance());
        a->range.end = previous().end;
      }
      names.push_back(a);
      if (!at(TokenKind::Comma)) break;
      const Token& comma = advance();
      if (parens && at(TokenKind::RParen)) break;
      if (!parens && (at(TokenKind::Newline) || at(TokenKind::Semi) || at(TokenKind::EndOfFile))) {
        fail(diag::Kind::InvalidSyntax, {comma.begin, comma.end},
             "trailing comma not allowed without surrounding parentheses");
      }
    }
    if (parens) expect(TokenKind::RParen);
  }
  s->names = list(names);
  s->range.end = previous().end;
  return s;
}

// type_alias: "type" NAME [type_params] '=' expression
ast::Stmt* Parser::parseTypeAlias() {
  const Token& kw = advance();
  const Token& n = advance();
  auto* name = make<ast::NameExpr>(NodeKind::Name, n.begin, n.end);
  name->id = ident(n);
  name->ctx = ast::ExprContext::Store;
  auto* s = make<ast::TypeAliasStmt>(NodeKind::TypeAlias, kw.begin, 0);
  s->name = name;
  if (at(TokenKind::LSquare)) s->type_params = parseTypeParams();
  expect(TokenKind::Equal);
  s->value = parseExpression();
  s->range.end = previous().end;
  return s;
}

// type_params: '[' type_param (',' type_param)* [','] ']'
ast::TypeParamList Parser::parseTypeParams() {
  const Token& open = expect(TokenKind::LSquare);
  std::vector<ast::TypeParam*> params;
  while (!at(TokenKind::RSquare)) {
    uint32_t b = peek().begin;
    NodeKind k = NodeKind::TypeVar;
    if (accept(TokenKind::Star)) {
      k = NodeKind::TypeVarTuple;
    } else if (accept(TokenKind::DoubleStar)) {
      k = NodeKind::ParamSpec;
    }
    if (!at(TokenKind::Name)) failInvalidSyntax();
    const Token& n = advance();
    auto* p = make<ast::TypeParam>(k, b, n.end);
    p->name = ident(n);
    if (at(TokenKind::Colon)) {
      const Token& colon = advance();
      if (k == NodeKind::TypeVarTuple) {
        fail(diag::Kind::InvalidSyntax, {colon.begin, colon.end}, "cannot use bound with TypeVarTuple");
      }
      if (k == NodeKind::ParamSpec) {
        fail(diag::Kind::InvalidSyntax, {colon.begin, colon.end}, "cannot use bound with ParamSpec");
      }
      p->bound = parseExpression();
      p->range.end = previous().end;
    }
    params.push_back(p);
    if (!accept(TokenKind::Comma)) break;
  }
  if (params.empty()) failAt(peek(), "type parameter list cannot be empty");
  (void)open;
  expect(TokenKind::RSquare);
  return list(params);
}

// The ':' ending a compound-statement header: CPython says "expected ':'"
// only when the line ends there, and "invalid syntax" at anything else.
void Parser::expectHeaderColon() {
  if (accept(TokenKind::Colon)) return;
  if (at(TokenKind::Newline)) failAt(peek(), "expected ':'");
  failInvalidSyntax();
}

ast::StmtList Parser::parseElseBlock() {
  const Token& kw = advance();  // 'else'
  expect(TokenKind::Colon);
  return parseBlock(kw, "'else' statement");
}

// ':' block [else_block]: the rest of a while or for statement (`kw` its
// keyword, `owner` its name for errors). Returns where the statement ends.
uint32_t Parser::parseLoopBody(const Token& kw, std::string_view owner, ast::StmtList& body, ast::StmtList& orelse) {
  expectHeaderColon();
  body = parseBlock(kw, owner);
  uint32_t end = lastEnd(body, previous().end);
  if (at(TokenKind::KwElse)) {
    orelse = parseElseBlock();
    end = lastEnd(orelse, end);
  }
  return end;
}

// The condition of if/elif/while: named_expression, with CPython's hint for `=`.
static ast::Expr* parseCondition(Parser& p) {
  ast::Expr* test = p.parseNamedExpression();
  if (p.at(TokenKind::Equal)) {
    p.fail(diag::Kind::InvalidSyntax, {test->range.begin, p.peek().end},
           "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  }
  return test;
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
ast::Stmt* Parser::parseIf(bool is_elif) {
  const Token& kw = advance();
  auto* s = make<ast::IfStmt>(NodeKind::If, kw.begin, 0);
  s->test = parseCondition(*this);
  expectHeaderColon();
  s->body = parseBlock(kw, is_elif ? "'elif' statement" : "'if' statement");
  uint32_t end = lastEnd(s->body, previous().end);
  if (at(TokenKind::KwElif)) {
    ast::Stmt* nested = parseIf(true);
    s->orelse = list(std::vector<ast::Stmt*>{nested});
    end = nested->range.end;
  } else if (at(TokenKind::KwElse)) {
    s->orelse = parseElseBlock();
    end = lastEnd(s->orelse, end);
  }
  s->range.end = end;
  return s;
}

ast::Stmt* Parser::parseWhile() {
  const Token& kw = advance();
  auto* s = make<ast::WhileStmt>(NodeKind::While, kw.begin, 0);
  s->test = parseCondition(*this);
  s->range.end = parseLoopBody(kw, "'while' statement", s->body, s->orelse);
  return s;
}

// for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]
ast::Stmt* Parser::parseFor(const Token* async_tok) {
  const Token& kw = advance();
  auto* s =
      make<ast::ForStmt>(async_tok ? NodeKind::AsyncFor : NodeKind::For, async_tok ? async_tok->begin : kw.begin, 0);
  s->target = parseTargetChain();
  if (!at(TokenKind::KwIn)) failInvalidSyntax();
  advance();
  s->iter = parseStarExpressions();
  s->range.end = parseLoopBody(kw, "'for' statement", s->body, s->orelse);
  return s;
}

// with_stmt: ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
//          | ['async'] 'with' ','.with_item+ ':' block
// with_item: expression ['as' star_target]
ast::Stmt* Parser::parseWith(const Token* async_tok) {
  const Token& kw = advance();
  auto* s =
      make<ast::WithStmt>(async_tok ? NodeKind::AsyncWith : NodeKind::With, async_tok ? async_tok->begin : kw.begin, 0);
  std::vector<ast::WithItem*> items;
  auto parseItem = [&]() {
    ast::Expr* e = parseExpression();
    auto* item = make<ast::WithItem>(NodeKind::withitem, e->range.begin, e->range.end);
    item->context_expr = e;
    if (accept(TokenKind::KwAs)) {
      ast::Expr* t = parseStarNamedExpression();
      setContext(t, ast::ExprContext::Store);
      item->optional_vars = t;
    }
    items.push_back(item);
  };

  bool done = false;
  if (at(TokenKind::LParen) && kind(1) != TokenKind::RParen) {
    // The parenthesized item list applies only when the matching ')' is
    // followed by ':'; a group or tuple otherwise (`with (a, b) as c:`).
    // Items that are not `expression ['as' target]` (a starred element, a
    // walrus, a generator, a yield) make it a parenthesized expression too.
    size_t m = mark();
    int depth = 0;
    size_t i = 0;
    bool items_possible = true;
    for (;; ++i) {
      TokenKind k = kind(i);
      if (depth == 1) {
        TokenKind prev = kind(i - 1);
        bool item_start = prev == TokenKind::LParen || prev == TokenKind::Comma;
        if ((item_start && (k == TokenKind::Star || k == TokenKind::KwYield)) || k == TokenKind::ColonEqual ||
            k == TokenKind::KwFor) {
          items_possible = false;
        }
      }
      if (k == TokenKind::LParen || k == TokenKind::LSquare || k == TokenKind::LBrace) ++depth;
      if (k == TokenKind::RParen || k == TokenKind::RSquare || k == TokenKind::RBrace) --depth;
      if (depth == 0 || k == TokenKind::Newline || k == TokenKind::EndOfFile || k == TokenKind::Error) break;
    }
    if (items_possible && kind(i) == TokenKind::RParen && kind(i + 1) == TokenKind::Colon) {
      advance();
      bool ok = true;
      for (;;) {
        parseItem();
        if (at(TokenKind::Comma)) {
          advance();
          if (at(TokenKind::RParen)) break;
          continue;
        }
        if (!at(TokenKind::RParen)) ok = false;
        break;
      }
      if (ok && at(TokenKind::RParen) && kind(1) == TokenKind::Colon) {
        advance();
        done = true;
      } else {
        items.clear();
        reset(m);
      }
    }
  }
  if (!done) {
    do {
      parseItem();
    } while (accept(TokenKind::Comma));
  }
  expectHeaderColon();
  s->items = list(items);
  s->body = parseBlock(kw, "'with' statement");
  s->range.end = lastEnd(s->body, previous().end);
  return s;
}

// try_stmt: 'try' ':' block (finally_block | except_block+ [else] [finally]
//         | except_star_block+ [else] [finally])
ast::Stmt* Parser::parseTry() {
  const Token& kw = advance();
  expect(TokenKind::Colon);
  auto* s = make<ast::TryStmt>(NodeKind::Try, kw.begin, 0);
  s->body = parseBlock(kw, "'try' statement");
  uint32_t end = lastEnd(s->body, previous().end);
  std::vector<ast::ExceptHandler*> handlers;
  bool seen_plain = false, seen_star = false;
  while (at(TokenKind::KwExcept)) {
    const Token& ex = advance();
    bool star = false;
    if (at(TokenKind::Star)) {
      advance();
      star = true;
      if (at(TokenKind::Colon)) failAt(peek(), "expected one or more exception types");
    }
    if ((star && seen_plain) || (!star && seen_star)) {
      fail(diag::Kind::InvalidSyntax, {ex.begin, ex.end}, "cannot have both 'except' and 'except*' on the same 'try'");
    }
    (star ? seen_star : seen_plain) = true;
    auto* h = make<ast::ExceptHandler>(NodeKind::ExceptHandler, ex.begin, 0);
    if (!at(TokenKind::Colon)) {
      h->type = parseExpression();
      if (at(TokenKind::Comma)) {
        // `except A, B:` (Python 2 form) without parentheses
        size_t m = mark();
        advance();
        ast::Expr* more = parseExpression();
        (void)more;
        if (at(TokenKind::Colon) || at(TokenKind::Comma) || at(TokenKind::KwAs)) {
          reset(m);
          fail(diag::Kind::InvalidSyntax, {h->type->range.begin, previous().end},
               "multiple exception types must be parenthesized");
        }
        reset(m);
        failInvalidSyntax();
      }
      if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name)) failInvalidSyntax();
        h->name = ident(advance());
      }
    }
    if (at(TokenKind::Newline)) failAt(peek(), "expected ':'");
    expectHeaderColon();
    h->body = parseBlock(ex, star ? "'except*' statement" : "'except' statement");
    h->range.end = lastEnd(h->body, previous().end);
    end = h->range.end;
    handlers.push_back(h);
  }
  if (seen_star) s->kind = NodeKind::TryStar;
  s->handlers = list(handlers);
  if (at(TokenKind::KwElse)) {
    if (handlers.empty()) failAt(peek(), "expected 'except' or 'finally' block");
    s->orelse = parseElseBlock();
    end = lastEnd(s->orelse, end);
  }
  if (at(TokenKind::KwFinally)) {
    const Token& fk = advance();
    expect(TokenKind::Colon);
    s->finalbody = parseBlock(fk, "'finally' statement");
    end = lastEnd(s->finalbody, end);
  }
  if (handlers.empty() && s->finalbody.empty()) failAt(peek(), "expected 'except' or 'finally' block");
  s->range.end = end;
  return s;
}

// decorators: ('@' named_expression NEWLINE)+ then a def, async def or class.
ast::Stmt* Parser::parseDecorated() {
  std::vector<ast::Expr*> decorators;
  while (accept(TokenKind::At)) {
    decorators.push_back(parseNamedExpression());
    if (!at(TokenKind::Newline)) failInvalidSyntax();
    advance();
  }
  if (at(TokenKind::KwDef)) return parseFunctionDef(nullptr, decorators);
  if (at(TokenKind::KwClass)) return parseClassDef(decorators);
  if (at(TokenKind::KwAsync) && kind(1) == TokenKind::KwDef) {
    const Token& async_tok = advance();
    return parseFunctionDef(&async_tok, decorators);
  }
  failInvalidSyntax();
}

// function_def: decorators? ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block
ast::Stmt* Parser::parseFunctionDef(const Token* async_tok, std::vector<ast::Expr*>& decorators) {
  const Token& kw = advance();
  auto* s = make<ast::FunctionDefStmt>(async_tok ? NodeKind::AsyncFunctionDef : NodeKind::FunctionDef,
                                       async_tok ? async_tok->begin : kw.begin, 0);
  if (!at(TokenKind::Name)) failInvalidSyntax();
  s->name = ident(advance());
  if (at(TokenKind::LSquare)) s->type_params = parseTypeParams();
  if (!at(TokenKind::LParen)) {
    if (at(TokenKind::Newline) || at(TokenKind::Colon)) failAt(peek(), "expected '('");
    failInvalidSyntax();
  }
  advance();
  s->args = parseParameters(false);
  expect(TokenKind::RParen);
  if (accept(TokenKind::RArrow)) s->returns = parseExpression();
  expectHeaderColon();
  s->decorator_list = list(decorators);
  s->body = parseBlock(kw, "function definition");
  s->range.end = lastEnd(s->body, previous().end);
  return s;
}

// class_def: decorators? 'class' NAME [type_params] ['(' [arguments] ')'] ':' block
ast::Stmt* Parser::parseClassDef(std::vector<ast::Expr*>& decorators) {
  const Token& kw = advance();
  auto* s = make<ast::ClassDefStmt>(NodeKind::ClassDef, kw.begin, 0);
  if (!at(TokenKind::Name)) failInvalidSyntax();
  s->name = ident(advance());
  if (at(TokenKind::LSquare)) s->type_params = parseTypeParams();
  if (accept(TokenKind::LParen)) {
    std::vector<ast::Expr*> bases;
    std::vector<ast::Keyword*> keywords;
    parseCallArguments(bases, keywords);
    s->bases = list(bases);
    s->keywords = list(keywords);
  }
  expectHeaderColon();
  s->decorator_list = list(decorators);
  s->body = parseBlock(kw, "class definition");
  s->range.end = lastEnd(s->body, previous().end);
  return s;
}

// ---------------------------------------------------------------------------
// Parameters

// param: NAME [':' annotation]; *args may have a starred annotation (`*Ts`).
ast::Arg* Parser::parseParam(bool is_lambda, bool star_annotation) {
  if (!at(TokenKind::Name)) failInvalidSyntax();
  const Token& n = advance();
  auto* a = make<ast::Arg>(NodeKind::arg, n.begin, n.end);
  a->arg = ident(n);
  if (!is_lambda && accept(TokenKind::Colon)) {
    a->annotation = star_annotation && at(TokenKind::Star) ? parseStarNamedExpression() : parseExpression();
    a->range.end = previous().end;
  }
  return a;
}

ast::Arguments* Parser::parseParameters(bool is_lambda) {
  const TokenKind end = is_lambda ? TokenKind::Colon : TokenKind::RParen;
  uint32_t b = peek().begin;
  std::vector<ast::Arg*> posonly, args, kwonly;
  std::vector<ast::Expr*> defaults, kw_defaults;
  ast::Arg* vararg = nullptr;
  ast::Arg* kwarg = nullptr;
  bool seen_slash = false, seen_star = false, bare_star = false, seen_default = false;
  const Token* star_tok = nullptr;
  auto failParams = [&](const Token& t, const char* msg) {
    fail(diag::Kind::InvalidParameters, {t.begin, t.end}, msg);
  };

  while (!at(end)) {
    const Token& t = peek();
    if (t.kind == TokenKind::Slash) {
      if (seen_slash) failParams(t, "/ may appear only once");
      if (seen_star) failParams(t, "/ must be ahead of *");
      if (args.empty()) {
        // 3.11 names the problem only when more parameters follow the '/'.
        if (kind(1) == TokenKind::Comma) failParams(t, "at least one argument must precede /");
        failInvalidSyntax();
      }
      advance();
      posonly.swap(args);
      seen_slash = true;
    } else if (t.kind == TokenKind::Star) {
      if (seen_star) failParams(t, "* argument may appear only once");
      advance();
      seen_star = true;
      star_tok = &t;
      if (at(TokenKind::Comma) || at(end)) {
        bare_star = true;
        if (at(end) || kind(1) == end || kind(1) == TokenKind::DoubleStar) {
          failParams(t, "named arguments must follow bare *");
        }
      } else {
        vararg = parseParam(is_lambda, true);
        if (at(TokenKind::Equal)) failParams(peek(), "var-positional argument cannot have default value");
      }
    } else if (t.kind == TokenKind::DoubleStar) {
      advance();
      kwarg = parseParam(is_lambda, false);
      if (at(TokenKind::Equal)) failParams(peek(), "var-keyword argument cannot have default value");
      if (accept(TokenKind::Comma) && !at(end)) failParams(peek(), "arguments cannot follow var-keyword argument");
      break;
    } else {
      ast::Arg* a = parseParam(is_lambda, false);
      if (accept(TokenKind::Equal)) {
        if (at(TokenKind::Comma) || at(end)) failAt(peek(), "expected default value expression");
        ast::Expr* d = parseExpression();
        if (seen_star) {
          kw_defaults.push_back(d);
        } else {
          defaults.push_back(d);
          seen_default = true;
        }
      } else if (seen_star) {
        kw_defaults.push_back(nullptr);
      } else if (seen_default) {
        fail(diag::Kind::InvalidParameters, a->range, "non-default argument follows default argument");
      }
      (seen_star ? kwonly : args).push_back(a);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (bare_star && kwonly.empty()) failParams(*star_tok, "named arguments must follow bare *");
  if (!at(end)) {
    if (is_lambda || !at(TokenKind::Newline)) failInvalidSyntax();
    failAt(peek(), "expected ')'");
  }
  auto* r = make<ast::Arguments>(NodeKind::arguments, b, previous().end);
  r->posonlyargs = list(posonly);
  r->args = list(args);
  r->vararg = vararg;
  r->kwonlyargs = list(kwonly);
  r->kw_defaults = list(kw_defaults);
  r->kwarg = kwarg;
  r->defaults = list(defaults);
  return r;
}

// ---------------------------------------------------------------------------
// match statement

// `match` starts a match statement when the logical line is `match <subject>:`
// (the lexer has already joined bracketed lines, so the line is the tokens up
// to the next NEWLINE). Anything else is an expression using the name `match`.
bool Parser::atMatchStatement() const {
  if (!startsExpression(kind(1)) && kind(1) != TokenKind::Star) return false;
  // `match (x)`, `match [x]`, `match -x`, `match *x`: also valid expression
  // statements (call, subscript, arithmetic); the trailing ':' decides.
  size_t i = 1;
  while (kind(i) != TokenKind::Newline && kind(i) != TokenKind::EndOfFile && kind(i) != TokenKind::Error) ++i;
  if (kind(i - 1) == TokenKind::Colon) return true;
  // `match x` NEWLINE INDENT `case`: a match statement missing its ':'.
  return kind(i) == TokenKind::Newline && kind(i + 1) == TokenKind::Indent && atSoftKeyword("case", i + 2);
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
ast::Stmt* Parser::parseMatch() {
  const Token& kw = advance();
  auto* s = make<ast::MatchStmt>(NodeKind::Match, kw.begin, 0);
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  uint32_t sb = peek().begin;
  ast::Expr* subject = at(TokenKind::Star) ? parseStarNamedExpression() : parseNamedExpression();
  if (at(TokenKind::Comma) || subject->kind == NodeKind::Starred) {
    std::vector<ast::Expr*> elts{subject};
    if (!accept(TokenKind::Comma)) failInvalidSyntax();
    while (!at(TokenKind::Colon)) {
      elts.push_back(parseStarNamedExpression());
      if (!accept(TokenKind::Comma)) break;
    }
    auto* t = make<ast::SequenceExpr>(NodeKind::Tuple, sb, previous().end);
    t->elts = list(elts);
    subject = t;
  }
  s->subject = subject;
  expectHeaderColon();
  if (!at(TokenKind::Newline)) failInvalidSyntax();
  advance();
  if (!at(TokenKind::Indent)) failExpectedIndent(kw, "'match' statement");
  advance();
  std::vector<ast::MatchCase*> cases;
  while (!at(TokenKind::Dedent) && !at(TokenKind::EndOfFile)) {
    if (!atSoftKeyword("case")) failInvalidSyntax();
    const Token& ck = advance();
    auto* c = make<ast::MatchCase>(NodeKind::match_case, ck.begin, 0);
    c->pattern = parsePatterns();
    if (accept(TokenKind::KwIf)) c->guard = parseNamedExpression();
    expectHeaderColon();
    c->body = parseBlock(ck, "'case' statement");
    c->range.end = lastEnd(c->body, previous().end);
    cases.push_back(c);
  }
  accept(TokenKind::Dedent);
  s->cases = list(cases);
  s->range.end = cases.empty() ? previous().end : cases.back()->range.end;
  return s;
}

}  // namespace taipan::parse
