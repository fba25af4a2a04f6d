// Unicode helpers for the lexer: decoding one code point from UTF-8,
// classifying identifier characters (an approximation of XID_Start and
// XID_Continue built from general categories, as PEP 3131 defines them),
// Python's notion of a printable character (for "invalid non-printable
// character" errors), and NFKC normalisation of identifiers. Everything here
// is only reached for non-ASCII text; ASCII has fast paths in the lexer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace taipan::lex::unicode {

// Decodes the code point at p (p < end). Returns its length in bytes (>= 1,
// never past end); malformed input yields U+FFFD and length 1.
int decodeUtf8(const char* p, const char* end, int32_t* cp);

bool isIdStart(int32_t cp);
bool isIdContinue(int32_t cp);
// What CPython 3.11's str.isprintable() says about one character: false for
// the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs (but ASCII space is
// printable). Code points newer than its Unicode 14.0 count as unassigned.
bool isPrintable(int32_t cp);

// NFKC-normalises `in` into `out`; returns false (leaving `out` alone) when
// the text is already normalised.
bool nfkc(std::string_view in, std::string& out);

}  // namespace taipan::lex::unicode
