// The str methods: searching (find/index/count/startswith/...), splitting
// and joining, stripping, case mapping (ASCII fast paths, utf8proc's simple
// mappings beyond ASCII), classification (isdigit/isalpha/...), padding,
// partition, splitlines, replace, expandtabs, encode and format. Search
// works on UTF-8 bytes (UTF-8 is self-synchronising) and converts byte
// offsets to code-point indices only when a result is an index.
#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "seq_internal.h"

namespace tp::seq {
namespace {

using Args = const TpValue*;

std::string_view sv(TpValue s) { return tp_str_view(s); }

// Code-point index of byte offset `off` in s.
int64_t cpIndex(TpValue s, int64_t off) {
  if (tp_str_is_ascii(s)) return off;
  int64_t n = 0;
  const char* d = tp_str_data(s);
  for (int64_t i = 0; i < off; i++) n += ((unsigned char)d[i] & 0xC0) != 0x80;
  return n;
}

// CPython's ADJUST_INDICES for start/end arguments (None = default); results
// are code-point indices clamped to [0, len].
void adjustRange(TpValue s, TpValue start_v, TpValue end_v, int64_t* start, int64_t* end) {
  int64_t len = tp_str_length(s);
  *start = 0;
  *end = len;
  if (start_v != TP_NULL && start_v != TP_NONE) *start = asIndex(start_v);
  if (end_v != TP_NULL && end_v != TP_NONE) *end = asIndex(end_v);
  if (*end > len) *end = len;
  if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
}

void argCheckStr(TpValue v, const char* fname) {
  if (!tp_is_str(v)) tp::raiseTypeError("must be str, not %s", tp::typeName(v));
  (void)fname;
}

// find/rfind/index/rindex/count share this: returns code-point index or -1.
int64_t findImpl(TpValue s, TpValue sub, TpValue start_v, TpValue end_v, bool reverse) {
  int64_t start, end;
  adjustRange(s, start_v, end_v, &start, &end);
  if (start > end) return -1;
  if (start > tp_str_length(s)) return -1;
  int64_t b0 = byteOffset(s, start), b1 = byteOffset(s, end);
  std::string_view hay = sv(s).substr((size_t)b0, (size_t)(b1 - b0));
  size_t pos = reverse ? hay.rfind(sv(sub)) : hay.find(sv(sub));
  if (pos == std::string_view::npos) return -1;
  return cpIndex(s, b0 + (int64_t)pos);
}

TpValue searchMethod(const char* name, Args args, int64_t nargs, TpValue kwnames, bool reverse, bool raise) {
  tp::noKeywords(name, kwnames);
  tp::checkArgCount(name, nargs - 1, 1, 3);
  argCheckStr(args[1], name);
  int64_t r = findImpl(args[0], args[1], nargs > 2 ? args[2] : TP_NULL, nargs > 3 ? args[3] : TP_NULL, reverse);
  if (r < 0 && raise) tp::raiseValueError("substring not found");
  return intValue(r);
}

TpValue mFind(Args a, int64_t n, TpValue k) { return searchMethod("find", a, n, k, false, false); }
TpValue mRFind(Args a, int64_t n, TpValue k) { return searchMethod("rfind", a, n, k, true, false); }
TpValue mIndex(Args a, int64_t n, TpValue k) { return searchMethod("index", a, n, k, false, true); }
TpValue mRIndex(Args a, int64_t n, TpValue k) { return searchMethod("rindex", a, n, k, true, true); }

TpValue mCount(Args args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("count", kwnames);
  tp::checkArgCount("count", nargs - 1, 1, 3);
  argCheckStr(args[1], "count");
  TpValue s = args[0];
  int64_t start, end;
  adjustRange(s, nargs > 2 ? args[2] : TP_NULL, nargs > 3 ? args[3] : TP_NULL, &start, &end);
  if (start > end || start > tp_str_length(s)) return intValue(0);
  if (tp_str_size(args[1]) == 0) return intValue(end - start + 1);
  int64_t b0 = byteOffset(s, start), b1 = byteOffset(s, end);
  std::string_view hay = sv(s).substr((size_t)b0, (size_t)(b1 - b0)), needle = sv(args[1]);
  int64_t c = 0;
  for (size_t p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + needle.size())) c++;
  return intValue(c);
}

TpValue affixMethod(const char* name, Args args, int64_t nargs, TpValue kwnames, bool suffix) {
  tp::noKeywords(name, kwnames);
  tp::checkArgCount(name, nargs - 1, 1, 3);
  TpValue s = args[0];
  int64_t start, end;
  adjustRange(s, nargs > 2 ? args[2] : TP_NULL, nargs > 3 ? args[3] : TP_NULL, &start, &end);
  auto test = [&](TpValue affix) {
    if (!tp_is_str(affix))
      tp::raiseTypeError("tuple for %s must only contain str, not %s", name, tp::typeName(affix));
    if (start > tp_str_length(s)) return false;
    if (end < start) return false;
    int64_t b0 = byteOffset(s, start), b1 = byteOffset(s, end);
    std::string_view hay = sv(s).substr((size_t)b0, (size_t)(b1 - b0));
    std::string_view a = sv(affix);
    if (a.size() > hay.size()) return false;
    return suffix ? hay.substr(hay.size() - a.size()) == a : hay.substr(0, a.size()) == a;
  };
  if (tp_is_tuple(args[1])) {
    for (int64_t i = 0; i < tp_tuple_size(args[1]); i++)
      if (test(tp_tuple_get(args[1], i))) return TP_TRUE;
    return TP_FALSE;
  }
  if (!tp_is_str(args[1]))
    tp::raiseTypeError("%s first arg must be str or a tuple of str, not %s", name, tp::typeName(args[1]));
  return tp_bool(test(args[1]));
}
TpValue mStartsWith(Args a, int64_t n, TpValue k) { return affixMethod("startswith", a, n, k, false); }
TpValue mEndsWith(Args a, int64_t n, TpValue k) { return affixMethod("endswith", a, n, k, true); }

TpValue mJoin(Args args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("join", kwnames);
  tp::checkArgCount("str.join", nargs - 1, 1, 1);
  TpValue sep = args[0];
  // An exact list or tuple: its items in place, measured once, copied once
  // (checking that they are strs runs no user code, so nothing can change
  // the list meanwhile).
  TpValue seq = args[1];
  if (tp_is_object(seq)) {
    TpType* t = tp_type_of_object(seq);
    if (t == &tp_list_type) {
      tp::KeepAlive hold(seq);  // the owner of the items (decision 0080)
      return strJoinArray(sep, tp_list_items(seq), tp_list_size(seq));
    }
    if (t == &tp_tuple_type) return strJoinArray(sep, tp_tuple_items(seq), tp_tuple_size(seq));
  }
  TracedVector<TpValue> parts;
  bool with_sep = tp_str_size(sep) != 0;
  int64_t index = 0;
  forEach(args[1], [&](TpValue item) {
    if (!tp_is_str(item))
      tp::raiseTypeError("sequence item %lld: expected str instance, %s found", (long long)index, tp::typeName(item));
    if (with_sep && index > 0) parts.push_back(sep);
    parts.push_back(item);
    index++;
  });
  if (parts.size() == 1 && tp_type_of_object(parts[0]) == &tp_str_type) return parts[0];
  return tp_str_concat(parts.data(), (int64_t)parts.size());
}

// asciiSpace as a table, and the text size from which a whitespace split
// counts its pieces before making the list.
constexpr auto kAsciiSpace = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; c++) t[(size_t)c] = asciiSpace((unsigned char)c);
  return t;
}();
constexpr int64_t kCountPiecesFrom = 4096;

