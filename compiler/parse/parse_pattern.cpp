// Patterns of match statements (PEP 634): literal, capture, wildcard, value,
// group, sequence, mapping, class, or- and as-patterns, building CPython's
// pattern nodes. Besides the grammar's own errors, this file reports the
// pattern errors CPython's compiler raises as SyntaxError (unreachable
// patterns after an irrefutable case, several starred names), since a
// compile() of the same source fails there too.
#include <algorithm>
#include <string>

#include "compiler/ast/dump.h"
#include "compiler/lex/literals.h"
#include "compiler/parse/parser_impl.h"

namespace taipan::parse {

using ast::NodeKind;

namespace {

bool isImaginary(const ast::Expr* e) {
  return e->kind == NodeKind::Constant && ast::cast<ast::ConstantExpr>(e)->value.kind == ast::Constant::Kind::Complex;
}

}  // namespace

// patterns: open_sequence_pattern | pattern
ast::Pattern* Parser::parsePatterns() {
  DepthGuard guard(*this);
  uint32_t b = peek().begin;
  ast::Pattern* first = parseMaybeStarPattern();
  if (!at(TokenKind::Comma)) {
    if (first->kind == NodeKind::MatchStar) failInvalidSyntax();
    return first;
  }
  std::vector<ast::Pattern*> items{first};
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::Colon) || at(TokenKind::KwIf)) break;
    items.push_back(parseMaybeStarPattern());
  }
  auto* seq = make<ast::MatchSequencePattern>(NodeKind::MatchSequence, b, previous().end);
  seq->patterns = list(items);
  int stars = 0;
  for (ast::Pattern* p : items) stars += p->kind == NodeKind::MatchStar;
  if (stars > 1) fail(diag::Kind::InvalidPattern, seq->range, "multiple starred names in sequence pattern");
  return seq;
}

// maybe_star_pattern: '*' (capture | wildcard) | pattern
ast::Pattern* Parser::parseMaybeStarPattern() {
  if (!at(TokenKind::Star)) return parsePattern();
  const Token& star = advance();
  if (!at(TokenKind::Name)) failInvalidSyntax();
  const Token& n = advance();
  if (at(TokenKind::Dot) || at(TokenKind::LParen) || at(TokenKind::Equal)) failInvalidSyntax();
  auto* p = make<ast::MatchStarPattern>(NodeKind::MatchStar, star.begin, n.end);
  if (text(n) != "_") p->name = ident(n);
  return p;
}

// pattern: or_pattern ['as' pattern_capture_target]
ast::Pattern* Parser::parsePattern() {
  DepthGuard guard(*this);
  uint32_t b = peek().begin;
  ast::Pattern* p = parseOrPattern();
  if (!at(TokenKind::KwAs)) return p;
  advance();
  if (atSoftKeyword("_")) failAt(peek(), "cannot use '_' as a target");
  if (!at(TokenKind::Name)) {
    if (!at(TokenKind::Colon) && !at(TokenKind::Newline) && !at(TokenKind::Comma)) {
      const Token& t = peek();
      fail(diag::Kind::InvalidPattern, {t.begin, t.end}, "invalid pattern target");
    }
    failInvalidSyntax();
  }
  const Token& n = advance();
  if (at(TokenKind::Dot) || at(TokenKind::LParen) || at(TokenKind::Equal)) failInvalidSyntax();
  auto* as = make<ast::MatchAsPattern>(NodeKind::MatchAs, b, n.end);
  as->pattern = p;
  as->name = ident(n);
  return as;
}

// or_pattern: '|'.closed_pattern+
ast::Pattern* Parser::parseOrPattern() {
  uint32_t b = peek().begin;
  ast::Pattern* first = parseClosedPattern();
  if (!at(TokenKind::VBar)) return first;
  std::vector<ast::Pattern*> alts{first};
  while (accept(TokenKind::VBar)) alts.push_back(parseClosedPattern());
  auto* p = make<ast::MatchOrPattern>(NodeKind::MatchOr, b, previous().end);
  p->patterns = list(alts);
  return p;
}

// A Number token as a Constant expression.
static ast::ConstantExpr* makeNumberConstant(Parser& p, const Token& t) {
  lex::DecodedNumber num = lex::decodeNumber(p.tokens(), t, p.diags());
  auto* c = p.make<ast::ConstantExpr>(NodeKind::Constant, t.begin, t.end);
  switch (num.kind) {
    case lex::DecodedNumber::Kind::Int:
      c->value.kind = ast::Constant::Kind::Int;
      c->value.text = p.arena().copy(num.int_decimal);
      break;
    case lex::DecodedNumber::Kind::Float:
      c->value.kind = ast::Constant::Kind::Float;
      c->value.number = num.number;
      break;
    case lex::DecodedNumber::Kind::Imaginary:
      c->value.kind = ast::Constant::Kind::Complex;
      c->value.number = num.number;
      break;
  }
  return c;
}

