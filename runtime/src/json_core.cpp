// `_json`, the native core of stdlib/json (issue #6, decision 0020): a
// scanner that parses a JSON document into Python values and an encoder for
// the exact builtin types (str, int, bool, None, float, list, tuple, dict),
// both writing into one buffer. Everything else goes back to Python: the
// scanner calls the decoder's hooks (object_hook, object_pairs_hook,
// parse_float/int/constant) when they are set, and the encoder hands any
// value that is not of an exact builtin type to a Python fallback that
// applies subclasses' reprs and `default`. Errors carry CPython's messages
// and code-point positions (the json.decoder.JSONDecodeError class is passed
// in by the caller).
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <string>
#include <unordered_set>

#include "seq_internal.h"
#include "taipan/float.h"

using namespace tp;

namespace {

// ---------------------------------------------------------------------------
// Decoding.
// ---------------------------------------------------------------------------
struct Scanner {
  const char* s;  // UTF-8 text of the document
  int64_t n;
  TpValue doc;  // the str (for errors)
  bool strict;
  TpValue object_hook, pairs_hook, parse_float, parse_int, parse_constant, memo, error_cls;
  int depth = 0;

  // Code-point offset of byte offset b.
  int64_t cp(int64_t b) const {
    int64_t k = 0;
    for (int64_t i = 0; i < b; i++)
      if (((unsigned char)s[i] & 0xC0) != 0x80) k++;
    return k;
  }

  [[noreturn]] void fail(const char* msg, int64_t at) const {
    TpValue args[3] = {tp_str_from_cstr(msg), doc, tp_int_from_i64(cp(at))};
    raiseValue(tp_call(error_cls, args, 3, TP_NULL));
  }

  int64_t skipWs(int64_t i) const {
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
    return i;
  }

  static int hexVal(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
  int hex4(int64_t i) const {
    if (i + 4 > n) return -1;
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int h = hexVal(s[i + k]);
      if (h < 0) return -1;
      v = v * 16 + h;
    }
    return v;
  }

