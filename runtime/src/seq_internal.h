// Internal interface between the runtime's sequence and container files
// (str*.cpp, bytes, list, tuple, dict, set, range, slice, iter, sort,
// builtins_seq): fast hash/equality paths, index conversion, UTF-8 helpers,
// shared iterator constructors and the per-file init functions called from
// tp::initSequences(). Not part of the C ABI.
#pragma once

// Builtin type objects use designated initializers that name only their slots.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <cstring>
#include <string>
#include <vector>
#include <string_view>

#include "runtime.h"
#include "taipan/bytes.h"
#include "taipan/dict.h"
#include "taipan/int.h"
#include "taipan/iter.h"
#include "taipan/list.h"
#include "taipan/range.h"
#include "taipan/set.h"
#include "taipan/slice.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

// functools.KeyWrapper (functools_core.cpp): what cmp_to_key(cmp) returns
// (obj TP_NULL) and what calling it makes; sort.cpp compares these directly.
extern "C" TpType tp_keywrapper_type;
struct TpKeyWrapper {
  TpObject ob;
  TpValue cmp;
  TpValue obj;  // TP_NULL for the factory cmp_to_key returns (reads as None)
};

namespace tp::seq {

// std::vector storage the GC scans: a buffer of values that may be the only
// reference to them (items pulled from a generator, sort keys) must not
// live in malloc memory, which Boehm does not trace.
template <class T>
struct TracedAllocator {
  using value_type = T;
  TracedAllocator() = default;
  template <class U>
  TracedAllocator(const TracedAllocator<U>&) {}
  T* allocate(size_t n) { return static_cast<T*>(tp_gc_malloc((int64_t)(n * sizeof(T)))); }
  void deallocate(T*, size_t) {}
  template <class U>
  bool operator==(const TracedAllocator<U>&) const { return true; }
};
template <class T>
using TracedVector = std::vector<T, TracedAllocator<T>>;

// Byte comparisons for the short texts dict keys and words usually are: eight
// bytes at a time inline, memcmp only past 64 bytes (a libc call per compare
// of two short strs costs more than the compare).
inline bool bytesEqual(const char* a, const char* b, int64_t n) {
  if (n > 64) return memcmp(a, b, (size_t)n) == 0;
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x, y;
    memcpy(&x, a + i, 8);
    memcpy(&y, b + i, 8);
    if (x != y) return false;
  }
  for (; i < n; i++)
    if (a[i] != b[i]) return false;
  return true;
}
// memcmp's sign (-1, 0, 1) for n bytes compared as unsigned.
inline int bytesCompare(const char* a, const char* b, int64_t n) {
  if (n > 64) {
    int c = memcmp(a, b, (size_t)n);
    return c < 0 ? -1 : c > 0;
  }
  int64_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t x, y;
    memcpy(&x, a + i, 8);
    memcpy(&y, b + i, 8);
    if (x != y) {
      x = __builtin_bswap64(x);
      y = __builtin_bswap64(y);
      return x < y ? -1 : 1;
    }
  }
  for (; i < n; i++) {
    unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

// Two exact strs with equal hashes (or unknown ones): equal texts? Runs no
// user code.
inline bool exactStrEq(TpValue a, TpValue b) {
  TpStr* x = tp_str_object(a);
  TpStr* y = tp_str_object(b);
  return x->size == y->size && bytesEqual(x->data, y->data, x->size);
}

// hash(v) with the cheap cases inline (small ints, exact str).
inline int64_t hashOf(TpValue v) {
  if (tp_is_small_int(v)) return tp_int_hash(v);
  if (tp_is_object(v)) {
    TpType* t = tp_type_of_object(v);
    if (t == &tp_str_type) {
      TpStr* s = tp_str_object(v);
      return s->hash != -1 ? s->hash : tp_str_hash(v);
    }
    if (t == &tp_tuple_type) return tp_tuple_hash(v);  // tuple.__hash__ (items through hashOf)
  }
  return tp::hashValue(v);
}

bool tupleEq(TpValue a, TpValue b);

// a == b as containers compare: identity first, then cheap exact-type cases,
// then the rich comparison.
inline bool eq(TpValue a, TpValue b) {
  if (a == b) return true;
  if (tp_is_small_int(a) && tp_is_small_int(b)) return false;
  if (tp_is_object(a) && tp_is_object(b)) {
    TpType* ta = tp_type_of_object(a);
    if (ta == tp_type_of_object(b)) {
      if (ta == &tp_str_type) return tp_str_eq(a, b);
      if (ta == &tp_tuple_type) return tupleEq(a, b);
    }
  }
  return tp::equalValues(a, b);
}

// Raises CPython's TypeError for `seq * other` when `other` is a builtin
// non-int ("can't multiply sequence by non-int of type 'float'"); returns
// normally for user classes, whose reflected method must get its turn.
void seqRepeatError(TpValue other);
// Same for `seq + other`: "can only concatenate list (not "int") to list".
void seqConcatError(const char* seq_type, TpValue other);

// a < b through the rich comparison (for sort, min, max).
bool lessThan(TpValue a, TpValue b);

// The order of a and b (-1, 0, 1) when no user code can decide it: small
// ints, exact strs, and exact tuples of those, compared as tuples compare
// (the first pair of items that are not equal decides; `item`: a and b are
// such items, so identical objects are equal whatever they are);
// kUndecided otherwise (min/max, decision 0055).
constexpr int kUndecided = 2;
int quickCompare(TpValue a, TpValue b, bool item = false);

// A callable prepared for many calls with a fixed argument count: a compiled
// function whose parameters are exactly that many positional ones is entered
// directly (no binding, no argument copies); anything else goes through
// tp_call.
struct FastCall {
  TpValue fn = TP_NULL;
  TpFunction* direct = nullptr;
  int64_t nargs = 0;
  FastCall(TpValue f, int64_t n) : fn(f), nargs(n) {
    if (tp_is_object(f) && tp_type_of_object(f) == &tp_function_type) {
      auto* func = reinterpret_cast<TpFunction*>(tp_as_object(f));
      if (tp_func_positional_only(func->info) && func->info->nparams == n) direct = func;
    }
  }
  TpValue operator()(const TpValue* args) const {
    if (direct) {
      TpValue r = direct->info->code(direct, args);
      checkPending();
      return r;
    }
    return tp_call(fn, args, nargs, TP_NULL);
  }
};

// An index-like value (int, bool, __index__) as int64_t; IndexError "cannot
// fit 'int' into an index-sized integer" when it does not fit.
int64_t asIndex(TpValue v);
// Same, but returns false instead of raising TypeError when v has no
// __index__ (the caller raises its own message).
bool tryIndex(TpValue v, int64_t* out);
// int64 -> int value.
inline TpValue intValue(int64_t i) { return tp_int_from_i64(i); }

// The str hash of `n` bytes of UTF-8 (tp_str_hash of a str with that text).
int64_t hashBytes(const char* data, int64_t n);
// The value of the str key with UTF-8 bytes key[0..n) and hash hashBytes(key,
// n) in dict d, or TP_NULL; allocates nothing (dict.cpp).
TpValue dictGetUtf8(TpValue d, const char* key, int64_t n, int64_t hash);
// An empty dict with room for n items before it grows (dict.cpp).
TpValue dictWithCapacity(int64_t n);

// ---- UTF-8 ----
// Decodes one code point at p (valid UTF-8/WTF-8); advances p.
inline uint32_t decodeUtf8(const unsigned char*& p) {
  uint32_t c = *p++;
  if (c < 0x80) return c;
  if (c < 0xE0) return ((c & 0x1F) << 6) | (*p++ & 0x3F);
  if (c < 0xF0) {
    uint32_t r = ((c & 0x0F) << 12) | ((p[0] & 0x3F) << 6) | (p[1] & 0x3F);
    p += 2;
    return r;
  }
  uint32_t r = ((c & 0x07) << 18) | ((p[0] & 0x3F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  p += 3;
  return r;
}
void appendUtf8(std::string& out, uint32_t cp);
// A str from n bytes known to be ASCII, without measuring them (str.cpp).
TpValue asciiStr(const char* data, int64_t n);
// tp_str_finish for a str whose bytes are known to be ASCII.
TpValue asciiFinish(TpStr* s);
// ASCII whitespace as str.isspace() sees it (\t\n\v\f\r, \x1c-\x1f, space).
constexpr bool asciiSpace(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31); }
// The code points of a str.
std::u32string codepoints(TpValue s);
TpValue strFromCodepoints(const std::u32string& cps);
// Byte offset of code point i in s (0 <= i <= length).
int64_t byteOffset(TpValue s, int64_t i);
// Unicode classification (utf8proc).
bool isSpace(uint32_t cp);
bool isPrintable(uint32_t cp);

// repr of a str into `out` (CPython's quoting).
void strReprInto(std::string& out, TpValue s, bool ascii_only);
// The shared empty str / tuple.
TpValue emptyStr();
TpValue emptyTuple();

// ---- repr recursion guard (CPython's Py_ReprEnter) ----
// Returns false if `obj` is already being repr'd (the caller prints "[...]").
bool reprEnter(TpValue obj);
void reprLeave(TpValue obj);
struct ReprGuard {
  TpValue obj;
  bool entered;
  explicit ReprGuard(TpValue o) : obj(o), entered(reprEnter(o)) {}
  ~ReprGuard() {
    if (entered) reprLeave(obj);
  }
};

// ---- iteration helpers ----
// Calls fn(item) for every item of any iterable (fast paths for list/tuple).
template <class Fn>
void forEach(TpValue iterable, Fn&& fn) {
  if (tp_is_object(iterable)) {
    TpType* t = tp_type_of_object(iterable);
    if (t == &tp_tuple_type) {
      int64_t n = tp_tuple_size(iterable);
      for (int64_t i = 0; i < n; i++) fn(tp_tuple_get(iterable, i));
      return;
    }
    if (t == &tp_list_type) {
      for (int64_t i = 0; i < tp_list_size(iterable); i++) fn(tp_list_get(iterable, i));
      return;
    }
  }
  TpValue it = tp_iter(iterable);
  for (TpValue v = tp_next(it); v != TP_NULL; v = tp_next(it)) fn(v);
}
// The items of any iterable as a fresh list (never shares storage).
TpValue toList(TpValue iterable);
// The items of an iterable as a tuple; tuples are returned as is.
TpValue toTuple(TpValue iterable);

// Compares two item arrays lexicographically with rich-comparison op `op`
// (list and tuple comparison).
TpValue compareSequences(const TpValue* a, int64_t na, const TpValue* b, int64_t nb, int32_t op);

// Stable merge sort of items[0..n) by key values (keys may be null: items
// themselves); raises whatever comparisons raise.
void sortValues(TpValue* items, int64_t n, TpValue key, bool reverse);

// sep.join(items[0..n)) when every item is a str (instances of subclasses
// too); otherwise raises str.join's TypeError for the first other item. The
// text is measured first and copied once (str.cpp).
TpValue strJoinArray(TpValue sep, const TpValue* items, int64_t n);

// ---- codecs (codecs.cpp): utf-8, latin-1, ascii and their error handlers ----
// s.encode(encoding, errors) / data.decode(encoding, errors); either argument
// may be TP_NULL (utf-8, strict).
TpValue encodeStr(TpValue s, TpValue encoding, TpValue errors);
TpValue decodeBytes(const char* data, int64_t n, TpValue encoding, TpValue errors);

// ---- per-file initialisation (called from initSequences in builtins_seq.cpp) ----
void initStr();
void initStrMethods();
void initBytes();
void initList();
void initTuple();
void initDict();
void initSet();
void initRange();
void initSlice();
void initIter();
void initSeqBuiltins();

// Methods tables are installed at readyType time; files owning a type
// expose their table here.
extern const MethodDef kStrMethods[];
extern const MethodDef kListMethods[];
extern const MethodDef kTupleMethods[];
extern const MethodDef kDictMethods[];
extern const MethodDef kSetMethods[];
extern const MethodDef kFrozenSetMethods[];

// Iterator constructors shared across files.
TpValue listIter(TpValue list);
TpValue listRevIter(TpValue list);
TpValue tupleIter(TpValue tuple);
TpValue strIter(TpValue s);
TpValue rangeIter(int64_t start, int64_t step, int64_t length);
TpValue dictKeyIter(TpValue d);
TpValue dictValueIter(TpValue d);
TpValue dictItemIter(TpValue d);
TpValue setIter(TpValue s);

// Sets use these from dict.cpp to keep CPython's dict fast paths.
int64_t dictLookupIndex(TpValue d, TpValue key, int64_t hash);  // entries index or -1

// The bytes of a bytes-like value (bytes, bytearray, memoryview: a
// non-contiguous view is copied into *storage); false for anything else.
bool bytesLikeView(TpValue v, std::string_view* out, std::string* storage);

}  // namespace tp::seq
