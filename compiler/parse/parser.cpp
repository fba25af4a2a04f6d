// Parser core: the token cursor, syntax-error reporting (with the lexer's
// pending error taking precedence at its token), recursion-depth guard, and
// the public parseModule entry point. Grammar rules live in parse_stmt.cpp,
// parse_expr.cpp and parse_pattern.cpp.
#include "compiler/parse/parser_impl.h"

#include "compiler/lex/lexer.h"

namespace taipan::parse {

Parser::Parser(const lex::TokenStream& tokens, ast::ParsedModule& out, diag::DiagnosticEngine& diags,
               const ParseOptions& options)
    : tokens_(tokens), toks_(tokens.tokens), out_(out), arena_(*out.arena), diags_(diags), options_(options) {}

bool Parser::atSoftKeyword(std::string_view word, size_t n) const {
  const Token& t = peek(n);
  return t.kind == TokenKind::Name && tokens_.text(t) == word;
}

const Token& Parser::expect(TokenKind k) {
  if (at(k)) return advance();
  if (at(TokenKind::Error)) failInvalidSyntax();
  failAt(peek(), "expected '" + std::string(lex::tokenSpelling(k)) + "'");
}

// Whether CPython would report the lexer's error `e`, found later in the file,
// instead of a syntax error at the parser's current token: after a parser
// error CPython tokenizes the rest of the file, and tokenizer errors that
// raise immediately (bad literals, unbalanced brackets, invalid characters)
// replace the parser's error; an unclosed bracket only when it was opened on
// an earlier line. Indentation and line-continuation errors do not.
static bool lexerErrorWins(const diag::Diagnostic& e, const SourceFile& file, uint32_t error_at) {
  switch (e.kind) {
    case diag::Kind::UnterminatedString:
    case diag::Kind::UnterminatedTripleQuotedString:
    case diag::Kind::InvalidNumber:
    case diag::Kind::UnmatchedBracket:
    case diag::Kind::MismatchedBracket:
    case diag::Kind::TooManyNestedBrackets: return true;
    case diag::Kind::InvalidCharacter: return e.message != "invalid syntax";  // `$`, `?`: a plain ERRORTOKEN
    case diag::Kind::UnclosedBracket: return file.lineCol(e.range.begin).line < file.lineCol(error_at).line;
    // (When the parser had to look at the end of the file to fail, the
    // unclosed bracket wins regardless of lines: see fail().)
    default: return false;
  }
}

void Parser::fail(diag::Kind kind, SrcRange range, std::string message) {
  // A lexer error at or before the failure point is what CPython reports.
  if (at(TokenKind::Error) && tokens_.error) {
    const diag::Diagnostic& e = *tokens_.error;
    diags_.report(e.kind, e.file, e.range, e.message);
  } else if (errors_ == 0 && tokens_.error && kind != diag::Kind::UnexpectedIndent &&
             (lexerErrorWins(*tokens_.error, *tokens_.file, peek().begin) ||
              (tokens_.error->kind == diag::Kind::UnclosedBracket && this->kind(1) == TokenKind::Error))) {
    const diag::Diagnostic& e = *tokens_.error;
    diags_.report(e.kind, e.file, e.range, e.message);
    // CPython reports only this error; stop here instead of resynchronising
    // (which would reach the same lexer error again).
    errors_ = options_.max_errors;
    throw SyntaxErrorUnwind{};
  } else {
    diags_.report(kind, tokens_.file, range, std::move(message));
    for (PendingNote& n : pending_note_) diags_.note(tokens_.file, n.range, std::move(n.message));
  }
  pending_note_.clear();
  ++errors_;
  throw SyntaxErrorUnwind{};
}

void Parser::failWithNote(diag::Kind kind, SrcRange range, std::string message, SrcRange note_range,
                          std::string note) {
  pending_note_.assign(1, PendingNote{note_range, std::move(note)});
  fail(kind, range, std::move(message));
}

void Parser::failAt(const Token& tok, std::string message) {
  fail(diag::Kind::ExpectedToken, {tok.begin, tok.end}, std::move(message));
}

void Parser::failInvalidSyntax() {
  const Token& t = peek();
  fail(diag::Kind::InvalidSyntax, {t.begin, t.end}, "invalid syntax");
}

void Parser::warn(diag::Kind kind, SrcRange range, std::string message) {
  diags_.report(kind, tokens_.file, range, std::move(message));
}

ast::Ident Parser::ident(const Token& t) {
  std::string storage;
  std::string_view s = lex::identifierText(tokens_, t, storage);
  if (!storage.empty()) return arena_.copy(storage);
  return s;  // points into the source text, which outlives the AST
}

Parser::DepthGuard::DepthGuard(Parser& parser) : p(parser) {
  if (++p.depth_ > kMaxDepth) {
    --p.depth_;  // the destructor does not run when the constructor throws
    const Token& t = p.peek();
    p.fail(diag::Kind::TooDeeplyNested, {t.begin, t.end}, "too many nested expressions or statements");
  }
}

ast::ParsedModule parseModule(const lex::TokenStream& tokens, diag::DiagnosticEngine& diags,
                              const ParseOptions& options) {
  ast::ParsedModule out;
  out.file = tokens.file;
  Parser parser(tokens, out, diags, options);
  out.module = parser.parseFile();
  return out;
}

}  // namespace taipan::parse