// The number of whitespace-separated pieces of ASCII text: the non-space
// bytes that follow a space byte or the start. Eight bytes at a time: for
// bytes below 0x80, b + (0x80 - lo) has its top bit set exactly when
// b >= lo (no sum carries into the next byte), so the top bits of
// in(9, 13) | in(28, 32) mark asciiSpace's bytes.
int64_t countAsciiPieces(const char* d, int64_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x80 * kOnes;
  auto in = [](uint64_t w, uint64_t lo, uint64_t hi) {
    return (w + (0x80 - lo) * kOnes) & ~(w + (0x80 - hi - 1) * kOnes);
  };
  int64_t pieces = 0, k = 0;
  uint64_t prev = 1ull << 63;  // the byte before the text counts as a space
  for (; k + 8 <= n; k += 8) {
    uint64_t w;
    memcpy(&w, d + k, 8);
    uint64_t space = (in(w, 9, 13) | in(w, 28, 32)) & kHigh;
    uint64_t before = (space << 8) | (prev >> 56);  // each byte's predecessor's bit
    uint64_t starts = ~space & before & kHigh;
    pieces += (int64_t)(((starts >> 7) * kOnes) >> 56);
    prev = space;
  }
  bool space = prev >> 63;
  for (; k < n; k++) {
    bool sp = kAsciiSpace[(unsigned char)d[k]];
    pieces += space & !sp;
    space = sp;
  }
  return pieces;
}

// Whitespace split (sep None), left to right.
// An ASCII str is scanned in place (code point i is byte i); other text is
// decoded to code points first. No temporary heap copy for the common case.
TpValue splitWhitespace(TpValue s, int64_t maxsplit, bool reverse) {
  if (!reverse && tp_str_is_ascii(s)) {
    // ASCII text left to right: bytes are code points and every piece is
    // ASCII, so the pieces are made without measuring them.
    const char* d = tp_str_data(s);
    int64_t n = tp_str_size(s);
    // A long text's pieces are counted first (decision 0055): the list gets
    // exactly their number of slots instead of growing (each growth a new
    // block of the collector's, cleared, and a copy).
    int64_t pieces = 0;
    if (n >= kCountPiecesFrom && maxsplit < 0) pieces = countAsciiPieces(d, n);
    TpValue out = pieces > 0 ? tp_list_with_capacity(pieces) : tp_list_new(0, nullptr);
    int64_t i = 0;
    while (true) {
      while (i < n && asciiSpace((unsigned char)d[i])) i++;
      if (i >= n) break;
      int64_t j = n;  // maxsplit reached: the rest, trailing whitespace included
      if (maxsplit != 0) {
        j = i;
        while (j < n && !asciiSpace((unsigned char)d[j])) j++;
      }
      // A str without whitespace is its own only piece (CPython's identity).
      bool whole = i == 0 && j == n && tp_type_of_object(s) == &tp_str_type;
      tp_list_append(out, whole ? s : asciiStr(d + i, j - i));
      if (maxsplit == 0) break;
      if (maxsplit > 0) maxsplit--;
      i = j;
    }
    return out;
  }
  std::u32string decoded;
  const unsigned char* bytes = (const unsigned char*)tp_str_data(s);
  bool ascii = tp_str_is_ascii(s);
  if (!ascii) decoded = codepoints(s);
  struct {
    const unsigned char* b;
    const char32_t* c;
    char32_t operator[](size_t i) const { return b ? (char32_t)b[i] : c[i]; }
  } cps{ascii ? bytes : nullptr, decoded.data()};
  TpValue out = tp_list_new(0, nullptr);
  int64_t n = ascii ? tp_str_size(s) : (int64_t)decoded.size();
  if (!reverse) {
    int64_t i = 0;
    while (true) {
      while (i < n && isSpace(cps[(size_t)i])) i++;
      if (i >= n) break;
      if (maxsplit == 0) {  // the rest, trailing whitespace included
        tp_list_append(out, tp_str_substr(s, i, n));
        break;
      }
      int64_t j = i;
      while (j < n && !isSpace(cps[(size_t)j])) j++;
      tp_list_append(out, tp_str_substr(s, i, j));
      if (maxsplit > 0) maxsplit--;
      i = j;
    }
    return out;
  }
  int64_t i = n;
  while (true) {
    while (i > 0 && isSpace(cps[(size_t)i - 1])) i--;
    if (i <= 0) break;
    if (maxsplit == 0) {
      tp_list_append(out, tp_str_substr(s, 0, i));
      break;
    }
    int64_t j = i;
    while (j > 0 && !isSpace(cps[(size_t)j - 1])) j--;
    tp_list_append(out, tp_str_substr(s, j, i));
    if (maxsplit > 0) maxsplit--;
    i = j;
  }
  std::reverse(tp_list_items(out), tp_list_items(out) + tp_list_size(out));
  return out;
}