// signed_number ['+'|'-' imaginary_number]: 1, -1, 1.5, -2j, 1+2j, -1-2j
ast::Expr* Parser::parseSignedNumber() {
  uint32_t b = peek().begin;
  const Token* minus = at(TokenKind::Minus) ? &advance() : nullptr;
  if (!at(TokenKind::Number)) failInvalidSyntax();
  ast::Expr* value = makeNumberConstant(*this, advance());
  if (minus) {
    auto* u = make<ast::UnaryOpExpr>(NodeKind::UnaryOp, minus->begin, value->range.end);
    u->op = ast::UnaryOpKind::USub;
    u->operand = value;
    value = u;
  }
  if (!at(TokenKind::Plus) && !at(TokenKind::Minus)) return value;
  // complex_number: signed_real_number ('+' | '-') imaginary_number
  const Token& op = advance();
  ast::Expr* real_part = minus ? ast::cast<ast::UnaryOpExpr>(value)->operand : value;
  if (isImaginary(real_part))
    fail(diag::Kind::InvalidPattern, real_part->range, "real number required in complex literal");
  if (!at(TokenKind::Number)) failInvalidSyntax();
  ast::Expr* imag = makeNumberConstant(*this, advance());
  if (!isImaginary(imag)) fail(diag::Kind::InvalidPattern, imag->range, "imaginary number required in complex literal");
  auto* bin = make<ast::BinOpExpr>(NodeKind::BinOp, b, imag->range.end);
  bin->left = value;
  bin->op = op.kind == TokenKind::Plus ? ast::BinOpKind::Add : ast::BinOpKind::Sub;
  bin->right = imag;
  return bin;
}

// literal_expr for mapping keys and value patterns: numbers, strings,
// None/True/False (as Constant expressions).
ast::Expr* Parser::parseLiteralExpr() {
  switch (kind()) {
    case TokenKind::Number:
    case TokenKind::Minus:
      return parseSignedNumber();
    case TokenKind::String:
    case TokenKind::FStringStart: {
      ast::Expr* s = parseStrings();
      if (s->kind == NodeKind::JoinedStr) {
        fail(diag::Kind::InvalidPattern, s->range, "patterns may only match literals and attribute lookups");
      }
      return s;
    }
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: {
      const Token& t = advance();
      auto* c = make<ast::ConstantExpr>(NodeKind::Constant, t.begin, t.end);
      c->value.kind = t.kind == TokenKind::KwNone   ? ast::Constant::Kind::None
                      : t.kind == TokenKind::KwTrue ? ast::Constant::Kind::True
                                                    : ast::Constant::Kind::False;
      return c;
    }
    default:
      failInvalidSyntax();
  }
}

// name_or_attr: NAME ('.' NAME)*, as a Name or Attribute chain (Load).
ast::Expr* Parser::parseNameOrAttr() {
  if (!at(TokenKind::Name)) failInvalidSyntax();
  const Token& n = advance();
  auto* name = make<ast::NameExpr>(NodeKind::Name, n.begin, n.end);
  name->id = ident(n);
  ast::Expr* e = name;
  while (accept(TokenKind::Dot)) {
    if (!at(TokenKind::Name)) failInvalidSyntax();
    const Token& a = advance();
    auto* attr = make<ast::AttributeExpr>(NodeKind::Attribute, e->range.begin, a.end);
    attr->value = e;
    attr->attr = ident(a);
    e = attr;
  }
  return e;
}

