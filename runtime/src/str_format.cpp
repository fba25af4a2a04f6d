// Text formatting on str: the format-spec mini-language for str values
// (fill, align, width, precision), padding shared with other formatters,
// str.format / format_map (auto and manual field numbering, attribute and
// index access, !r/!s/!a conversions, nested replacement fields in specs,
// CPython's error messages) and printf-style `fmt % args` (%s %r %a %d %i
// %u %o %x %X %e %E %f %F %g %G %c %% with flags, width, precision, `*`,
// tuples and mappings). Numbers are formatted through tp_format, i.e. the
// number types' own format slots.
#include <cstring>

#include "seq_internal.h"
#include "taipan/float.h"

namespace tp::seq {
namespace {

struct StrSpec {
  uint32_t fill = ' ';
  char align = 0;
  int64_t width = -1;
  int64_t precision = -1;
  char type = 0;
};

StrSpec parseStrSpec(TpValue specv) {
  std::u32string spec = codepoints(specv);
  StrSpec out;
  size_t i = 0, n = spec.size();
  auto isAlign = [](char32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  if (n >= 2 && isAlign(spec[1])) {
    out.fill = spec[0];
    out.align = (char)spec[1];
    i = 2;
  } else if (n >= 1 && isAlign(spec[0])) {
    out.align = (char)spec[0];
    i = 1;
  }
  if (i < n && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' '))
    tp::raiseValueError("Sign not allowed in string format specifier");
  if (i < n && spec[i] == 'z')
    tp::raiseValueError("Negative zero coercion (z) not allowed in format specifier");
  if (i < n && spec[i] == '#') tp::raiseValueError("Alternate form (#) not allowed in string format specifier");
  if (i < n && spec[i] == '0') {
    if (!out.align) {
      out.fill = '0';
      out.align = '<';
    }
    i++;
  }
  if (i < n && spec[i] >= '0' && spec[i] <= '9') {
    out.width = 0;
    while (i < n && spec[i] >= '0' && spec[i] <= '9') out.width = out.width * 10 + (spec[i++] - '0');
  }
  if (i < n && (spec[i] == ',' || spec[i] == '_')) tp::raiseValueError("Cannot specify '%c' with 's'.", (char)spec[i]);
  if (i < n && spec[i] == '.') {
    i++;
    if (i >= n || spec[i] < '0' || spec[i] > '9') tp::raiseValueError("Format specifier missing precision");
    out.precision = 0;
    while (i < n && spec[i] >= '0' && spec[i] <= '9') out.precision = out.precision * 10 + (spec[i++] - '0');
  }
  if (i < n) {
    if (n - i > 1) tp::raiseValueError("Invalid format specifier '%s' for object of type 'str'", tp_str_data(specv));
    out.type = (char)spec[i];
    if (out.type != 's') {
      std::string t;
      appendUtf8(t, spec[i]);
      tp::raiseValueError("Unknown format code '%s' for object of type 'str'", t.c_str());
    }
  }
  if (out.align == '=') tp::raiseValueError("'=' alignment not allowed in string format specifier");
  return out;
}

TpValue formatValue(TpValue v, TpValue spec) { return tp_format(v, spec); }

// ---- str.format ----
struct Formatter {
  TpValue args;    // tuple
  TpValue kwargs;  // dict or TP_NULL
  int64_t auto_index = 0;
  int mode = 0;    // 0 unknown, 1 automatic, 2 manual

  TpValue lookupArg(std::string_view name) {
    bool numeric = !name.empty();
    for (char c : name) numeric = numeric && c >= '0' && c <= '9';
    if (name.empty() || numeric) {
      int64_t index;
      if (name.empty()) {
        if (mode == 2)
          tp::raiseValueError("cannot switch from manual field specification to automatic field numbering");
        mode = 1;
        index = auto_index++;
      } else {
        if (mode == 1)
          tp::raiseValueError("cannot switch from automatic field numbering to manual field specification");
        mode = 2;
        index = std::stoll(std::string(name));
      }
      if (index >= tp_tuple_size(args))
        tp::raiseIndexError("Replacement index %lld out of range for positional args tuple", (long long)index);
      return tp_tuple_get(args, index);
    }
    TpValue key = tp_str_from(name);
    TpValue v = kwargs == TP_NULL ? TP_NULL : tp_getitem_or_null(key);
    if (v == TP_NULL) tp::raiseKeyError(key);
    return v;
  }