TpValue splitImpl(const char* name, Args args, int64_t nargs, TpValue kwnames, bool reverse) {
  TpValue out[2];
  tp::parseArgs(name, args + 1, nargs - 1, kwnames, {"sep", "maxsplit"}, 0, 0, out);
  TpValue s = args[0];
  int64_t maxsplit = out[1] == TP_NULL ? -1 : asIndex(out[1]);
  if (out[0] == TP_NULL || out[0] == TP_NONE) return splitWhitespace(s, maxsplit, reverse);
  if (!tp_is_str(out[0])) tp::raiseTypeError("must be str or None, not %s", tp::typeName(out[0]));
  std::string_view sep = sv(out[0]), text = sv(s);
  if (sep.empty()) tp::raiseValueError("empty separator");
  TpValue result = tp_list_new(0, nullptr);
  if (!reverse) {
    size_t pos = 0;
    while (maxsplit != 0) {
      size_t f = text.find(sep, pos);
      if (f == std::string_view::npos) break;
      tp_list_append(result, tp_str_from(text.substr(pos, f - pos)));
      pos = f + sep.size();
      if (maxsplit > 0) maxsplit--;
    }
    tp_list_append(result, tp_str_from(text.substr(pos)));
    return result;
  }
  size_t end = text.size();
  while (maxsplit != 0 && end >= sep.size()) {
    size_t f = text.substr(0, end).rfind(sep);
    if (f == std::string_view::npos) break;
    tp_list_append(result, tp_str_from(text.substr(f + sep.size(), end - f - sep.size())));
    end = f;
    if (maxsplit > 0) maxsplit--;
  }
  tp_list_append(result, tp_str_from(text.substr(0, end)));
  std::reverse(tp_list_items(result), tp_list_items(result) + tp_list_size(result));
  return result;
}
TpValue mSplit(Args a, int64_t n, TpValue k) { return splitImpl("split", a, n, k, false); }
TpValue mRSplit(Args a, int64_t n, TpValue k) { return splitImpl("rsplit", a, n, k, true); }

// The last chars argument of an ASCII strip and its 128-bit map (stripImpl).
TpValue g_strip_chars = TP_NULL;
uint64_t g_strip_bits[2];

TpValue stripImpl(const char* name, Args args, int64_t nargs, TpValue kwnames, bool left, bool right) {
  tp::noKeywords(name, kwnames);
  tp::checkArgCount(name, nargs - 1, 0, 1);
  TpValue s = args[0];
  TpValue chars = nargs > 1 ? args[1] : TP_NONE;
  if (chars != TP_NONE && !tp_is_str(chars))
    tp::raiseTypeError("%s arg must be None or str", name);
  if (tp_str_object(s)->flags & TP_STR_ASCII) {
    // ASCII text: bytes are code points; a non-ASCII char to strip can
    // never match (its UTF-8 bytes are all >= 0x80 and are skipped).
    // The set of ASCII characters to strip as a 128-bit map.
    // The map of the last chars argument is kept with it (decision 0055:
    // `w.strip(PUNCT)` per word): a str's text never changes, and the
    // reference in g_strip_chars keeps it alive, so no other str can take
    // its address.
    uint64_t bits[2] = {0, 0};
    if (chars == TP_NONE) {
      for (int c = 0; c < 128; c++)
        if (asciiSpace((unsigned char)c)) bits[c >> 6] |= 1ull << (c & 63);
    } else if (chars == g_strip_chars) {
      bits[0] = g_strip_bits[0];
      bits[1] = g_strip_bits[1];
    } else {
      const unsigned char* cd = (const unsigned char*)tp_str_data(chars);
      for (int64_t k = 0; k < tp_str_size(chars); k++)
        if (cd[k] < 128) bits[cd[k] >> 6] |= 1ull << (cd[k] & 63);
      g_strip_chars = chars;
      g_strip_bits[0] = bits[0];
      g_strip_bits[1] = bits[1];
    }
    auto in = [&](unsigned char c) { return (bits[c >> 6] >> (c & 63)) & 1; };
    const unsigned char* d = (const unsigned char*)tp_str_data(s);
    int64_t n = tp_str_size(s), i = 0, j = n;
    if (left)
      while (i < j && in(d[i])) i++;
    if (right)
      while (j > i && in(d[j - 1])) j--;
    if (i == 0 && j == n && tp_type_of_object(s) == &tp_str_type) return s;
    return asciiStr((const char*)d + i, j - i);
  }
  std::u32string cps = codepoints(s);
  std::u32string set = chars == TP_NONE ? std::u32string() : codepoints(chars);
  auto strip = [&](char32_t c) {
    return chars == TP_NONE ? isSpace(c) : set.find(c) != std::u32string::npos;
  };
  int64_t i = 0, j = (int64_t)cps.size();
  if (left)
    while (i < j && strip(cps[(size_t)i])) i++;
  if (right)
    while (j > i && strip(cps[(size_t)j - 1])) j--;
  return tp_str_substr(s, i, j);
}
TpValue mStrip(Args a, int64_t n, TpValue k) { return stripImpl("strip", a, n, k, true, true); }
TpValue mLStrip(Args a, int64_t n, TpValue k) { return stripImpl("lstrip", a, n, k, true, false); }
TpValue mRStrip(Args a, int64_t n, TpValue k) { return stripImpl("rstrip", a, n, k, false, true); }

