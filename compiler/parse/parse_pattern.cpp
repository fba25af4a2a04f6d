// Patterns of match statements (PEP 634): literal, capture, wildcard, value,
// group, sequence, mapping, class, or- and as-patterns, building CPython's
// pattern nodes. Only the grammar's own errors are reported here: the pattern
// errors CPython raises in its compiler (unreachable patterns, several starred
// names, repeated names or keys, f-string values) are accepted by ast.parse, so
// sema's compile-time checks (compiler/sema/checks.cpp) report them instead.
#include <string>

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
    case TokenKind::FStringStart:
      // An f-string parses (ast.parse accepts it); the compiler rejects it.
      return parseStrings();
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

}  // namespace taipan::parse
