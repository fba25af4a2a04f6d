// The expression half of the parser: CPython 3.12's expression grammar
// (named_expression, star_expressions, the operator-precedence levels from
// disjunction down to primary and atom), calls and their argument errors,
// subscripts and slices, displays and comprehensions, lambda, yield and await,
// assignment-target checking (setContext), and the target lists of for-loops
// and comprehensions. Binary operators use precedence climbing instead of one
// function per level, which keeps the common case (an atom with no operator)
// cheap. Strings and f-strings live in parse_fstring.cpp.
#include <string>
#include <vector>

#include "compiler/lex/literals.h"
#include "compiler/parse/expr_rules.h"

namespace taipan::parse {

using ast::Expr;
using ast::ExprContext;
using ast::NodeKind;

bool startsExpression(TokenKind k) {
  switch (k) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::FStringStart:
    case TokenKind::LParen:
    case TokenKind::LSquare:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::Ellipsis:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwAwait:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
      return true;
    default:
      return false;
  }
}

void ExprRules::closeBracket(TokenKind k) {
  if (p.accept(k)) return;
  p.failInvalidSyntax();
}

[[noreturn]] void ExprRules::failRange(diag::Kind kind, uint32_t begin, uint32_t end, std::string message) {
  p.fail(kind, {begin, end}, std::move(message));
}

// ---------------------------------------------------------------- top levels

Expr* ExprRules::expression() {
  Parser::DepthGuard guard(p);
  if (p.at(TokenKind::KwLambda)) return lambda();
  uint32_t begin = p.peek().begin;
  Expr* body = disjunction();
  if (!p.at(TokenKind::KwIf)) {
    last_disjunction = body;
    return body;
  }
  const Token& if_tok = p.advance();
  Expr* test = disjunction();
  if (!p.accept(TokenKind::KwElse)) {
    // CPython leaves `x if y:` to the generic error (e.g. a for-loop header).
    if (p.at(TokenKind::Colon)) failRange(diag::Kind::InvalidSyntax, if_tok.begin, if_tok.end, "invalid syntax");
    failRange(diag::Kind::InvalidSyntax, body->range.begin, test->range.end, "expected 'else' after 'if' expression");
  }
  Expr* orelse = expression();
  last_disjunction = nullptr;  // CPython does not suggest a comma after `a if b else c`
  auto* n = p.make<ast::IfExpExpr>(NodeKind::IfExp, begin, p.previous().end);
  n->test = test;
  n->body = body;
  n->orelse = orelse;
  return n;
}

Expr* ExprRules::lambda() {
  const Token& kw = p.advance();
  ast::Arguments* args = p.parseParameters(true);
  if (!p.accept(TokenKind::Colon)) p.failInvalidSyntax();
  Expr* body = expression();
  auto* n = p.make<ast::LambdaExpr>(NodeKind::Lambda, kw.begin, p.previous().end);
  n->args = args;
  n->body = body;
  return n;
}

Expr* ExprRules::namedExpression() {
  if (p.at(TokenKind::Name) && p.kind(1) == TokenKind::ColonEqual) {
    const Token& name = p.advance();
    p.advance();
    Expr* value = expression();
    auto* target = p.make<ast::NameExpr>(NodeKind::Name, name.begin, name.end);
    target->id = p.ident(name);
    target->ctx = ExprContext::Store;
    auto* n = p.make<ast::NamedExpr>(NodeKind::NamedExpr, name.begin, p.previous().end);
    n->target = target;
    n->value = value;
    return n;
  }
  Expr* e = expression();
  if (p.at(TokenKind::ColonEqual)) {
    failRange(diag::Kind::InvalidTarget, e->range.begin, e->range.end,
              "cannot use assignment expressions with " + std::string(ast::exprDescription(e)));
  }
  return e;
}

// '*' bitwise_or
Expr* ExprRules::starred() {
  const Token& star = p.advance();
  Expr* value = bitwiseOr();
  auto* n = p.make<ast::StarredExpr>(NodeKind::Starred, star.begin, p.previous().end);
  n->value = value;
  return n;
}

Expr* ExprRules::starNamedExpression() {
  if (p.at(TokenKind::Star)) return starred();
  return namedExpression();
}

Expr* ExprRules::starExpression() {
  if (p.at(TokenKind::Star)) return starred();
  return expression();
}

// A comma-separated sequence that becomes a Tuple when there is a comma; the
// tuple's range runs to the trailing comma, as in CPython.
Expr* ExprRules::commaList(uint32_t begin, Expr* first, Expr* (ExprRules::*element)()) {
  if (!p.at(TokenKind::Comma)) return first;
  std::vector<Expr*> elts{first};
  while (p.accept(TokenKind::Comma)) {
    TokenKind k = p.kind();
    if (!startsExpression(k) && k != TokenKind::Star) break;
    elts.push_back((this->*element)());
  }
  auto* t = p.make<ast::SequenceExpr>(NodeKind::Tuple, begin, p.previous().end);
  t->elts = p.list(elts);
  return t;
}

