// `_json`, the native core of stdlib/json (issue #6, decision 0020): a
// scanner that parses a JSON document into Python values and an encoder for
// the exact builtin types (str, int, bool, None, float, list, tuple, dict),
// both writing into one buffer. Everything else goes back to Python: the
// scanner calls the decoder's hooks (object_hook, object_pairs_hook,
// parse_float/int/constant) when they are set, and the encoder hands any
// value that is not of an exact builtin type to a Python fallback that
// applies subclasses' reprs and `default`. Errors carry CPython's messages
// and code-point positions (the json.decoder.JSONDecodeError class is passed
// in by the caller). Both sides avoid temporary objects (docs/performance.md,
// stdlib section): the scanner builds each container once at its final size
// from a traced value stack and finds memoized keys by their bytes; the
// encoder reads dict entries directly and writes escapes, ints and float
// reprs straight into a malloc'd buffer, scanning text eight bytes at a time.
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <string>
#include <vector>

#include "num_internal.h"
#include "seq_internal.h"
#include "taipan/float.h"

using namespace tp;

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;

// High bit of each byte of w equal to c; the lowest flagged byte is always a
// true match (a borrow only flags bytes above a real one).
inline uint64_t bytesEqual(uint64_t w, unsigned char c) {
  uint64_t x = w ^ (kOnes * c);
  return (x - kOnes) & ~x & kHighs;
}
// Same for bytes below 0x20 (ASCII control characters).
inline uint64_t bytesControl(uint64_t w) { return (w - kOnes * 0x20) & ~w & kHighs; }

// ---------------------------------------------------------------------------
// Decoding.
// ---------------------------------------------------------------------------
struct Scanner {
  const char* s;  // UTF-8 text of the document
  int64_t n;
  TpValue doc;  // the str (for errors)
  bool strict;
  bool ascii_doc;  // every slice of the document is ASCII
  TpValue object_hook, pairs_hook, parse_float, parse_int, parse_constant;
  TpValue memo;  // key text -> the one str object used for it
  TpValue error_cls;
  int depth = 0;
  // Values of the arrays and objects being parsed (objects push key, value),
  // so each container is built once at its final size. Traced: it may hold
  // the only reference to a value.
  seq::TracedVector<TpValue> stack;
  std::string buf;  // a string body with its escapes decoded

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