  TpValue tp_getitem_or_null(TpValue key) {
    // An exact dict directly; a dict subclass or other mapping through
    // __getitem__ (format_map honours __missing__).
    if (tp_type_of(kwargs) == &tp_dict_type) return tp_dict_get(kwargs, key);
    return tp_getitem(kwargs, key);
  }

  // field_name: arg_name ("." attr | "[" key "]")*
  TpValue resolveField(std::string_view field) {
    size_t i = 0;
    while (i < field.size() && field[i] != '.' && field[i] != '[') i++;
    TpValue v = lookupArg(field.substr(0, i));
    while (i < field.size()) {
      if (field[i] == '.') {
        size_t j = ++i;
        while (j < field.size() && field[j] != '.' && field[j] != '[') j++;
        if (j == i) tp::raiseValueError("Empty attribute in format string");
        v = tp_getattr(v, tp_str_intern(std::string(field.substr(i, j - i)).c_str()));
        i = j;
      } else {
        size_t j = ++i;
        while (j < field.size() && field[j] != ']') j++;
        if (j >= field.size()) tp::raiseValueError("Missing ']' in format string");
        std::string_view key = field.substr(i, j - i);
        if (key.empty()) tp::raiseValueError("Empty attribute in format string");
        bool numeric = true;
        for (char c : key) numeric = numeric && c >= '0' && c <= '9';
        v = tp_getitem(v, numeric ? intValue(std::stoll(std::string(key))) : tp_str_from(key));
        i = j + 1;
        if (i < field.size() && field[i] != '.' && field[i] != '[')
          tp::raiseValueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return v;
  }

  std::string render(std::string_view fmt, int depth) {
    if (depth > 2) tp::raiseValueError("Max string recursion exceeded");
    std::string out;
    size_t i = 0, n = fmt.size();
    while (i < n) {
      char c = fmt[i];
      if (c == '{') {
        if (i + 1 < n && fmt[i + 1] == '{') {
          out += '{';
          i += 2;
          continue;
        }
        // Find the matching '}' (specs may nest one level of braces).
        // Braces inside a field name's [key] are part of the key.
        size_t j = i + 1;
        int level = 1;
        bool in_key = false, in_spec = false;
        while (j < n) {
          char d = fmt[j];
          if (in_key) {
            if (d == ']') in_key = false;
          } else if (d == '[' && !in_spec) {
            in_key = true;
          } else if (d == ':' && level == 1) {
            in_spec = true;
          } else if (d == '{') {
            level++;
          } else if (d == '}' && --level == 0) {
            break;
          }
          j++;
        }
        if (j >= n) {
          if (i + 1 == n) tp::raiseValueError("Single '{' encountered in format string");
          if (in_spec && level > 1) tp::raiseValueError("unmatched '{' in format spec");
          tp::raiseValueError("expected '}' before end of string");
        }
        std::string_view field = fmt.substr(i + 1, j - i - 1);
        // Split field [!conv][:spec]; '!' and ':' inside [] belong to the key.
        size_t k = 0;
        bool in_bracket = false;
        while (k < field.size()) {
          if (field[k] == '[') in_bracket = true;
          if (field[k] == ']') in_bracket = false;
          if (!in_bracket && (field[k] == '!' || field[k] == ':')) break;
          k++;
        }
        std::string_view name = field.substr(0, k);
        char conv = 0;
        std::string_view spec;
        if (k < field.size() && field[k] == '!') {
          if (k + 1 >= field.size()) tp::raiseValueError("unmatched '{' in format spec");
          conv = field[k + 1];
          k += 2;
          if (k < field.size() && field[k] != ':') tp::raiseValueError("expected ':' after conversion specifier");
        }
        if (k < field.size() && field[k] == ':') spec = field.substr(k + 1);
        TpValue v = resolveField(name);
        if (conv == 'r')
          v = tp_repr(v);
        else if (conv == 's')
          v = tp_str(v);
        else if (conv == 'a')
          v = tp_ascii(v);
        else if (conv != 0)
          tp::raiseValueError("Unknown conversion specifier %c", conv);
        std::string spec_text = spec.find('{') != std::string_view::npos ? render(spec, depth + 1) : std::string(spec);
        out += tp_str_view(formatValue(v, tp_str_from(spec_text)));
        i = j + 1;
      } else if (c == '}') {
        if (i + 1 < n && fmt[i + 1] == '}') {
          out += '}';
          i += 2;
          continue;
        }
        tp::raiseValueError("Single '}' encountered in format string");
      } else {
        out += c;
        i++;
      }
    }
    return out;
  }
};

// ---- printf-style ----
TpValue toFloatValue(TpValue v, char conv) {
  if (tp_is_float(v)) return v;
  if (tp_is_int(v)) return tp_float_box(tp_int_to_float(v));
  TpValue f = tp::callMethodIfExists(v, "__float__", nullptr, 0);
  if (f != TP_NULL) return f;
  tp::raiseTypeError("must be real number, not %s", tp::typeName(v));
}

TpValue toIntValue(TpValue v, char conv) {
  if (tp_is_int(v)) return v == TP_TRUE ? tp_small_int(1) : v == TP_FALSE ? tp_small_int(0) : v;
  if (tp_is_float(v)) {
    if (conv == 'd' || conv == 'i' || conv == 'u') return tp_int_from_double(tp_float_unbox(v));
    tp::raiseTypeError("%%%c format: an integer is required, not float", conv);
  }
  if (tp::lookupTypeCStr(tp_type_of(v), "__index__") != TP_NULL) return tp_index(v);
  if (conv == 'd' || conv == 'i' || conv == 'u') {
    TpValue r = tp::callMethodIfExists(v, "__int__", nullptr, 0);
    if (r != TP_NULL) return r;
    tp::raiseTypeError("%%%c format: a real number is required, not %s", conv, tp::typeName(v));
  }
  tp::raiseTypeError("%%%c format: an integer is required, not %s", conv, tp::typeName(v));
}

std::string padText(std::string_view body, int64_t body_len, int64_t width, bool left) {
  if (width <= body_len) return std::string(body);
  std::string fill((size_t)(width - body_len), ' ');
  return left ? std::string(body) + fill : fill + std::string(body);
}

}  // namespace
}  // namespace tp::seq

using namespace tp::seq;

TpValue tp_str_pad(TpValue body, uint32_t fill, int32_t align, int64_t width) {
  int64_t len = tp_str_length(body);
  if (width <= len) return body;
  int64_t total = width - len, left = 0;
  if (align == '>' || align == '=')
    left = total;
  else if (align == '^')
    left = total / 2;
  std::string f;
  appendUtf8(f, fill);
  std::string out;
  for (int64_t i = 0; i < left; i++) out += f;
  out += tp_str_view(body);
  for (int64_t i = 0; i < total - left; i++) out += f;
  return tp_str_from(out);
}

TpValue tp_str_format_spec(TpValue s, TpValue spec) {
  if (tp_str_size(spec) == 0) return tp_type_of_object(s) == &tp_str_type ? s : tp_str_from(tp_str_view(s));
  StrSpec p = parseStrSpec(spec);
  TpValue body = s;
  if (p.precision >= 0 && p.precision < tp_str_length(s)) body = tp_str_substr(s, 0, p.precision);
  if (p.width < 0) return tp_type_of_object(body) == &tp_str_type ? body : tp_str_from(tp_str_view(body));
  return tp_str_pad(body, p.fill, p.align ? p.align : '<', p.width);
}

TpValue tp_str_format_call(TpValue fmt, TpValue args_tuple, TpValue kwargs) {
  Formatter f{args_tuple, kwargs};
  return tp_str_from(f.render(tp_str_view(fmt), 0));
}

TpValue tp_str_mod(TpValue fmt, TpValue args) {
  std::string_view f = tp_str_view(fmt);
  bool tuple_args = tp_is_tuple(args);
  int64_t nargs = tuple_args ? tp_tuple_size(args) : 1;
  int64_t argi = 0;
  bool mapping = !tuple_args && !tp_is_str(args) && tp_is_object(args) &&
                 (tp_is_dict(args) || (tp_type_of_object(args)->getitem && !tp_is_list(args) &&
                                       tp_type_of_object(args) != &tp_tuple_type));
  bool used_mapping = false;
  auto nextArg = [&]() -> TpValue {
    if (argi >= nargs) tp::raiseTypeError("not enough arguments for format string");
    return tuple_args ? tp_tuple_get(args, argi++) : (argi++, args);
  };
  std::string out;
  size_t i = 0, n = f.size();
  while (i < n) {
    char c = f[i];
    if (c != '%') {
      // Copy the literal run up to the next '%' at once.
      const void* pct = memchr(f.data() + i, '%', n - i);
      size_t stop = pct ? (size_t)(static_cast<const char*>(pct) - f.data()) : n;
      out.append(f.data() + i, stop - i);
      i = stop;
      continue;
    }
    size_t start = i++;
    // Fast paths: a bare %s of a str, a bare %d/%i of a small int.
    if (i < n && (f[i] == 's' || f[i] == 'd' || f[i] == 'i') && !mapping) {
      TpValue v = argi < nargs ? (tuple_args ? tp_tuple_get(args, argi) : args) : TP_NULL;
      if (v != TP_NULL && f[i] == 's' && tp_is_object(v) && tp_type_of_object(v) == &tp_str_type) {
        out.append(tp_str_data(v), (size_t)tp_str_size(v));
        argi++;
        i++;
        continue;
      }
      if (v != TP_NULL && f[i] != 's' && tp_is_small_int(v)) {
        char buf[24];
        int len = snprintf(buf, sizeof buf, "%lld", (long long)tp_small_int_value(v));
        out.append(buf, (size_t)len);
        argi++;
        i++;
        continue;
      }
    }
    if (i >= n) tp::raiseValueError("incomplete format");
    TpValue value = TP_NULL;
    if (f[i] == '(') {
      if (!mapping) tp::raiseTypeError("format requires a mapping");
      size_t j = i + 1;
      int depth = 1;
      while (j < n && depth > 0) {
        if (f[j] == '(') depth++;
        if (f[j] == ')') depth--;
        if (depth > 0) j++;
      }
      if (j >= n) tp::raiseValueError("incomplete format key");
      value = tp_getitem(args, tp_str_from(f.substr(i + 1, j - i - 1)));
      used_mapping = true;
      i = j + 1;
    }
    bool left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < n; i++) {
      char fl = f[i];
      if (fl == '-') left = true;
      else if (fl == '+') plus = true;
      else if (fl == ' ') space = true;
      else if (fl == '#') alt = true;
      else if (fl == '0') zero = true;
      else break;
    }
    int64_t width = -1, prec = -1;
    auto starArg = [&]() {
      TpValue a = nextArg();
      if (!tp_is_int(a)) tp::raiseTypeError("* wants int");
      return asIndex(a);
    };
    if (i < n && f[i] == '*') {
      width = starArg();
      if (width < 0) {
        left = true;
        width = -width;
      }
      i++;
    } else {
      while (i < n && f[i] >= '0' && f[i] <= '9') width = (width < 0 ? 0 : width) * 10 + (f[i++] - '0');
    }
    if (i < n && f[i] == '.') {
      i++;
      prec = 0;
      if (i < n && f[i] == '*') {
        prec = starArg();
        i++;
      } else {
        while (i < n && f[i] >= '0' && f[i] <= '9') prec = prec * 10 + (f[i++] - '0');
      }
    }
    while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) i++;
    if (i >= n) tp::raiseValueError("incomplete format");
    char conv = f[i++];
    if (conv == '%') {
      out += '%';
      continue;
    }
    if (value == TP_NULL) value = nextArg();
    switch (conv) {
      case 's':
      case 'r':
      case 'a': {
        TpValue s = conv == 's' ? tp_str(value) : conv == 'r' ? tp_repr(value) : tp_ascii(value);
        if (prec >= 0 && prec < tp_str_length(s)) s = tp_str_substr(s, 0, prec);
        out += padText(tp_str_view(s), tp_str_length(s), width, left);
        break;
      }
      case 'c': {
        TpValue s;
        if (tp_is_str(value)) {
          if (tp_str_length(value) != 1) tp::raiseTypeError("%%c requires int or char");
          s = value;
        } else {
          int64_t cp;
          if (!tryIndex(value, &cp)) tp::raiseTypeError("%%c requires int or char");
          if (cp < 0 || cp > 0x10FFFF) tp::raiseOverflowError("%%c arg not in range(0x110000)");
          s = tp_str_from_codepoint((uint32_t)cp);
        }
        out += padText(tp_str_view(s), 1, width, left);
        break;
      }
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        bool is_int = conv == 'd' || conv == 'i' || conv == 'u' || conv == 'o' || conv == 'x' || conv == 'X';
        // Small ints with flags and a width but no precision format as C's printf does
        // (not for negative hex/octal, nor with '#', where Python differs from C).
        if (is_int && tp_is_small_int(value) && prec < 0 && width < 1000 && !alt &&
            (tp_small_int_value(value) >= 0 || conv == 'd' || conv == 'i' || conv == 'u')) {
          char cfmt[32], buf[1100];
          int k = 0;
          cfmt[k++] = '%';
          if (left) cfmt[k++] = '-';
          if (plus) cfmt[k++] = '+';
          else if (space) cfmt[k++] = ' ';
          if (alt) cfmt[k++] = '#';
          if (zero && !left) cfmt[k++] = '0';
          cfmt[k] = 0;
          char tail[8] = {'l', 'l', conv == 'i' || conv == 'u' ? 'd' : conv, 0};
          std::string full = std::string(cfmt) + (width >= 0 ? std::to_string(width) : "") + tail;
          int len = snprintf(buf, sizeof buf, full.c_str(), (long long)tp_small_int_value(value));
          out.append(buf, (size_t)len);
          break;
        }
        TpValue num = is_int ? toIntValue(value, conv) : toFloatValue(value, conv);
        std::string spec;
        if (left) spec += '<';
        if (plus) spec += '+';
        else if (space) spec += ' ';
        if (alt && conv != 'o' && conv != 'x' && conv != 'X') spec += '#';
        if (zero && !left) spec += '0';
        if (width >= 0) spec += std::to_string(width);
        if (!is_int) spec += '.' + std::to_string(prec >= 0 ? prec : 6);
        char t = conv == 'i' || conv == 'u' ? 'd' : conv;
        spec += t;
        std::string body(tp_str_view(tp_format(num, tp_str_from(spec))));
        if (alt && (conv == 'o' || conv == 'x' || conv == 'X')) {
          // printf's '#' prefix goes after the sign and before zero padding.
          std::string spec2 = std::string(left ? "<" : "") + (plus ? "+" : space ? " " : "") + "#" +
                              (zero && !left ? "0" : "") + (width >= 0 ? std::to_string(width) : "") + t;
          body = std::string(tp_str_view(tp_format(num, tp_str_from(spec2))));
        }
        if (is_int && prec > 0) {
          // Precision on ints: minimum number of digits.
          bool neg = !body.empty() && body.find('-') != std::string::npos;
          std::string digits(tp_str_view(tp_format(tp_int_abs(num), tp_str_from(std::string(1, t)))));
          if ((int64_t)digits.size() < prec) {
            digits = std::string((size_t)(prec - (int64_t)digits.size()), '0') + digits;
            std::string sign = neg ? "-" : plus ? "+" : space ? " " : "";
            if (alt && conv != 'd' && conv != 'i' && conv != 'u')
              sign += conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
            body = padText(sign + digits, (int64_t)(sign.size() + digits.size()), width, left);
          }
        }
        out += body;
        break;
      }
      default: {
        unsigned char uc = (unsigned char)conv;
        tp::raiseValueError("unsupported format character '%c' (0x%x) at index %lld", conv, uc,
                            (long long)(i - 1));
      }
    }
    (void)start;
  }
  if (tuple_args && argi < nargs) tp::raiseTypeError("not all arguments converted during string formatting");
  if (!tuple_args && !used_mapping && argi == 0 && !mapping)
    tp::raiseTypeError("not all arguments converted during string formatting");
  return tp_str_from(out);
}