ast::Pattern* Parser::parseClosedPattern() {
  DepthGuard guard(*this);
  const Token& t = peek();
  switch (t.kind) {
    case TokenKind::Number:
    case TokenKind::Minus:
    case TokenKind::String:
    case TokenKind::FStringStart: {
      ast::Expr* v = parseLiteralExpr();
      auto* p = make<ast::MatchValuePattern>(NodeKind::MatchValue, v->range.begin, v->range.end);
      p->value = v;
      return p;
    }
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse: {
      advance();
      auto* p = make<ast::MatchSingletonPattern>(NodeKind::MatchSingleton, t.begin, t.end);
      p->value.kind = t.kind == TokenKind::KwNone   ? ast::Constant::Kind::None
                      : t.kind == TokenKind::KwTrue ? ast::Constant::Kind::True
                                                    : ast::Constant::Kind::False;
      return p;
    }
    case TokenKind::Name: {
      TokenKind next = kind(1);
      bool plain = next != TokenKind::Dot && next != TokenKind::LParen && next != TokenKind::Equal;
      if (plain) {
        advance();
        auto* p = make<ast::MatchAsPattern>(NodeKind::MatchAs, t.begin, t.end);
        if (text(t) != "_") p->name = ident(t);  // `_` is the wildcard
        return p;
      }
      ast::Expr* e = parseNameOrAttr();
      if (at(TokenKind::LParen)) return parseClassPattern(e);
      if (e->kind == NodeKind::Name) failInvalidSyntax();  // `x=` outside a class pattern
      auto* p = make<ast::MatchValuePattern>(NodeKind::MatchValue, e->range.begin, e->range.end);
      p->value = e;
      return p;
    }
    case TokenKind::LParen: {
      // group_pattern '(' pattern ')' or sequence '(' [open_sequence] ')'
      advance();
      if (at(TokenKind::RParen)) {
        const Token& close = advance();
        return make<ast::MatchSequencePattern>(NodeKind::MatchSequence, t.begin, close.end);
      }
      ast::Pattern* first = parseMaybeStarPattern();
      if (!at(TokenKind::Comma)) {
        if (first->kind == NodeKind::MatchStar) failInvalidSyntax();
        expect(TokenKind::RParen);
        return first;
      }
      std::vector<ast::Pattern*> items{first};
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RParen)) break;
        items.push_back(parseMaybeStarPattern());
      }
      expect(TokenKind::RParen);
      auto* seq = make<ast::MatchSequencePattern>(NodeKind::MatchSequence, t.begin, previous().end);
      seq->patterns = list(items);
      int stars = 0;
      for (ast::Pattern* p : items) stars += p->kind == NodeKind::MatchStar;
      if (stars > 1) fail(diag::Kind::InvalidPattern, seq->range, "multiple starred names in sequence pattern");
      return seq;
    }
    case TokenKind::LSquare: {
      advance();
      std::vector<ast::Pattern*> items;
      while (!at(TokenKind::RSquare)) {
        items.push_back(parseMaybeStarPattern());
        if (!accept(TokenKind::Comma)) break;
      }
      expect(TokenKind::RSquare);
      auto* seq = make<ast::MatchSequencePattern>(NodeKind::MatchSequence, t.begin, previous().end);
      seq->patterns = list(items);
      int stars = 0;
      for (ast::Pattern* p : items) stars += p->kind == NodeKind::MatchStar;
      if (stars > 1) fail(diag::Kind::InvalidPattern, seq->range, "multiple starred names in sequence pattern");
      return seq;
    }
    case TokenKind::LBrace:
      return parseMappingPattern();
    default:
      failInvalidSyntax();
  }
}

// mapping_pattern: '{' [items_pattern] [',' '**' NAME] [','] '}'
ast::Pattern* Parser::parseMappingPattern() {
  const Token& open = advance();
  std::vector<ast::Expr*> keys;
  std::vector<ast::Pattern*> values;
  ast::Ident rest;
  while (!at(TokenKind::RBrace)) {
    if (at(TokenKind::DoubleStar)) {
      advance();
      if (!at(TokenKind::Name) || atSoftKeyword("_")) failInvalidSyntax();
      rest = ident(advance());
      accept(TokenKind::Comma);
      if (!at(TokenKind::RBrace)) failInvalidSyntax();
      break;
    }
    ast::Expr* key;
    if (at(TokenKind::Name)) {
      key = parseNameOrAttr();
      if (key->kind == NodeKind::Name) failInvalidSyntax();
    } else {
      key = parseLiteralExpr();
    }
    keys.push_back(key);
    expect(TokenKind::Colon);
    values.push_back(parsePattern());
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RBrace);
  auto* p = make<ast::MatchMappingPattern>(NodeKind::MatchMapping, open.begin, previous().end);
  p->keys = list(keys);
  p->patterns = list(values);
  p->rest = rest;
  return p;
}

