// The binary sequence types bytes, bytearray and memoryview: construction,
// CPython's repr, len, indexing (ints) and slicing, iteration, concatenation
// and repetition, comparison (across the three), hashing (bytes only), `in`
// with ints and bytes, bytearray mutation (item and slice assignment and
// deletion, append/extend/insert/pop/remove/clear/reverse/copy, += and *=),
// and the bytes method set (find/split/strip/replace/partition/case/is*/
// padding/hex/fromhex/decode/translate/maketrans, % formatting), written once
// over byte views and shared by bytes and bytearray; a method's result has the
// type of its receiver. memoryview covers the basics: a window (start, step,
// length) on a bytes or bytearray, len, indexing, slicing, tobytes, tolist,
// writes through to a bytearray, readonly, release and `with`. A view does
// not pin its bytearray's size (CPython's BufferError needs reference counts
// to know when a view dies); a view left outside a shrunk bytearray raises.
#include <algorithm>
#include <cstring>

#include "seq_internal.h"

namespace tp::seq {
TpValue encodeStr(TpValue s, TpValue encoding, TpValue errors);
TpValue decodeBytes(const char* data, int64_t n, TpValue encoding, TpValue errors);
TpValue bytesMod(TpValue fmt, TpValue args);

namespace {

using Args = const TpValue*;

TpBytes* allocBytes(int64_t n) {
  TpBytes* b = static_cast<TpBytes*>(tp_alloc_atomic(&tp_bytes_type, (int64_t)sizeof(TpBytes) + n + 1));
  b->size = n;
  b->hash = -1;
  return b;
}

bool isType(TpValue v, TpType* t) { return tp_is_object(v) && tp_is_subtype(tp_type_of_object(v), t); }
bool isBytes(TpValue v) { return isType(v, &tp_bytes_type); }
bool isByteArray(TpValue v) { return isType(v, &tp_bytearray_type); }
bool isMemoryView(TpValue v) { return isType(v, &tp_memoryview_type); }
TpByteArray* ba(TpValue v) { return reinterpret_cast<TpByteArray*>(tp_as_object(v)); }
TpMemoryView* mv(TpValue v) { return reinterpret_cast<TpMemoryView*>(tp_as_object(v)); }
TpValue notImplemented() { return tp_from_object(&tp_NotImplemented_object); }

// The view must be live and (a bytearray may have shrunk since) inside its object.
void checkReleased(TpValue v) {
  TpMemoryView* m = mv(v);
  if (m->released) tp::raiseValueError("operation forbidden on released memoryview object");
  if (m->len > 0 && tp_type_of_object(m->obj) == &tp_bytearray_type) {
    int64_t size = reinterpret_cast<TpByteArray*>(tp_as_object(m->obj))->size;
    int64_t last = m->start + (m->len - 1) * m->step;
    if (m->start >= size || last < 0 || last >= size)
      tp::raiseIndexError("memoryview: underlying bytearray was resized");
  }
}
// The bytes of a contiguous memoryview (step 1), else a copy.
std::string mvBytes(TpValue v);

// The bytes of a bytes-like value (bytes, bytearray, memoryview).
bool bufView(TpValue v, std::string_view* out, std::string* storage) {
  if (isBytes(v)) {
    *out = std::string_view(tp_bytes_data(v), (size_t)tp_bytes_size(v));
    return true;
  }
  if (isByteArray(v)) {
    *out = std::string_view(ba(v)->data, (size_t)ba(v)->size);
    return true;
  }
  if (isMemoryView(v)) {
    *storage = mvBytes(v);
    *out = *storage;
    return true;
  }
  return false;
}

// A bytes-like argument that owns its view (memoryviews are copied).
struct Buf {
  std::string storage;
  std::string_view v;
  bool ok = false;
  explicit Buf(TpValue x) { ok = bufView(x, &v, &storage); }
};

std::string_view needBuf(Buf& b, TpValue x) {
  if (!b.ok) tp::raiseTypeError("a bytes-like object is required, not '%s'", tp::typeName(x));
  return b.v;
}

std::string_view selfView(TpValue self) {
  if (isBytes(self)) return std::string_view(tp_bytes_data(self), (size_t)tp_bytes_size(self));
  return std::string_view(ba(self)->data, (size_t)ba(self)->size);
}

// ---- bytearray storage ----
TpValue byteArrayNew(std::string_view d) {
  TpByteArray* b = static_cast<TpByteArray*>(tp_alloc(&tp_bytearray_type, sizeof(TpByteArray)));
  b->capacity = (int64_t)d.size();
  b->data = static_cast<char*>(tp_gc_malloc_atomic(b->capacity + 1));
  if (!d.empty()) memcpy(b->data, d.data(), d.size());
  b->size = (int64_t)d.size();
  b->data[b->size] = 0;
  return tp_from_object(b);
}
void baResize(TpByteArray* b, int64_t n) {
  if (n > b->capacity) {
    int64_t cap = std::max(n, b->capacity * 2 + 8);
    char* d = static_cast<char*>(tp_gc_malloc_atomic(cap + 1));
    if (b->size) memcpy(d, b->data, (size_t)b->size);
    b->data = d;
    b->capacity = cap;
  }
  b->size = n;
  b->data[n] = 0;
}
void baAssign(TpValue self, std::string_view d) {
  std::string copy(d);  // d may alias the storage
  baResize(ba(self), (int64_t)copy.size());
  if (!copy.empty()) memcpy(ba(self)->data, copy.data(), copy.size());
}

// A result of the receiver's type.
TpValue like(TpValue self, std::string_view d) {
  if (isByteArray(self)) return byteArrayNew(d);
  return tp_bytes_new(d.data(), (int64_t)d.size());
}

// A byte value 0..255 from an int-like value.
int byteValue(TpValue x) {
  int64_t b;
  if (!tryIndex(x, &b)) tp::raiseTypeError("'%s' object cannot be interpreted as an integer", tp::typeName(x));
  if (b < 0 || b > 255) tp::raiseValueError("byte must be in range(0, 256)");
  return (int)b;
}

// The bytes of bytes(x)/bytearray(x) for a non-str source.
std::string bytesFromSource(TpValue src, const char* tname) {
  std::string_view v;
  std::string storage;
  if (bufView(src, &v, &storage)) return std::string(v);
  int64_t n;
  if ((tp_is_int(src) || (tp_is_object(src) && !tp_is_str(src))) && tp_is_int(src) && tryIndex(src, &n)) {
    if (n < 0) tp::raiseValueError("negative count");
    tp::checkAllocation((uint64_t)n);
    return std::string((size_t)n, '\0');
  }
  if (tp_is_object(src)) {
    TpValue r = tp::callMethodIfExists(src, "__bytes__", nullptr, 0);
    if (r != TP_NULL) {
      if (!isBytes(r)) tp::raiseTypeError("__bytes__ returned non-bytes (type %s)", tp::typeName(r));
      return std::string(selfView(r));
    }
    if (tryIndex(src, &n)) {
      if (n < 0) tp::raiseValueError("negative count");
      tp::checkAllocation((uint64_t)n);
      return std::string((size_t)n, '\0');
    }
  }
  if (!tp_type_of(src)->iter && !tp::lookupTypeCStr(tp_type_of(src), "__iter__") &&
      !tp::lookupTypeCStr(tp_type_of(src), "__getitem__"))
    tp::raiseTypeError("cannot convert '%s' object to %s", tp::typeName(src), tname);
  std::string data;
  forEach(src, [&](TpValue x) {
    int64_t b;
    if (!tryIndex(x, &b)) tp::raiseTypeError("'%s' object cannot be interpreted as an integer", tp::typeName(x));
    if (b < 0 || b > 255) tp::raiseValueError("bytes must be in range(0, 256)");
    data += (char)b;
  });
  return data;
}

// ---- repr / hash / compare ----
// bytearray's repr escapes ' even inside double quotes (as CPython's does).
void bytesReprInto(std::string& out, std::string_view d, bool always_escape_single = false) {
  bool has_single = d.find('\'') != std::string_view::npos, has_double = d.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  out += 'b';
  out += quote;
  static const char kHex[] = "0123456789abcdef";
  for (unsigned char c : d) {
    if (c == (unsigned char)quote || c == '\\' || (always_escape_single && c == '\'')) {
      out += '\\';
      out += (char)c;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c >= 0x7F) {
      out += "\\x";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += (char)c;
    }
  }
  out += quote;
}

TpValue bytesRepr(TpValue v) {
  std::string out;
  bytesReprInto(out, selfView(v));
  return tp_str_from(out);
}
TpValue byteArrayRepr(TpValue v) {
  std::string out = std::string(tp_type_of(v)->name) + "(";
  bytesReprInto(out, selfView(v), true);
  out += ")";
  return tp_str_from(out);
}

int64_t bytesHash(TpValue v) {
  TpBytes* b = tp_bytes_object(v);
  if (b->hash != -1) return b->hash;
  uint64_t h = 0xcbf29ce484222325ull;
  for (int64_t i = 0; i < b->size; i++) h = (h ^ (unsigned char)b->data[i]) * 0x100000001b3ull;
  h ^= h >> 32;
  int64_t r = (int64_t)h;
  if (r == -1) r = -2;
  b->hash = r;
  return r;
}

int64_t bytesLen(TpValue v) { return (int64_t)selfView(v).size(); }

TpValue compareViews(std::string_view x, std::string_view y, int32_t op) {
  int c = x.compare(y);
  return tp::cmpResult(c < 0 ? -1 : c > 0, op);
}

TpValue bytesRichCompare(TpValue a, TpValue b, int32_t op) {
  if (isMemoryView(b)) return notImplemented();
  Buf x(a), y(b);
  if (!x.ok || !y.ok) return notImplemented();
  return compareViews(x.v, y.v, op);
}

// Room for `count` copies of `piece` in `out`, or MemoryError (CPython's
// error for a repeat too large to allocate), before any copying.
void reserveRepeat(std::string& out, size_t piece, int64_t count) {
  if (count <= 0 || piece == 0) return;
  if ((uint64_t)count > (uint64_t)INT64_MAX / piece) tp::raiseMemoryError();
  tp::checkAllocation(piece * (uint64_t)count);
  try {
    out.reserve(piece * (size_t)count);
  } catch (const std::exception&) {
    tp::raiseMemoryError();
  }
}

TpValue bytesBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  int32_t base = op & ~TP_BINOP_INPLACE;
  if (base == TP_BINOP_ADD) {
    Buf x(a), y(b);
    if (x.ok && y.ok) {
      std::string s(x.v);
      s += y.v;
      return like(a, s);
    }
    if (!reflected && (isBytes(a) || isByteArray(a)))
      tp::raiseTypeError("can't concat %s to %s", tp::typeName(b), tp::typeName(a));
    return notImplemented();
  }
  if (base == TP_BINOP_MUL) {
    TpValue s = reflected ? b : a, n = reflected ? a : b;
    int64_t count;
    if (tryIndex(n, &count)) {
      std::string out;
      std::string_view v = selfView(s);
      reserveRepeat(out, v.size(), count);
      for (int64_t i = 0; i < count; i++) out += v;
      if ((op & TP_BINOP_INPLACE) && isByteArray(s)) {
        baAssign(s, out);
        return s;
      }
      return like(s, out);
    }
    seqRepeatError(n);
    return notImplemented();
  }
  if (base == TP_BINOP_MOD && !reflected) {
    return bytesMod(a, b);
  }
  return notImplemented();
}

TpValue byteArrayBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  if (op == (TP_BINOP_ADD | TP_BINOP_INPLACE) && isByteArray(a)) {
    Buf y(b);
    if (!y.ok) tp::raiseTypeError("can't concat %s to bytearray", tp::typeName(b));
    std::string add(y.v);
    TpByteArray* x = ba(a);
    int64_t old = x->size;
    baResize(x, old + (int64_t)add.size());
    memcpy(x->data + old, add.data(), add.size());
    return a;
  }
  return bytesBinOp(a, b, op, reflected);
}