  // The string whose body starts at i (after the quote); *end = index after the closing quote.
  TpValue string(int64_t i, int64_t* end) {
    int64_t begin = i - 1;
    std::string out;
    int64_t run = i;
    for (;;) {
      if (i >= n) fail("Unterminated string starting at", begin);
      unsigned char c = (unsigned char)s[i];
      if (c == '"') {
        TpValue r;
        if (out.empty())
          r = tp_str_from_utf8(s + run, i - run);
        else {
          out.append(s + run, (size_t)(i - run));
          r = tp_str_from_utf8(out.data(), (int64_t)out.size());
        }
        *end = i + 1;
        return r;
      }
      if (c < 0x20) {
        if (strict) fail("Invalid control character at", i);
        i++;
        continue;
      }
      if (c != '\\') {
        i++;
        continue;
      }
      out.append(s + run, (size_t)(i - run));
      if (i + 1 >= n) fail("Unterminated string starting at", begin);
      char e = s[i + 1];
      const char* rep = nullptr;
      switch (e) {
        case '"': rep = "\""; break;
        case '\\': rep = "\\"; break;
        case '/': rep = "/"; break;
        case 'b': rep = "\b"; break;
        case 'f': rep = "\f"; break;
        case 'n': rep = "\n"; break;
        case 'r': rep = "\r"; break;
        case 't': rep = "\t"; break;
        case 'u': break;
        default: fail("Invalid \\escape", i);
      }
      if (rep) {
        out += rep;
        i += 2;
        run = i;
        continue;
      }
      int code = hex4(i + 2);
      if (code < 0) fail("Invalid \\uXXXX escape", i + 1);
      i += 6;
      if (code >= 0xD800 && code <= 0xDBFF && i + 1 < n && s[i] == '\\' && s[i + 1] == 'u') {
        int low = hex4(i + 2);
        if (low < 0) fail("Invalid \\uXXXX escape", i + 1);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00));
          i += 6;
        }
      }
      seq::appendUtf8(out, (uint32_t)code);
      run = i;
    }
  }

  TpValue constant(const char* name) {
    if (parse_constant != TP_NONE) {
      TpValue a = tp_str_from_cstr(name);
      return tp_call(parse_constant, &a, 1, TP_NULL);
    }
    if (!strcmp(name, "NaN")) return tp_float_box(NAN);
    return tp_float_box(name[0] == '-' ? -INFINITY : INFINITY);
  }

  // A number at i, or TP_NULL (no value starts here).
  TpValue number(int64_t i, int64_t* end) {
    int64_t start = i;
    if (i < n && s[i] == '-') i++;
    if (i >= n || s[i] < '0' || s[i] > '9') return TP_NULL;
    if (s[i] == '0')
      i++;
    else
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    bool is_float = false;
    if (i + 1 < n && s[i] == '.' && s[i + 1] >= '0' && s[i + 1] <= '9') {
      i += 2;
      while (i < n && s[i] >= '0' && s[i] <= '9') i++;
      is_float = true;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
      int64_t j = i + 1;
      if (j < n && (s[j] == '+' || s[j] == '-')) j++;
      if (j < n && s[j] >= '0' && s[j] <= '9') {
        while (j < n && s[j] >= '0' && s[j] <= '9') j++;
        i = j;
        is_float = true;
      }
    }
    *end = i;
    std::string text(s + start, (size_t)(i - start));
    if (is_float) {
      if (parse_float != TP_NONE) {
        TpValue a = tp_str_from(text);
        return tp_call(parse_float, &a, 1, TP_NULL);
      }
      return tp_float_box(strtod(text.c_str(), nullptr));
    }
    if (parse_int != TP_NONE) {
      TpValue a = tp_str_from(text);
      return tp_call(parse_int, &a, 1, TP_NULL);
    }
    if (text.size() <= 18) return tp_int_from_i64(strtoll(text.c_str(), nullptr, 10));
    bool neg = text[0] == '-';
    TpValue v = tp_const_bigint(text.c_str() + (neg ? 1 : 0));
    return neg ? tp_int_neg(v) : v;
  }

  // The value at i (no leading whitespace); TP_NULL when none starts there.
  TpValue value(int64_t i, int64_t* end) {
    if (i >= n) return TP_NULL;
    char c = s[i];
    switch (c) {
      case '"':
        return string(i + 1, end);
      case '{':
        return object(i + 1, end);
      case '[':
        return array(i + 1, end);
      case 'n':
        if (i + 4 <= n && !memcmp(s + i, "null", 4)) {
          *end = i + 4;
          return TP_NONE;
        }
        return TP_NULL;
      case 't':
        if (i + 4 <= n && !memcmp(s + i, "true", 4)) {
          *end = i + 4;
          return TP_TRUE;
        }
        return TP_NULL;
      case 'f':
        if (i + 5 <= n && !memcmp(s + i, "false", 5)) {
          *end = i + 5;
          return TP_FALSE;
        }
        return TP_NULL;
      case 'N':
        if (i + 3 <= n && !memcmp(s + i, "NaN", 3)) {
          *end = i + 3;
          return constant("NaN");
        }
        return TP_NULL;
      case 'I':
        if (i + 8 <= n && !memcmp(s + i, "Infinity", 8)) {
          *end = i + 8;
          return constant("Infinity");
        }
        return TP_NULL;
      case '-':
        if (i + 9 <= n && !memcmp(s + i, "-Infinity", 9)) {
          *end = i + 9;
          return constant("-Infinity");
        }
        return number(i, end);
      default:
        return number(i, end);
    }
  }

  void enter(const char* what) {
    if (++depth > 990) raise(&tp_exc_RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what);
  }

  TpValue object(int64_t i, int64_t* end) {
    enter("object");
    bool pairs = pairs_hook != TP_NONE;
    TpValue result = pairs ? tp_list_new(0, nullptr) : tp_dict_new();
    i = skipWs(i);
    if (i < n && s[i] == '}') {
      i++;
    } else {
      for (;;) {
        if (i >= n || s[i] != '"') fail("Expecting property name enclosed in double quotes", i);
        int64_t after;
        TpValue key = string(i + 1, &after);
        TpValue known = tp_dict_get(memo, key);
        if (known != TP_NULL)
          key = known;
        else
          tp_dict_setitem(memo, key, key);
        i = skipWs(after);
        if (i >= n || s[i] != ':') fail("Expecting ':' delimiter", i);
        i = skipWs(i + 1);
        TpValue v = value(i, &after);
        if (v == TP_NULL) fail("Expecting value", i);
        if (pairs) {
          TpValue kv[2] = {key, v};
          tp_list_append(result, tp_tuple_new(2, kv));
        } else {
          tp_dict_setitem(result, key, v);
        }
        i = skipWs(after);
        if (i < n && s[i] == '}') {
          i++;
          break;
        }
        if (i >= n || s[i] != ',') fail("Expecting ',' delimiter", i);
        i = skipWs(i + 1);
      }
    }
    *end = i;
    depth--;
    if (pairs) return tp_call(pairs_hook, &result, 1, TP_NULL);
    if (object_hook != TP_NONE) return tp_call(object_hook, &result, 1, TP_NULL);
    return result;
  }

  TpValue array(int64_t i, int64_t* end) {
    enter("array");
    TpValue result = tp_list_new(0, nullptr);
    i = skipWs(i);
    if (i < n && s[i] == ']') {
      i++;
    } else {
      for (;;) {
        int64_t after;
        TpValue v = value(i, &after);
        if (v == TP_NULL) fail("Expecting value", i);
        tp_list_append(result, v);
        i = skipWs(after);
        if (i < n && s[i] == ']') {
          i++;
          break;
        }
        if (i >= n || s[i] != ',') fail("Expecting ',' delimiter", i);
        i = skipWs(i + 1);
      }
    }
    *end = i;
    depth--;
    return result;
  }
};

// scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, error_cls)
//   -> (value, end); idx and end are code-point indexes.
TpValue Json_scan(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("scan", nargs, 9, 9);
  TpValue doc = args[0];
  if (!tp_is_str(doc)) raiseTypeError("first argument must be a string, not %s", typeName(doc));
  Scanner sc{tp_str_data(doc), tp_str_size(doc), doc, tp_truth(args[2]), args[3], args[4], args[5], args[6], args[7],
             tp_dict_new(), args[8]};
  int64_t idx = tp_int_as_i64(args[1]);
  if (idx < 0) raiseValueError("idx cannot be negative");
  if (idx > tp_str_length(doc)) idx = tp_str_length(doc);
  int64_t b = idx == 0 ? 0 : seq::byteOffset(doc, idx);
  int64_t end = b;
  TpValue v = sc.value(b, &end);
  if (v == TP_NULL) sc.fail("Expecting value", b);
  int64_t end_cp = tp_str_is_ascii(doc) ? end : idx + (sc.cp(end) - sc.cp(b));
  TpValue items[2] = {v, tp_int_from_i64(end_cp)};
  return tp_tuple_new(2, items);
}

// ---------------------------------------------------------------------------
// Encoding.
// ---------------------------------------------------------------------------
const char kHex[] = "0123456789abcdef";

