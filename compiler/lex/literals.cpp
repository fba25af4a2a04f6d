// Literal decoding (literals.h): turns String, FStringMiddle and Number tokens
// into values with CPython's exact results, errors and warnings. Strings take a
// fast path (one scan, one copy) when the body has no backslash and no carriage
// return; escapes are decoded in one pass with CPython's rules. Error messages
// quote positions the way CPython's 'unicodeescape' codec does: CPython first
// rewrites every non-ASCII character of the body as a 10-byte "\UXXXXXXXX"
// escape (and a backslash before one as "\u005c"), so positions are counted in
// that rewritten text.
#include "compiler/lex/literals.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "compiler/lex/unicode_names.h"

namespace taipan::lex {

namespace {

bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}
bool isOct(char c) { return c >= '0' && c <= '7'; }

// Appends `cp` as UTF-8; surrogates get their 3-byte form (WTF-8).
void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

// The position CPython's codec reports for byte offset `index` of `body` (see
// the file comment).
size_t codecPosition(std::string_view body, size_t index) {
  size_t pos = 0;
  size_t i = 0;
  while (i < index && i < body.size()) {
    if (body[i] == '\\') {
      ++pos;
      ++i;
      if (i >= body.size()) break;
      if (static_cast<unsigned char>(body[i]) >= 0x80) pos += 5;  // "u005c"
      if (i >= index) break;
    }
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c >= 0x80) {
      pos += 10;
      i += utf8Length(c);
    } else {
      ++pos;
      ++i;
    }
  }
  return pos;
}

// Where the body of a string token starts and ends, and its prefix flags.
struct StringParts {
  std::string_view body;
  bool raw = false;
  bool bytes = false;
};

StringParts splitString(std::string_view text) {
  StringParts p;
  size_t i = 0;
  while (i < text.size() && text[i] != '\'' && text[i] != '"') {
    char c = text[i] | 0x20;
    if (c == 'r') p.raw = true;
    if (c == 'b') p.bytes = true;
    ++i;
  }
  size_t quote_len = 1;
  if (i + 2 < text.size() && text[i + 1] == text[i] && text[i + 2] == text[i] && text.size() - i >= 6) quote_len = 3;
  size_t begin = i + quote_len;
  size_t end = text.size() >= quote_len ? text.size() - quote_len : begin;
  if (end < begin) end = begin;
  p.body = text.substr(begin, end - begin);
  return p;
}

// Copies `s` normalising "\r\n" and "\r" to "\n" (CPython translates newlines
// before tokenizing, so a literal newline in a string is always "\n").
void appendNormalisingNewlines(std::string& out, std::string_view s) {
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\r') continue;
    out.append(s.data() + start, i - start);
    out.push_back('\n');
    if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
    start = i + 1;
  }
  out.append(s.data() + start, s.size() - start);
}

class EscapeDecoder {
 public:
  EscapeDecoder(const TokenStream& tokens, const Token& tok, diag::DiagnosticEngine& diags, std::string_view body,
                bool bytes, bool fold_braces)
      : tokens_(tokens), tok_(tok), diags_(diags), body_(body), bytes_(bytes), fold_braces_(fold_braces) {}

  DecodedString run();

 private:
  void unicodeError(size_t start, size_t end, std::string_view what) {
    std::string msg = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
    msg += std::to_string(codecPosition(body_, start));
    msg += '-';
    msg += std::to_string(codecPosition(body_, end) - 1);
    msg += ": ";
    msg += what;
    error(diag::Kind::EscapeDecodeError, std::move(msg));
  }
  void error(diag::Kind kind, std::string msg) {
    if (!ok_) return;
    ok_ = false;
    diags_.report(kind, tokens_.file, {tok_.begin, tok_.end}, std::move(msg));
  }
  // CPython warns about the first invalid escape of a literal only.
  void warn(std::string msg) {
    if (warned_) return;
    warned_ = true;
    diags_.report(diag::Kind::InvalidEscape, tokens_.file, {tok_.begin, tok_.end}, std::move(msg));
  }
  // Reads exactly `n` hex digits after the escape letter at body_[i-1];
  // returns false (and reports) when they aren't there.
  bool readHex(size_t& i, size_t start, int n, uint32_t& value);
  void namedEscape(size_t& i, size_t start);