// ---- indexing ----
int64_t normIndex(TpValue key, int64_t n, const char* what) {
  int64_t i;
  if (!tryIndex(key, &i)) tp::raiseTypeError("%s indices must be integers or slices, not %s", what, tp::typeName(key));
  if (i < 0) i += n;
  return i;
}

TpValue bytesGetItem(TpValue v, TpValue key) {
  std::string_view d = selfView(v);
  int64_t n = (int64_t)d.size();
  if (tp_is_slice(key)) {
    int64_t start, stop, step, len;
    tp_slice_indices(key, n, &start, &stop, &step, &len);
    std::string out;
    for (int64_t k = 0, j = start; k < len; k++, j += step) out += d[j];
    return like(v, out);
  }
  bool is_ba = isByteArray(v);
  int64_t i = normIndex(key, n, is_ba ? "bytearray" : "byte");
  if (i < 0 || i >= n) tp::raiseIndexError(is_ba ? "bytearray index out of range" : "index out of range");
  return intValue((unsigned char)d[i]);
}

// Bytes for a slice assignment: bytes-like or an iterable of ints.
std::string assignSource(TpValue value) {
  std::string_view v;
  std::string storage;
  if (bufView(value, &v, &storage)) return std::string(v);
  if (tp_is_int(value) || tp_is_str(value) || value == TP_NONE)
    tp::raiseTypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
  std::string out;
  forEach(value, [&](TpValue x) { out += (char)byteValue(x); });
  return out;
}

void byteArraySetItem(TpValue self, TpValue key, TpValue value) {
  TpByteArray* b = ba(self);
  int64_t n = b->size;
  if (tp_is_slice(key)) {
    int64_t start, stop, step, len;
    tp_slice_indices(key, n, &start, &stop, &step, &len);
    std::string src;
    if (value != TP_NULL) src = assignSource(value);
    // Assigning an empty value to an extended slice deletes it (as in CPython).
    if (value == TP_NULL || (step != 1 && src.empty())) {
      if (len == 0) return;
      std::string keep;
      std::vector<bool> drop((size_t)n, false);
      for (int64_t k = 0, j = start; k < len; k++, j += step) drop[(size_t)j] = true;
      for (int64_t j = 0; j < n; j++)
        if (!drop[(size_t)j]) keep += b->data[j];
      baAssign(self, keep);
      return;
    }
    if (step == 1) {
      std::string out(b->data, (size_t)start);
      out += src;
      int64_t tail = std::max(stop, start);
      out.append(b->data + tail, (size_t)(n - tail));
      baAssign(self, out);
      return;
    }
    if ((int64_t)src.size() != len)
      tp::raiseValueError("attempt to assign bytes of size %lld to extended slice of size %lld", (long long)src.size(),
                          (long long)len);
    for (int64_t k = 0, j = start; k < len; k++, j += step) b->data[j] = src[(size_t)k];
    return;
  }
  int64_t i = normIndex(key, n, "bytearray");
  if (i < 0 || i >= n)
    tp::raiseIndexError(value == TP_NULL ? "bytearray index out of range" : "bytearray index out of range");
  if (value == TP_NULL) {
    std::string out(b->data, (size_t)n);
    out.erase((size_t)i, 1);
    baAssign(self, out);
    return;
  }
  b->data[i] = (char)byteValue(value);
}