TpValue mReplace(Args args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("replace", kwnames);
  tp::checkArgCount("replace", nargs - 1, 2, 3);
  for (int i = 1; i <= 2; i++)
    if (!tp_is_str(args[i])) tp::raiseTypeError("replace() argument %d must be str, not %s", i, tp::typeName(args[i]));
  int64_t count = nargs > 3 ? asIndex(args[3]) : -1;
  TpValue s = args[0];
  std::string_view text = sv(s), old = sv(args[1]), repl = sv(args[2]);
  std::string out;
  if (old.empty()) {
    // Insert `repl` before every code point and at the end.
    const unsigned char* p = (const unsigned char*)text.data();
    const unsigned char* end = p + text.size();
    int64_t done = 0;
    if (count != 0) {
      out += repl;
      done++;
    }
    while (p < end) {
      const unsigned char* q = p;
      decodeUtf8(q);
      out.append((const char*)p, (size_t)(q - p));
      p = q;
      if (count < 0 || done < count) {
        out += repl;
        done++;
      }
    }
    return tp_str_from(out);
  }
  size_t pos = 0;
  int64_t done = 0;
  while (count < 0 || done < count) {
    size_t f = text.find(old, pos);
    if (f == std::string_view::npos) break;
    out.append(text.substr(pos, f - pos));
    out.append(repl);
    pos = f + old.size();
    done++;
  }
  if (done == 0 && tp_type_of_object(s) == &tp_str_type) return s;
  out.append(text.substr(pos));
  return tp_str_from(out);
}

// ---- case mapping ----
enum CaseOp { kUpper, kLower, kSwap, kTitle, kCapitalize, kCasefold };

bool isCased(uint32_t c) {
  if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  auto cat = utf8proc_category((utf8proc_int32_t)c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
         utf8proc_toupper((utf8proc_int32_t)c) != (utf8proc_int32_t)c ||
         utf8proc_tolower((utf8proc_int32_t)c) != (utf8proc_int32_t)c;
}
bool isLowerCp(uint32_t c) {
  if (c < 128) return c >= 'a' && c <= 'z';
  return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LL;
}
bool isUpperCp(uint32_t c) {
  if (c < 128) return c >= 'A' && c <= 'Z';
  return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LU;
}
bool isTitleCp(uint32_t c) { return c >= 128 && utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LT; }

void appendUpper(std::string& out, uint32_t c) {
  if (c == 0xDF) {  // ß has a two-letter upper case (SpecialCasing)
    out += "SS";
    return;
  }
  appendUtf8(out, c < 128 ? (uint32_t)((c >= 'a' && c <= 'z') ? c - 32 : c)
                          : (uint32_t)utf8proc_toupper((utf8proc_int32_t)c));
}
void appendLower(std::string& out, uint32_t c) {
  appendUtf8(out, c < 128 ? (uint32_t)((c >= 'A' && c <= 'Z') ? c + 32 : c)
                          : (uint32_t)utf8proc_tolower((utf8proc_int32_t)c));
}
void appendTitle(std::string& out, uint32_t c) {
  if (c < 128) {
    appendUpper(out, c);
    return;
  }
  if (c == 0xDF) {
    out += "Ss";
    return;
  }
  appendUtf8(out, (uint32_t)utf8proc_totitle((utf8proc_int32_t)c));
}

TpValue caseMap(TpValue s, CaseOp op) {
  if ((op == kLower || op == kUpper) && tp_str_is_ascii(s)) {
    // ASCII lower/upper map byte to byte: build the result in place.
    int64_t n = tp_str_size(s);
    const char* d = tp_str_data(s);
    if (n == 0) return tp_str_empty();
    // Eight (or four) bytes at a time: for a byte b < 0x80, b + (0x80 - lo)
    // has its top bit set exactly when b >= lo, and no sum carries into the
    // next byte; the bytes in [lo, hi] get 0x20 flipped. A last partial word
    // is the one ending at the end (overlapping stores write equal bytes).
    // Below four bytes, byte by byte (the same arithmetic on one byte).
    uint64_t lo = op == kLower ? 'A' : 'a', hi = op == kLower ? 'Z' : 'z';
    auto inRange = [&](auto w) {
      using W = decltype(w);
      constexpr W ones = (W)0x0101010101010101ull;
      return (W)((W)(w + (W)(0x80 - lo) * ones) & (W) ~(W)(w + (W)(0x80 - hi - 1) * ones) & (W)(0x80 * ones));
    };
    // Calls f(w, at) for the words that cover the str, w read at offset at.
    auto eachWord = [&](auto&& f) {
      auto at = [&](auto zero, int64_t i) {
        decltype(zero) w;
        memcpy(&w, d + i, sizeof w);
        f(w, i);
      };
      if (n >= 8) {
        for (int64_t i = 0; i + 8 <= n; i += 8) at(uint64_t(0), i);
        if (n % 8) at(uint64_t(0), n - 8);
      } else if (n >= 4) {
        at(uint32_t(0), 0);
        at(uint32_t(0), n - 4);
      } else {
        for (int64_t i = 0; i < n; i++) at(uint8_t(0), i);
      }
    };
    // A str that the mapping leaves as it is is its own result (as strip
    // does): `word.lower()` of a word already in lower case allocates
    // nothing. A subclass's instance still gets an exact str.
    if (tp_type_of_object(s) == &tp_str_type) {
      uint64_t any = 0;
      eachWord([&](auto w, int64_t) { any |= inRange(w); });
      if (any == 0) return s;
    }
    // One character: the interned str of its mapping, as s[i] gives it.
    if (n == 1) {
      char c = d[0];
      if (c >= (char)lo && c <= (char)hi) c = (char)(c ^ 0x20);
      return tp_str_latin1[(unsigned char)c];
    }
    TpStr* r = tp_str_alloc(n);
    eachWord([&](auto w, int64_t i) {
      w = (decltype(w))(w ^ (inRange(w) >> 2));
      memcpy(r->data + i, &w, sizeof w);
    });
    return asciiFinish(r);
  }
  std::string out;
  out.reserve((size_t)tp_str_size(s));
  const unsigned char* p = (const unsigned char*)tp_str_data(s);
  const unsigned char* end = p + tp_str_size(s);
  bool prev_cased = false, first = true, prev_cp_cased = false;
  // Lowercasing with the two context/full mappings CPython applies beyond
  // the simple ones: final sigma and U+0130 (i + combining dot above).
  auto lower = [&](uint32_t c) {
    if (c == 0x3A3) {
      bool after = false;
      if (p < end) {
        const unsigned char* q = p;
        after = isCased(decodeUtf8(q));
      }
      appendUtf8(out, prev_cp_cased && !after ? 0x3C2 : 0x3C3);
    } else if (c == 0x130) {
      out += "i\xCC\x87";
    } else {
      appendLower(out, c);
    }
  };
  while (p < end) {
    uint32_t c = decodeUtf8(p);
    switch (op) {
      case kUpper: appendUpper(out, c); break;
      case kLower:
        lower(c);
        break;
      case kCasefold:
        if (c < 128) {
          appendLower(out, c);
        } else {
          // Full folding (CaseFolding.txt C+F): ß -> ss, ﬁ -> fi, ...
          utf8proc_int32_t buf[8];
          int last = 0;
          utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)c, buf, 8, UTF8PROC_CASEFOLD, &last);
          if (n <= 0 || n > 8)
            appendLower(out, c);
          else
            for (utf8proc_ssize_t i = 0; i < n; i++) appendUtf8(out, (uint32_t)buf[i]);
        }
        break;
      case kSwap:
        if (isUpperCp(c))
          lower(c);
        else if (isLowerCp(c))
          appendUpper(out, c);
        else
          appendUtf8(out, c);
        break;
      case kTitle:
        if (prev_cased)
          lower(c);
        else
          appendTitle(out, c);
        prev_cased = isCased(c);
        break;
      case kCapitalize:
        if (first)
          appendTitle(out, c);
        else
          lower(c);
        break;
    }
    first = false;
    prev_cp_cased = isCased(c);
  }
  return tp_str_from(out);
}