  const TokenStream& tokens_;
  const Token& tok_;
  diag::DiagnosticEngine& diags_;
  std::string_view body_;
  bool bytes_;
  bool fold_braces_;
  bool ok_ = true;
  bool warned_ = false;
  std::string out_;
};

bool EscapeDecoder::readHex(size_t& i, size_t start, int n, uint32_t& value) {
  value = 0;
  for (int k = 0; k < n; ++k) {
    if (i >= body_.size() || !isHex(body_[i])) {
      if (bytes_) {
        error(diag::Kind::EscapeDecodeError, "(value error) invalid \\x escape at position " + std::to_string(start));
      } else {
        const char* what = n == 2   ? "truncated \\xXX escape"
                           : n == 4 ? "truncated \\uXXXX escape"
                                    : "truncated \\UXXXXXXXX escape";
        unicodeError(start, i, what);
      }
      return false;
    }
    value = value * 16 + hexValue(body_[i]);
    ++i;
  }
  return true;
}

void EscapeDecoder::namedEscape(size_t& i, size_t start) {
  // `i` is just past the 'N'.
  if (i < body_.size() && body_[i] == '{') {
    size_t close = body_.find('}', i + 1);
    if (close != std::string_view::npos && close > i + 1) {
      std::string_view name = body_.substr(i + 1, close - i - 1);
      if (auto cp = lookupUnicodeName(name)) {
        appendUtf8(out_, *cp);
        i = close + 1;
        return;
      }
      unicodeError(start, close + 1, "unknown Unicode character name");
      i = close + 1;
      return;
    }
    // CPython reports up to the closing brace, or to the end of the body.
    unicodeError(start, close == std::string_view::npos ? body_.size() : close, "malformed \\N character escape");
    return;
  }
  unicodeError(start, i, "malformed \\N character escape");
}