int bytesContains(TpValue v, TpValue item) {
  std::string_view d = selfView(v);
  Buf x(item);
  if (x.ok) return d.find(x.v) != std::string_view::npos;
  int64_t i;
  if (!tryIndex(item, &i)) tp::raiseTypeError("a bytes-like object is required, not '%s'", tp::typeName(item));
  if (i < 0 || i > 255) tp::raiseValueError("byte must be in range(0, 256)");
  return d.find((char)i) != std::string_view::npos;
}

TpValue bytesIterSlot(TpValue v) { return tp_getitem_iter_new(v); }

TpValue bytesNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[3];
  tp::parseArgs("bytes", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, 0, out);
  if (out[0] == TP_NULL) {
    if (out[1] != TP_NULL || out[2] != TP_NULL)
      tp::raiseTypeError(out[1] != TP_NULL ? "encoding without a string argument" : "errors without a string argument");
    return tp_bytes_new("", 0);
  }
  if (tp_is_str(out[0])) {
    if (out[1] == TP_NULL) tp::raiseTypeError("string argument without an encoding");
    return encodeStr(out[0], out[1], out[2]);
  }
  if (out[1] != TP_NULL) tp::raiseTypeError("encoding without a string argument");
  if (out[2] != TP_NULL) tp::raiseTypeError("errors without a string argument");
  if (tp_is_object(out[0]) && tp_type_of_object(out[0]) == &tp_bytes_type) return out[0];
  std::string d = bytesFromSource(out[0], "bytes");
  return tp_bytes_new(d.data(), (int64_t)d.size());
}

TpValue byteArrayTypeNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[3];
  tp::parseArgs("bytearray", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, 0, out);
  if (out[0] == TP_NULL) {
    if (out[1] != TP_NULL || out[2] != TP_NULL)
      tp::raiseTypeError(out[1] != TP_NULL ? "encoding without a string argument" : "errors without a string argument");
    return byteArrayNew("");
  }
  if (tp_is_str(out[0])) {
    if (out[1] == TP_NULL) tp::raiseTypeError("string argument without an encoding");
    return byteArrayNew(selfView(encodeStr(out[0], out[1], out[2])));
  }
  if (out[1] != TP_NULL) tp::raiseTypeError("encoding without a string argument");
  if (out[2] != TP_NULL) tp::raiseTypeError("errors without a string argument");
  return byteArrayNew(bytesFromSource(out[0], "bytearray"));
}