void appendEscaped(std::string& out, TpValue str, bool ascii) {
  const unsigned char* p = (const unsigned char*)tp_str_data(str);
  int64_t n = tp_str_size(str);
  out += '"';
  int64_t run = 0;
  for (int64_t i = 0; i < n;) {
    unsigned char c = p[i];
    const char* short_form = nullptr;
    switch (c) {
      case '"': short_form = "\\\""; break;
      case '\\': short_form = "\\\\"; break;
      case '\n': short_form = "\\n"; break;
      case '\r': short_form = "\\r"; break;
      case '\t': short_form = "\\t"; break;
      case '\b': short_form = "\\b"; break;
      case '\f': short_form = "\\f"; break;
      default: break;
    }
    if (short_form) {
      out.append((const char*)p + run, (size_t)(i - run));
      out += short_form;
      i++;
      run = i;
      continue;
    }
    if (c < 0x20 || (ascii && c >= 0x7F)) {
      out.append((const char*)p + run, (size_t)(i - run));
      uint32_t cp = c;
      int len = 1;
      if (c >= 0xC0) {
        len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
        for (int k = 1; k < len && i + k < n; k++) cp = (cp << 6) | (p[i + k] & 0x3F);
      }
      auto emit = [&](uint32_t u) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(u >> shift) & 15];
      };
      if (cp >= 0x10000) {
        cp -= 0x10000;
        emit(0xD800 | (cp >> 10));
        emit(0xDC00 | (cp & 0x3FF));
      } else {
        emit(cp);
      }
      i += len;
      run = i;
      continue;
    }
    i++;
  }
  out.append((const char*)p + run, (size_t)(n - run));
  out += '"';
}

struct Encoder {
  bool ascii, allow_nan, sort_keys, skipkeys, check_circular;
  std::string item_sep, key_sep, indent;
  bool has_indent;
  TpValue fallback;  // fallback(o, level) -> str, for values of other types
  std::unordered_set<uintptr_t> markers;
  std::string out;

  void floatText(double d) {
    if (std::isnan(d) || std::isinf(d)) {
      if (!allow_nan) raiseValueError("Out of range float values are not JSON compliant");
      out += std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
      return;
    }
    TpValue r = tp_float_repr(d);
    out.append(tp_str_data(r), (size_t)tp_str_size(r));
  }

  void enter(TpValue o) {
    if (!check_circular) return;
    if (!markers.insert((uintptr_t)o).second) raiseValueError("Circular reference detected");
  }
  void leave(TpValue o) {
    if (check_circular) markers.erase((uintptr_t)o);
  }

  void newline(int level) {
    out += '\n';
    for (int k = 0; k < level; k++) out += indent;
  }

  void value(TpValue o, int level) {
    if (tp_is_small_int(o)) {
      char buf[24];
      int len = snprintf(buf, sizeof buf, "%lld", (long long)tp_small_int_value(o));
      out.append(buf, (size_t)len);
      return;
    }
    if (o == TP_NONE) {
      out += "null";
      return;
    }
    if (o == TP_TRUE) {
      out += "true";
      return;
    }
    if (o == TP_FALSE) {
      out += "false";
      return;
    }
    TpType* t = tp_is_object(o) ? tp_type_of_object(o) : nullptr;
    if (t == &tp_str_type) {
      appendEscaped(out, o, ascii);
      return;
    }
    if (t == &tp_int_type) {
      TpValue r = tp_int_repr(o);
      out.append(tp_str_data(r), (size_t)tp_str_size(r));
      return;
    }
    if (t == &tp_float_type) {
      floatText(tp_float_unbox(o));
      return;
    }
    if (t == &tp_list_type || t == &tp_tuple_type) {
      int64_t n = t == &tp_list_type ? tp_list_size(o) : tp_tuple_size(o);
      if (n == 0) {
        out += "[]";
        return;
      }
      enter(o);
      out += '[';
      if (has_indent) newline(level + 1);
      for (int64_t i = 0; i < n; i++) {
        if (i) {
          out += item_sep;
          if (has_indent) newline(level + 1);
        }
        int64_t size = t == &tp_list_type ? tp_list_size(o) : n;  // a callback may shrink the list
        if (i >= size) break;
        value(t == &tp_list_type ? tp_list_get(o, i) : tp_tuple_items(o)[i], level + 1);
      }
      if (has_indent) newline(level);
      out += ']';
      leave(o);
      return;
    }
    if (t == &tp_dict_type) {
      dict(o, level);
      return;
    }
    TpValue args[2] = {o, tp_int_from_i64(level)};
    TpValue r = tp_call(fallback, args, 2, TP_NULL);
    out.append(tp_str_data(r), (size_t)tp_str_size(r));
  }

