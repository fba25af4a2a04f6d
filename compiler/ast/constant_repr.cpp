// Python's repr() of the constants an AST can hold, character for character as
// CPython prints them inside ast.dump: str (quote choice, escapes, Unicode
// printability as lex::unicode::isPrintable decides it), bytes, int (already
// canonical decimal text), float (shortest round-trip digits laid out like
// float_repr), the pure-imaginary complex of a `1j` literal,
// True/False/None/Ellipsis.
#include <charconv>
#include <cmath>
#include <cstring>

#include "compiler/ast/dump.h"
#include "compiler/lex/unicode.h"

namespace taipan::ast {

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

void appendHexEscape(std::string& out, char kind, uint32_t cp, int digits) {
  out.push_back('\\');
  out.push_back(kind);
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHexDigits[(cp >> shift) & 0xF]);
}

// Decodes one WTF-8 sequence at s[i]; advances i. The input comes from our
// own decoder, so it is well formed; a stray byte is returned as itself.
uint32_t decodeWtf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (c < 0xC0 || i + len > s.size()) {
    ++i;
    return c;
  }
  uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
  for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return cp;
}

// CPython's quote choice: single quotes unless the text has a ' and no ".
char chooseQuote(std::string_view s) {
  if (s.empty()) return '\'';  // memchr must not see the null data() of an empty view
  bool has_single = std::memchr(s.data(), '\'', s.size()) != nullptr;
  if (!has_single) return '\'';
  bool has_double = std::memchr(s.data(), '"', s.size()) != nullptr;
  return has_double ? '\'' : '"';
}

bool appendAsciiEscape(std::string& out, unsigned char c, char quote) {
  switch (c) {
    case '\\':
      out += "\\\\";
      return true;
    case '\t':
      out += "\\t";
      return true;
    case '\n':
      out += "\\n";
      return true;
    case '\r':
      out += "\\r";
      return true;
    default:
      break;
  }
  if (c == static_cast<unsigned char>(quote)) {
    out.push_back('\\');
    out.push_back(quote);
    return true;
  }
  if (c < 0x20 || c >= 0x7F) {
    appendHexEscape(out, 'x', c, 2);
    return true;
  }
  return false;
}

// Python's repr() of a finite or infinite double, optionally without the ".0"
// that marks an integral float (complex's repr leaves it out).
void appendFloat(std::string& out, double v, bool force_point) {
  if (std::isnan(v)) {
    out += "nan";
    return;
  }
  if (std::isinf(v)) {
    out += v < 0 ? "-inf" : "inf";
    return;
  }
  // Shortest round-trip digits, in scientific form "d.ddde+XX".
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
  std::string_view sci(buf, res.ptr - buf);
  if (sci.front() == '-') {
    out.push_back('-');
    sci.remove_prefix(1);
  }
  size_t e = sci.find('e');
  std::string digits;
  for (char c : sci.substr(0, e))
    if (c != '.') digits.push_back(c);
  int exp10 = 0;
  std::from_chars(sci.data() + e + (sci[e + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exp10);
  // `exp10` is the exponent of the first digit; Python's repr switches to
  // exponent notation when the decimal point would sit before -4 or after 16.
  int decpt = exp10 + 1;
  int ndigits = static_cast<int>(digits.size());
  if (decpt <= -4 || decpt > 16) {
    out.push_back(digits[0]);
    if (ndigits > 1) {
      out.push_back('.');
      out.append(digits, 1, std::string::npos);
    }
    out.push_back('e');
    int x = decpt - 1;
    out.push_back(x < 0 ? '-' : '+');
    if (x < 0) x = -x;
    if (x < 10) out.push_back('0');
    out += std::to_string(x);
    return;
  }
  if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-decpt), '0');
    out += digits;
  } else if (decpt >= ndigits) {
    out += digits;
    out.append(static_cast<size_t>(decpt - ndigits), '0');
    if (force_point) out += ".0";
  } else {
    out.append(digits, 0, decpt);
    out.push_back('.');
    out.append(digits, decpt, std::string::npos);
  }
}

}  // namespace

std::string reprStr(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  char quote = chooseQuote(s);
  out.push_back(quote);
  size_t i = 0;
  while (i < s.size()) {
    // Copy runs of printable ASCII that need no escape in one append.
    size_t run = i;
    while (run < s.size()) {
      unsigned char c = static_cast<unsigned char>(s[run]);
      if (c < 0x20 || c >= 0x7F || c == '\\' || c == static_cast<unsigned char>(quote)) break;
      ++run;
    }
    out.append(s.data() + i, run - i);
    i = run;
    if (i >= s.size()) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      appendAsciiEscape(out, c, quote);
      ++i;
      continue;
    }
    size_t start = i;
    uint32_t cp = decodeWtf8(s, i);
    if (lex::unicode::isPrintable(static_cast<int32_t>(cp)))
      out.append(s.data() + start, i - start);
    else if (cp <= 0xFF)
      appendHexEscape(out, 'x', cp, 2);
    else if (cp <= 0xFFFF)
      appendHexEscape(out, 'u', cp, 4);
    else
      appendHexEscape(out, 'U', cp, 8);
  }
  out.push_back(quote);
  return out;
}

std::string reprBytes(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + 3);
  char quote = chooseQuote(bytes);
  out.push_back('b');
  out.push_back(quote);
  for (char ch : bytes) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (!appendAsciiEscape(out, c, quote)) out.push_back(ch);
  }
  out.push_back(quote);
  return out;
}

std::string reprFloat(double v) {
  std::string out;
  appendFloat(out, v, /*force_point=*/true);
  return out;
}

std::string reprComplexImag(double imag) {
  // The real part of a `1j` literal is +0.0, which complex's repr leaves out.
  std::string out;
  appendFloat(out, imag, /*force_point=*/false);
  out.push_back('j');
  return out;
}

std::string reprConstant(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::None:
      return "None";
    case Constant::Kind::True:
      return "True";
    case Constant::Kind::False:
      return "False";
    case Constant::Kind::Ellipsis:
      return "Ellipsis";
    case Constant::Kind::Int:
      return std::string(c.text);
    case Constant::Kind::Float:
      return reprFloat(c.number);
    case Constant::Kind::Complex:
      return reprComplexImag(c.number);
    case Constant::Kind::Str:
      return reprStr(c.text);
    case Constant::Kind::Bytes:
      return reprBytes(c.text);
  }
  return "None";
}

}  // namespace taipan::ast
