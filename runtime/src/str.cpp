// The str type's core: construction (UTF-8 validation-free copies, builders,
// interning, constants), the cached length/ASCII flag and the lazy code-point
// index for non-ASCII text, equality, hashing, code-point ordering, indexing,
// slicing, concatenation, repetition, repr/ascii with CPython's quoting, and
// the type object's slots. Methods live in str_methods.cpp, formatting in
// str_format.cpp.
#include <utf8proc.h>

#include <cstring>

#include "seq_internal.h"
#include "taipan/float.h"

namespace tp::seq {
namespace {

// Allocation: ASCII strs hold no pointers, so they are atomic (never scanned).
// Non-ASCII strs carry the lazily built index pointer after their text
// (str.h) and must be traced.
int64_t strBytes(int64_t size, bool ascii) {
  return ascii ? (int64_t)sizeof(TpStr) + size + 1 : tp_str_index_offset(size) + (int64_t)sizeof(int64_t*);
}
TpStr* allocStr(int64_t size, bool ascii) {
  int64_t bytes = strBytes(size, ascii);
  TpStr* s = static_cast<TpStr*>(ascii ? tp_alloc_atomic(&tp_str_type, bytes) : tp_alloc(&tp_str_type, bytes));
  s->size = size;
  s->hash = -1;
  return s;
}

// An ASCII str whose text (and NUL) the caller writes in full: a large
// one is not cleared first (str.join's result: json_roundtrip's 18 MB
// documents were cleared only to be overwritten).
TpStr* allocStrFilled(int64_t size) {
  int64_t bytes = strBytes(size, true);
  if (bytes <= 64) return allocStr(size, true);
  auto* s = static_cast<TpStr*>(tp::allocAtomicUninit(&tp_str_type, bytes));
  if (!s) {
    fputs("Fatal Python error: out of memory\n", stderr);
    abort();
  }
  s->size = size;
  s->hash = -1;
  s->reserved = 0;
  return s;
}

// memcpy for the short pieces of a join (a JSON encoder's `"`, `,`, keys
// and numbers) without a libc call each: two overlapping fixed-size moves
// copy exactly k bytes.
inline void copyText(char* p, const char* src, int64_t k) {
  if (k > 16) {
    memcpy(p, src, (size_t)k);
  } else if (k >= 8) {
    uint64_t a, b;
    memcpy(&a, src, 8);
    memcpy(&b, src + k - 8, 8);
    memcpy(p, &a, 8);
    memcpy(p + k - 8, &b, 8);
  } else if (k >= 4) {
    uint32_t a, b;
    memcpy(&a, src, 4);
    memcpy(&b, src + k - 4, 4);
    memcpy(p, &a, 4);
    memcpy(p + k - 4, &b, 4);
  } else if (k > 0) {
    char a = src[0], b = src[k >> 1], c = src[k - 1];
    p[0] = a;
    p[k >> 1] = b;
    p[k - 1] = c;
  }
}

// Counts code points and detects ASCII in one pass.
void measure(const char* data, int64_t size, int64_t* length, bool* ascii) {
  int64_t n = 0;
  bool all_ascii = true;
  int64_t i = 0;
  // Eight bytes at a time: a byte starts a code point unless it is 10xxxxxx.
  constexpr uint64_t kHigh = 0x8080808080808080ull, kLow = 0x0101010101010101ull;
  for (; i + 8 <= size; i += 8) {
    uint64_t w;
    memcpy(&w, data + i, 8);
    if (!(w & kHigh)) {
      n += 8;
      continue;
    }
    all_ascii = false;
    n += __builtin_popcountll(((~w >> 7) | (w >> 6)) & kLow);
  }
  for (; i < size; i++) {
    unsigned char c = (unsigned char)data[i];
    if (c >= 0x80) all_ascii = false;
    if ((c & 0xC0) != 0x80) n++;
  }
  *length = n;
  *ascii = all_ascii;
}

TpValue makeStr(const char* data, int64_t size) {
  int64_t length;
  bool ascii;
  measure(data, size, &length, &ascii);
  TpStr* s = allocStr(size, ascii);
  if (size) memcpy(s->data, data, (size_t)size);
  s->data[size] = 0;
  s->length = length;
  s->flags = ascii ? TP_STR_ASCII : 0;
  return tp_from_object(s);
}

// The interned-str table: str -> the same str (documented in runtime.h as
// global state owned here). A static word is a GC root.
TpValue g_interned = TP_NULL;
TpValue g_empty = TP_NULL;
// The one-code-point strs of Latin-1, interned (tp_str_latin1, str.h): s[i]
// and chr() return them, and a comparison with a one-character literal (an
// interned constant, the same object) is decided by identity.
TpValue* const g_latin1 = tp_str_latin1;

void buildIndex(TpStr* s) {
  int64_t n = s->length / TP_STR_INDEX_STRIDE + 1;
  int64_t* idx = static_cast<int64_t*>(tp_gc_malloc_atomic(n * (int64_t)sizeof(int64_t)));
  int64_t cp = 0, k = 0;
  for (int64_t i = 0; i < s->size; i++) {
    if (((unsigned char)s->data[i] & 0xC0) != 0x80) {
      if (cp % TP_STR_INDEX_STRIDE == 0) idx[k++] = i;
      cp++;
    }
  }
  *tp_str_index_slot(s) = idx;
}

}  // namespace

int64_t byteOffset(TpValue v, int64_t i) {
  TpStr* s = tp_str_object(v);
  if (s->flags & TP_STR_ASCII) return i;
  if (i >= s->length) return s->size;
  if (!*tp_str_index_slot(s)) buildIndex(s);
  int64_t off = (*tp_str_index_slot(s))[i / TP_STR_INDEX_STRIDE];
  for (int64_t k = i % TP_STR_INDEX_STRIDE; k > 0; k--) {
    off++;
    while (((unsigned char)s->data[off] & 0xC0) == 0x80) off++;
  }
  return off;
}

void appendUtf8(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += (char)c;
  } else if (c < 0x800) {
    out += (char)(0xC0 | (c >> 6));
    out += (char)(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += (char)(0xE0 | (c >> 12));
    out += (char)(0x80 | ((c >> 6) & 0x3F));
    out += (char)(0x80 | (c & 0x3F));
  } else {
    out += (char)(0xF0 | (c >> 18));
    out += (char)(0x80 | ((c >> 12) & 0x3F));
    out += (char)(0x80 | ((c >> 6) & 0x3F));
    out += (char)(0x80 | (c & 0x3F));
  }
}

std::u32string codepoints(TpValue s) {
  std::u32string out;
  out.reserve((size_t)tp_str_length(s));
  const unsigned char* p = (const unsigned char*)tp_str_data(s);
  const unsigned char* end = p + tp_str_size(s);
  while (p < end) out += (char32_t)decodeUtf8(p);
  return out;
}

TpValue strFromCodepoints(const std::u32string& cps) {
  std::string out;
  out.reserve(cps.size());
  for (char32_t c : cps) appendUtf8(out, c);
  return tp_str_from(out);
}

bool isSpace(uint32_t c) {
  if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
  // CPython: bidirectional class WS/B/S or category Zs.
  if (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
      c == 0x202F || c == 0x205F || c == 0x3000)
    return true;
  return false;
}

bool isPrintable(uint32_t c) {
  if (c < 128) return c >= 0x20 && c < 0x7F;
  if (c >= 0xD800 && c <= 0xDFFF) return false;
  switch (utf8proc_category((utf8proc_int32_t)c)) {
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

void strReprInto(std::string& out, TpValue s, bool ascii_only) {
  std::string_view v = tp_str_view(s);
  bool has_single = v.find('\'') != std::string_view::npos;
  bool has_double = v.find('"') != std::string_view::npos;
  char quote = (has_single && !has_double) ? '"' : '\'';
  out += quote;
  const unsigned char* p = (const unsigned char*)v.data();
  const unsigned char* end = p + v.size();
  static const char kHex[] = "0123456789abcdef";
  while (p < end) {
    uint32_t c = decodeUtf8(p);
    if (c == (uint32_t)quote || c == '\\') {
      out += '\\';
      out += (char)c;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else if (c < 0x7F) {
      out += (char)c;
    } else if (!ascii_only && isPrintable(c)) {
      appendUtf8(out, c);
    } else if (c <= 0xFF) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else if (c <= 0xFFFF) {
      out += "\\u";
      for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
    } else {
      out += "\\U";
      for (int sh = 28; sh >= 0; sh -= 4) out += kHex[(c >> sh) & 15];
    }
  }
  out += quote;
}

TpValue emptyStr() { return tp_str_empty(); }

// ---- slots ----
namespace {

TpValue strReprSlot(TpValue s) { return tp_str_repr(s); }
TpValue strStrSlot(TpValue s) {
  if (tp_type_of_object(s) == &tp_str_type) return s;
  return tp_str_from_utf8(tp_str_data(s), tp_str_size(s));  // str(subclass instance) is an exact str
}
int64_t strHashSlot(TpValue s) { return tp_str_hash(s); }
int64_t strLenSlot(TpValue s) { return tp_str_length(s); }

TpValue strRichCompare(TpValue a, TpValue b, int32_t op) {
  if (!tp_is_str(a) || !tp_is_str(b)) return tp_from_object(&tp_NotImplemented_object);
  if (op == TP_CMP_EQ) return tp_bool(tp_str_eq(a, b));
  if (op == TP_CMP_NE) return tp_bool(!tp_str_eq(a, b));
  int32_t c = tp_str_compare(a, b);
  return tp::cmpResult(c < 0 ? -1 : c > 0, op);
}

TpValue strBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  int32_t base = op & ~TP_BINOP_INPLACE;
  if (base == TP_BINOP_ADD) {
    if (tp_is_str(a) && tp_is_str(b)) return tp_str_concat2(a, b);
    if (!reflected && tp_is_str(a)) seqConcatError("str", b);
  } else if (base == TP_BINOP_MUL) {
    TpValue s = tp_is_str(a) ? a : b;
    TpValue n = tp_is_str(a) ? b : a;
    int64_t count;
    if (tp_is_str(s) && tryIndex(n, &count)) return tp_str_repeat(s, count);
    seqRepeatError(n);
  } else if (base == TP_BINOP_MOD) {
    if (tp_is_str(a) && !reflected) return tp_str_mod(a, b);
  }
  return tp_from_object(&tp_NotImplemented_object);
}

TpValue strGetItem(TpValue s, TpValue key) {
  int64_t i;
  if (tp_is_small_int(key)) return tp_str_getitem_int(s, tp_small_int_value(key));
  if (tp_is_slice(key)) {
    int64_t start, stop, step, n;
    tp_slice_indices(key, tp_str_length(s), &start, &stop, &step, &n);
    if (step == 1) return tp_str_substr(s, start, stop);
    if (n <= 0) return tp_str_empty();
    if (tp_str_is_ascii(s)) {
      TpStr* r = tp_str_alloc(n);
      const char* d = tp_str_data(s);
      for (int64_t k = 0, j = start; k < n; k++, j += step) r->data[k] = d[j];
      return tp_str_finish(r);
    }
    std::u32string cps = codepoints(s), out;
    for (int64_t k = 0, j = start; k < n; k++, j += step) out += cps[(size_t)j];
    return strFromCodepoints(out);
  }
  if (tryIndex(key, &i)) return tp_str_getitem_int(s, i);
  tp::raiseTypeError("string indices must be integers, not '%s'", tp::typeName(key));
}

int strContains(TpValue s, TpValue item) {
  if (!tp_is_str(item)) tp::raiseTypeError("'in <string>' requires string as left operand, not %s", tp::typeName(item));
  return tp_str_contains(s, item) ? 1 : 0;
}

TpValue strIterSlot(TpValue s) { return strIter(s); }

TpValue strFormatSlot(TpValue s, TpValue spec) { return tp_str_format_spec(s, spec); }

TpValue strNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[3];
  tp::parseArgs("str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0, 0, out);
  TpValue r;
  if (out[0] == TP_NULL) {
    r = tp_str_empty();
  } else if (out[1] != TP_NULL || out[2] != TP_NULL) {
    // CPython checks the argument types before the object.
    if (out[1] != TP_NULL && !tp_is_str(out[1]))
      tp::raiseTypeError("str() argument 'encoding' must be str, not %s", tp::typeName(out[1]));
    if (out[2] != TP_NULL && !tp_is_str(out[2]))
      tp::raiseTypeError("str() argument 'errors' must be str, not %s", tp::typeName(out[2]));
    if (tp_is_str(out[0])) tp::raiseTypeError("decoding str is not supported");
    if (!tp_is_object(out[0]) ||
        (!tp_is_subtype(tp_type_of_object(out[0]), &tp_bytes_type) && tp_type_of_object(out[0]) != &tp_bytearray_type))
      tp::raiseTypeError("decoding to str: need a bytes-like object, %s found", tp::typeName(out[0]));
    if (tp_type_of_object(out[0]) == &tp_bytearray_type) {
      TpByteArray* b = (TpByteArray*)tp_as_object(out[0]);
      r = decodeBytes(b->data, b->size, out[1], out[2]);
    } else {
      r = decodeBytes(tp_bytes_data(out[0]), tp_bytes_size(out[0]), out[1], out[2]);
    }
  } else {
    r = tp_str(out[0]);
  }
  if (type == &tp_str_type) return r;
  // A subclass instance: same layout, the subclass's type pointer, and its
  // __dict__ word in front of the object (str.h, the type's dict_offset).
  TpStr* src = tp_str_object(r);
  bool ascii = (src->flags & TP_STR_ASCII) != 0;
  auto* block = static_cast<TpValue*>(tp_alloc(type, (int64_t)sizeof(TpValue) + strBytes(src->size, ascii)));
  block[0] = TP_NULL;
  auto* s = reinterpret_cast<TpStr*>(block + 1);
  s->ob.type = type;
  s->size = src->size;
  s->length = src->length;
  s->hash = -1;
  s->flags = src->flags & TP_STR_ASCII;
  memcpy(s->data, src->data, (size_t)src->size + 1);
  return tp_from_object(s);
}

}  // namespace

void initStr() {
  g_empty = makeStr("", 0);
  if (g_interned == TP_NULL) g_interned = tp_dict_new();
  // The one-code-point strs are interned outside the table: tp_const_str
  // answers them from g_latin1 (256 table inserts were a tenth of the
  // start-up). One interned before initStr is reused, so there is never a
  // second interned str of the same text.
  for (int i = 0; i < 256; i++) {
    char t[2];
    int n = 1;
    if (i < 0x80) {
      t[0] = (char)i;
    } else {
      t[0] = (char)(0xC0 | (i >> 6));
      t[1] = (char)(0x80 | (i & 0x3F));
      n = 2;
    }
    TpValue earlier = dictGetUtf8(g_interned, t, n, hashBytes(t, n));
    if (earlier != TP_NULL) {
      g_latin1[i] = earlier;
      continue;
    }
    TpValue v = makeStr(t, n);
    tp_str_object(v)->flags |= TP_STR_INTERNED;
    g_latin1[i] = v;
  }
}

}  // namespace tp::seq

using namespace tp::seq;

TpValue tp_str_latin1[256];

TpType tp_str_type = {
    TP_TYPE_HEAD("str"),
    .instance_size = sizeof(TpStr),
    .flags = TP_TYPE_BASETYPE | TP_TYPE_STR_SUBCLASS,
    .subclass_flag = TP_TYPE_STR_SUBCLASS,
    .new_ = strNew,
    .repr = strReprSlot,
    .str = strStrSlot,
    .hash = strHashSlot,
    .richcompare = strRichCompare,
    .len = strLenSlot,
    .binop = strBinOp,
    .getitem = strGetItem,
    .contains = strContains,
    .iter = strIterSlot,
    .format = strFormatSlot,
};

// ---- C ABI ----

TpValue tp_str_from_utf8(const char* utf8, int64_t size) {
  if (size == 0) return tp_str_empty();
  if (size == 1 && (unsigned char)utf8[0] < 0x80 && g_empty != TP_NULL) return g_latin1[(unsigned char)utf8[0]];
  return makeStr(utf8, size);
}

TpValue tp_str_from_cstr(const char* utf8) { return tp_str_from_utf8(utf8, (int64_t)strlen(utf8)); }

TpStr* tp_str_alloc(int64_t size) {
  TpStr* s = allocStr(size, /*ascii=*/true);
  return s;
}

TpValue tp_str_finish(TpStr* s) {
  s->data[s->size] = 0;
  int64_t length;
  bool ascii;
  measure(s->data, s->size, &length, &ascii);
  if (ascii) {
    s->length = length;
    s->flags = TP_STR_ASCII;
    return tp_from_object(s);
  }
  // Non-ASCII text needs a traced block (see allocStr).
  return makeStr(s->data, s->size);
}

// A str of n bytes known to be ASCII (a piece of an ASCII str): no UTF-8
// measuring; one-character results are the shared latin-1 strs, as
// tp_str_from_utf8 gives them.
TpValue tp::seq::asciiStr(const char* data, int64_t n) {
  if (n == 0) return tp_str_empty();
  if (n == 1 && g_empty != TP_NULL) return g_latin1[(unsigned char)data[0]];
  TpStr* s = allocStr(n, /*ascii=*/true);
  memcpy(s->data, data, (size_t)n);
  s->data[n] = 0;
  s->length = n;
  s->flags = TP_STR_ASCII;
  return tp_from_object(s);
}

// Completes a str from tp_str_alloc whose bytes are known to be ASCII.
TpValue tp::seq::asciiFinish(TpStr* s) {
  s->data[s->size] = 0;
  s->length = s->size;
  s->flags = TP_STR_ASCII;
  return tp_from_object(s);
}

TpValue tp_str_empty(void) {
  if (g_empty == TP_NULL) g_empty = makeStr("", 0);
  return g_empty;
}

TpValue tp_str_from_codepoint(uint32_t cp) {
  if (cp < 256 && g_latin1[cp] != TP_NULL) return g_latin1[cp];
  std::string t;
  appendUtf8(t, cp);
  return makeStr(t.data(), (int64_t)t.size());
}

// The runtime interns C-string names (dunder lookups, exception
// construction) on hot paths; a small cache by address skips the allocation
// and the table lookup. A hit still compares the bytes, so a buffer reused
// for another name is safe. The cached strs are interned (kept alive by the
// intern table; the cache is in the data segment, which the GC scans).
TpValue tp_str_intern(const char* utf8) {
  struct Entry {
    const char* p;
    TpValue s;
  };
  static Entry cache[512];
  Entry& e = cache[(reinterpret_cast<uintptr_t>(utf8) >> 3) & 511];
  if (e.p == utf8 && e.s != TP_NULL) {
    int64_t n = tp_str_size(e.s);
    if (strncmp(tp_str_data(e.s), utf8, (size_t)n) == 0 && utf8[n] == 0) return e.s;
  }
  TpValue s = tp_const_str(utf8, (int64_t)strlen(utf8));
  e.p = utf8;
  e.s = s;
  return s;
}

TpValue tp_const_str(const char* utf8, int64_t size) {
  // A single Latin-1 code point: the shared str (initStr), not in the table.
  if (g_empty != TP_NULL && size <= 2 && size > 0) {
    unsigned char c0 = (unsigned char)utf8[0];
    if (size == 1 && c0 < 0x80) return g_latin1[c0];
    if (size == 2 && (c0 == 0xC2 || c0 == 0xC3) && ((unsigned char)utf8[1] & 0xC0) == 0x80)
      return g_latin1[((c0 & 0x1F) << 6) | ((unsigned char)utf8[1] & 0x3F)];
  }
  if (g_interned == TP_NULL) g_interned = tp_dict_new();
  // Already interned: found without allocating a probe str (the runtime
  // interns dunder names on hot paths, e.g. lookupTypeCStr).
  int64_t h = hashBytes(utf8, size);
  TpValue hit = dictGetUtf8(g_interned, utf8, size, h);
  if (hit != TP_NULL) return hit;
  // Not there (the probe compares the bytes, as str equality does): a new
  // entry, its hash the one just computed (tp_str_hash's value).
  TpValue s = makeStr(utf8, size);
  TpStr* so = tp_str_object(s);
  so->hash = h;
  so->flags |= TP_STR_INTERNED;
  tp_dict_setitem_hashed(g_interned, s, h, s);
  return s;
}

bool tp_str_eq(TpValue a, TpValue b) {
  if (a == b) return true;
  TpStr* x = tp_str_object(a);
  TpStr* y = tp_str_object(b);
  if (x->size != y->size) return false;
  if ((x->flags & y->flags & TP_STR_INTERNED) && x->ob.type == y->ob.type) return false;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
  return bytesEqual(x->data, y->data, x->size);
}

int64_t tp_str_hash(TpValue v) {
  TpStr* s = tp_str_object(v);
  if (s->hash != -1) return s->hash;
  s->hash = tp::seq::hashBytes(s->data, s->size);
  return s->hash;
}

int64_t tp::seq::hashBytes(const char* data, int64_t n) {
  // FNV-1a over 64-bit lanes with a final avalanche; CPython randomises str
  // and bytes hashes per process, so programs cannot depend on the values,
  // except that the empty string and b"" always hash to 0.
  if (n == 0) return 0;
  uint64_t h = 0xcbf29ce484222325ull ^ (uint64_t)n;
  const unsigned char* p = (const unsigned char*)data;
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    h = (h ^ w) * 0x100000001b3ull;
    h ^= h >> 29;
  }
  for (; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  int64_t r = (int64_t)h;
  if (r == -1) r = -2;
  return r;
}

int32_t tp_str_compare(TpValue a, TpValue b) {
  // UTF-8 byte order equals code-point order.
  TpStr* x = tp_str_object(a);
  TpStr* y = tp_str_object(b);
  int64_t n = x->size < y->size ? x->size : y->size;
  int c = bytesCompare(x->data, y->data, n);
  if (c != 0) return c;
  return x->size < y->size ? -1 : (x->size > y->size ? 1 : 0);
}

int64_t tp_str_codepoint_at(TpValue s, int64_t i) {
  if (tp_str_is_ascii(s)) return (unsigned char)tp_str_data(s)[i];
  const unsigned char* p = (const unsigned char*)tp_str_data(s) + byteOffset(s, i);
  return decodeUtf8(p);
}

TpValue tp_str_getitem_int(TpValue s, int64_t i) {
  int64_t n = tp_str_length(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) tp::raiseIndexError("string index out of range");
  return tp_str_from_codepoint((uint32_t)tp_str_codepoint_at(s, i));
}

TpValue tp_str_substr(TpValue s, int64_t start, int64_t stop) {
  int64_t n = tp_str_length(s);
  if (start < 0) start = 0;
  if (stop > n) stop = n;
  if (start >= stop) return tp_str_empty();
  if (start == 0 && stop == n && tp_type_of_object(s) == &tp_str_type) return s;
  // A piece of ASCII text is ASCII: nothing to measure.
  if (tp_str_is_ascii(s)) return tp::seq::asciiStr(tp_str_data(s) + start, stop - start);
  int64_t b0 = byteOffset(s, start), b1 = byteOffset(s, stop);
  return tp_str_from_utf8(tp_str_data(s) + b0, b1 - b0);
}

TpValue tp_str_concat2(TpValue a, TpValue b) {
  int64_t na = tp_str_size(a), nb = tp_str_size(b);
  if (nb == 0 && tp_type_of_object(a) == &tp_str_type) return a;
  if (na == 0 && tp_type_of_object(b) == &tp_str_type) return b;
  bool ascii = tp_str_is_ascii(a) && tp_str_is_ascii(b);
  TpStr* s = allocStr(na + nb, ascii);
  memcpy(s->data, tp_str_data(a), (size_t)na);
  memcpy(s->data + na, tp_str_data(b), (size_t)nb);
  s->data[na + nb] = 0;
  s->length = tp_str_length(a) + tp_str_length(b);
  s->flags = ascii ? TP_STR_ASCII : 0;
  return tp_from_object(s);
}

TpValue tp_str_concat(const TpValue* parts, int64_t n) {
  int64_t size = 0, length = 0;
  bool ascii = true;
  for (int64_t i = 0; i < n; i++) {
    size += tp_str_size(parts[i]);
    length += tp_str_length(parts[i]);
    ascii = ascii && tp_str_is_ascii(parts[i]);
  }
  if (size == 0) return tp_str_empty();
  TpStr* s = allocStr(size, ascii);
  char* p = s->data;
  for (int64_t i = 0; i < n; i++) {
    memcpy(p, tp_str_data(parts[i]), (size_t)tp_str_size(parts[i]));
    p += tp_str_size(parts[i]);
  }
  *p = 0;
  s->length = length;
  s->flags = ascii ? TP_STR_ASCII : 0;
  return tp_from_object(s);
}

TpValue tp::seq::strJoinArray(TpValue sep, const TpValue* items, int64_t n) {
  int64_t size = 0, length = 0;
  bool ascii = true;
  for (int64_t i = 0; i < n; i++) {
    TpValue x = items[i];
    if (!tp_is_str(x))
      tp::raiseTypeError("sequence item %lld: expected str instance, %s found", (long long)i, tp::typeName(x));
    size += tp_str_size(x);
    length += tp_str_length(x);
    ascii = ascii && tp_str_is_ascii(x);
  }
  if (n == 1 && tp_type_of_object(items[0]) == &tp_str_type) return items[0];
  int64_t sep_size = tp_str_size(sep);
  if (n > 1 && sep_size) {
    size += sep_size * (n - 1);
    length += tp_str_length(sep) * (n - 1);
    ascii = ascii && tp_str_is_ascii(sep);
  }
  if (size == 0) return tp_str_empty();
  TpStr* s = ascii ? allocStrFilled(size) : allocStr(size, ascii);
  char* p = s->data;
  const char* sep_data = tp_str_data(sep);
  if (sep_size == 0) {
    for (int64_t i = 0; i < n; i++) {
      int64_t k = tp_str_size(items[i]);
      copyText(p, tp_str_data(items[i]), k);
      p += k;
    }
  } else {
    for (int64_t i = 0; i < n; i++) {
      if (i) {
        copyText(p, sep_data, sep_size);
        p += sep_size;
      }
      int64_t k = tp_str_size(items[i]);
      copyText(p, tp_str_data(items[i]), k);
      p += k;
    }
  }
  *p = 0;
  s->length = length;
  s->flags = ascii ? TP_STR_ASCII : 0;
  return tp_from_object(s);
}

TpValue tp_str_repeat(TpValue s, int64_t n) {
  if (n <= 0 || tp_str_size(s) == 0) return tp_str_empty();
  if (n == 1 && tp_type_of_object(s) == &tp_str_type) return s;
  int64_t size = tp_str_size(s);
  if (size > INT64_MAX / 2 / n) tp::raiseMemoryError();
  bool ascii = tp_str_is_ascii(s);
  TpStr* r = allocStr(size * n, ascii);
  for (int64_t i = 0; i < n; i++) memcpy(r->data + i * size, tp_str_data(s), (size_t)size);
  r->data[size * n] = 0;
  r->length = tp_str_length(s) * n;
  r->flags = ascii ? TP_STR_ASCII : 0;
  return tp_from_object(r);
}

TpValue tp_str_repr(TpValue s) {
  std::string out;
  strReprInto(out, s, false);
  return tp_str_from(out);
}

TpValue tp_str_ascii(TpValue s) {
  std::string out;
  strReprInto(out, s, true);
  return tp_str_from(out);
}

bool tp_str_contains(TpValue haystack, TpValue needle) {
  return tp_str_view(haystack).find(tp_str_view(needle)) != std::string_view::npos;
}