// class_pattern: name_or_attr '(' [pattern (',' pattern)*] [NAME '=' pattern ...] [','] ')'
ast::Pattern* Parser::parseClassPattern(ast::Expr* cls) {
  advance();  // '('
  std::vector<ast::Pattern*> positional, kwd_patterns;
  std::vector<ast::Ident> kwd_attrs;
  while (!at(TokenKind::RParen)) {
    if (at(TokenKind::Name) && kind(1) == TokenKind::Equal) {
      kwd_attrs.push_back(ident(advance()));
      advance();
      kwd_patterns.push_back(parsePattern());
    } else {
      ast::Pattern* p = parsePattern();
      if (!kwd_attrs.empty()) {
        fail(diag::Kind::InvalidPattern, p->range, "positional patterns follow keyword patterns");
      }
      positional.push_back(p);
    }
    if (!accept(TokenKind::Comma)) break;
  }
  expect(TokenKind::RParen);
  auto* p = make<ast::MatchClassPattern>(NodeKind::MatchClass, cls->range.begin, previous().end);
  p->cls = cls;
  p->patterns = list(positional);
  p->kwd_attrs = list(kwd_attrs);
  p->kwd_patterns = list(kwd_patterns);
  return p;
}

// Finds the match statements of a module (they occur only in statement
// bodies) and checks their patterns as CPython's compiler does.
void Parser::checkMatchStatements(const ast::StmtList& body) {
  for (ast::Stmt* s : body) {
    switch (s->kind) {
      case NodeKind::FunctionDef:
      case NodeKind::AsyncFunctionDef:
        checkMatchStatements(ast::cast<ast::FunctionDefStmt>(s)->body);
        break;
      case NodeKind::ClassDef:
        checkMatchStatements(ast::cast<ast::ClassDefStmt>(s)->body);
        break;
      case NodeKind::For:
      case NodeKind::AsyncFor:
        checkMatchStatements(ast::cast<ast::ForStmt>(s)->body);
        checkMatchStatements(ast::cast<ast::ForStmt>(s)->orelse);
        break;
      case NodeKind::While:
        checkMatchStatements(ast::cast<ast::WhileStmt>(s)->body);
        checkMatchStatements(ast::cast<ast::WhileStmt>(s)->orelse);
        break;
      case NodeKind::If:
        checkMatchStatements(ast::cast<ast::IfStmt>(s)->body);
        checkMatchStatements(ast::cast<ast::IfStmt>(s)->orelse);
        break;
      case NodeKind::With:
      case NodeKind::AsyncWith:
        checkMatchStatements(ast::cast<ast::WithStmt>(s)->body);
        break;
      case NodeKind::Try:
      case NodeKind::TryStar: {
        auto* t = ast::cast<ast::TryStmt>(s);
        checkMatchStatements(t->body);
        for (ast::ExceptHandler* h : t->handlers) checkMatchStatements(h->body);
        checkMatchStatements(t->orelse);
        checkMatchStatements(t->finalbody);
        break;
      }
      case NodeKind::Match: {
        auto* m = ast::cast<ast::MatchStmt>(s);
        for (uint32_t i = 0; i < m->cases.size(); ++i) {
          ast::MatchCase* c = m->cases[i];
          // An irrefutable case is allowed only last or with a guard.
          std::vector<ast::Ident> names;
          SrcRange loc = c->pattern->range;
          checkPattern(c->pattern, i + 1 == m->cases.size() || c->guard != nullptr, names, loc);
          checkMatchStatements(c->body);
        }
        break;
      }
      default:
        break;
    }
  }
}

namespace {

bool sameConstantKey(const ast::Expr* a, const ast::Expr* b) {
  // Keys are constants after CPython's constant folding: compare -1 too.
  auto unwrap = [](const ast::Expr* e, bool& neg) -> const ast::ConstantExpr* {
    neg = false;
    if (e->kind == NodeKind::UnaryOp) {
      neg = true;
      e = ast::cast<ast::UnaryOpExpr>(e)->operand;
    }
    return e->kind == NodeKind::Constant ? ast::cast<ast::ConstantExpr>(e) : nullptr;
  };
  bool na, nb;
  const ast::ConstantExpr* ca = unwrap(a, na);
  const ast::ConstantExpr* cb = unwrap(b, nb);
  if (!ca || !cb || na != nb) return false;
  const ast::Constant& x = ca->value;
  const ast::Constant& y = cb->value;
  using K = ast::Constant::Kind;
  auto numeric = [](const ast::Constant& c, double& v) {
    switch (c.kind) {
      case K::True:
        v = 1;
        return true;
      case K::False:
        v = 0;
        return true;
      case K::Float:
        v = c.number;
        return true;
      case K::Int:
        if (c.text.size() > 15) return false;
        v = std::stod(std::string(c.text));
        return true;
      default:
        return false;
    }
  };
  double vx, vy;
  if (numeric(x, vx) && numeric(y, vy)) {
    if (x.kind == K::Int && y.kind == K::Int) return x.text == y.text;
    return vx == vy;
  }
  if (x.kind != y.kind) return false;
  switch (x.kind) {
    case K::None:
      return true;
    case K::Str:
    case K::Bytes:
    case K::Int:
      return x.text == y.text;
    case K::Complex:
      return x.number == y.number;
    default:
      return false;
  }
}

std::string reprKey(const ast::Expr* e) {
  if (e->kind == NodeKind::UnaryOp)
    return "-" + ast::reprConstant(ast::cast<ast::ConstantExpr>(ast::cast<ast::UnaryOpExpr>(e)->operand)->value);
  return ast::reprConstant(ast::cast<ast::ConstantExpr>(e)->value);
}

}  // namespace