Expr* ExprRules::starExpressions() {
  uint32_t begin = p.peek().begin;
  return commaList(begin, starExpression(), &ExprRules::starExpression);
}

Expr* ExprRules::starNamedExpressions() {
  uint32_t begin = p.peek().begin;
  return commaList(begin, starNamedExpression(), &ExprRules::starNamedExpression);
}

Expr* ExprRules::yieldExpression() {
  const Token& kw = p.advance();
  if (p.accept(TokenKind::KwFrom)) {
    Expr* value = expression();
    auto* n = p.make<ast::ValueExpr>(NodeKind::YieldFrom, kw.begin, p.previous().end);
    n->value = value;
    return n;
  }
  Expr* value = nullptr;
  if (startsExpression(p.kind()) || p.at(TokenKind::Star)) value = starExpressions();
  auto* n = p.make<ast::ValueExpr>(NodeKind::Yield, kw.begin, p.previous().end);
  n->value = value;
  return n;
}

// ---------------------------------------------------------------- boolean

Expr* ExprRules::disjunction() {
  uint32_t begin = p.peek().begin;
  Expr* first = conjunction();
  if (!p.at(TokenKind::KwOr)) return first;
  std::vector<Expr*> values{first};
  while (p.accept(TokenKind::KwOr)) values.push_back(conjunction());
  auto* n = p.make<ast::BoolOpExpr>(NodeKind::BoolOp, begin, p.previous().end);
  n->op = ast::BoolOpKind::Or;
  n->values = p.list(values);
  return n;
}

Expr* ExprRules::conjunction() {
  uint32_t begin = p.peek().begin;
  Expr* first = inversion();
  if (!p.at(TokenKind::KwAnd)) return first;
  std::vector<Expr*> values{first};
  while (p.accept(TokenKind::KwAnd)) values.push_back(inversion());
  auto* n = p.make<ast::BoolOpExpr>(NodeKind::BoolOp, begin, p.previous().end);
  n->op = ast::BoolOpKind::And;
  n->values = p.list(values);
  return n;
}

Expr* ExprRules::inversion() {
  if (!p.at(TokenKind::KwNot)) return comparison();
  Parser::DepthGuard guard(p);
  const Token& kw = p.advance();
  Expr* operand = inversion();
  auto* n = p.make<ast::UnaryOpExpr>(NodeKind::UnaryOp, kw.begin, p.previous().end);
  n->op = ast::UnaryOpKind::Not;
  n->operand = operand;
  return n;
}

// The comparison operator at the cursor (consuming it), or false.
bool ExprRules::compareOp(ast::CmpOpKind& op) {
  switch (p.kind()) {
    case TokenKind::EqEqual:
      op = ast::CmpOpKind::Eq;
      break;
    case TokenKind::NotEqual:
      op = ast::CmpOpKind::NotEq;
      break;
    case TokenKind::Less:
      op = ast::CmpOpKind::Lt;
      break;
    case TokenKind::LessEqual:
      op = ast::CmpOpKind::LtE;
      break;
    case TokenKind::Greater:
      op = ast::CmpOpKind::Gt;
      break;
    case TokenKind::GreaterEqual:
      op = ast::CmpOpKind::GtE;
      break;
    case TokenKind::KwIn:
      op = ast::CmpOpKind::In;
      break;
    case TokenKind::KwIs:
      if (p.kind(1) == TokenKind::KwNot) {
        p.advance();
        op = ast::CmpOpKind::IsNot;
      } else {
        op = ast::CmpOpKind::Is;
      }
      break;
    case TokenKind::KwNot:
      if (p.kind(1) != TokenKind::KwIn) return false;
      p.advance();
      op = ast::CmpOpKind::NotIn;
      break;
    default:
      return false;
  }
  p.advance();
  return true;
}

Expr* ExprRules::comparison() {
  uint32_t begin = p.peek().begin;
  Expr* left = bitwiseOr();
  ast::CmpOpKind op;
  if (!compareOp(op)) return left;
  std::vector<ast::CmpOpKind> ops;
  std::vector<Expr*> comparators;
  do {
    ops.push_back(op);
    comparators.push_back(bitwiseOr());
  } while (compareOp(op));
  auto* n = p.make<ast::CompareExpr>(NodeKind::Compare, begin, p.previous().end);
  n->left = left;
  n->ops = p.list(ops);
  n->comparators = p.list(comparators);
  return n;
}

// ---------------------------------------------------------------- arithmetic

namespace {

// Binding power of a binary operator token (0: not a binary operator).
int binaryPrecedence(TokenKind k, ast::BinOpKind& op) {
  switch (k) {
    case TokenKind::VBar:
      op = ast::BinOpKind::BitOr;
      return 1;
    case TokenKind::Circumflex:
      op = ast::BinOpKind::BitXor;
      return 2;
    case TokenKind::Amper:
      op = ast::BinOpKind::BitAnd;
      return 3;
    case TokenKind::LeftShift:
      op = ast::BinOpKind::LShift;
      return 4;
    case TokenKind::RightShift:
      op = ast::BinOpKind::RShift;
      return 4;
    case TokenKind::Plus:
      op = ast::BinOpKind::Add;
      return 5;
    case TokenKind::Minus:
      op = ast::BinOpKind::Sub;
      return 5;
    case TokenKind::Star:
      op = ast::BinOpKind::Mult;
      return 6;
    case TokenKind::Slash:
      op = ast::BinOpKind::Div;
      return 6;
    case TokenKind::DoubleSlash:
      op = ast::BinOpKind::FloorDiv;
      return 6;
    case TokenKind::Percent:
      op = ast::BinOpKind::Mod;
      return 6;
    case TokenKind::At:
      op = ast::BinOpKind::MatMult;
      return 6;
    default:
      return 0;
  }
}

}  // namespace