#define CASE_METHOD(FN, NAME, OP)                            \
  TpValue FN(Args args, int64_t nargs, TpValue kwnames) {    \
    tp::noKeywords(NAME, kwnames);                           \
    tp::checkArgCount("str." NAME, nargs - 1, 0, 0);         \
    return caseMap(args[0], OP);                             \
  }
CASE_METHOD(mUpper, "upper", kUpper)
CASE_METHOD(mLower, "lower", kLower)
CASE_METHOD(mSwapCase, "swapcase", kSwap)
CASE_METHOD(mTitle, "title", kTitle)
CASE_METHOD(mCapitalize, "capitalize", kCapitalize)
CASE_METHOD(mCasefold, "casefold", kCasefold)
#undef CASE_METHOD

// ---- classification ----
bool isDecimalCp(uint32_t c) {
  if (c < 128) return c >= '0' && c <= '9';
  return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_ND;
}
bool isDigitCp(uint32_t c) {
  if (isDecimalCp(c)) return true;
  // Digits that are not decimal: superscripts, subscripts, circled digits.
  return c == 0xB2 || c == 0xB3 || c == 0xB9 || (c >= 0x2070 && c <= 0x2079 && c != 0x2071 && c != 0x2072 && c != 0x2073) ||
         (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) || (c >= 0x2474 && c <= 0x247C) ||
         (c >= 0x2488 && c <= 0x2490) || c == 0x24EA || (c >= 0x24F5 && c <= 0x24FD) || c == 0x24FF ||
         (c >= 0x2776 && c <= 0x277E) || (c >= 0x2780 && c <= 0x2788) || (c >= 0x278A && c <= 0x2792);
}
bool isNumericCp(uint32_t c) {
  if (isDigitCp(c)) return true;
  if (c < 128) return false;
  auto cat = utf8proc_category((utf8proc_int32_t)c);
  if (cat == UTF8PROC_CATEGORY_NL || cat == UTF8PROC_CATEGORY_NO) return true;
  // CJK numerals (Lo with a numeric value).
  static const uint32_t kCjk[] = {0x3007, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x516B,
                                  0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x56DB, 0x5EFE, 0x5EFF, 0x767E, 0x842C};
  for (uint32_t k : kCjk)
    if (c == k) return true;
  return false;
}
bool isAlphaCp(uint32_t c) {
  if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  auto cat = utf8proc_category((utf8proc_int32_t)c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT ||
         cat == UTF8PROC_CATEGORY_LM || cat == UTF8PROC_CATEGORY_LO;
}
bool isAlnumCp(uint32_t c) { return isAlphaCp(c) || isDecimalCp(c) || isDigitCp(c) || isNumericCp(c); }

template <class Pred>
TpValue allOf(TpValue s, Pred pred) {
  if (tp_str_size(s) == 0) return TP_FALSE;
  const unsigned char* p = (const unsigned char*)tp_str_data(s);
  const unsigned char* end = p + tp_str_size(s);
  while (p < end)
    if (!pred(decodeUtf8(p))) return TP_FALSE;
  return TP_TRUE;
}

#define CLASS_METHOD(FN, NAME, PRED)                      \
  TpValue FN(Args args, int64_t nargs, TpValue kwnames) { \
    tp::noKeywords(NAME, kwnames);                        \
    tp::checkArgCount("str." NAME, nargs - 1, 0, 0);      \
    return allOf(args[0], PRED);                          \
  }
CLASS_METHOD(mIsDigit, "isdigit", isDigitCp)
CLASS_METHOD(mIsDecimal, "isdecimal", isDecimalCp)
CLASS_METHOD(mIsNumeric, "isnumeric", isNumericCp)
CLASS_METHOD(mIsAlpha, "isalpha", isAlphaCp)
CLASS_METHOD(mIsAlnum, "isalnum", isAlnumCp)
CLASS_METHOD(mIsSpace, "isspace", isSpace)
#undef CLASS_METHOD

TpValue mIsAscii(Args args, int64_t nargs, TpValue kwnames) { return tp_bool(tp_str_is_ascii(args[0])); }

TpValue mIsPrintable(Args args, int64_t nargs, TpValue kwnames) {
  const unsigned char* p = (const unsigned char*)tp_str_data(args[0]);
  const unsigned char* end = p + tp_str_size(args[0]);
  while (p < end)
    if (!isPrintable(decodeUtf8(p))) return TP_FALSE;
  return TP_TRUE;
}

TpValue caseTest(TpValue s, bool want_upper) {
  bool cased = false;
  const unsigned char* p = (const unsigned char*)tp_str_data(s);
  const unsigned char* end = p + tp_str_size(s);
  while (p < end) {
    uint32_t c = decodeUtf8(p);
    if (want_upper ? (isLowerCp(c) || isTitleCp(c)) : (isUpperCp(c) || isTitleCp(c))) return TP_FALSE;
    if (!cased && (want_upper ? isUpperCp(c) : isLowerCp(c))) cased = true;
  }
  return tp_bool(cased);
}
TpValue mIsUpper(Args args, int64_t nargs, TpValue kwnames) { return caseTest(args[0], true); }
TpValue mIsLower(Args args, int64_t nargs, TpValue kwnames) { return caseTest(args[0], false); }

TpValue mIsTitle(Args args, int64_t nargs, TpValue kwnames) {
  bool cased = false, prev_cased = false;
  const unsigned char* p = (const unsigned char*)tp_str_data(args[0]);
  const unsigned char* end = p + tp_str_size(args[0]);
  while (p < end) {
    uint32_t c = decodeUtf8(p);
    if (isUpperCp(c) || isTitleCp(c)) {
      if (prev_cased) return TP_FALSE;
      prev_cased = cased = true;
    } else if (isLowerCp(c)) {
      if (!prev_cased) return TP_FALSE;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return tp_bool(cased);
}

TpValue mIsIdentifier(Args args, int64_t nargs, TpValue kwnames) {
  TpValue s = args[0];
  if (tp_str_size(s) == 0) return TP_FALSE;
  const unsigned char* p = (const unsigned char*)tp_str_data(s);
  const unsigned char* end = p + tp_str_size(s);
  bool first = true;
  while (p < end) {
    uint32_t c = decodeUtf8(p);
    bool ok;
    if (c < 128) {
      ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
    } else {
      auto cat = utf8proc_category((utf8proc_int32_t)c);
      ok = isAlphaCp(c) || cat == UTF8PROC_CATEGORY_NL ||
           (!first && (cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ND ||
                       cat == UTF8PROC_CATEGORY_PC));
    }
    if (!ok) return TP_FALSE;
    first = false;
  }
  return TP_TRUE;
}

// ---- padding ----
uint32_t fillChar(const char* name, Args args, int64_t nargs, int64_t index) {
  if (nargs <= index) return ' ';
  TpValue f = args[index];
  if (!tp_is_str(f))
    tp::raiseTypeError("%s() argument 2 must be str, not %s", name, tp::typeName(f));
  if (tp_str_length(f) != 1) tp::raiseTypeError("The fill character must be exactly one character long");
  return (uint32_t)tp_str_codepoint_at(f, 0);
}

TpValue pad(TpValue s, int64_t left, int64_t right, uint32_t fill) {
  if (left <= 0 && right <= 0 && tp_type_of_object(s) == &tp_str_type) return s;
  std::string f;
  appendUtf8(f, fill);
  std::string out;
  for (int64_t i = 0; i < left; i++) out += f;
  out += sv(s);
  for (int64_t i = 0; i < right; i++) out += f;
  return tp_str_from(out);
}

TpValue mCenter(Args args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("center", kwnames);
  tp::checkArgCount("center", nargs - 1, 1, 2);
  int64_t width = asIndex(args[1]);
  uint32_t fill = fillChar("center", args, nargs, 2);
  int64_t len = tp_str_length(args[0]);
  if (width <= len) return pad(args[0], 0, 0, fill);
  int64_t marg = width - len;
  int64_t left = marg / 2 + (marg & width & 1);
  return pad(args[0], left, marg - left, fill);
}

TpValue mLJust(Args args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("ljust", kwnames);
  tp::checkArgCount("ljust", nargs - 1, 1, 2);
  int64_t width = asIndex(args[1]);
  uint32_t fill = fillChar("ljust", args, nargs, 2);
  return pad(args[0], 0, width - tp_str_length(args[0]), fill);
}

TpValue mRJust(Args args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("rjust", kwnames);
  tp::checkArgCount("rjust", nargs - 1, 1, 2);
  int64_t width = asIndex(args[1]);
  uint32_t fill = fillChar("rjust", args, nargs, 2);
  return pad(args[0], width - tp_str_length(args[0]), 0, fill);
}

TpValue mZFill(Args args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("zfill", kwnames);
  tp::checkArgCount("zfill", nargs - 1, 1, 1);
  int64_t width = asIndex(args[1]);
  TpValue s = args[0];
  int64_t len = tp_str_length(s);
  if (width <= len) return pad(s, 0, 0, ' ');
  std::string_view text = sv(s);
  std::string out;
  size_t start = 0;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    out += text[0];
    start = 1;
  }
  out.append((size_t)(width - len), '0');
  out += text.substr(start);
  return tp_str_from(out);
}

TpValue partitionImpl(const char* name, Args args, int64_t nargs, TpValue kwnames, bool reverse) {
  tp::noKeywords(name, kwnames);
  tp::checkArgCount(name, nargs - 1, 1, 1);
  argCheckStr(args[1], name);
  std::string_view text = sv(args[0]), sep = sv(args[1]);
  if (sep.empty()) tp::raiseValueError("empty separator");
  size_t f = reverse ? text.rfind(sep) : text.find(sep);
  TpValue items[3];
  if (f == std::string_view::npos) {
    TpValue empty = tp_str_empty();
    TpValue whole = tp_type_of_object(args[0]) == &tp_str_type ? args[0] : tp_str_from(text);
    items[0] = reverse ? empty : whole;
    items[1] = empty;
    items[2] = reverse ? whole : empty;
  } else {
    items[0] = tp_str_from(text.substr(0, f));
    items[1] = args[1];
    items[2] = tp_str_from(text.substr(f + sep.size()));
  }
  return tp_tuple_new(3, items);
}
TpValue mPartition(Args a, int64_t n, TpValue k) { return partitionImpl("partition", a, n, k, false); }
TpValue mRPartition(Args a, int64_t n, TpValue k) { return partitionImpl("rpartition", a, n, k, true); }

bool isLineBreak(uint32_t c) {
  return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
         c == 0x2028 || c == 0x2029;
}

TpValue mSplitLines(Args args, int64_t nargs, TpValue kwnames) {
  TpValue out[1];
  tp::parseArgs("splitlines", args + 1, nargs - 1, kwnames, {"keepends"}, 0, 0, out);
  bool keepends = out[0] != TP_NULL && tp_truth(out[0]);
  std::u32string cps = codepoints(args[0]);
  TpValue result = tp_list_new(0, nullptr);
  size_t n = cps.size(), i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && !isLineBreak(cps[j])) j++;
    size_t eol = j;
    if (j < n) {
      if (cps[j] == '\r' && j + 1 < n && cps[j + 1] == '\n')
        j += 2;
      else
        j++;
      if (keepends) eol = j;
    }
    tp_list_append(result, tp_str_substr(args[0], (int64_t)i, (int64_t)eol));
    i = j;
  }
  return result;
}

