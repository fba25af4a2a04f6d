// format() for ints and floats: the standard format-spec mini-language
// ([[fill]align][sign][z][#][0][width][grouping][.precision][type]) with
// CPython's error messages, digit grouping (including the zero padding that
// is itself grouped, as in format(1234, '010,') == '00,001,234'), and the
// float presentation types e/f/g/%/n and the empty type, all correctly
// rounded through std::to_chars.
#include <charconv>
#include <cmath>
#include <cstring>

#include "num_internal.h"

namespace taipan::num {
namespace {

// Decodes one UTF-8 code point at s[i]; returns its byte length (1 for bad bytes).
size_t DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  unsigned char c = (unsigned char)s[i];
  size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + n > s.size() || (n > 1 && c < 0xC0)) n = 1;
  char32_t v = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < n; k++) v = (v << 6) | ((unsigned char)s[i + k] & 0x3F);
  *cp = v;
  return n;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back((char)cp);
  } else if (cp < 0x800) {
    out.push_back((char)(0xC0 | (cp >> 6)));
    out.push_back((char)(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back((char)(0xE0 | (cp >> 12)));
    out.push_back((char)(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back((char)(0x80 | (cp & 0x3F)));
  } else {
    out.push_back((char)(0xF0 | (cp >> 18)));
    out.push_back((char)(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back((char)(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back((char)(0x80 | (cp & 0x3F)));
  }
}

bool IsAlign(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

int64_t ParseCount(std::string_view s, size_t* i) {
  int64_t v = 0;
  size_t start = *i;
  while (*i < s.size() && s[*i] >= '0' && s[*i] <= '9') {
    if (*i - start >= 18) tp::raiseValueError("Too many decimal digits in format string");
    v = v * 10 + (s[*i] - '0');
    (*i)++;
  }
  return *i == start ? -1 : v;
}

// Groups the digit string `digits` from the right with `sep` every `size`
// digits, extending it with zeros (themselves grouped) until it is at least
// `min_width` characters long; a separator never comes first.
std::string GroupDigits(std::string_view digits, int64_t min_width, int size, char sep) {
  std::string rev;
  int64_t remaining = (int64_t)digits.size(), width = min_width;
  size_t pos = digits.size();
  bool broken = false;
  while (true) {
    int64_t len = std::min<int64_t>(std::max<int64_t>(remaining, width), size);
    if (len <= 0) break;
    for (int64_t k = 0; k < len; k++) rev.push_back(remaining - k > 0 ? digits[--pos] : '0');
    remaining -= len;
    width -= len;
    if (remaining <= 0 && width <= 0) {
      broken = true;
      break;
    }
    rev.push_back(sep);
    width -= 1;
  }
  if (!broken) {
    int64_t len = std::max<int64_t>(std::max<int64_t>(remaining, width), 1);
    for (int64_t k = 0; k < len; k++) rev.push_back(remaining - k > 0 ? digits[--pos] : '0');
  }
  return std::string(rev.rbegin(), rev.rend());
}

// Lays out a formatted number: sign, prefix (0x), integer digits (grouped),
// the rest (fraction, exponent, %), then fill/align to the width.
std::string Layout(const FormatSpec& spec, std::string_view sign, std::string_view prefix, std::string_view intpart,
                   std::string_view rest, int group_size) {
  char align = spec.align ? spec.align : '>';
  std::string digits;
  if (spec.grouping) {
    int64_t min_width = 0;
    if (spec.fill == '0' && align == '=' && spec.width > 0)
      min_width = spec.width - (int64_t)(sign.size() + prefix.size() + rest.size());
    digits = GroupDigits(intpart, min_width, group_size, spec.grouping);
  } else {
    digits = intpart;
  }
  int64_t len = (int64_t)(sign.size() + prefix.size() + digits.size() + rest.size());
  int64_t pad = spec.width > len ? spec.width - len : 0;
  std::string fill;
  AppendUtf8(fill, spec.fill);
  auto repeat = [&](std::string& out, int64_t n) {
    for (int64_t k = 0; k < n; k++) out += fill;
  };
  std::string out;
  int64_t left = align == '<' ? 0 : align == '^' ? pad / 2 : align == '=' ? 0 : pad;
  repeat(out, left);
  out += sign;
  out += prefix;
  if (align == '=') repeat(out, pad);
  out += digits;
  out += rest;
  if (align == '<' || align == '^') repeat(out, pad - left);
  return out;
}

std::string SignFor(bool negative, const FormatSpec& spec) {
  if (negative) return "-";
  if (spec.sign == '+') return "+";
  if (spec.sign == ' ') return " ";
  return "";
}

std::string ToChars(double x, std::chars_format fmt, int64_t precision) {
  std::string buf((size_t)(precision + 400), '\0');
  auto r = std::to_chars(buf.data(), buf.data() + buf.size(), x, fmt, (int)precision);
  buf.resize((size_t)(r.ptr - buf.data()));
  return buf;
}

std::string StripZeros(std::string s) {  // "1.2300" -> "1.23", "1.000" -> "1"
  if (s.find('.') == std::string::npos) return s;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// 'g'-style formatting of a finite non-negative x with p significant digits.
// `repr_style` is the empty presentation type with a precision: fixed
// notation gets ".0" and switches to exponent notation one digit earlier.
std::string FormatGeneral(double x, int64_t p, bool alternate, bool repr_style) {
  if (p == 0) p = 1;
  std::string sci = ToChars(x, std::chars_format::scientific, p - 1);
  size_t epos = sci.find('e');
  int exp = std::atoi(sci.c_str() + epos + 1);
  if (exp >= -4 && exp < p - (repr_style ? 1 : 0)) {
    std::string fixed = ToChars(x, std::chars_format::fixed, p - 1 - exp);
    if (!alternate) fixed = StripZeros(fixed);
    if (fixed.find('.') == std::string::npos && (alternate || repr_style)) fixed += repr_style && !alternate ? ".0" : ".";
    return fixed;
  }
  std::string mant = sci.substr(0, epos);
  if (!alternate) mant = StripZeros(mant);
  if (alternate && mant.find('.') == std::string::npos) mant += '.';
  return mant + sci.substr(epos);
}

}  // namespace

FormatSpec ParseFormatSpec(std::string_view s, const char* type_name) {
  FormatSpec spec;
  size_t i = 0;
  if (!s.empty()) {
    char32_t cp;
    size_t n = DecodeUtf8(s, 0, &cp);
    if (n < s.size() && IsAlign(s[n])) {
      spec.fill = cp;
      spec.fill_given = true;
      spec.align = s[n];
      i = n + 1;
    } else if (IsAlign(s[0])) {
      spec.align = s[0];
      i = 1;
    }
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) spec.sign = s[i++];
  if (i < s.size() && s[i] == 'z') {
    spec.no_neg_zero = true;
    i++;
  }
  if (i < s.size() && s[i] == '#') {
    spec.alternate = true;
    i++;
  }
  if (!spec.fill_given && i < s.size() && s[i] == '0') {
    spec.zero_pad = true;
    spec.fill = '0';
    if (!spec.align) spec.align = '=';
    i++;
  }
  spec.width = ParseCount(s, &i);
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) {
    spec.grouping = s[i++];
    if (i < s.size() && (s[i] == ',' || s[i] == '_')) tp::raiseValueError("Cannot specify both ',' and '_'.");
  }
  if (i < s.size() && s[i] == '.') {
    i++;
    spec.precision = ParseCount(s, &i);
    if (spec.precision < 0) tp::raiseValueError("Format specifier missing precision");
  }
  if (s.size() - i > 1)
    tp::raiseValueError("Invalid format specifier '%.*s' for object of type '%s'", (int)s.size(), s.data(), type_name);
  if (i < s.size()) spec.type = s[i];
  if (spec.grouping) {
    switch (spec.type) {
      case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (spec.grouping == '_') break;
        [[fallthrough]];
      default:
        tp::raiseValueError("Cannot specify '%c' with '%c'.", spec.grouping, spec.type);
    }
  }
  return spec;
}

std::string FormatInt(TpValue v, std::string_view text) {
  if (text.empty()) return IntToDecimal(v);
  FormatSpec spec = ParseFormatSpec(text, tp::typeName(v));
  switch (spec.type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return FormatFloat(IntToDouble(v), text);
    case 0: case 'd': case 'n': case 'b': case 'o': case 'x': case 'X': case 'c':
      break;
    default:
      tp::raiseValueError("Unknown format code '%c' for object of type '%s'", spec.type, tp::typeName(v));
  }
  if (spec.precision >= 0) tp::raiseValueError("Precision not allowed in integer format specifier");
  if (spec.no_neg_zero) tp::raiseValueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (spec.type == 'c') {
    if (spec.sign) tp::raiseValueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) tp::raiseValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (!tp_int_try_i64(v, &cp)) tp::raiseOverflowError("Python int too large to convert to C long");
    if (cp < 0 || cp > 0x10FFFF) tp::raiseOverflowError("%%c arg not in range(0x110000)");
    std::string body;
    AppendUtf8(body, (char32_t)cp);
    // The char is one column however many bytes it takes.
    int64_t pad = spec.width > 1 ? spec.width - 1 : 0;
    char align = spec.align && spec.align != '=' ? spec.align : '>';
    std::string fill;
    AppendUtf8(fill, spec.fill);
    int64_t left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
    std::string res;
    for (int64_t k = 0; k < left; k++) res += fill;
    res += body;
    for (int64_t k = left; k < pad; k++) res += fill;
    return res;
  }
  int base = 10;
  const char* prefix = "";
  switch (spec.type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
  }
  bool negative;
  std::string digits = IntDigits(v, base, &negative);
  if (spec.type == 'X')
    for (char& c : digits) c = (char)std::toupper((unsigned char)c);
  return Layout(spec, SignFor(negative, spec), spec.alternate ? prefix : "", digits, "", base == 10 ? 3 : 4);
}

std::string FormatFloat(double d, std::string_view text) {
  if (text.empty()) return FloatRepr(d);
  FormatSpec spec = ParseFormatSpec(text, "float");
  char type = spec.type;
  switch (type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      break;
    default:
      tp::raiseValueError("Unknown format code '%c' for object of type 'float'", type);
  }
  bool upper = type == 'E' || type == 'F' || type == 'G';
  bool negative = std::signbit(d) && !std::isnan(d);
  double x = std::fabs(d);
  std::string body;
  int64_t p = spec.precision;
  if (!std::isfinite(x)) {
    body = std::isnan(x) ? "nan" : "inf";
    if (type == '%') body += '%';
  } else {
    switch (type) {
      case 0:
        if (p < 0) {
          body = FloatRepr(x);
          if (spec.alternate && body.find('.') == std::string::npos) {
            size_t e = body.find('e');
            body.insert(e == std::string::npos ? body.size() : e, ".");
          }
        } else {
          body = FormatGeneral(x, p, spec.alternate, true);
        }
        break;
      case 'e': case 'E':
        body = ToChars(x, std::chars_format::scientific, p < 0 ? 6 : p);
        if (spec.alternate && body.find('.') == std::string::npos) body.insert(1, ".");
        break;
      case 'f': case 'F': case '%':
        body = ToChars(type == '%' ? x * 100 : x, std::chars_format::fixed, p < 0 ? 6 : p);
        if (spec.alternate && body.find('.') == std::string::npos) body += '.';
        if (type == '%') body += '%';
        break;
      case 'g': case 'G': case 'n':
        body = FormatGeneral(x, p < 0 ? 6 : p, spec.alternate, false);
        break;
    }
  }
  if (upper)
    for (char& c : body) c = (char)std::toupper((unsigned char)c);
  if (negative && spec.no_neg_zero) {
    // 'z': a result that rounds to zero loses its minus sign.
    bool all_zero = true;
    for (char c : body) {
      if (c == 'e' || c == 'E') break;
      if (c >= '1' && c <= '9') all_zero = false;
      if (c == 'n' || c == 'i' || c == 'N' || c == 'I') all_zero = false;
    }
    if (all_zero) negative = false;
  }
  if (!std::isfinite(x)) spec.grouping = 0;  // inf and nan are never grouped (zero padding still applies)
  size_t int_end = 0;
  while (int_end < body.size() && body[int_end] >= '0' && body[int_end] <= '9') int_end++;
  return Layout(spec, SignFor(negative, spec), "", std::string_view(body).substr(0, int_end),
                std::string_view(body).substr(int_end), 3);
}

}  // namespace taipan::num