  // The first index >= i holding a quote, a backslash or a control
  // character (n if none), eight bytes at a time.
  int64_t plainRun(int64_t i) const {
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      uint64_t m = bytesEqual(w, '"') | bytesEqual(w, '\\') | bytesControl(w);
      if (m) return i + (__builtin_ctzll(m) >> 3);
    }
    while (i < n && s[i] != '"' && s[i] != '\\' && (unsigned char)s[i] >= 0x20) i++;
    return i;
  }

  // A str of the len bytes of UTF-8 at p, known to be ASCII when `ascii`.
  static TpValue text(const char* p, int64_t len, bool ascii) {
    if (!ascii || len <= 1) return tp_str_from_utf8(p, len);
    TpStr* r = tp_str_alloc(len);
    memcpy(r->data, p, (size_t)len);
    r->data[len] = 0;
    r->length = len;
    r->flags = TP_STR_ASCII;
    return tp_from_object(r);
  }

  // A string value: short ones come from a small cache of recent values
  // (direct-mapped by hash), so a document repeating the same short strings
  // allocates each once; longer ones are new strs.
  static constexpr int64_t kCachedMax = 32, kCacheSlots = 1024;
  // kCacheSlots traced slots, allocated once the document has shown
  // kCacheAfter short strings (small documents do without).
  static constexpr int kCacheAfter = 32;
  TpValue* recent = nullptr;
  int short_seen = 0;
  TpValue valueText(const char* p, int64_t len, bool ascii) {
    if (len > kCachedMax || len <= 1) return text(p, len, ascii);
    if (!recent) {
      if (++short_seen < kCacheAfter) return text(p, len, ascii);
      recent = static_cast<TpValue*>(tp_gc_malloc(kCacheSlots * (int64_t)sizeof(TpValue)));
    }
    int64_t h = seq::hashBytes(p, len);
    TpValue& slot = recent[(uint64_t)h & (kCacheSlots - 1)];
    if (slot != TP_NULL && tp_str_size(slot) == len && !memcmp(tp_str_data(slot), p, (size_t)len)) return slot;
    TpValue r = text(p, len, ascii);
    tp_str_object(r)->hash = h;
    slot = r;
    return r;
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
    int64_t j = plainRun(i);
    if (j < n && s[j] == '"') {
      *end = j + 1;
      return valueText(s + i, j - i, ascii_doc);
    }
    decodeEscaped(i, end);
    return valueText(buf.data(), (int64_t)buf.size(), false);
  }

  // The general case: decodes a body with escapes or control characters
  // (or no closing quote) into buf.
  void decodeEscaped(int64_t i, int64_t* end) {
    int64_t begin = i - 1;
    buf.clear();
    for (;;) {
      int64_t j = plainRun(i);
      if (j >= n) fail("Unterminated string starting at", begin);
      unsigned char c = (unsigned char)s[j];
      if (c == '"') {
        buf.append(s + i, (size_t)(j - i));
        *end = j + 1;
        return;
      }
      if (c < 0x20) {
        if (strict) fail("Invalid control character at", j);
        buf.append(s + i, (size_t)(j + 1 - i));
        i = j + 1;
        continue;
      }
      buf.append(s + i, (size_t)(j - i));
      i = j;
      if (i + 1 >= n) fail("Unterminated string starting at", begin);
      char e = s[i + 1];
      char rep = 0;
      switch (e) {
        case '"':
          rep = '"';
          break;
        case '\\':
          rep = '\\';
          break;
        case '/':
          rep = '/';
          break;
        case 'b':
          rep = '\b';
          break;
        case 'f':
          rep = '\f';
          break;
        case 'n':
          rep = '\n';
          break;
        case 'r':
          rep = '\r';
          break;
        case 't':
          rep = '\t';
          break;
        case 'u':
          break;
        default:
          fail("Invalid \\escape", i);
      }
      if (rep) {
        buf += rep;
        i += 2;
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
      seq::appendUtf8(buf, (uint32_t)code);
    }
  }

  // An object key: the same str object for every occurrence of the same
  // text (CPython's memo), looked up by its UTF-8 bytes without allocating.
  TpValue key(int64_t i, int64_t* end) {
    int64_t j = plainRun(i);
    const char* p;
    int64_t len;
    bool ascii;
    if (j < n && s[j] == '"') {
      *end = j + 1;
      p = s + i;
      len = j - i;
      ascii = ascii_doc;
    } else {
      decodeEscaped(i, end);
      p = buf.data();
      len = (int64_t)buf.size();
      ascii = false;
    }
    int64_t h = seq::hashBytes(p, len);
    TpValue known = seq::dictGetUtf8(memo, p, len, h);
    if (known != TP_NULL) return known;
    TpValue k = text(p, len, ascii);
    tp_str_object(k)->hash = h;
    tp_dict_setitem_hashed(memo, k, h, k);
    return k;
  }

  TpValue constant(const char* name) {
    if (parse_constant != TP_NONE) {
      TpValue a = tp_str_from_cstr(name);
      return tp_call(parse_constant, &a, 1, TP_NULL);
    }
    if (!strcmp(name, "NaN")) return tp_float_box(NAN);
    return tp_float_box(name[0] == '-' ? -INFINITY : INFINITY);
  }

  static bool digit(char c) { return c >= '0' && c <= '9'; }

  // A number at i, or TP_NULL (no value starts here).
  TpValue number(int64_t i, int64_t* end) {
    int64_t start = i;
    bool neg = i < n && s[i] == '-';
    if (neg) i++;
    if (i >= n || !digit(s[i])) return TP_NULL;
    int64_t int_start = i;
    if (s[i] == '0')
      i++;
    else
      while (i < n && digit(s[i])) i++;
    int64_t int_end = i;
    bool is_float = false;
    if (i + 1 < n && s[i] == '.' && digit(s[i + 1])) {
      i += 2;
      while (i < n && digit(s[i])) i++;
      is_float = true;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
      int64_t j = i + 1;
      if (j < n && (s[j] == '+' || s[j] == '-')) j++;
      if (j < n && digit(s[j])) {
        while (j < n && digit(s[j])) j++;
        i = j;
        is_float = true;
      }
    }
    *end = i;
    if (is_float) {
      if (parse_float != TP_NONE) {
        TpValue a = tp_str_from_utf8(s + start, i - start);
        return tp_call(parse_float, &a, 1, TP_NULL);
      }
      double d;
      auto r = std::from_chars(s + start, s + i, d);
      if (r.ec != std::errc() || r.ptr != s + i) {  // overflow to inf or underflow to 0
        std::string text(s + start, (size_t)(i - start));
        d = strtod(text.c_str(), nullptr);
      }
      return tp_float_box(d);
    }
    if (parse_int != TP_NONE) {
      TpValue a = tp_str_from_utf8(s + start, i - start);
      return tp_call(parse_int, &a, 1, TP_NULL);
    }
    if (int_end - int_start <= 18) {
      int64_t v = 0;
      for (int64_t k = int_start; k < int_end; k++) v = v * 10 + (s[k] - '0');
      return tp_int_from_i64(neg ? -v : v);
    }
    std::string text(s + int_start, (size_t)(int_end - int_start));
    TpValue v = tp_const_bigint(text.c_str());
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
    if (++depth > 990)
      raise(&tp_exc_RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string",
            what);
  }

  TpValue object(int64_t i, int64_t* end) {
    enter("object");
    size_t base = stack.size();
    i = skipWs(i);
    if (i < n && s[i] == '}') {
      i++;
    } else {
      for (;;) {
        if (i >= n || s[i] != '"') fail("Expecting property name enclosed in double quotes", i);
        int64_t after;
        TpValue k = key(i + 1, &after);
        i = skipWs(after);
        if (i >= n || s[i] != ':') fail("Expecting ':' delimiter", i);
        i = skipWs(i + 1);
        TpValue v = value(i, &after);
        if (v == TP_NULL) fail("Expecting value", i);
        stack.push_back(k);
        stack.push_back(v);
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
    int64_t count = (int64_t)(stack.size() - base) / 2;
    TpValue result;
    if (pairs_hook != TP_NONE) {
      result = tp_list_new(count, nullptr);
      for (int64_t k = 0; k < count; k++) tp_list_items(result)[k] = tp_tuple_new(2, stack.data() + base + 2 * k);
    } else {
      result = seq::dictWithCapacity(count);
      for (int64_t k = 0; k < count; k++) {
        TpValue key = stack[base + 2 * k];
        tp_dict_setitem_hashed(result, key, tp_str_object(key)->hash, stack[base + 2 * k + 1]);
      }
    }
    stack.resize(base);
    if (pairs_hook != TP_NONE) return tp_call(pairs_hook, &result, 1, TP_NULL);
    if (object_hook != TP_NONE) return tp_call(object_hook, &result, 1, TP_NULL);
    return result;
  }

  TpValue array(int64_t i, int64_t* end) {
    enter("array");
    size_t base = stack.size();
    i = skipWs(i);
    if (i < n && s[i] == ']') {
      i++;
    } else {
      for (;;) {
        int64_t after;
        TpValue v = value(i, &after);
        if (v == TP_NULL) fail("Expecting value", i);
        stack.push_back(v);
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
    int64_t count = (int64_t)(stack.size() - base);
    TpValue result = tp_list_new(count, count ? stack.data() + base : nullptr);
    stack.resize(base);
    return result;
  }
};

// scan(s, idx, strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, error_cls)
//   -> (value, end); idx and end are code-point indexes.
TpValue Json_scan(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("scan", nargs, 9, 9);
  TpValue doc = args[0];
  if (!tp_is_str(doc)) raiseTypeError("first argument must be a string, not %s", typeName(doc));
  Scanner sc;
  sc.s = tp_str_data(doc);
  sc.n = tp_str_size(doc);
  sc.doc = doc;
  sc.strict = tp_truth(args[2]);
  sc.ascii_doc = tp_str_is_ascii(doc);
  sc.object_hook = args[3];
  sc.pairs_hook = args[4];
  sc.parse_float = args[5];
  sc.parse_int = args[6];
  sc.parse_constant = args[7];
  sc.memo = tp_dict_new();
  sc.error_cls = args[8];
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

// The output text: a malloc'd buffer with inline appends (the encoder
// appends a few bytes at a time, millions of times per document).
class OutBuf {
 public:
  OutBuf() = default;
  OutBuf(const OutBuf&) = delete;
  OutBuf& operator=(const OutBuf&) = delete;
  ~OutBuf() { free(p_); }
  const char* data() const { return p_; }
  size_t size() const { return len_; }
  void reserve(size_t extra) {
    if (cap_ - len_ < extra) grow(extra);
  }
  void append(const char* s, size_t k) {
    reserve(k);
    memcpy(p_ + len_, s, k);
    len_ += k;
  }
  // Room for k more bytes at the end; commit(n) keeps n of them.
  char* tail(size_t k) {
    reserve(k);
    return p_ + len_;
  }
  void commit(size_t n) { len_ += n; }
  OutBuf& operator+=(char c) {
    reserve(1);
    p_[len_++] = c;
    return *this;
  }
  OutBuf& operator+=(const char* s) {
    append(s, strlen(s));
    return *this;
  }
  OutBuf& operator+=(const std::string& s) {
    append(s.data(), s.size());
    return *this;
  }

 private:
  void grow(size_t extra) {
    size_t cap = cap_ ? cap_ : 256;
    while (cap - len_ < extra) cap *= 2;
    char* p = static_cast<char*>(realloc(p_, cap));
    if (!p) raiseMemoryError();
    p_ = p;
    cap_ = cap;
  }
  char* p_ = nullptr;
  size_t len_ = 0, cap_ = 0;
};

// Whether byte c of a str must be escaped.
inline bool needsEscape(unsigned char c, bool ascii) {
  return c == '"' || c == '\\' || c < 0x20 || (ascii && c >= 0x7F);
}

// Appends the JSON form of a str (in quotes); unescaped runs are found
// eight bytes at a time and copied in bulk.
void appendEscaped(OutBuf& out, TpValue str, bool ascii) {
  const unsigned char* p = (const unsigned char*)tp_str_data(str);
  int64_t n = tp_str_size(str);
  out += '"';
  int64_t run = 0;
  int64_t i = 0;
  for (;;) {
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      memcpy(&w, p + i, 8);
      uint64_t m = bytesEqual(w, '"') | bytesEqual(w, '\\') | bytesControl(w);
      if (ascii) m |= (w & kHighs) | bytesEqual(w, 0x7F);
      if (m) {
        i += __builtin_ctzll(m) >> 3;
        break;
      }
    }
    while (i < n && !needsEscape(p[i], ascii)) i++;
    if (i >= n) break;
    unsigned char c = p[i];
    out.append((const char*)p + run, (size_t)(i - run));
    const char* short_form = nullptr;
    switch (c) {
      case '"':
        short_form = "\\\"";
        break;
      case '\\':
        short_form = "\\\\";
        break;
      case '\n':
        short_form = "\\n";
        break;
      case '\r':
        short_form = "\\r";
        break;
      case '\t':
        short_form = "\\t";
        break;
      case '\b':
        short_form = "\\b";
        break;
      case '\f':
        short_form = "\\f";
        break;
      default:
        break;
    }
    if (short_form) {
      out.append(short_form, 2);
      i++;
      run = i;
      continue;
    }
    uint32_t cp = c;
    int len = 1;
    if (c >= 0xC0) {
      len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
      for (int k = 1; k < len && i + k < n; k++) cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    auto emit = [&](uint32_t u) {
      char e[6] = {'\\', 'u', kHex[(u >> 12) & 15], kHex[(u >> 8) & 15], kHex[(u >> 4) & 15], kHex[u & 15]};
      out.append(e, 6);
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
  }
  out.append((const char*)p + run, (size_t)(n - run));
  out += '"';
}

void appendI64(OutBuf& out, int64_t v) {
  char buf[24];
  char* e = buf + sizeof buf;
  char* b = e;
  uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  do {
    *--b = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) *--b = '-';
  out.append(b, (size_t)(e - b));
}

// The size of the last document encoded: the next call reserves that much
// output up front (repeated dumps of similar documents grow no buffer).
std::atomic<size_t> g_last_encoded_size{0};       // relaxed: only a hint
constexpr size_t kMaxReserve = size_t(64) << 20;  // beyond this, grow as needed

struct Encoder {
  bool ascii, allow_nan, sort_keys, skipkeys, check_circular;
  std::string item_sep, key_sep, indent;
  bool has_indent;
  TpValue fallback;  // fallback(o, level) -> str, for values of other types
  // The containers being encoded, outermost first (a container met again
  // while it is on this path is a cycle); compared by identity only.
  std::vector<uintptr_t> path;
  // Key/value pairs of the dicts being encoded, taken before any value is
  // encoded (a `default` may change the dict); traced.
  seq::TracedVector<TpValue> pairs;
  OutBuf out;

  void floatText(double d, std::string& text) {
    if (std::isnan(d) || std::isinf(d)) {
      if (!allow_nan) raiseValueError("Out of range float values are not JSON compliant");
      text = std::isnan(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
      return;
    }
    text = taipan::num::FloatRepr(d);
  }

  void enter(TpValue o) {
    if (!check_circular) return;
    for (uintptr_t p : path)
      if (p == (uintptr_t)o) raiseValueError("Circular reference detected");
    path.push_back((uintptr_t)o);
  }
  void leave() {
    if (check_circular) path.pop_back();
  }

  void newline(int level) {
    out += '\n';
    for (int k = 0; k < level; k++) out += indent;
  }

  void value(TpValue o, int level) {
    if (tp_is_small_int(o)) {
      appendI64(out, tp_small_int_value(o));
      return;
    }
    if (o == TP_NONE) {
      out.append("null", 4);
      return;
    }
    if (o == TP_TRUE) {
      out.append("true", 4);
      return;
    }
    if (o == TP_FALSE) {
      out.append("false", 5);
      return;
    }
    TpType* t = tp_is_object(o) ? tp_type_of_object(o) : nullptr;
    if (t == &tp_str_type) {
      appendEscaped(out, o, ascii);
      return;
    }
    if (t == &tp_dict_type) {
      dict(o, level);
      return;
    }
    if (t == &tp_float_type) {
      double d = tp_float_unbox(o);
      if (std::isfinite(d)) {
        out.commit(taipan::num::FloatReprInto(d, out.tail(taipan::num::kFloatReprMax)));
      } else {
        std::string text;
        floatText(d, text);
        out += text;
      }
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
      for (int64_t i = 0;; i++) {
        int64_t size = t == &tp_list_type ? tp_list_size(o) : n;  // a callback may resize the list
        if (i >= size) break;
        if (i) {
          out += item_sep;
          if (has_indent) newline(level + 1);
        }
        value(t == &tp_list_type ? tp_list_get(o, i) : tp_tuple_items(o)[i], level + 1);
      }
      if (has_indent) newline(level);
      out += ']';
      leave();
      return;
    }
    if (t == &tp_int_type) {
      TpValue r = tp_int_repr(o);
      out.append(tp_str_data(r), (size_t)tp_str_size(r));
      return;
    }
    TpValue args[2] = {o, tp_int_from_i64(level)};
    TpValue r = tp_call(fallback, args, 2, TP_NULL);
    out.append(tp_str_data(r), (size_t)tp_str_size(r));
  }

  // The text of a key that is not a str (without quotes); false to skip it.
  bool otherKeyText(TpValue k, std::string& lit) {
    if (tp_is_float(k)) {
      floatText(tp_as_double(k), lit);
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
    return true;
  }

  void dict(TpValue o, int level) {
    TpDict* d = tp_dict_object(o);
    if (d->used == 0) {
      out += "{}";
      return;
    }
    enter(o);
    out += '{';
    if (has_indent) newline(level + 1);
    size_t base = pairs.size();
    if (sort_keys) {
      TpValue items = tp_list_new(0, nullptr);
      int64_t pos = 0;
      TpValue k, v;
      while (tp_dict_next(o, &pos, &k, &v)) {
        TpValue kv[2] = {k, v};
        tp_list_append(items, tp_tuple_new(2, kv));
      }
      tp_list_sort(items, TP_NULL, false);
      for (int64_t i = 0; i < tp_list_size(items); i++) {
        TpValue pair = tp_list_get(items, i);
        pairs.push_back(tp_tuple_items(pair)[0]);
        pairs.push_back(tp_tuple_items(pair)[1]);
      }
    } else {
      for (int64_t i = 0; i < d->nentries; i++) {
        TpDictEntry* e = &d->entries[i];
        if (e->key == TP_NULL) continue;
        pairs.push_back(e->key);
        pairs.push_back(e->value);
      }
    }
    size_t top = pairs.size();
    bool first = true;
    std::string lit;
    for (size_t i = base; i < top; i += 2) {
      TpValue k = pairs[i], v = pairs[i + 1];  // by index: encoding v may grow `pairs`
      bool str_key = tp_is_str(k);
      if (!str_key && !otherKeyText(k, lit)) continue;
      if (!first) {
        out += item_sep;
        if (has_indent) newline(level + 1);
      }
      first = false;
      if (str_key) {
        appendEscaped(out, k, ascii);
      } else {
        out += '"';
        out += lit;
        out += '"';
      }
      out += key_sep;
      value(v, level + 1);
    }
    pairs.resize(base);
    if (has_indent) newline(level);
    out += '}';
    leave();
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
  e.out.reserve(std::min(g_last_encoded_size.load(std::memory_order_relaxed), kMaxReserve) + 64);
  e.value(args[0], (int)tp_int_as_i64(args[10]));
  g_last_encoded_size.store(e.out.size(), std::memory_order_relaxed);
  return tp_str_from_utf8(e.out.data(), (int64_t)e.out.size());
}

TpValue Json_escape(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("encode_basestring", nargs, 2, 2);
  if (!tp_is_str(args[0])) raiseTypeError("first argument must be a string, not %s", typeName(args[0]));
  OutBuf out;
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

TP_NATIVE_MODULE(_json, tp::initJsonCore)