TpValue mExpandTabs(Args args, int64_t nargs, TpValue kwnames) {
  TpValue out[1];
  tp::parseArgs("expandtabs", args + 1, nargs - 1, kwnames, {"tabsize"}, 0, 0, out);
  int64_t tabsize = out[0] == TP_NULL ? 8 : asIndex(out[0]);
  std::string res;
  int64_t col = 0;
  const unsigned char* p = (const unsigned char*)tp_str_data(args[0]);
  const unsigned char* end = p + tp_str_size(args[0]);
  while (p < end) {
    uint32_t c = decodeUtf8(p);
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t spaces = tabsize - col % tabsize;
        res.append((size_t)spaces, ' ');
        col += spaces;
      }
    } else {
      appendUtf8(res, c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return tp_str_from(res);
}

TpValue mRemovePrefix(Args args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("removeprefix", nargs - 1, 1, 1);
  if (!tp_is_str(args[1]))
    tp::raiseTypeError("removeprefix() argument must be str, not %s",
                       args[1] == TP_NONE ? "None" : tp::typeName(args[1]));
  std::string_view t = sv(args[0]), a = sv(args[1]);
  if (!a.empty() && t.substr(0, a.size()) == a) return tp_str_from(t.substr(a.size()));
  return args[0];
}

TpValue mRemoveSuffix(Args args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("removesuffix", nargs - 1, 1, 1);
  if (!tp_is_str(args[1]))
    tp::raiseTypeError("removesuffix() argument must be str, not %s",
                       args[1] == TP_NONE ? "None" : tp::typeName(args[1]));
  std::string_view t = sv(args[0]), a = sv(args[1]);
  if (!a.empty() && t.size() >= a.size() && t.substr(t.size() - a.size()) == a)
    return tp_str_from(t.substr(0, t.size() - a.size()));
  return args[0];
}

TpValue mEncode(Args args, int64_t nargs, TpValue kwnames) {
  TpValue out[2];
  tp::parseArgs("encode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, 0, 0, out);
  return encodeStr(args[0], out[0], out[1]);
}

// ---- maketrans / translate ----
// str.maketrans(x[, y[, z]]): a dict from code points to code points,
// strings or None, in the three forms CPython accepts.
TpValue mMakeTrans(Args args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("maketrans", kwnames);
  tp::checkArgCount("maketrans", nargs, 1, 3);
  TpValue d = tp_dict_new();
  if (nargs == 1) {
    if (!tp_is_dict(args[0])) tp::raiseTypeError("if you give only one argument to maketrans it must be a dict");
    int64_t pos = 0;
    TpValue k, v;
    while (tp_dict_next(args[0], &pos, &k, &v)) {
      if (tp_is_str(k)) {
        if (tp_str_length(k) != 1) tp::raiseValueError("string keys in translate table must be of length 1");
        const unsigned char* p = (const unsigned char*)tp_str_data(k);
        tp_dict_setitem(d, intValue(decodeUtf8(p)), v);
      } else if (tp_is_int(k)) {
        tp_dict_setitem(d, k, v);
      } else {
        tp::raiseTypeError("keys in translate table must be strings or integers");
      }
    }
    return d;
  }
  if (!tp_is_str(args[0])) tp::raiseTypeError("maketrans() argument 1 must be str, not %s", tp::typeName(args[0]));
  if (!tp_is_str(args[1])) tp::raiseTypeError("maketrans() argument 2 must be str, not %s", tp::typeName(args[1]));
  if (nargs > 2 && !tp_is_str(args[2]))
    tp::raiseTypeError("maketrans() argument 3 must be str, not %s", tp::typeName(args[2]));
  if (tp_str_length(args[0]) != tp_str_length(args[1]))
    tp::raiseValueError("the first two maketrans arguments must have equal length");
  const unsigned char* p = (const unsigned char*)tp_str_data(args[0]);
  const unsigned char* pe = p + tp_str_size(args[0]);
  const unsigned char* q = (const unsigned char*)tp_str_data(args[1]);
  while (p < pe) {
    uint32_t a = decodeUtf8(p), b = decodeUtf8(q);
    tp_dict_setitem(d, intValue(a), intValue(b));
  }
  if (nargs > 2) {
    p = (const unsigned char*)tp_str_data(args[2]);
    pe = p + tp_str_size(args[2]);
    while (p < pe) tp_dict_setitem(d, intValue(decodeUtf8(p)), TP_NONE);
  }
  return d;
}

// str.translate(table): table[ord(c)] through __getitem__; LookupError keeps
// the character, None deletes it, an int or str replaces it.
TpValue mTranslate(Args args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("translate", kwnames);
  tp::checkArgCount("translate", nargs - 1, 1, 1);
  TpValue table = args[1];
  std::string out;
  const unsigned char* p = (const unsigned char*)tp_str_data(args[0]);
  const unsigned char* pe = p + tp_str_size(args[0]);
  while (p < pe) {
    uint32_t c = decodeUtf8(p);
    TpValue r;
    try {
      r = tp_getitem(table, intValue(c));
    } catch (TpRaised& e) {
      if (!tp::excIsInstance(e.exc, &tp_exc_LookupError)) throw;
      appendUtf8(out, c);
      continue;
    }
    if (r == TP_NONE) continue;
    if (tp_is_int(r)) {
      int64_t v = tp_int_as_i64(r);
      if (v < 0 || v > 0x10FFFF) tp::raiseValueError("character mapping must be in range(0x110000)");
      appendUtf8(out, (uint32_t)v);
    } else if (tp_is_str(r)) {
      out += sv(r);
    } else {
      tp::raiseTypeError("character mapping must return integer, None or str");
    }
  }
  return tp_str_from(out);
}

TpValue mFormat(Args args, int64_t nargs, TpValue kwnames) {
  int64_t nkw = tp::kwCount(kwnames);
  int64_t npos = nargs - 1;
  TpValue pos = tp_tuple_new(npos, args + 1);
  TpValue kw = TP_NULL;
  if (nkw) {
    kw = tp_dict_new();
    for (int64_t i = 0; i < nkw; i++) tp_dict_setitem(kw, tp_tuple_get(kwnames, i), args[1 + npos + i]);
  }
  return tp_str_format_call(args[0], pos, kw);
}

TpValue mFormatMap(Args args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("format_map", nargs - 1, 1, 1);
  return tp_str_format_call(args[0], tp_tuple_new(0, nullptr), args[1]);
}

TpValue mFormatDunder(Args args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("__format__", nargs - 1, 1, 1);
  if (!tp_is_str(args[1])) tp::raiseTypeError("argument must be str, not %s", tp::typeName(args[1]));
  return tp_str_format_spec(args[0], args[1]);
}

}  // namespace

constexpr MethodDef kStrMethods[] = {
    {"find", mFind},
    {"rfind", mRFind},
    {"index", mIndex},
    {"rindex", mRIndex},
    {"count", mCount},
    {"startswith", mStartsWith},
    {"endswith", mEndsWith},
    {"join", mJoin},
    {"split", mSplit},
    {"rsplit", mRSplit},
    {"strip", mStrip},
    {"lstrip", mLStrip},
    {"rstrip", mRStrip},
    {"replace", mReplace},
    {"upper", mUpper},
    {"lower", mLower},
    {"swapcase", mSwapCase},
    {"title", mTitle},
    {"capitalize", mCapitalize},
    {"casefold", mCasefold},
    {"isdigit", mIsDigit},
    {"isdecimal", mIsDecimal},
    {"isnumeric", mIsNumeric},
    {"isalpha", mIsAlpha},
    {"isalnum", mIsAlnum},
    {"isspace", mIsSpace},
    {"isascii", mIsAscii},
    {"isprintable", mIsPrintable},
    {"isupper", mIsUpper},
    {"islower", mIsLower},
    {"istitle", mIsTitle},
    {"isidentifier", mIsIdentifier},
    {"center", mCenter},
    {"ljust", mLJust},
    {"rjust", mRJust},
    {"zfill", mZFill},
    {"partition", mPartition},
    {"rpartition", mRPartition},
    {"splitlines", mSplitLines},
    {"expandtabs", mExpandTabs},
    {"removeprefix", mRemovePrefix},
    {"removesuffix", mRemoveSuffix},
    {"encode", mEncode},
    {"format", mFormat},
    {"maketrans", mMakeTrans, kMethodStatic},
    {"translate", mTranslate},
    {"format_map", mFormatMap},
    {"__format__", mFormatDunder},
    {nullptr, nullptr},
};

void initStrMethods() {}

namespace {
// The method table's function for `name` (str.h's direct entries).
constexpr TpNativeFn directMethod(std::string_view name) {
  for (const MethodDef* m = kStrMethods; m->name; m++)
    if (name == m->name && m->flags == kMethodInstance) return m->fn;
  return nullptr;
}
}  // namespace
}  // namespace tp::seq

// The direct entries (str.h, TP_STR_DIRECT_METHODS): the table's function
// itself, without keywords.
#define TP_STR_DIRECT_DEF(NAME)                                               \
  TpValue tp_str_m_##NAME(const TpValue* args, int64_t nargs) {               \
    constexpr TpNativeFn fn = tp::seq::directMethod(#NAME);                   \
    static_assert(fn != nullptr, "TP_STR_DIRECT_METHODS names a str method"); \
    return fn(args, nargs, TP_NULL);                                          \
  }
TP_STR_DIRECT_METHODS(TP_STR_DIRECT_DEF)
#undef TP_STR_DIRECT_DEF