DecodedString EscapeDecoder::run() {
  out_.reserve(body_.size());
  size_t n = body_.size();
  size_t i = 0;
  while (i < n && ok_) {
    // Copy the run of ordinary characters in one go.
    size_t run = i;
    while (run < n) {
      char c = body_[run];
      if (c == '\\' || c == '\r' || (fold_braces_ && (c == '{' || c == '}'))) break;
      if (bytes_ && static_cast<unsigned char>(c) >= 0x80) break;
      ++run;
    }
    out_.append(body_.data() + i, run - i);
    i = run;
    if (i >= n) break;
    char c = body_[i];
    if (c == '\r') {
      out_.push_back('\n');
      i += (i + 1 < n && body_[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    if (c == '{' || c == '}') {
      out_.push_back(c);
      i += (i + 1 < n && body_[i + 1] == c) ? 2 : 1;
      continue;
    }
    if (c != '\\') {  // non-ASCII in bytes
      error(diag::Kind::BytesNonAscii, "bytes can only contain ASCII literal characters");
      break;
    }
    size_t start = i;
    ++i;
    if (i >= n) {  // the lexer never lets a literal end in a lone backslash
      out_.push_back('\\');
      break;
    }
    char e = body_[i++];
    switch (e) {
      case '\n':
        break;
      case '\r':
        if (i < n && body_[i] == '\n') ++i;
        break;
      case '\\':
        out_.push_back('\\');
        break;
      case '\'':
        out_.push_back('\'');
        break;
      case '"':
        out_.push_back('"');
        break;
      case 'a':
        out_.push_back('\a');
        break;
      case 'b':
        out_.push_back('\b');
        break;
      case 'f':
        out_.push_back('\f');
        break;
      case 'n':
        out_.push_back('\n');
        break;
      case 'r':
        out_.push_back('\r');
        break;
      case 't':
        out_.push_back('\t');
        break;
      case 'v':
        out_.push_back('\v');
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t v = e - '0';
        if (i < n && isOct(body_[i])) {
          v = v * 8 + (body_[i++] - '0');
          if (i < n && isOct(body_[i])) v = v * 8 + (body_[i++] - '0');
        }
        if (v > 0377) warn("invalid octal escape sequence '" + std::string(body_.substr(start, i - start)) + "'");
        if (bytes_)
          out_.push_back(static_cast<char>(v & 0xFF));
        else
          appendUtf8(out_, v);
        break;
      }
      case 'x': {
        uint32_t v;
        if (!readHex(i, start, 2, v)) break;
        if (bytes_)
          out_.push_back(static_cast<char>(v));
        else
          appendUtf8(out_, v);
        break;
      }
      case 'u':
      case 'U': {
        if (bytes_) goto invalid;
        uint32_t v;
        if (!readHex(i, start, e == 'u' ? 4 : 8, v)) break;
        if (v > 0x10FFFF) {
          unicodeError(start, i, "illegal Unicode character");
          break;
        }
        appendUtf8(out_, v);
        break;
      }
      case 'N':
        if (bytes_) goto invalid;
        namedEscape(i, start);
        break;
      default:
        if (static_cast<unsigned char>(e) >= 0x80) {
          if (bytes_) {
            error(diag::Kind::BytesNonAscii, "bytes can only contain ASCII literal characters");
            break;
          }
          // CPython turns a backslash before a non-ASCII character into a
          // literal backslash ("\u005c"), without a warning.
          out_.push_back('\\');
          --i;
          break;
        }
      invalid:
        warn(std::string("invalid escape sequence '\\") + e + "'");
        out_.push_back('\\');
        out_.push_back(e);
        break;
    }
  }
  DecodedString result;
  result.ok = ok_;
  result.value = std::move(out_);
  return result;
}

bool hasNonAscii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

DecodedString decodeBody(const TokenStream& tokens, const Token& tok, diag::DiagnosticEngine& diags,
                         std::string_view body, bool raw, bool bytes, bool fold_braces) {
  DecodedString result;
  // Fast path: nothing to translate (the common case for identifiers-like
  // strings and docstrings without escapes).
  bool plain = true;
  for (char c : body) {
    if (c == '\\' || c == '\r' || (fold_braces && (c == '{' || c == '}')) ||
        (bytes && static_cast<unsigned char>(c) >= 0x80)) {
      plain = false;
      break;
    }
  }
  if (plain) {
    result.value.assign(body);
    return result;
  }
  if (raw) {
    if (bytes && hasNonAscii(body)) {
      diags.report(diag::Kind::BytesNonAscii, tokens.file, {tok.begin, tok.end},
                   "bytes can only contain ASCII literal characters");
      result.ok = false;
      return result;
    }
    if (!fold_braces) {
      appendNormalisingNewlines(result.value, body);
      return result;
    }
    // A raw f-string middle: only newlines and doubled braces change.
    result.value.reserve(body.size());
    for (size_t i = 0; i < body.size(); ++i) {
      char c = body[i];
      if (c == '\r') {
        result.value.push_back('\n');
        if (i + 1 < body.size() && body[i + 1] == '\n') ++i;
      } else if ((c == '{' || c == '}') && i + 1 < body.size() && body[i + 1] == c) {
        result.value.push_back(c);
        ++i;
      } else {
        result.value.push_back(c);
      }
    }
    return result;
  }
  return EscapeDecoder(tokens, tok, diags, body, bytes, fold_braces).run();
}

// ---- numbers ----

// Converts digits in base 2, 8 or 16 to decimal text. Values up to 64 bits go
// through uint64; larger ones through base-2^32 limbs divided down by 10^9.
std::string nonDecimalToDecimal(std::string_view digits, int base) {
  int bits = base == 16 ? 4 : base == 8 ? 3 : 1;
  size_t first = digits.find_first_not_of('0');
  if (first == std::string_view::npos) return "0";
  digits.remove_prefix(first);
  if (digits.size() * bits <= 64) {
    uint64_t v = 0;
    for (char c : digits) v = (v << bits) | static_cast<uint64_t>(hexValue(c));
    return std::to_string(v);
  }
  // Little-endian limbs of the value, filled from the least significant digit.
  std::vector<uint32_t> limbs((digits.size() * bits + 31) / 32, 0);
  size_t bitpos = 0;
  for (size_t k = digits.size(); k-- > 0;) {
    uint64_t d = static_cast<uint64_t>(hexValue(digits[k]));
    size_t limb = bitpos / 32, shift = bitpos % 32;
    uint64_t wide = d << shift;
    limbs[limb] |= static_cast<uint32_t>(wide);
    if ((wide >> 32) != 0) limbs[limb + 1] |= static_cast<uint32_t>(wide >> 32);
    bitpos += bits;
  }
  while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  // Repeated division by 10^9 yields 9 decimal digits at a time, lowest first.
  std::vector<uint32_t> chunks;
  while (!limbs.empty()) {
    uint64_t rem = 0;
    for (size_t k = limbs.size(); k-- > 0;) {
      uint64_t cur = (rem << 32) | limbs[k];
      limbs[k] = static_cast<uint32_t>(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    chunks.push_back(static_cast<uint32_t>(rem));
    while (!limbs.empty() && limbs.back() == 0) limbs.pop_back();
  }
  std::string out = std::to_string(chunks.back());
  for (size_t k = chunks.size() - 1; k-- > 0;) {
    std::string part = std::to_string(chunks[k]);
    out.append(9 - part.size(), '0');
    out += part;
  }
  return out;
}

double parseDouble(std::string_view text) {
  char buf[64];
  std::string heap;
  const char* p;
  size_t len = 0;
  if (text.size() < sizeof buf) {
    for (char c : text)
      if (c != '_') buf[len++] = c;
    buf[len] = '\0';
    p = buf;
  } else {
    for (char c : text)
      if (c != '_') heap.push_back(c);
    p = heap.c_str();
  }
  // strtod is correctly rounded in glibc and gives inf for "1e500" (ERANGE is
  // fine: Python's float("1e500") is inf too, and underflow gives 0.0).
  return std::strtod(p, nullptr);
}

void invalidNumber(const TokenStream& tokens, const Token& tok, diag::DiagnosticEngine& diags, DecodedNumber& r) {
  r.ok = false;
  diags.report(diag::Kind::InvalidNumber, tokens.file, {tok.begin, tok.end}, "invalid decimal literal");
}

}  // namespace

DecodedString decodeString(const TokenStream& tokens, const Token& tok, diag::DiagnosticEngine& diags) {
  StringParts parts = splitString(tokens.text(tok));
  bool raw = parts.raw || (tok.flags & kPrefixRaw);
  bool bytes = parts.bytes || (tok.flags & kPrefixBytes);
  return decodeBody(tokens, tok, diags, parts.body, raw, bytes, /*fold_braces=*/false);
}

DecodedString decodeFStringMiddle(const TokenStream& tokens, const Token& tok, uint8_t prefix_flags,
                                  diag::DiagnosticEngine& diags) {
  return decodeBody(tokens, tok, diags, tokens.text(tok), (prefix_flags & kPrefixRaw) != 0, /*bytes=*/false,
                    /*fold_braces=*/true);
}

DecodedNumber decodeNumber(const TokenStream& tokens, const Token& tok, diag::DiagnosticEngine& diags) {
  std::string_view text = tokens.text(tok);
  DecodedNumber r;
  if (text.empty()) {
    invalidNumber(tokens, tok, diags, r);
    return r;
  }
  char last = text.back();
  if (last == 'j' || last == 'J') {
    r.kind = DecodedNumber::Kind::Imaginary;
    r.number = parseDouble(text.substr(0, text.size() - 1));
    return r;
  }
  if (text.size() > 1 && text[0] == '0') {
    char b = text[1] | 0x20;
    int base = b == 'x' ? 16 : b == 'o' ? 8 : b == 'b' ? 2 : 0;
    if (base != 0) {
      std::string digits;
      digits.reserve(text.size());
      for (char c : text.substr(2)) {
        if (c == '_') continue;
        bool valid = base == 16 ? isHex(c) : base == 8 ? isOct(c) : (c == '0' || c == '1');
        if (!valid) {
          invalidNumber(tokens, tok, diags, r);
          return r;
        }
        digits.push_back(c);
      }
      if (digits.empty()) {
        invalidNumber(tokens, tok, diags, r);
        return r;
      }
      r.int_decimal = nonDecimalToDecimal(digits, base);
      return r;
    }
  }
  bool is_float = false;
  for (char c : text) {
    if (c == '.' || c == 'e' || c == 'E') {
      is_float = true;
      break;
    }
  }
  if (is_float) {
    r.kind = DecodedNumber::Kind::Float;
    r.number = parseDouble(text);
    return r;
  }
  // Decimal int: the canonical form is the digits without underscores and
  // leading zeros; no arithmetic needed at any size.
  r.int_decimal.reserve(text.size());
  for (char c : text) {
    if (c == '_') continue;
    if (c < '0' || c > '9') {
      invalidNumber(tokens, tok, diags, r);
      return r;
    }
    if (c == '0' && r.int_decimal.empty()) continue;
    r.int_decimal.push_back(c);
  }
  if (r.int_decimal.empty()) r.int_decimal = "0";
  return r;
}

}  // namespace taipan::lex