// ---- methods shared by bytes and bytearray ----
inline bool isSpaceB(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool isLowerB(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool isUpperB(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool isAlphaB(unsigned char c) { return isLowerB(c) || isUpperB(c); }
inline bool isDigitB(unsigned char c) { return c >= '0' && c <= '9'; }
inline char toLowerB(unsigned char c) { return isUpperB(c) ? (char)(c + 32) : (char)c; }
inline char toUpperB(unsigned char c) { return isLowerB(c) ? (char)(c - 32) : (char)c; }

// The sub argument of find/count/index: bytes-like or an int byte.
std::string subArg(TpValue x) {
  Buf b(x);
  if (b.ok) return std::string(b.v);
  int64_t i;
  if (!tryIndex(x, &i))
    tp::raiseTypeError("argument should be integer or bytes-like object, not '%s'", tp::typeName(x));
  if (i < 0 || i > 255) tp::raiseValueError("byte must be in range(0, 256)");
  return std::string(1, (char)i);
}

// start/end arguments (None allowed) clamped as slice indices.
void rangeArgs(Args args, int64_t nargs, int first, int64_t n, int64_t* start, int64_t* end) {
  *start = 0;
  *end = n;
  auto conv = [&](TpValue v, int64_t* out) {
    if (v == TP_NONE) return;
    int64_t i;
    if (!tryIndex(v, &i)) tp::raiseTypeError("slice indices must be integers or None or have an __index__ method");
    if (i < 0) i = std::max<int64_t>(0, i + n);
    *out = i;
  };
  if (nargs > first) conv(args[first], start);
  if (nargs > first + 1) conv(args[first + 1], end);
  *end = std::min(*end, n);  // start may exceed n: an empty window that finds nothing
}

int64_t findImpl(Args args, int64_t nargs, const char* name, bool reverse) {
  tp::checkArgCount(name, nargs - 1, 1, 3);
  std::string_view s = selfView(args[0]);
  std::string sub = subArg(args[1]);
  int64_t start, end;
  rangeArgs(args, nargs, 2, (int64_t)s.size(), &start, &end);
  if (start > end || (int64_t)sub.size() > end - start) return -1;
  std::string_view w = s.substr((size_t)start, (size_t)(end - start));
  size_t r = reverse ? w.rfind(sub) : w.find(sub);
  return r == std::string_view::npos ? -1 : start + (int64_t)r;
}
TpValue mFind(Args a, int64_t n, TpValue) { return intValue(findImpl(a, n, "find", false)); }
TpValue mRFind(Args a, int64_t n, TpValue) { return intValue(findImpl(a, n, "rfind", true)); }
TpValue mIndex(Args a, int64_t n, TpValue) {
  int64_t r = findImpl(a, n, "index", false);
  if (r < 0) tp::raiseValueError("subsection not found");
  return intValue(r);
}
TpValue mRIndex(Args a, int64_t n, TpValue) {
  int64_t r = findImpl(a, n, "rindex", true);
  if (r < 0) tp::raiseValueError("subsection not found");
  return intValue(r);
}
TpValue mCount(Args args, int64_t nargs, TpValue) {
  tp::checkArgCount("count", nargs - 1, 1, 3);
  std::string_view s = selfView(args[0]);
  std::string sub = subArg(args[1]);
  int64_t start, end;
  rangeArgs(args, nargs, 2, (int64_t)s.size(), &start, &end);
  if (start > end) return intValue(0);
  std::string_view w = s.substr((size_t)start, (size_t)(end - start));
  if (sub.empty()) return intValue((int64_t)w.size() + 1);
  int64_t c = 0;
  for (size_t p = w.find(sub); p != std::string_view::npos; p = w.find(sub, p + sub.size())) c++;
  return intValue(c);
}

TpValue startsEnds(Args args, int64_t nargs, const char* name, bool ends) {
  tp::checkArgCount(name, nargs - 1, 1, 3);
  std::string_view s = selfView(args[0]);
  int64_t start, end;
  rangeArgs(args, nargs, 2, (int64_t)s.size(), &start, &end);
  auto test = [&](TpValue x) {
    Buf b(x);
    if (!b.ok) tp::raiseTypeError("%s first arg must be bytes or a tuple of bytes, not %s", name, tp::typeName(x));
    if (start > end) return false;
    std::string_view w = s.substr((size_t)start, (size_t)(end - start));
    if (b.v.size() > w.size()) return false;
    return ends ? w.substr(w.size() - b.v.size()) == b.v : w.substr(0, b.v.size()) == b.v;
  };
  if (tp_is_object(args[1]) && tp_type_of_object(args[1]) == &tp_tuple_type) {
    for (int64_t i = 0; i < tp_tuple_size(args[1]); i++)
      if (test(tp_tuple_get(args[1], i))) return tp_bool(true);
    return tp_bool(false);
  }
  return tp_bool(test(args[1]));
}
TpValue mStartsWith(Args a, int64_t n, TpValue) { return startsEnds(a, n, "startswith", false); }
TpValue mEndsWith(Args a, int64_t n, TpValue) { return startsEnds(a, n, "endswith", true); }

// sep/maxsplit for split and rsplit.
void splitArgs(Args args, int64_t nargs, TpValue kwnames, const char* name, TpValue* sep, int64_t* maxsplit) {
  TpValue out[2];
  tp::parseArgs(name, args + 1, nargs - 1, kwnames, {"sep", "maxsplit"}, 0, 0, out);
  *sep = out[0] == TP_NULL ? TP_NONE : out[0];
  *maxsplit = -1;
  if (out[1] != TP_NULL) *maxsplit = asIndex(out[1]);
}

TpValue splitImpl(Args args, int64_t nargs, TpValue kwnames, bool reverse) {
  TpValue sepv;
  int64_t maxsplit;
  splitArgs(args, nargs, kwnames, reverse ? "rsplit" : "split", &sepv, &maxsplit);
  TpValue self = args[0];
  std::string_view s = selfView(self);
  std::vector<std::string> parts;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  if (sepv == TP_NONE) {
    if (!reverse) {
      size_t i = 0, n = s.size();
      while (true) {
        while (i < n && isSpaceB(s[i])) i++;
        if (i >= n) break;
        if ((int64_t)parts.size() == maxsplit) {
          parts.emplace_back(s.substr(i));
          break;
        }
        size_t j = i;
        while (j < n && !isSpaceB(s[j])) j++;
        parts.emplace_back(s.substr(i, j - i));
        i = j;
      }
    } else {
      int64_t i = (int64_t)s.size() - 1;
      while (true) {
        while (i >= 0 && isSpaceB(s[i])) i--;
        if (i < 0) break;
        if ((int64_t)parts.size() == maxsplit) {
          parts.emplace_back(s.substr(0, (size_t)(i + 1)));
          break;
        }
        int64_t j = i;
        while (j >= 0 && !isSpaceB(s[j])) j--;
        parts.emplace_back(s.substr((size_t)(j + 1), (size_t)(i - j)));
        i = j;
      }
      std::reverse(parts.begin(), parts.end());
    }
  } else {
    Buf sb(sepv);
    std::string sep(needBuf(sb, sepv));
    if (sep.empty()) tp::raiseValueError("empty separator");
    if (!reverse) {
      size_t i = 0;
      while ((int64_t)parts.size() < maxsplit) {
        size_t p = s.find(sep, i);
        if (p == std::string_view::npos) break;
        parts.emplace_back(s.substr(i, p - i));
        i = p + sep.size();
      }
      parts.emplace_back(s.substr(i));
    } else {
      size_t end = s.size();
      while ((int64_t)parts.size() < maxsplit && end >= sep.size()) {
        size_t p = s.substr(0, end).rfind(sep);
        if (p == std::string_view::npos) break;
        parts.emplace_back(s.substr(p + sep.size(), end - p - sep.size()));
        end = p;
      }
      parts.emplace_back(s.substr(0, end));
      std::reverse(parts.begin(), parts.end());
    }
  }
  TpValue list = tp_list_with_capacity((int64_t)parts.size());
  for (auto& p : parts) tp_list_append(list, like(self, p));
  return list;
}
TpValue mSplit(Args a, int64_t n, TpValue k) { return splitImpl(a, n, k, false); }
TpValue mRSplit(Args a, int64_t n, TpValue k) { return splitImpl(a, n, k, true); }

TpValue mSplitLines(Args args, int64_t nargs, TpValue kwnames) {
  TpValue out[1];
  tp::parseArgs("splitlines", args + 1, nargs - 1, kwnames, {"keepends"}, 0, 0, out);
  bool keep = out[0] != TP_NULL && tp_truth(out[0]);
  std::string_view s = selfView(args[0]);
  TpValue list = tp_list_with_capacity(0);
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') j++;
    size_t eol = j;
    if (j < n) eol = (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? j + 2 : j + 1;
    tp_list_append(list, like(args[0], s.substr(i, (keep ? eol : j) - i)));
    i = eol;
  }
  return list;
}

TpValue mJoin(Args args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("join", nargs - 1, 1, 1);
  std::string sep(selfView(args[0]));
  std::string out;
  int64_t idx = 0;
  forEach(args[1], [&](TpValue x) {
    Buf b(x);
    if (!b.ok)
      tp::raiseTypeError("sequence item %lld: expected a bytes-like object, %s found", (long long)idx, tp::typeName(x));
    if (idx) out += sep;
    out += b.v;
    idx++;
  });
  return like(args[0], out);
}

TpValue stripImpl(Args args, int64_t nargs, const char* name, bool left, bool right) {
  tp::checkArgCount(name, nargs - 1, 0, 1);
  std::string_view s = selfView(args[0]);
  std::string chars;
  bool ws = nargs < 2 || args[1] == TP_NONE;
  if (!ws) {
    Buf b(args[1]);
    chars = std::string(needBuf(b, args[1]));
  }
  auto strip = [&](char c) { return ws ? isSpaceB(c) : chars.find(c) != std::string::npos; };
  size_t i = 0, j = s.size();
  if (left)
    while (i < j && strip(s[i])) i++;
  if (right)
    while (j > i && strip(s[j - 1])) j--;
  return like(args[0], s.substr(i, j - i));
}
TpValue mStrip(Args a, int64_t n, TpValue) { return stripImpl(a, n, "strip", true, true); }
TpValue mLStrip(Args a, int64_t n, TpValue) { return stripImpl(a, n, "lstrip", true, false); }
TpValue mRStrip(Args a, int64_t n, TpValue) { return stripImpl(a, n, "rstrip", false, true); }

TpValue mReplace(Args args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("replace", nargs - 1, 2, 3);
  std::string_view s = selfView(args[0]);
  Buf ob(args[1]), nb(args[2]);
  std::string old(needBuf(ob, args[1])), rep(needBuf(nb, args[2]));
  int64_t count = nargs > 3 ? asIndex(args[3]) : -1;
  if (count < 0) count = INT64_MAX;
  std::string out;
  if (old.empty()) {
    int64_t done = 0;
    for (size_t i = 0; i <= s.size(); i++) {
      if (done < count) {
        out += rep;
        done++;
      }
      if (i < s.size()) out += s[i];
    }
    return like(args[0], out);
  }
  size_t i = 0;
  for (int64_t done = 0; done < count; done++) {
    size_t p = s.find(old, i);
    if (p == std::string_view::npos) break;
    out += s.substr(i, p - i);
    out += rep;
    i = p + old.size();
  }
  out += s.substr(i);
  return like(args[0], out);
}

TpValue partitionImpl(Args args, int64_t nargs, const char* name, bool reverse) {
  tp::checkArgCount(name, nargs - 1, 1, 1);
  std::string_view s = selfView(args[0]);
  Buf b(args[1]);
  std::string sep(needBuf(b, args[1]));
  if (sep.empty()) tp::raiseValueError("empty separator");
  size_t p = reverse ? s.rfind(sep) : s.find(sep);
  TpValue items[3];
  if (p == std::string_view::npos) {
    items[0] = like(args[0], reverse ? "" : s);
    items[1] = like(args[0], "");
    items[2] = like(args[0], reverse ? s : "");
  } else {
    items[0] = like(args[0], s.substr(0, p));
    items[1] = like(args[0], sep);
    items[2] = like(args[0], s.substr(p + sep.size()));
  }
  return tp_tuple_new(3, items);
}
TpValue mPartition(Args a, int64_t n, TpValue) { return partitionImpl(a, n, "partition", false); }
TpValue mRPartition(Args a, int64_t n, TpValue) { return partitionImpl(a, n, "rpartition", true); }

template <class F>
TpValue mapBytes(Args args, int64_t nargs, const char* name, F f) {
  tp::checkArgCount(name, nargs - 1, 0, 0);
  std::string s(selfView(args[0]));
  f(s);
  return like(args[0], s);
}
TpValue mUpper(Args a, int64_t n, TpValue) {
  return mapBytes(a, n, "upper", [](std::string& s) {
    for (char& c : s) c = toUpperB(c);
  });
}
TpValue mLower(Args a, int64_t n, TpValue) {
  return mapBytes(a, n, "lower", [](std::string& s) {
    for (char& c : s) c = toLowerB(c);
  });
}
TpValue mSwapCase(Args a, int64_t n, TpValue) {
  return mapBytes(a, n, "swapcase", [](std::string& s) {
    for (char& c : s) c = isUpperB(c) ? toLowerB(c) : toUpperB(c);
  });
}
TpValue mCapitalize(Args a, int64_t n, TpValue) {
  return mapBytes(a, n, "capitalize", [](std::string& s) {
    for (size_t i = 0; i < s.size(); i++) s[i] = i == 0 ? toUpperB(s[i]) : toLowerB(s[i]);
  });
}
TpValue mTitle(Args a, int64_t n, TpValue) {
  return mapBytes(a, n, "title", [](std::string& s) {
    bool prev_cased = false;
    for (char& c : s) {
      if (isAlphaB(c)) {
        c = prev_cased ? toLowerB(c) : toUpperB(c);
        prev_cased = true;
      } else {
        prev_cased = false;
      }
    }
  });
}

template <class P>
TpValue predicate(Args args, int64_t nargs, const char* name, P p) {
  tp::checkArgCount(name, nargs - 1, 0, 0);
  std::string_view s = selfView(args[0]);
  if (s.empty()) return tp_bool(false);
  for (unsigned char c : s)
    if (!p(c)) return tp_bool(false);
  return tp_bool(true);
}
TpValue mIsAlnum(Args a, int64_t n, TpValue) {
  return predicate(a, n, "isalnum", [](unsigned char c) { return isAlphaB(c) || isDigitB(c); });
}
TpValue mIsAlpha(Args a, int64_t n, TpValue) { return predicate(a, n, "isalpha", isAlphaB); }
TpValue mIsDigit(Args a, int64_t n, TpValue) { return predicate(a, n, "isdigit", isDigitB); }
TpValue mIsSpace(Args a, int64_t n, TpValue) { return predicate(a, n, "isspace", isSpaceB); }
TpValue mIsAscii(Args a, int64_t n, TpValue) {
  tp::checkArgCount("isascii", n - 1, 0, 0);
  for (unsigned char c : selfView(a[0]))
    if (c >= 0x80) return tp_bool(false);
  return tp_bool(true);
}
TpValue caseCheck(Args args, int64_t nargs, const char* name, bool want_lower) {
  tp::checkArgCount(name, nargs - 1, 0, 0);
  bool cased = false;
  for (unsigned char c : selfView(args[0])) {
    if (want_lower ? isUpperB(c) : isLowerB(c)) return tp_bool(false);
    if (want_lower ? isLowerB(c) : isUpperB(c)) cased = true;
  }
  return tp_bool(cased);
}
TpValue mIsLower(Args a, int64_t n, TpValue) { return caseCheck(a, n, "islower", true); }
TpValue mIsUpper(Args a, int64_t n, TpValue) { return caseCheck(a, n, "isupper", false); }
TpValue mIsTitle(Args a, int64_t n, TpValue) {
  tp::checkArgCount("istitle", n - 1, 0, 0);
  bool cased = false, prev = false;
  for (unsigned char c : selfView(a[0])) {
    if (isUpperB(c)) {
      if (prev) return tp_bool(false);
      prev = cased = true;
    } else if (isLowerB(c)) {
      if (!prev) return tp_bool(false);
      prev = cased = true;
    } else {
      prev = false;
    }
  }
  return tp_bool(cased);
}

TpValue padImpl(Args args, int64_t nargs, const char* name, char align) {
  tp::checkArgCount(name, nargs - 1, 1, 2);
  std::string_view s = selfView(args[0]);
  int64_t width = asIndex(args[1]);
  char fill = ' ';
  if (nargs > 2) {
    Buf b(args[2]);
    if (!b.ok || b.v.size() != 1)
      tp::raiseTypeError("%s() argument 2 must be a byte string of length 1, not %s", name, tp::typeName(args[2]));
    fill = b.v[0];
  }
  int64_t n = (int64_t)s.size();
  if (width <= n) return like(args[0], s);
  int64_t pad = width - n, left = align == '<' ? 0 : align == '>' ? pad : pad / 2 + (pad & width & 1);
  std::string out((size_t)left, fill);
  out += s;
  out.append((size_t)(pad - left), fill);
  return like(args[0], out);
}
TpValue mCenter(Args a, int64_t n, TpValue) { return padImpl(a, n, "center", '^'); }
TpValue mLJust(Args a, int64_t n, TpValue) { return padImpl(a, n, "ljust", '<'); }
TpValue mRJust(Args a, int64_t n, TpValue) { return padImpl(a, n, "rjust", '>'); }
TpValue mZFill(Args args, int64_t nargs, TpValue) {
  tp::checkArgCount("zfill", nargs - 1, 1, 1);
  std::string s(selfView(args[0]));
  int64_t width = asIndex(args[1]);
  if (width <= (int64_t)s.size()) return like(args[0], s);
  size_t pad = (size_t)width - s.size();
  size_t at = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
  s.insert(at, pad, '0');
  return like(args[0], s);
}

TpValue mExpandTabs(Args args, int64_t nargs, TpValue kwnames) {
  TpValue out[1];
  tp::parseArgs("expandtabs", args + 1, nargs - 1, kwnames, {"tabsize"}, 0, 0, out);
  int64_t tab = out[0] == TP_NULL ? 8 : asIndex(out[0]);
  std::string r;
  int64_t col = 0;
  for (char c : selfView(args[0])) {
    if (c == '\t') {
      if (tab > 0) {
        int64_t k = tab - col % tab;
        r.append((size_t)k, ' ');
        col += k;
      }
    } else {
      r += c;
      col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
  }
  return like(args[0], r);
}

TpValue mHex(Args args, int64_t nargs, TpValue kwnames) {
  TpValue out[2];
  tp::parseArgs("hex", args + 1, nargs - 1, kwnames, {"sep", "bytes_per_sep"}, 0, 0, out);
  static const char kHex[] = "0123456789abcdef";
  std::string_view s = selfView(args[0]);
  std::string sep;
  if (out[0] != TP_NULL) {
    if (tp_is_str(out[0])) {
      sep = std::string(tp_str_view(out[0]));
    } else {
      Buf b(out[0]);
      sep = std::string(needBuf(b, out[0]));
    }
    if (sep.size() != 1) tp::raiseValueError("sep must be length 1.");
  }
  int64_t per = out[1] == TP_NULL ? 1 : asIndex(out[1]);
  std::string r;
  int64_t n = (int64_t)s.size(), group = per < 0 ? -per : per;
  for (int64_t i = 0; i < n; i++) {
    if (!sep.empty() && i > 0 && group > 0) {
      // Groups count from the right for a positive bytes_per_sep, from the left otherwise.
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) r += sep;
    }
    unsigned char c = (unsigned char)s[(size_t)i];
    r += kHex[c >> 4];
    r += kHex[c & 15];
  }
  return tp_str_from(r);
}

TpValue mFromHex(Args args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("fromhex", nargs - 1, 1, 1);
  TpType* cls = reinterpret_cast<TpType*>(tp_as_object(args[0]));
  if (!tp_is_str(args[1])) tp::raiseTypeError("fromhex() argument must be str, not %s", tp::typeName(args[1]));
  std::string_view s = tp_str_view(args[1]);
  auto hexv = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (isSpaceB(s[i])) {
      i++;
      continue;
    }
    int hi = hexv(s[i]);
    if (hi < 0) tp::raiseValueError("non-hexadecimal number found in fromhex() arg at position %lld", (long long)i);
    if (i + 1 >= s.size() || hexv(s[i + 1]) < 0)
      tp::raiseValueError("non-hexadecimal number found in fromhex() arg at position %lld", (long long)i + 1);
    out += (char)(hi * 16 + hexv(s[i + 1]));
    i += 2;
  }
  if (tp_is_subtype(cls, &tp_bytearray_type)) return byteArrayNew(out);
  return tp_bytes_new(out.data(), (int64_t)out.size());
}

TpValue mDecode(Args args, int64_t nargs, TpValue kwnames) {
  TpValue out[2];
  tp::parseArgs("decode", args + 1, nargs - 1, kwnames, {"encoding", "errors"}, 0, 0, out);
  std::string_view s = selfView(args[0]);
  return decodeBytes(s.data(), (int64_t)s.size(), out[0], out[1]);
}

TpValue affix(Args args, int64_t nargs, const char* name, bool prefix) {
  tp::checkArgCount(name, nargs - 1, 1, 1);
  std::string_view s = selfView(args[0]);
  Buf b(args[1]);
  std::string_view a = needBuf(b, args[1]);
  if (prefix && s.substr(0, std::min(s.size(), a.size())) == a) return like(args[0], s.substr(a.size()));
  if (!prefix && s.size() >= a.size() && s.substr(s.size() - a.size()) == a)
    return like(args[0], s.substr(0, s.size() - a.size()));
  if (isBytes(args[0]) && tp_type_of_object(args[0]) == &tp_bytes_type) return args[0];
  return like(args[0], s);
}
TpValue mRemovePrefix(Args a, int64_t n, TpValue) { return affix(a, n, "removeprefix", true); }
TpValue mRemoveSuffix(Args a, int64_t n, TpValue) { return affix(a, n, "removesuffix", false); }

TpValue mTranslate(Args args, int64_t nargs, TpValue kwnames) {
  TpValue out[2];
  tp::parseArgs("translate", args + 1, nargs - 1, kwnames, {"table", "delete"}, 1, 1, out);
  std::string_view s = selfView(args[0]);
  std::string table;
  if (out[0] != TP_NONE) {
    Buf t(out[0]);
    table = std::string(needBuf(t, out[0]));
    if (table.size() != 256) tp::raiseValueError("translation table must be 256 characters long");
  }
  std::string del;
  if (out[1] != TP_NULL) {
    Buf d(out[1]);
    del = std::string(needBuf(d, out[1]));
  }
  std::string r;
  for (unsigned char c : s) {
    if (del.find((char)c) != std::string::npos) continue;
    r += table.empty() ? (char)c : table[c];
  }
  return like(args[0], r);
}

TpValue mMakeTrans(Args args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("maketrans", nargs, 2, 2);
  Buf f(args[0]), t(args[1]);
  std::string_view from = needBuf(f, args[0]), to = needBuf(t, args[1]);
  if (from.size() != to.size()) tp::raiseValueError("maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int i = 0; i < 256; i++) table[(size_t)i] = (char)i;
  for (size_t i = 0; i < from.size(); i++) table[(unsigned char)from[i]] = to[i];
  return tp_bytes_new(table.data(), 256);
}

// ---- bytearray-only methods ----
TpByteArray* selfBA(Args args, int64_t nargs, const char* name, int64_t min, int64_t max) {
  tp::checkArgCount(name, nargs - 1, min, max);
  return ba(args[0]);
}
TpValue mAppend(Args a, int64_t n, TpValue) {
  TpByteArray* b = selfBA(a, n, "append", 1, 1);
  int v = byteValue(a[1]);
  baResize(b, b->size + 1);
  b->data[b->size - 1] = (char)v;
  return TP_NONE;
}
TpValue mExtend(Args a, int64_t n, TpValue) {
  TpByteArray* b = selfBA(a, n, "extend", 1, 1);
  std::string add;
  Buf x(a[1]);
  if (x.ok) {
    add = std::string(x.v);
  } else {
    if (tp_is_int(a[1])) tp::raiseTypeError("can't extend bytearray with %s", tp::typeName(a[1]));
    forEach(a[1], [&](TpValue v) { add += (char)byteValue(v); });
  }
  int64_t old = b->size;
  baResize(b, old + (int64_t)add.size());
  if (!add.empty()) memcpy(b->data + old, add.data(), add.size());
  return TP_NONE;
}
TpValue mInsert(Args a, int64_t n, TpValue) {
  TpByteArray* b = selfBA(a, n, "insert", 2, 2);
  int64_t i = asIndex(a[1]);
  int v = byteValue(a[2]);
  int64_t size = b->size;
  if (i < 0) i = std::max<int64_t>(0, i + size);
  if (i > size) i = size;
  std::string s(b->data, (size_t)size);
  s.insert((size_t)i, 1, (char)v);
  baAssign(a[0], s);
  return TP_NONE;
}
TpValue mPop(Args a, int64_t n, TpValue) {
  TpByteArray* b = selfBA(a, n, "pop", 0, 1);
  if (b->size == 0) tp::raiseIndexError("pop from empty bytearray");
  int64_t i = n > 1 ? asIndex(a[1]) : -1;
  if (i < 0) i += b->size;
  if (i < 0 || i >= b->size) tp::raiseIndexError("pop index out of range");
  int v = (unsigned char)b->data[i];
  std::string s(b->data, (size_t)b->size);
  s.erase((size_t)i, 1);
  baAssign(a[0], s);
  return intValue(v);
}
TpValue mRemove(Args a, int64_t n, TpValue) {
  TpByteArray* b = selfBA(a, n, "remove", 1, 1);
  int v = byteValue(a[1]);
  std::string s(b->data, (size_t)b->size);
  size_t p = s.find((char)v);
  if (p == std::string::npos) tp::raiseValueError("value not found in bytearray");
  s.erase(p, 1);
  baAssign(a[0], s);
  return TP_NONE;
}
TpValue mClear(Args a, int64_t n, TpValue) {
  selfBA(a, n, "clear", 0, 0);
  baAssign(a[0], "");
  return TP_NONE;
}
TpValue mReverse(Args a, int64_t n, TpValue) {
  TpByteArray* b = selfBA(a, n, "reverse", 0, 0);
  std::reverse(b->data, b->data + b->size);
  return TP_NONE;
}
TpValue mCopy(Args a, int64_t n, TpValue) {
  TpByteArray* b = selfBA(a, n, "copy", 0, 0);
  return byteArrayNew(std::string_view(b->data, (size_t)b->size));
}

#define SHARED_METHODS                                                                                                 \
  {"count", mCount}, {"find", mFind}, {"rfind", mRFind}, {"index", mIndex}, {"rindex", mRIndex},                       \
      {"startswith", mStartsWith}, {"endswith", mEndsWith}, {"split", mSplit}, {"rsplit", mRSplit},                    \
      {"splitlines", mSplitLines}, {"join", mJoin}, {"strip", mStrip}, {"lstrip", mLStrip}, {"rstrip", mRStrip},       \
      {"replace", mReplace}, {"partition", mPartition}, {"rpartition", mRPartition}, {"upper", mUpper},                \
      {"lower", mLower}, {"title", mTitle}, {"capitalize", mCapitalize}, {"swapcase", mSwapCase},                      \
      {"isalnum", mIsAlnum}, {"isalpha", mIsAlpha}, {"isdigit", mIsDigit}, {"islower", mIsLower},                      \
      {"isupper", mIsUpper}, {"isspace", mIsSpace}, {"istitle", mIsTitle}, {"isascii", mIsAscii}, {"center", mCenter}, \
      {"ljust", mLJust}, {"rjust", mRJust}, {"zfill", mZFill}, {"expandtabs", mExpandTabs}, {"hex", mHex},             \
      {"fromhex", mFromHex, tp::kMethodClass}, {"decode", mDecode}, {"removeprefix", mRemovePrefix},                   \
      {"removesuffix", mRemoveSuffix}, {"translate", mTranslate}, {                                                    \
    "maketrans", mMakeTrans, tp::kMethodStatic                                                                         \
  }

const MethodDef kBytesMethods[] = {SHARED_METHODS, {nullptr, nullptr}};
const MethodDef kByteArrayMethods[] = {SHARED_METHODS,  {"append", mAppend}, {"extend", mExtend}, {"insert", mInsert},
                                       {"pop", mPop},   {"remove", mRemove}, {"clear", mClear},   {"reverse", mReverse},
                                       {"copy", mCopy}, {nullptr, nullptr}};

// ---- memoryview ----
TpValue mvNewSlot(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[1];
  tp::parseArgs("memoryview", args, nargs, kwnames, {"object"}, 1, 0, out);
  TpValue obj = out[0];
  TpMemoryView* m = static_cast<TpMemoryView*>(tp_alloc(&tp_memoryview_type, sizeof(TpMemoryView)));
  if (isMemoryView(obj)) {
    checkReleased(obj);
    *m = *mv(obj);
  } else if (isBytes(obj) || isByteArray(obj)) {
    m->ob.type = &tp_memoryview_type;
    m->obj = obj;
    m->start = 0;
    m->step = 1;
    m->len = (int64_t)selfView(obj).size();
    m->readonly = !isByteArray(obj);
  } else {
    tp::raiseTypeError("memoryview: a bytes-like object is required, not '%s'", tp::typeName(obj));
  }
  m->released = false;
  return tp_from_object(m);
}

const char* mvData(TpValue v) { return selfView(mv(v)->obj).data(); }

std::string mvBytes(TpValue v) {
  checkReleased(v);
  TpMemoryView* m = mv(v);
  const char* d = mvData(v);
  std::string out;
  for (int64_t k = 0; k < m->len; k++) out += d[m->start + k * m->step];
  return out;
}

int64_t mvLen(TpValue v) {
  checkReleased(v);
  return mv(v)->len;
}

TpValue mvRepr(TpValue v) {
  char buf[64];
  snprintf(buf, sizeof buf, mv(v)->released ? "<released memory at %p>" : "<memory at %p>", (void*)tp_as_object(v));
  return tp_str_from(buf);
}

TpValue mvGetItem(TpValue v, TpValue key) {
  checkReleased(v);
  TpMemoryView* m = mv(v);
  if (tp_is_slice(key)) {
    int64_t start, stop, step, len;
    tp_slice_indices(key, m->len, &start, &stop, &step, &len);
    TpMemoryView* r = static_cast<TpMemoryView*>(tp_alloc(&tp_memoryview_type, sizeof(TpMemoryView)));
    *r = *m;
    r->start = m->start + start * m->step;
    r->step = m->step * step;
    r->len = len;
    return tp_from_object(r);
  }
  int64_t i;
  if (!tryIndex(key, &i)) tp::raiseTypeError("memoryview: invalid slice key");
  if (i < 0) i += m->len;
  if (i < 0 || i >= m->len) tp::raiseIndexError("index out of bounds on dimension 1");
  return intValue((unsigned char)mvData(v)[m->start + i * m->step]);
}

void mvSetItem(TpValue v, TpValue key, TpValue value) {
  checkReleased(v);
  TpMemoryView* m = mv(v);
  if (m->readonly) tp::raiseTypeError("cannot modify read-only memory");
  if (value == TP_NULL) tp::raiseTypeError("cannot delete memory");
  char* d = ba(m->obj)->data;
  if (tp_is_slice(key)) {
    int64_t start, stop, step, len;
    tp_slice_indices(key, m->len, &start, &stop, &step, &len);
    Buf b(value);
    std::string_view src = needBuf(b, value);
    if ((int64_t)src.size() != len)
      tp::raiseValueError("memoryview assignment: lvalue and rvalue have different structures");
    for (int64_t k = 0; k < len; k++) d[m->start + (start + k * step) * m->step] = src[(size_t)k];
    return;
  }
  int64_t i;
  if (!tryIndex(key, &i)) tp::raiseTypeError("memoryview: invalid slice key");
  if (i < 0) i += m->len;
  if (i < 0 || i >= m->len) tp::raiseIndexError("index out of bounds on dimension 1");
  int64_t b;
  if (!tryIndex(value, &b)) tp::raiseTypeError("memoryview: invalid type for format 'B'");
  if (b < 0 || b > 255) tp::raiseValueError("memoryview: invalid value for format 'B'");
  d[m->start + i * m->step] = (char)b;
}

TpValue mvRichCompare(TpValue a, TpValue b, int32_t op) {
  if (op != TP_CMP_EQ && op != TP_CMP_NE) return notImplemented();
  if (mv(a)->released || (isMemoryView(b) && mv(b)->released)) return tp_bool((a == b) == (op == TP_CMP_EQ));
  Buf x(a), y(b);
  if (!y.ok) return notImplemented();
  return tp_bool((x.v == y.v) == (op == TP_CMP_EQ));
}

TpValue mvToBytes(Args a, int64_t n, TpValue) {
  std::string s = mvBytes(a[0]);
  return tp_bytes_new(s.data(), (int64_t)s.size());
}
TpValue mvToList(Args a, int64_t n, TpValue) {
  std::string s = mvBytes(a[0]);
  TpValue list = tp_list_with_capacity((int64_t)s.size());
  for (unsigned char c : s) tp_list_append(list, intValue(c));
  return list;
}
TpValue mvHex(Args a, int64_t n, TpValue k) {
  std::string s = mvBytes(a[0]);
  TpValue args2[3] = {tp_bytes_new(s.data(), (int64_t)s.size()), n > 1 ? a[1] : TP_NULL, n > 2 ? a[2] : TP_NULL};
  return mHex(args2, n, k);
}
TpValue mvRelease(Args a, int64_t n, TpValue) {
  TpMemoryView* m = mv(a[0]);
  m->released = true;
  return TP_NONE;
}
TpValue mvEnter(Args a, int64_t n, TpValue) {
  checkReleased(a[0]);
  return a[0];
}
TpValue mvExit(Args a, int64_t n, TpValue k) {
  mvRelease(a, n, k);
  return tp_bool(false);
}
TpValue mvGetReadonly(TpValue v) {
  checkReleased(v);
  return tp_bool(mv(v)->readonly);
}
TpValue mvGetObj(TpValue v) {
  checkReleased(v);
  return mv(v)->obj;
}
TpValue mvGetNBytes(TpValue v) { return intValue(mvLen(v)); }
TpValue mvGetItemSize(TpValue v) { return intValue(1); }
TpValue mvGetFormat(TpValue v) { return tp_str_from("B"); }

const MethodDef kMemoryViewMethods[] = {{"tobytes", mvToBytes}, {"tolist", mvToList},   {"hex", mvHex},
                                        {"release", mvRelease}, {"__enter__", mvEnter}, {"__exit__", mvExit},
                                        {nullptr, nullptr}};
const GetSetDef kMemoryViewGetSets[] = {{"readonly", mvGetReadonly}, {"obj", mvGetObj},       {"nbytes", mvGetNBytes},
                                        {"itemsize", mvGetItemSize}, {"format", mvGetFormat}, {nullptr, nullptr}};

}  // namespace

// bytes % args: %s/%b take bytes-like values (or __bytes__), %r/%a the
// ascii() text, numbers go through str's % formatting.
TpValue bytesMod(TpValue fmtv, TpValue args) {
  std::string_view f = selfView(fmtv);
  bool is_tuple = tp_is_object(args) && tp_type_of_object(args) == &tp_tuple_type;
  bool is_map = !is_tuple && tp_is_object(args) && tp_type_of(args)->getitem && !isBytes(args) && !isByteArray(args) &&
                !tp_is_str(args);
  int64_t argi = 0, nargs = is_tuple ? tp_tuple_size(args) : 1;
  auto next = [&]() -> TpValue {
    if (argi >= nargs) tp::raiseTypeError("not enough arguments for format string");
    return is_tuple ? tp_tuple_get(args, argi++) : (argi++, args);
  };
  std::string out;
  size_t i = 0;
  while (i < f.size()) {
    char c = f[i];
    if (c != '%') {
      out += c;
      i++;
      continue;
    }
    size_t j = i + 1;
    TpValue mapping_key = TP_NULL;
    if (j < f.size() && f[j] == '(') {
      size_t close = f.find(')', j);
      if (close == std::string_view::npos) tp::raiseValueError("incomplete format key");
      std::string_view k = f.substr(j + 1, close - j - 1);
      mapping_key = tp_bytes_new(k.data(), (int64_t)k.size());
      j = close + 1;
    }
    size_t spec_start = j;
    while (j < f.size() && f[j] && strchr("-+ #0", f[j])) j++;
    std::string flags(f.substr(spec_start, j - spec_start));
    std::string width_text;
    if (j < f.size() && f[j] == '*') {
      width_text = std::to_string(asIndex(next()));
      j++;
    } else {
      while (j < f.size() && f[j] >= '0' && f[j] <= '9') width_text += f[j++];
    }
    std::string prec_text;
    if (j < f.size() && f[j] == '.') {
      j++;
      prec_text = ".";
      if (j < f.size() && f[j] == '*') {
        prec_text += std::to_string(asIndex(next()));
        j++;
      } else {
        while (j < f.size() && f[j] >= '0' && f[j] <= '9') prec_text += f[j++];
      }
    }
    while (j < f.size() && (f[j] == 'h' || f[j] == 'l' || f[j] == 'L')) j++;
    if (j >= f.size()) tp::raiseValueError("incomplete format");
    char type = f[j];
    i = j + 1;
    if (type == '%') {
      out += '%';
      continue;
    }
    TpValue arg = mapping_key != TP_NULL ? tp_getitem(args, mapping_key) : next();
    if (type == 's' || type == 'b') {
      std::string body;
      Buf b(arg);
      if (b.ok) {
        body = std::string(b.v);
      } else {
        TpValue r = tp_is_object(arg) ? tp::callMethodIfExists(arg, "__bytes__", nullptr, 0) : TP_NULL;
        if (r == TP_NULL)
          tp::raiseTypeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                             tp::typeName(arg));
        body = std::string(selfView(r));
      }
      if (prec_text.size() > 1) body = body.substr(0, (size_t)std::stoll(prec_text.substr(1)));
      int64_t width = width_text.empty() ? 0 : std::stoll(width_text);
      if ((int64_t)body.size() < width) {
        if (flags.find('-') != std::string::npos)
          body.append((size_t)(width - (int64_t)body.size()), ' ');
        else
          body.insert(0, (size_t)(width - (int64_t)body.size()), ' ');
      }
      out += body;
      continue;
    }
    char t = type == 'r' ? 'a' : type;
    if (!strchr("diouxXeEfFgGca", t))
      tp::raiseValueError("unsupported format character '%c' (0x%x) at index %lld", type, (unsigned char)type,
                          (long long)(j));
    if (t == 'c') {
      int64_t v;
      Buf b(arg);
      if (b.ok && b.v.size() == 1) {
        out += b.v[0];
        continue;
      }
      if (!tryIndex(arg, &v)) tp::raiseTypeError("%%c requires an integer in range(256) or a single byte");
      if (v < 0 || v > 255) tp::raiseOverflowError("%%c arg not in range(256)");
      out += (char)v;
      continue;
    }
    std::string spec = "%" + flags + width_text + prec_text + t;
    TpValue s = tp_str_mod(tp_str_from(spec), tp_tuple_new(1, &arg));
    out += tp_str_view(s);
  }
  if (is_tuple && argi < nargs && !is_map) tp::raiseTypeError("not all arguments converted during bytes formatting");
  if (!is_tuple && argi == 0 && !is_map && nargs == 1)
    tp::raiseTypeError("not all arguments converted during bytes formatting");
  return like(fmtv, out);
}

void initBytes() {
  tp::readyType(&tp_bytes_type, kBytesMethods);
  tp::readyType(&tp_bytearray_type, kByteArrayMethods, nullptr, true);
  tp::readyType(&tp_memoryview_type, kMemoryViewMethods, kMemoryViewGetSets, true);
  tp::setTypeAttr(&tp_bytearray_type, "__hash__", TP_NONE);
  tp::registerBuiltin("bytearray", tp_from_object(&tp_bytearray_type));
  tp::registerBuiltin("memoryview", tp_from_object(&tp_memoryview_type));
}

bool bytesLikeView(TpValue v, std::string_view* out, std::string* storage) { return bufView(v, out, storage); }

}  // namespace tp::seq

