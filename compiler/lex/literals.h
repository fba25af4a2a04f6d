// Decoding of literal tokens into values, with CPython's errors and warnings:
// string and bytes literals (escape sequences, \N{...} names, raw strings),
// f-string middle parts (with {{ and }} folded), and numbers (int with
// underscores in any base, float, imaginary).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "compiler/diag/diagnostics.h"
#include "compiler/lex/token.h"

namespace taipan::lex {

// A decoded str/bytes literal. For str, `value` is UTF-8, where lone
// surrogates (from "\ud800") are encoded as 3-byte sequences (WTF-8).
// For bytes, `value` holds the raw bytes.
struct DecodedString {
  std::string value;
  bool ok = true;
};

// Decodes one String token (prefix, quotes and body). Reports errors
// (EscapeDecodeError, BytesNonAscii) and warnings (InvalidEscape, "invalid
// escape sequence '\d'") to `diags` at the token's position.
DecodedString decodeString(const TokenStream& tokens, const Token& tok, diag::DiagnosticEngine& diags);

// Decodes the text of one FStringMiddle token of an f-string whose FStringStart
// carries `prefix_flags`; folds "{{" and "}}".
DecodedString decodeFStringMiddle(const TokenStream& tokens, const Token& tok, uint8_t prefix_flags,
                                  diag::DiagnosticEngine& diags);

struct DecodedNumber {
  enum class Kind : uint8_t { Int, Float, Imaginary } kind = Kind::Int;
  // Int: canonical decimal digits ("0", "123", "340282366920938463463374607431768211456").
  std::string int_decimal;
  // Float: the value; Imaginary: the imaginary part.
  double number = 0.0;
  bool ok = true;
};

// Decodes one Number token; reports InvalidNumber errors.
DecodedNumber decodeNumber(const TokenStream& tokens, const Token& tok, diag::DiagnosticEngine& diags);

}  // namespace taipan::lex