// Mirrors the order in which CPython's compiler visits a pattern, so that the
// first error and its location (`loc`, the pattern visited last) agree:
// irrefutable captures where something must follow, names bound twice,
// alternatives binding different names, repeated class keywords and
// duplicate mapping keys.
void Parser::checkPattern(ast::Pattern* p, bool allow, std::vector<ast::Ident>& names, SrcRange& loc) {
  loc = p->range;
  auto bind = [&](ast::Ident name) {
    for (ast::Ident n : names) {
      if (n == name) {
        fail(diag::Kind::InvalidPattern, loc, "multiple assignments to name '" + std::string(name) + "' in pattern");
      }
    }
    names.push_back(name);
  };
  switch (p->kind) {
    case NodeKind::MatchAs: {
      auto* as = ast::cast<ast::MatchAsPattern>(p);
      if (!as->pattern) {
        if (!allow) {
          fail(diag::Kind::InvalidPattern, p->range,
               as->name.empty() ? std::string("wildcard makes remaining patterns unreachable")
                                : "name capture '" + std::string(as->name) + "' makes remaining patterns unreachable");
        }
        if (!as->name.empty()) bind(as->name);
        return;
      }
      checkPattern(as->pattern, allow, names, loc);
      bind(as->name);
      return;
    }
    case NodeKind::MatchStar: {
      auto* star = ast::cast<ast::MatchStarPattern>(p);
      if (!star->name.empty()) bind(star->name);
      return;
    }
    case NodeKind::MatchSequence:
      for (ast::Pattern* sub : ast::cast<ast::MatchSequencePattern>(p)->patterns) checkPattern(sub, true, names, loc);
      return;
    case NodeKind::MatchMapping: {
      auto* m = ast::cast<ast::MatchMappingPattern>(p);
      for (uint32_t i = 0; i < m->keys.size(); ++i) {
        for (uint32_t j = 0; j < i; ++j) {
          if (sameConstantKey(m->keys[j], m->keys[i])) {
            fail(diag::Kind::InvalidPattern, p->range,
                 "mapping pattern checks duplicate key (" + reprKey(m->keys[i]) + ")");
          }
        }
      }
      for (ast::Pattern* sub : m->patterns) checkPattern(sub, true, names, loc);
      if (!m->rest.empty()) bind(m->rest);
      return;
    }
    case NodeKind::MatchClass: {
      auto* c = ast::cast<ast::MatchClassPattern>(p);
      for (uint32_t i = 0; i < c->kwd_attrs.size(); ++i) {
        for (uint32_t j = 0; j < i; ++j) {
          if (c->kwd_attrs[j] == c->kwd_attrs[i]) {
            fail(diag::Kind::InvalidPattern, c->kwd_patterns[i]->range,
                 "attribute name repeated in class pattern: " + std::string(c->kwd_attrs[i]));
          }
        }
      }
      for (ast::Pattern* sub : c->patterns) checkPattern(sub, true, names, loc);
      for (ast::Pattern* sub : c->kwd_patterns) checkPattern(sub, true, names, loc);
      return;
    }
    case NodeKind::MatchOr: {
      auto* o = ast::cast<ast::MatchOrPattern>(p);
      std::vector<ast::Ident> first;
      for (uint32_t i = 0; i < o->patterns.size(); ++i) {
        std::vector<ast::Ident> alt;
        checkPattern(o->patterns[i], allow && i + 1 == o->patterns.size(), alt, loc);
        if (i == 0) {
          first = alt;
          continue;
        }
        bool same = alt.size() == first.size();
        for (ast::Ident n : alt) same = same && std::find(first.begin(), first.end(), n) != first.end();
        if (!same) fail(diag::Kind::InvalidPattern, loc, "alternative patterns bind different names");
      }
      for (ast::Ident n : first) bind(n);
      return;
    }
    default:
      return;
  }
}

}  // namespace taipan::parse