  // The key as text; false to skip it.
  bool keyText(TpValue k, std::string& text) {
    if (tp_is_str(k)) {
      text.clear();
      std::string tmp;
      std::swap(out, tmp);
      appendEscaped(out, k, ascii);
      std::swap(out, tmp);
      text = tmp;
      return true;
    }
    std::string lit;
    if (tp_is_float(k)) {
      std::string saved;
      std::swap(out, saved);
      floatText(tp_as_double(k));
      std::swap(out, saved);
      lit = saved;
    } else if (k == TP_TRUE) {
      lit = "true";
    } else if (k == TP_FALSE) {
      lit = "false";
    } else if (k == TP_NONE) {
      lit = "null";
    } else if (tp_is_int(k)) {
      TpValue r = tp_int_repr(k);
      lit.assign(tp_str_data(r), (size_t)tp_str_size(r));
    } else if (skipkeys) {
      return false;
    } else {
      raiseTypeError("keys must be str, int, float, bool or None, not %s", typeName(k));
    }
    text = "\"" + lit + "\"";
    return true;
  }

  void dict(TpValue o, int level) {
    if (tp_dict_size(o) == 0) {
      out += "{}";
      return;
    }
    enter(o);
    out += '{';
    if (has_indent) newline(level + 1);
    TpValue items = tp_list_new(0, nullptr);
    int64_t pos = 0;
    TpValue k, v;
    while (tp_dict_next(o, &pos, &k, &v)) {
      TpValue kv[2] = {k, v};
      tp_list_append(items, tp_tuple_new(2, kv));
    }
    if (sort_keys) tp_list_sort(items, TP_NULL, false);
    bool first = true;
    std::string ktext;
    int64_t n = tp_list_size(items);
    for (int64_t i = 0; i < n; i++) {
      TpValue pair = tp_list_get(items, i);
      if (!keyText(tp_tuple_items(pair)[0], ktext)) continue;
      if (!first) {
        out += item_sep;
        if (has_indent) newline(level + 1);
      }
      first = false;
      out += ktext;
      out += key_sep;
      value(tp_tuple_items(pair)[1], level + 1);
    }
    if (has_indent) newline(level);
    out += '}';
    leave(o);
  }
};

// encode(o, ensure_ascii, allow_nan, sort_keys, skipkeys, check_circular, item_sep, key_sep, indent, fallback, level)
TpValue Json_encode(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("encode", nargs, 11, 11);
  Encoder e;
  e.ascii = tp_truth(args[1]);
  e.allow_nan = tp_truth(args[2]);
  e.sort_keys = tp_truth(args[3]);
  e.skipkeys = tp_truth(args[4]);
  e.check_circular = tp_truth(args[5]);
  e.item_sep = strString(args[6]);
  e.key_sep = strString(args[7]);
  e.has_indent = args[8] != TP_NONE;
  if (e.has_indent) e.indent = strString(args[8]);
  e.fallback = args[9];
  e.value(args[0], (int)tp_int_as_i64(args[10]));
  return tp_str_from_utf8(e.out.data(), (int64_t)e.out.size());
}

TpValue Json_escape(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("encode_basestring", nargs, 2, 2);
  if (!tp_is_str(args[0])) raiseTypeError("first argument must be a string, not %s", typeName(args[0]));
  std::string out;
  appendEscaped(out, args[0], tp_truth(args[1]));
  return tp_str_from_utf8(out.data(), (int64_t)out.size());
}

}  // namespace

namespace tp {

void initJsonCore() {
  TpValue m = newBuiltinModule("_json");
  registerModuleFunction(m, "scan", Json_scan);
  registerModuleFunction(m, "encode", Json_encode);
  registerModuleFunction(m, "escape", Json_escape);
}

}  // namespace tp
