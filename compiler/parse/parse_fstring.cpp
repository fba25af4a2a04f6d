// String literals in expressions: adjacent String and f-string tokens
// concatenate into one Constant (str or bytes) or, when any part is an
// f-string, one JoinedStr of Constant pieces and FormattedValue nodes, the way
// CPython 3.11 builds them (literal text merged across parts, empty pieces
// dropped, self-documenting `{x=}` text, conversions and nested format specs).
// The lexer delivers f-strings as FStringStart / FStringMiddle / expression
// tokens / FStringEnd (PEP 701), so replacement fields are parsed with the
// ordinary expression rules.
#include <string>
#include <vector>

#include "compiler/lex/literals.h"
#include "compiler/parse/expr_rules.h"

namespace taipan::parse {

using ast::Expr;
using ast::NodeKind;

namespace {

// Accumulates the values of one JoinedStr (or format spec): literal text is
// buffered so that adjacent pieces merge into one Constant.
struct Pieces {
  std::vector<Expr*> values;
  std::string pending;
  uint32_t pending_begin = 0, pending_end = 0;
  bool kind_u = false;

  void addText(std::string_view s, uint32_t begin, uint32_t end) {
    if (s.empty()) return;
    if (pending.empty()) pending_begin = begin;
    pending += s;
    pending_end = end;
  }
  void flush(Parser& p) {
    if (pending.empty()) return;
    auto* c = p.make<ast::ConstantExpr>(NodeKind::Constant, pending_begin, pending_end);
    c->value.kind = ast::Constant::Kind::Str;
    c->value.text = p.arena().copy(pending);
    c->kind_u = kind_u;
    values.push_back(c);
    pending.clear();
  }
};

struct FStringRules {
  ExprRules& r;
  Parser& p;
  int spec_depth = 0;  // format specs being parsed around the cursor

  // The literal and replacement-field parts of an f-string body or format
  // spec, up to (not including) FStringEnd or the spec's closing '}'.
  void body(Pieces& out, uint8_t flags, bool in_spec) {
    for (;;) {
      const Token& t = p.peek();
      if (t.kind == TokenKind::FStringMiddle) {
        p.advance();
        lex::DecodedString d = lex::decodeFStringMiddle(p.tokens(), t, flags, p.diags());
        if (!d.ok) throw SyntaxErrorUnwind{};
        out.addText(d.value, t.begin, t.end);
      } else if (t.kind == TokenKind::LBrace) {
        field(out, flags);
      } else if (in_spec || t.kind == TokenKind::FStringEnd) {
        return;
      } else {
        p.failInvalidSyntax();
      }
    }
  }

  [[noreturn]] void failHere(std::string message) {
    const Token& t = p.peek();
    p.fail(diag::Kind::InvalidFString, {t.begin, t.end}, std::move(message));
  }

  // A replacement field, at '{'.
  void field(Pieces& out, uint8_t flags) {
    Parser::DepthGuard guard(p);
    // CPython allows replacement fields two format specs deep, no deeper.
    if (spec_depth >= 2) failHere("f-string: expressions nested too deeply");
    const Token& open = p.advance();
    switch (p.kind()) {
      case TokenKind::RBrace:
        failHere("f-string: empty expression not allowed");
      case TokenKind::Exclamation:
      case TokenKind::Colon:
      case TokenKind::Equal:
        failHere("f-string: expression required before '" + std::string(p.text(p.peek())) + "'");
      default:
        break;
    }
    Expr* value = p.at(TokenKind::KwYield) ? r.yieldExpression() : r.starExpressions();
    bool debug = false;
    if (p.at(TokenKind::Equal)) {
      p.advance();
      debug = true;
      // The self-documenting text is the raw source from after '{' through
      // '=' and the whitespace after it.
      std::string_view src = p.tokens().file->text();
      uint32_t end = p.peek().begin;
      out.addText(src.substr(open.end, end - open.end), open.end, end);
    }
    int conversion = -1;
    if (p.accept(TokenKind::Exclamation)) {
      std::string_view c = p.at(TokenKind::Name) ? p.text(p.peek()) : std::string_view();
      if (c != "s" && c != "r" && c != "a")
        failHere("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      p.advance();
      conversion = c[0];
    }
    Expr* spec = nullptr;
    if (p.at(TokenKind::Colon)) {
      const Token& colon = p.advance();
      Pieces inner;
      ++spec_depth;
      body(inner, flags, true);
      --spec_depth;
      inner.flush(p);
      auto* js = p.make<ast::JoinedStrExpr>(NodeKind::JoinedStr, colon.end, p.peek().begin);
      js->values = p.list(inner.values);
      spec = js;
    }
    if (!p.at(TokenKind::RBrace)) failHere("f-string: expecting '}'");
    const Token& close = p.advance();
    if (debug && conversion == -1 && spec == nullptr) conversion = 'r';
    out.flush(p);
    auto* fv = p.make<ast::FormattedValueExpr>(NodeKind::FormattedValue, open.begin, close.end);
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    out.values.push_back(fv);
  }
};

}  // namespace

Expr* ExprRules::strings() {
  const Token& first = p.peek();
  bool has_bytes = false, has_str = false, has_f = false;
  Pieces pieces;
  // CPython sets kind='u' only for a lower-case u prefix on the first part.
  pieces.kind_u = (first.flags & lex::kPrefixUnicode) != 0 && p.text(first)[0] == 'u';
  FStringRules f{*this, p};
  for (;;) {
    const Token& t = p.peek();
    if (t.kind == TokenKind::String) {
      p.advance();
      (t.flags & lex::kPrefixBytes ? has_bytes : has_str) = true;
      lex::DecodedString d = lex::decodeString(p.tokens(), t, p.diags());
      if (!d.ok) throw SyntaxErrorUnwind{};
      pieces.addText(d.value, t.begin, t.end);
    } else if (t.kind == TokenKind::FStringStart) {
      p.advance();
      has_str = has_f = true;
      f.body(pieces, t.flags, false);
      p.advance();  // FStringEnd
    } else {
      break;
    }
  }
  uint32_t end = p.previous().end;
  if (has_bytes && has_str) {
    // CPython 3.11 reports this just after the last string.
    const Token& t = p.peek();
    p.fail(diag::Kind::MixedBytesAndStr, {t.begin, t.begin}, "cannot mix bytes and nonbytes literals");
  }
  if (!has_f) {
    auto* c = p.make<ast::ConstantExpr>(NodeKind::Constant, first.begin, end);
    c->value.kind = has_bytes ? ast::Constant::Kind::Bytes : ast::Constant::Kind::Str;
    c->value.text = p.arena().copy(pieces.pending);
    c->kind_u = pieces.kind_u;
    return c;
  }
  pieces.flush(p);
  auto* js = p.make<ast::JoinedStrExpr>(NodeKind::JoinedStr, first.begin, end);
  js->values = p.list(pieces.values);
  return js;
}

Expr* Parser::parseStrings() { return ExprRules{*this}.strings(); }

}  // namespace taipan::parse
