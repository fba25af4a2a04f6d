// Tokens: the lexer's output and the parser's input. A token is a kind and a
// byte range into the decoded source; its text is read back from the source
// (identifiers are NFKC-normalised by the parser through lex::identifierText
// when they contain non-ASCII characters). The whole file is tokenized up
// front into a TokenStream, so the parser can look ahead as far as it needs.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "compiler/diag/diagnostics.h"
#include "compiler/source/source_file.h"

namespace taipan::lex {

enum class TokenKind : uint8_t {
#define TP_TOKEN(Name, Spelling) Name,
#include "compiler/lex/tokens.def"
};

// "NAME", "(", "if", ...
std::string_view tokenSpelling(TokenKind kind);
bool isKeyword(TokenKind kind);

struct Token {
  TokenKind kind;
  // For FStringStart/String: bit flags from StringPrefix; for Name: 1 when the
  // identifier contains non-ASCII characters (needs normalisation).
  uint8_t flags = 0;
  uint32_t begin = 0;  // byte offset of the first character
  uint32_t end = 0;    // byte offset one past the last character
};

// Bits of Token::flags on String and FStringStart tokens.
enum StringPrefix : uint8_t {
  kPrefixRaw = 1,
  kPrefixBytes = 2,
  kPrefixFormat = 4,
  kPrefixUnicode = 8,      // u"..." (ast keeps kind='u')
  kPrefixTriple = 16,      // triple-quoted
};

struct TokenStream {
  const SourceFile* file = nullptr;
  // Always ends with EndOfFile. When the lexer hits an error, the stream ends
  // with an Error token followed by EndOfFile, and `error` holds the
  // diagnostic; the parser reports it when it reaches the Error token (so that
  // an earlier syntax error wins, as in CPython).
  std::vector<Token> tokens;
  std::optional<diag::Diagnostic> error;

  std::string_view text(const Token& t) const { return file->text().substr(t.begin, t.end - t.begin); }
};

}  // namespace taipan::lex