using namespace tp::seq;

TpType tp_bytes_type = {
    TP_TYPE_HEAD("bytes"),   .instance_size = offsetof(TpBytes, subclass_dict),
    .new_ = bytesNew,        .repr = bytesRepr,
    .hash = bytesHash,       .richcompare = bytesRichCompare,
    .len = bytesLen,         .binop = bytesBinOp,
    .getitem = bytesGetItem, .contains = bytesContains,
    .iter = bytesIterSlot,
};

TpType tp_bytearray_type = {
    TP_TYPE_HEAD("bytearray"),       .instance_size = sizeof(TpByteArray),
    .new_ = byteArrayTypeNew,        .repr = byteArrayRepr,
    .richcompare = bytesRichCompare, .len = bytesLen,
    .binop = byteArrayBinOp,         .getitem = bytesGetItem,
    .setitem = byteArraySetItem,     .contains = bytesContains,
    .iter = bytesIterSlot,
};

TpType tp_memoryview_type = {
    TP_TYPE_HEAD("memoryview"),
    .instance_size = sizeof(TpMemoryView),
    .new_ = mvNewSlot,
    .repr = mvRepr,
    .richcompare = mvRichCompare,
    .len = mvLen,
    .getitem = mvGetItem,
    .setitem = mvSetItem,
};

TpValue tp_bytes_new(const char* data, int64_t size) {
  TpBytes* b = allocBytes(size);
  if (size) memcpy(b->data, data, (size_t)size);
  b->data[size] = 0;
  return tp_from_object(b);
}

TpValue tp_const_bytes(const char* data, int64_t size) { return tp_bytes_new(data, size); }

TpValue tp_bytes_decode_utf8(TpValue b) { return decodeBytes(tp_bytes_data(b), tp_bytes_size(b), TP_NULL, TP_NULL); }

TpValue tp_str_encode_utf8(TpValue s) { return encodeStr(s, TP_NULL, TP_NULL); }
