// Names of token kinds (as --emit=tokens prints them) and the keyword test,
// both generated from tokens.def.
#include "compiler/lex/token.h"

namespace taipan::lex {

std::string_view tokenSpelling(TokenKind kind) {
  switch (kind) {
#define TP_TOKEN(Name, Spelling) \
  case TokenKind::Name:          \
    return Spelling;
#include "compiler/lex/tokens.def"
  }
  return "?";
}

bool isKeyword(TokenKind kind) {
  switch (kind) {
#define TP_KEYWORD(Name, Spelling) case TokenKind::Name:
#include "compiler/lex/tokens.def"
    return true;
    default:
      return false;
  }
}

}  // namespace taipan::lex