Expr* ExprRules::bitwiseOr() { return binary(1); }

// Precedence climbing over the left-associative levels bitwise_or .. term.
Expr* ExprRules::binary(int min_prec) {
  uint32_t begin = p.peek().begin;
  Expr* left = factor();
  ast::BinOpKind op;
  for (int prec; (prec = binaryPrecedence(p.kind(), op)) >= min_prec;) {
    p.advance();
    Expr* right = binary(prec + 1);
    auto* n = p.make<ast::BinOpExpr>(NodeKind::BinOp, begin, p.previous().end);
    n->left = left;
    n->op = op;
    n->right = right;
    left = n;
  }
  return left;
}

Expr* ExprRules::factor() {
  ast::UnaryOpKind op;
  switch (p.kind()) {
    case TokenKind::Plus:
      op = ast::UnaryOpKind::UAdd;
      break;
    case TokenKind::Minus:
      op = ast::UnaryOpKind::USub;
      break;
    case TokenKind::Tilde:
      op = ast::UnaryOpKind::Invert;
      break;
    default:
      return power();
  }
  Parser::DepthGuard guard(p);
  const Token& t = p.advance();
  Expr* operand = factor();
  auto* n = p.make<ast::UnaryOpExpr>(NodeKind::UnaryOp, t.begin, p.previous().end);
  n->op = op;
  n->operand = operand;
  return n;
}

Expr* ExprRules::power() {
  uint32_t begin = p.peek().begin;
  Expr* base = awaitPrimary();
  if (!p.accept(TokenKind::DoubleStar)) return base;
  Expr* exp = factor();
  auto* n = p.make<ast::BinOpExpr>(NodeKind::BinOp, begin, p.previous().end);
  n->left = base;
  n->op = ast::BinOpKind::Pow;
  n->right = exp;
  return n;
}

Expr* ExprRules::awaitPrimary() {
  if (!p.at(TokenKind::KwAwait)) return primary();
  const Token& kw = p.advance();
  Expr* value = primary();
  auto* n = p.make<ast::ValueExpr>(NodeKind::Await, kw.begin, p.previous().end);
  n->value = value;
  return n;
}

// ---------------------------------------------------------------- primary

