// The lexer: turns decoded source text into the TokenStream the parser reads,
// following CPython 3.12's tokenizer (Lib/tokenize and Parser/tokenizer.c
// semantics): INDENT/DEDENT with CPython's tab rules, implicit line joining
// inside brackets, backslash continuation, PEP 701 f-strings as
// FSTRING_START / FSTRING_MIDDLE / expression tokens / FSTRING_END, and
// CPython's tokenizer errors.
#pragma once

#include <string>

#include "compiler/lex/token.h"

namespace taipan::lex {

// Tokenizes the whole file. Never fails: errors end the stream (token.h).
// Warnings (e.g. invalid escape sequences are not found here, see literals.h)
// go to `diags` directly.
TokenStream tokenize(const SourceFile& file, diag::DiagnosticEngine& diags);

// One line per token for --emit=tokens (format documented in lexer.cpp):
//   1,0-1,5:<TAB>NAME<TAB>'print'
std::string dumpTokens(const TokenStream& tokens);

// The identifier a Name token denotes: its text, NFKC-normalised when it
// contains non-ASCII characters. `storage` receives the normalised text when
// normalisation changes it.
std::string_view identifierText(const TokenStream& tokens, const Token& tok, std::string& storage);

}  // namespace taipan::lex