Expr* ExprRules::primary() {
  uint32_t begin = p.peek().begin;
  Expr* e = atom();
  for (;;) {
    switch (p.kind()) {
      case TokenKind::Dot: {
        p.advance();
        if (!p.at(TokenKind::Name)) p.failInvalidSyntax();
        const Token& name = p.advance();
        auto* n = p.make<ast::AttributeExpr>(NodeKind::Attribute, begin, name.end);
        n->value = e;
        n->attr = p.ident(name);
        e = n;
        break;
      }
      case TokenKind::LParen: {
        Parser::DepthGuard guard(p);
        p.advance();
        std::vector<Expr*> args;
        std::vector<ast::Keyword*> keywords;
        callArguments(args, keywords);
        auto* n = p.make<ast::CallExpr>(NodeKind::Call, begin, p.previous().end);
        n->func = e;
        n->args = p.list(args);
        n->keywords = p.list(keywords);
        e = n;
        break;
      }
      case TokenKind::LSquare: {
        Parser::DepthGuard guard(p);
        p.advance();
        Expr* slice = slices();
        closeBracket(TokenKind::RSquare);
        auto* n = p.make<ast::SubscriptExpr>(NodeKind::Subscript, begin, p.previous().end);
        n->value = e;
        n->slice = slice;
        e = n;
        break;
      }
      default:
        return e;
    }
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* ExprRules::slices() {
  uint32_t begin = p.peek().begin;
  Expr* first = sliceItem();
  // `a[*b]` is a one-element tuple even without a comma.
  if (!p.at(TokenKind::Comma) && first->kind != NodeKind::Starred) {
    if (!p.at(TokenKind::RSquare)) failAfterElement(first);
    return first;
  }
  std::vector<Expr*> elts{first};
  while (p.accept(TokenKind::Comma)) {
    if (p.at(TokenKind::RSquare)) break;
    elts.push_back(sliceItem());
  }
  if (!p.at(TokenKind::RSquare)) failAfterElement(elts.back());
  auto* t = p.make<ast::SequenceExpr>(NodeKind::Tuple, begin, p.previous().end);
  t->elts = p.list(elts);
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
// (or a starred expression inside a tuple of slices).
Expr* ExprRules::sliceItem() {
  if (p.at(TokenKind::Star)) {
    const Token& star = p.advance();
    Expr* value = expression();
    auto* n = p.make<ast::StarredExpr>(NodeKind::Starred, star.begin, p.previous().end);
    n->value = value;
    return n;
  }
  uint32_t begin = p.peek().begin;
  Expr* lower = nullptr;
  if (!p.at(TokenKind::Colon)) {
    lower = namedExpression();
    if (!p.at(TokenKind::Colon)) return lower;
  }
  p.advance();  // ':'
  auto stops = [&] {
    TokenKind k = p.kind();
    return k == TokenKind::Colon || k == TokenKind::Comma || k == TokenKind::RSquare;
  };
  Expr* upper = stops() ? nullptr : expression();
  Expr* step = nullptr;
  if (p.accept(TokenKind::Colon)) {
    if (!stops()) step = expression();
  }
  auto* n = p.make<ast::SliceExpr>(NodeKind::Slice, begin, p.previous().end);
  n->lower = lower;
  n->upper = upper;
  n->step = step;
  return n;
}

// ---------------------------------------------------------------- calls

void ExprRules::callArguments(std::vector<Expr*>& args, std::vector<ast::Keyword*>& keywords) {
  uint32_t open = p.previous().begin;  // the call's '('
  bool seen_keyword = false;           // name=value
  bool seen_double_star = false;       // **mapping
  while (!p.at(TokenKind::RParen)) {
    if (p.at(TokenKind::Star)) {
      const Token& star = p.advance();
      Expr* value = expression();
      auto* n = p.make<ast::StarredExpr>(NodeKind::Starred, star.begin, p.previous().end);
      n->value = value;
      if (seen_double_star) {
        failRange(diag::Kind::InvalidArguments, n->range.begin, n->range.end,
                  "iterable argument unpacking follows keyword argument unpacking");
      }
      args.push_back(n);
    } else if (p.at(TokenKind::DoubleStar)) {
      const Token& star = p.advance();
      Expr* value = expression();
      auto* kw = p.make<ast::Keyword>(NodeKind::keyword, star.begin, p.previous().end);
      kw->value = value;
      keywords.push_back(kw);
      seen_double_star = true;
    } else if (p.at(TokenKind::Name) && p.kind(1) == TokenKind::Equal) {
      const Token& name = p.advance();
      const Token& eq = p.advance();
      Expr* value = expression();
      if (p.at(TokenKind::KwFor) || (p.at(TokenKind::KwAsync) && p.kind(1) == TokenKind::KwFor)) {
        failRange(diag::Kind::InvalidSyntax, name.begin, eq.end,
                  "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      auto* kw = p.make<ast::Keyword>(NodeKind::keyword, name.begin, p.previous().end);
      kw->arg = p.ident(name);
      kw->value = value;
      keywords.push_back(kw);
      seen_keyword = true;
    } else {
      Expr* e = namedExpression();
      if (p.at(TokenKind::Equal)) {
        failRange(diag::Kind::InvalidArguments, e->range.begin, p.peek().end,
                  "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (atComprehension()) {
        bool sole = args.empty() && keywords.empty();
        std::vector<ast::Comprehension*> gens;
        forIfClauses(gens);
        if (!sole || !p.at(TokenKind::RParen)) {
          failRange(diag::Kind::InvalidArguments, e->range.begin, p.previous().end,
                    "Generator expression must be parenthesized");
        }
        // A sole generator argument borrows the call's parentheses.
        auto* g = p.make<ast::CompExpr>(NodeKind::GeneratorExp, open, p.peek().end);
        g->elt = e;
        g->generators = p.list(gens);
        args.push_back(g);
        break;
      }
      if (seen_keyword || seen_double_star) {
        failRange(diag::Kind::InvalidArguments, e->range.begin, e->range.end,
                  seen_double_star ? "positional argument follows keyword argument unpacking"
                                   : "positional argument follows keyword argument");
      }
      args.push_back(e);
    }
    if (!p.accept(TokenKind::Comma)) {
      if (!p.at(TokenKind::RParen)) failAfterElement(nullptr);
      break;
    }
  }
  closeBracket(TokenKind::RParen);
}

// ---------------------------------------------------------------- comprehensions

bool ExprRules::atComprehension() const {
  return p.at(TokenKind::KwFor) || (p.at(TokenKind::KwAsync) && p.kind(1) == TokenKind::KwFor);
}

void ExprRules::forIfClauses(std::vector<ast::Comprehension*>& out) {
  while (atComprehension()) {
    const Token& first = p.peek();
    bool is_async = p.accept(TokenKind::KwAsync);
    p.advance();  // 'for'
    Expr* target = targetChain();
    if (!p.accept(TokenKind::KwIn)) p.failInvalidSyntax();
    Expr* iter = disjunction();
    std::vector<Expr*> ifs;
    while (p.accept(TokenKind::KwIf)) ifs.push_back(disjunction());
    auto* c = p.make<ast::Comprehension>(NodeKind::comprehension, first.begin, p.previous().end);
    c->target = target;
    c->iter = iter;
    c->ifs = p.list(ifs);
    c->is_async = is_async;
    out.push_back(c);
  }
}

Expr* ExprRules::comprehension(NodeKind kind, uint32_t begin, Expr* elt, Expr* value, TokenKind close) {
  if (elt->kind == NodeKind::Starred) {
    failRange(diag::Kind::InvalidStarredExpression, elt->range.begin, elt->range.end,
              "iterable unpacking cannot be used in comprehension");
  }
  std::vector<ast::Comprehension*> gens;
  forIfClauses(gens);
  closeBracket(close);
  auto* n = p.make<ast::CompExpr>(kind, begin, p.previous().end);
  n->elt = elt;
  n->value = value;
  n->generators = p.list(gens);
  return n;
}

// star_targets up to 'in': bitwise_or-level elements so that 'in' is left alone.
Expr* ExprRules::targetChain() {
  uint32_t begin = p.peek().begin;
  Expr* first = targetElement();
  if (p.at(TokenKind::Comma)) {
    std::vector<Expr*> elts{first};
    while (p.accept(TokenKind::Comma)) {
      if (!startsExpression(p.kind()) && !p.at(TokenKind::Star)) break;
      elts.push_back(targetElement());
    }
    auto* t = p.make<ast::SequenceExpr>(NodeKind::Tuple, begin, p.previous().end);
    t->elts = p.list(elts);
    first = t;
  }
  setContext(first, ExprContext::Store);
  return first;
}

Expr* ExprRules::targetElement() {
  if (!p.at(TokenKind::Star)) return bitwiseOr();
  Parser::DepthGuard guard(p);
  const Token& star = p.advance();
  Expr* value = targetElement();
  auto* n = p.make<ast::StarredExpr>(NodeKind::Starred, star.begin, p.previous().end);
  n->value = value;
  return n;
}

// ---------------------------------------------------------------- atoms

Expr* ExprRules::atom() {
  const Token& t = p.peek();
  switch (t.kind) {
    case TokenKind::Name: {
      p.advance();
      auto* n = p.make<ast::NameExpr>(NodeKind::Name, t.begin, t.end);
      n->id = p.ident(t);
      return n;
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis: {
      p.advance();
      auto* n = p.make<ast::ConstantExpr>(NodeKind::Constant, t.begin, t.end);
      n->value.kind = t.kind == TokenKind::KwTrue    ? ast::Constant::Kind::True
                      : t.kind == TokenKind::KwFalse ? ast::Constant::Kind::False
                      : t.kind == TokenKind::KwNone  ? ast::Constant::Kind::None
                                                     : ast::Constant::Kind::Ellipsis;
      return n;
    }
    case TokenKind::Number:
      return number();
    case TokenKind::String:
    case TokenKind::FStringStart:
      return p.parseStrings();
    case TokenKind::LParen:
      return parenthesized();
    case TokenKind::LSquare:
      return listDisplay();
    case TokenKind::LBrace:
      return braceDisplay();
    default:
      p.failInvalidSyntax();
  }
}

Expr* ExprRules::number() {
  const Token& t = p.advance();
  lex::DecodedNumber d = lex::decodeNumber(p.tokens(), t, p.diags());
  if (!d.ok) throw SyntaxErrorUnwind{};
  auto* n = p.make<ast::ConstantExpr>(NodeKind::Constant, t.begin, t.end);
  switch (d.kind) {
    case lex::DecodedNumber::Kind::Int:
      n->value.kind = ast::Constant::Kind::Int;
      n->value.text = p.arena().copy(d.int_decimal);
      break;
    case lex::DecodedNumber::Kind::Float:
      n->value.kind = ast::Constant::Kind::Float;
      n->value.number = d.number;
      break;
    case lex::DecodedNumber::Kind::Imaginary:
      n->value.kind = ast::Constant::Kind::Complex;
      n->value.number = d.number;
      break;
  }
  return n;
}

// '(' ... ')': empty tuple, yield, group, tuple or generator expression.
Expr* ExprRules::parenthesized() {
  Parser::DepthGuard guard(p);
  const Token& open = p.advance();
  if (p.accept(TokenKind::RParen)) {
    return p.make<ast::SequenceExpr>(NodeKind::Tuple, open.begin, p.previous().end);
  }
  if (p.at(TokenKind::KwYield)) {
    Expr* y = yieldExpression();
    closeBracket(TokenKind::RParen);
    return y;
  }
  Expr* first = starNamedExpression();
  if (atComprehension()) return comprehension(NodeKind::GeneratorExp, open.begin, first, nullptr, TokenKind::RParen);
  if (p.accept(TokenKind::RParen)) {
    if (first->kind == NodeKind::Starred) {
      failRange(diag::Kind::InvalidStarredExpression, first->range.begin, first->range.end,
                "cannot use starred expression here");
    }
    return first;  // a group keeps the inner expression's range
  }
  if (!p.at(TokenKind::Comma)) failAfterElement(first);
  std::vector<Expr*> elts{first};
  while (p.accept(TokenKind::Comma)) {
    if (p.at(TokenKind::RParen)) break;
    elts.push_back(starNamedExpression());
    if (!p.at(TokenKind::Comma) && !p.at(TokenKind::RParen)) failAfterElement(elts.back());
  }
  closeBracket(TokenKind::RParen);
  auto* t = p.make<ast::SequenceExpr>(NodeKind::Tuple, open.begin, p.previous().end);
  t->elts = p.list(elts);
  return t;
}

// An element of a bracketed construct is followed by something unexpected.
// CPython (invalid_expression) suggests a comma when a complete disjunction is
// directly followed by another expression inside brackets, unless the
// disjunction starts with NAME STRING or a soft keyword; `print x` gets the
// legacy-print message instead.
[[noreturn]] void ExprRules::failAfterElement(Expr* last) {
  TokenKind k = p.kind();
  if (k == TokenKind::Equal && last) {
    // invalid_named_expression: `[x = 1]`, `[f() = 1]`.
    size_t i = tokenAt(last->range.begin);
    if (last->kind == NodeKind::Name && p.tokens().tokens[i].end == last->range.end && suggestEquality(last)) {
      failRange(diag::Kind::InvalidSyntax, last->range.begin, p.peek().end,
                "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (last->kind != NodeKind::Name && suggestEquality(last)) {
      failRange(diag::Kind::InvalidTarget, last->range.begin, last->range.end,
                "cannot assign to " + std::string(ast::exprDescription(last)) +
                    " here. Maybe you meant '==' instead of '='?");
    }
  }
  Expr* a = last_disjunction;
  if (a && startsExpression(k) && k != TokenKind::KwNot && a->range.end == p.previous().end) {
    const std::vector<Token>& toks = p.tokens().tokens;
    size_t i = tokenAt(a->range.begin);
    const Token& t0 = toks[i];
    std::string_view w = t0.kind == TokenKind::Name ? p.text(t0) : std::string_view();
    bool name_string = t0.kind == TokenKind::Name && i + 1 < toks.size() &&
                       (toks[i + 1].kind == TokenKind::String || toks[i + 1].kind == TokenKind::FStringStart);
    if (a->kind == NodeKind::Name && (w == "print" || w == "exec")) {
      failRange(diag::Kind::InvalidSyntax, a->range.begin, p.peek().end,
                "Missing parentheses in call to '" + std::string(w) + "'. Did you mean " + std::string(w) + "(...)?");
    }
    bool soft = w == "match" || w == "case" || w == "_" || w == "type";
    if (!name_string && !soft) {
      failRange(diag::Kind::InvalidSyntax, a->range.begin, p.peek().end, "invalid syntax. Perhaps you forgot a comma?");
    }
  }
  p.failInvalidSyntax();
}

size_t ExprRules::tokenAt(uint32_t offset) const {
  const std::vector<Token>& toks = p.tokens().tokens;
  size_t lo = 0, hi = toks.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (toks[mid].begin < offset)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < toks.size() ? lo : toks.size() - 1;
}

Expr* ExprRules::listDisplay() {
  Parser::DepthGuard guard(p);
  const Token& open = p.advance();
  std::vector<Expr*> elts;
  if (!p.at(TokenKind::RSquare)) {
    Expr* first = starNamedExpression();
    if (atComprehension()) return comprehension(NodeKind::ListComp, open.begin, first, nullptr, TokenKind::RSquare);
    elts.push_back(first);
    while (p.accept(TokenKind::Comma)) {
      if (p.at(TokenKind::RSquare)) break;
      elts.push_back(starNamedExpression());
      if (!p.at(TokenKind::Comma) && !p.at(TokenKind::RSquare) && !atComprehension()) failAfterElement(elts.back());
    }
    if (atComprehension()) {
      failRange(diag::Kind::InvalidSyntax, elts.front()->range.begin, elts.back()->range.end,
                "did you forget parentheses around the comprehension target?");
    }
    if (!p.at(TokenKind::RSquare) && !p.at(TokenKind::Comma)) failAfterElement(elts.back());
  }
  closeBracket(TokenKind::RSquare);
  auto* n = p.make<ast::SequenceExpr>(NodeKind::List, open.begin, p.previous().end);
  n->elts = p.list(elts);
  return n;
}

// '{' ... '}': dict, set, dict comprehension or set comprehension.
Expr* ExprRules::braceDisplay() {
  Parser::DepthGuard guard(p);
  const Token& open = p.advance();
  if (p.accept(TokenKind::RBrace)) return p.make<ast::DictExpr>(NodeKind::Dict, open.begin, p.previous().end);
  std::vector<Expr*> keys, values;
  if (p.at(TokenKind::DoubleStar)) {
    const Token& star = p.advance();
    Expr* value = bitwiseOr();
    if (atComprehension()) {
      failRange(diag::Kind::InvalidStarredExpression, star.begin, value->range.end,
                "dict unpacking cannot be used in dict comprehension");
    }
    keys.push_back(nullptr);
    values.push_back(value);
  } else {
    // A dict key is an `expression`: an unparenthesized walrus cannot be one.
    bool bare_walrus = p.at(TokenKind::Name) && p.kind(1) == TokenKind::ColonEqual;
    Expr* first = starNamedExpression();
    if (p.at(TokenKind::Colon) && first->kind != NodeKind::Starred && !bare_walrus) {
      p.advance();
      Expr* value = expression();
      if (atComprehension()) return comprehension(NodeKind::DictComp, open.begin, first, value, TokenKind::RBrace);
      keys.push_back(first);
      values.push_back(value);
    } else {
      // A set display or set comprehension.
      if (atComprehension()) return comprehension(NodeKind::SetComp, open.begin, first, nullptr, TokenKind::RBrace);
      std::vector<Expr*> elts{first};
      while (p.accept(TokenKind::Comma)) {
        if (p.at(TokenKind::RBrace)) break;
        elts.push_back(starNamedExpression());
        if (!p.at(TokenKind::Comma) && !p.at(TokenKind::RBrace) && !atComprehension()) failAfterElement(elts.back());
      }
      if (atComprehension()) {
        failRange(diag::Kind::InvalidSyntax, elts.front()->range.begin, elts.back()->range.end,
                  "did you forget parentheses around the comprehension target?");
      }
      if (!p.at(TokenKind::RBrace)) failAfterElement(elts.back());
      p.advance();
      auto* n = p.make<ast::SetExpr>(NodeKind::Set, open.begin, p.previous().end);
      n->elts = p.list(elts);
      return n;
    }
  }
  // The rest of a dict display.
  while (p.accept(TokenKind::Comma)) {
    if (p.at(TokenKind::RBrace)) break;
    if (p.at(TokenKind::DoubleStar)) {
      p.advance();
      keys.push_back(nullptr);
      values.push_back(bitwiseOr());
      continue;
    }
    Expr* key = expression();
    if (!p.accept(TokenKind::Colon)) {
      if (p.at(TokenKind::Comma) || p.at(TokenKind::RBrace)) {
        const Token& t = p.peek();
        failRange(diag::Kind::InvalidSyntax, t.begin, t.begin, "':' expected after dictionary key");
      }
      failAfterElement(key);
    }
    keys.push_back(key);
    values.push_back(expression());
    if (!p.at(TokenKind::Comma) && !p.at(TokenKind::RBrace)) failAfterElement(values.back());
  }
  if (!p.at(TokenKind::RBrace)) failAfterElement(values.back());
  p.advance();
  auto* n = p.make<ast::DictExpr>(NodeKind::Dict, open.begin, p.previous().end);
  n->keys = p.list(keys);
  n->values = p.list(values);
  return n;
}

// ---------------------------------------------------------------- targets

// CPython's _PyPegen_get_invalid_target: the first sub-expression of `e` that
// cannot be a target, or null when `e` is a valid target.
static Expr* invalidTarget(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case NodeKind::Name:
    case NodeKind::Attribute:
    case NodeKind::Subscript:
      return nullptr;
    case NodeKind::Starred:
      if (ctx == ExprContext::Del) return e;
      return invalidTarget(ast::cast<ast::StarredExpr>(e)->value, ctx);
    case NodeKind::List:
    case NodeKind::Tuple:
      for (Expr* elt : ast::cast<ast::SequenceExpr>(e)->elts) {
        if (Expr* bad = invalidTarget(elt, ctx)) return bad;
      }
      return nullptr;
    default:
      return e;
  }
}

static void assignContext(Expr* e, ExprContext ctx) {
  switch (e->kind) {
    case NodeKind::Name:
      ast::cast<ast::NameExpr>(e)->ctx = ctx;
      break;
    case NodeKind::Attribute:
      ast::cast<ast::AttributeExpr>(e)->ctx = ctx;
      break;
    case NodeKind::Subscript:
      ast::cast<ast::SubscriptExpr>(e)->ctx = ctx;
      break;
    case NodeKind::Starred: {
      auto* s = ast::cast<ast::StarredExpr>(e);
      s->ctx = ctx;
      assignContext(s->value, ctx);
      break;
    }
    case NodeKind::List:
    case NodeKind::Tuple: {
      auto* s = ast::cast<ast::SequenceExpr>(e);
      s->ctx = ctx;
      for (Expr* elt : s->elts) assignContext(elt, ctx);
      break;
    }
    default:
      break;
  }
}

void ExprRules::setContext(Expr* e, ExprContext ctx) {
  if (Expr* bad = invalidTarget(e, ctx)) {
    if (ctx == ExprContext::Store && bad == e && (e->kind == NodeKind::Yield || e->kind == NodeKind::YieldFrom)) {
      size_t i = tokenAt(e->range.begin);
      if (i > 0 && p.tokens().tokens[i - 1].kind == TokenKind::Equal) {
        failRange(diag::Kind::InvalidTarget, e->range.begin, e->range.end,
                  "assignment to yield expression not possible");
      }
    }
    std::string msg = ctx == ExprContext::Del ? "cannot delete " : "cannot assign to ";
    msg += ast::exprDescription(bad);
    if (ctx == ExprContext::Store && suggestEquality(bad)) msg += " here. Maybe you meant '==' instead of '='?";
    failRange(diag::Kind::InvalidTarget, bad->range.begin, bad->range.end, std::move(msg));
  }
  assignContext(e, ctx);
}

// Whether CPython's invalid_named_expression rule would report `bad` with the
// "Maybe you meant '=='" suggestion: `bad` is a bitwise_or (not a list, tuple,
// generator expression, True, None or False) directly followed by '=', and the
// right-hand side is a bitwise_or not followed by another '=' or ':='.
bool ExprRules::suggestEquality(Expr* bad) {
  const std::vector<Token>& toks = p.tokens().tokens;
  switch (bad->kind) {
    case NodeKind::List:
    case NodeKind::Tuple:
    case NodeKind::GeneratorExp:
      return false;
    case NodeKind::Constant: {
      auto k = ast::cast<ast::ConstantExpr>(bad)->value.kind;
      if (k == ast::Constant::Kind::True || k == ast::Constant::Kind::False || k == ast::Constant::Kind::None)
        return false;
      break;
    }
    default:
      break;
  }
  size_t first = tokenAt(bad->range.begin);
  size_t i = first;
  while (i < toks.size() && toks[i].end <= bad->range.end && toks[i].kind != TokenKind::EndOfFile) ++i;
  // Parentheses around `bad` make it an atom, which is always a bitwise_or.
  size_t opens = 0;
  while (first > opens && toks[first - 1 - opens].kind == TokenKind::LParen) ++opens;
  // A target after another '=' (`x = 1 = 2`) is never parsed as a
  // named_expression by CPython, so it gets the plain message.
  if (first > opens && toks[first - 1 - opens].kind == TokenKind::Equal) return false;
  size_t closes = 0;
  while (closes < opens && i < toks.size() && toks[i].kind == TokenKind::RParen) ++i, ++closes;
  if (closes == 0) {
    switch (bad->kind) {
      case NodeKind::Compare:
      case NodeKind::BoolOp:
      case NodeKind::IfExp:
      case NodeKind::Lambda:
      case NodeKind::NamedExpr:
      case NodeKind::Yield:
      case NodeKind::YieldFrom:
        return false;
      case NodeKind::UnaryOp:
        if (ast::cast<ast::UnaryOpExpr>(bad)->op == ast::UnaryOpKind::Not) return false;
        break;
      default:
        break;
    }
  }
  if (i >= toks.size() || toks[i].kind != TokenKind::Equal) return false;
  ++i;
  // Skip a bitwise_or on the right: operands, binary operators and brackets.
  if (i >= toks.size()) return false;
  TokenKind k = toks[i].kind;
  if (!startsExpression(k) || k == TokenKind::KwNot || k == TokenKind::KwLambda) return false;
  int depth = 0;
  for (; i < toks.size(); ++i) {
    k = toks[i].kind;
    if (k == TokenKind::LParen || k == TokenKind::LSquare || k == TokenKind::LBrace) {
      ++depth;
      continue;
    }
    if (k == TokenKind::RParen || k == TokenKind::RSquare || k == TokenKind::RBrace) {
      if (depth == 0) break;
      --depth;
      continue;
    }
    if (depth > 0) continue;
    ast::BinOpKind op;
    if (binaryPrecedence(k, op) || k == TokenKind::DoubleStar || k == TokenKind::Dot || k == TokenKind::Tilde ||
        k == TokenKind::KwAwait || k == TokenKind::Name || k == TokenKind::Number || k == TokenKind::String ||
        k == TokenKind::FStringStart || k == TokenKind::FStringMiddle || k == TokenKind::FStringEnd ||
        k == TokenKind::KwTrue || k == TokenKind::KwFalse || k == TokenKind::KwNone || k == TokenKind::Ellipsis)
      continue;
    break;
  }
  return i >= toks.size() || (toks[i].kind != TokenKind::Equal && toks[i].kind != TokenKind::ColonEqual);
}

// ---------------------------------------------------------------- Parser entry points

Expr* Parser::parseExpression() { return ExprRules{*this}.expression(); }
Expr* Parser::parseNamedExpression() { return ExprRules{*this}.namedExpression(); }
Expr* Parser::parseStarExpressions() { return ExprRules{*this}.starExpressions(); }
Expr* Parser::parseStarNamedExpression() { return ExprRules{*this}.starNamedExpression(); }
Expr* Parser::parseStarNamedExpressions() { return ExprRules{*this}.starNamedExpressions(); }
Expr* Parser::parseYieldExpression() { return ExprRules{*this}.yieldExpression(); }
Expr* Parser::parseBitwiseOr() { return ExprRules{*this}.bitwiseOr(); }
Expr* Parser::parseTargetChain() { return ExprRules{*this}.targetChain(); }
Expr* Parser::parseAnnotationExpression() { return ExprRules{*this}.expression(); }
void Parser::setContext(Expr* e, ExprContext ctx) { ExprRules{*this}.setContext(e, ctx); }
void Parser::parseCallArguments(std::vector<Expr*>& args, std::vector<ast::Keyword*>& keywords) {
  ExprRules{*this}.callArguments(args, keywords);
}

}  // namespace taipan::parse
