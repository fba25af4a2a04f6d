// Stable sorting for list.sort and sorted() (decision 0033): keys are
// computed once, in order; the sort itself is a bounds-safe natural merge
// sort (runs, binary insertion for short ones) that uses only `<`, like
// CPython's, so a user __lt__ that is inconsistent can give an odd order but
// never a crash. reverse=True keeps equal items in their original order, as CPython does
// (reverse, sort, reverse). Before merging, one pass over the keys picks a
// comparison specialised for their common exact type (small ints, ints, str,
// float, tuples with a per-position item kind, cmp_to_key wrappers); the
// merge sort is instantiated per comparison so the common cases compare
// inline, and any key outside those kinds keeps the generic rich comparison.
// None of the specialised comparisons can run user code, so they are
// observably the same as `<` (tuples still compare items with == first, then
// `<` on the first pair that differs, identity counting as equal).
#include <gc.h>

#include <algorithm>
#include <cstring>

#include "seq_internal.h"
#include "taipan/float.h"

namespace tp::seq {

bool lessThan(TpValue a, TpValue b) {
  if (tp_is_small_int(a) && tp_is_small_int(b)) return (int64_t)a < (int64_t)b;
  if (tp_is_object(a) && tp_is_object(b)) {
    TpType* ta = tp_type_of_object(a);
    TpType* tb = tp_type_of_object(b);
    if (ta == &tp_str_type && tb == &tp_str_type) return tp_str_compare(a, b) < 0;
    if (ta == &tp_float_type && tb == &tp_float_type) return tp_float_unbox(a) < tp_float_unbox(b);
  }
  TpValue r = tp_compare(a, b, TP_CMP_LT);
  if (r == TP_TRUE) return true;
  if (r == TP_FALSE) return false;
  return tp_truth(r);
}

int quickCompare(TpValue a, TpValue b, bool item) {
  if (item && a == b) return 0;  // a tuple's items: identity counts as equal
  if (tp_is_small_int(a) && tp_is_small_int(b)) return (int64_t)a < (int64_t)b ? -1 : (int64_t)a > (int64_t)b;
  if (!tp_is_object(a) || !tp_is_object(b)) return kUndecided;
  TpType* ta = tp_type_of_object(a);
  if (ta != tp_type_of_object(b)) return kUndecided;
  if (ta == &tp_str_type) {
    int c = tp_str_compare(a, b);
    return c < 0 ? -1 : c > 0;
  }
  if (ta != &tp_tuple_type) return kUndecided;
  int64_t n = tp_tuple_size(a), m = tp_tuple_size(b);
  const TpValue* x = tp_tuple_items(a);
  const TpValue* y = tp_tuple_items(b);
  for (int64_t i = 0; i < n && i < m; i++) {
    TpValue p = x[i], q = y[i];
    if (p == q) continue;
    int c = tp_is_small_int(p) && tp_is_small_int(q) ? ((int64_t)p < (int64_t)q ? -1 : 1) : quickCompare(p, q, true);
    if (c != 0) return c;  // the first pair that differs decides (or nothing can)
  }
  return n < m ? -1 : n > m;
}

namespace {

struct Item {
  TpValue key;
  TpValue value;
};

// Traced GC memory for n items, given back to the collector as soon as the
// sort is done (also when it raises): the buffers are large and short-lived,
// and freeing them at once keeps them from bringing the next collection
// closer.
struct ItemBuffer {
  Item* p;
  explicit ItemBuffer(int64_t n) : p(static_cast<Item*>(tp_gc_malloc(n * (int64_t)sizeof(Item)))) {
    if (!p) raiseMemoryError();
  }
  ~ItemBuffer() { GC_FREE(p); }
  ItemBuffer(const ItemBuffer&) = delete;
  ItemBuffer& operator=(const ItemBuffer&) = delete;
};

// ---- key kinds and their comparisons ----

enum class Kind : uint8_t { None, SmallInt, Int, Float, Str, Tuple, KeyWrapper, Generic };

inline Kind kindOf(TpValue v) {
  if (tp_is_small_int(v)) return Kind::SmallInt;
  TpType* t = tp_type_of_object(v);
  if (t == &tp_str_type) return Kind::Str;
  if (t == &tp_float_type) return Kind::Float;
  if (t == &tp_int_type) return Kind::Int;
  if (t == &tp_tuple_type) return Kind::Tuple;
  if (t == &tp_keywrapper_type) return Kind::KeyWrapper;
  return Kind::Generic;
}

// The kind shared by values of kinds a and b (None: no value seen yet).
inline Kind join(Kind a, Kind b) {
  if (a == b || a == Kind::None) return b;
  if (b == Kind::None) return a;
  if ((a == Kind::SmallInt || a == Kind::Int) && (b == Kind::SmallInt || b == Kind::Int)) return Kind::Int;
  return Kind::Generic;
}

inline double floatOf(TpValue v) { return reinterpret_cast<TpFloat*>(tp_as_object(v))->value; }

inline int strCompare(TpValue a, TpValue b) {
  TpStr* x = tp_str_object(a);
  TpStr* y = tp_str_object(b);
  int64_t n = x->size < y->size ? x->size : y->size;
  // Most keys differ in their first byte: decide those without memcmp.
  if (n > 0 && x->data[0] != y->data[0]) return (unsigned char)x->data[0] < (unsigned char)y->data[0] ? -1 : 1;
  int c = memcmp(x->data, y->data, (size_t)n);
  if (c != 0) return c;
  return x->size < y->size ? -1 : (x->size > y->size ? 1 : 0);
}

// How many leading tuple positions get their own item kind.
constexpr int kTuplePositions = 8;

// a < b for two exact tuples, with item kinds per position (valid for every
// tuple of the sort that has that position). CPython's order: the first
// position whose items are not equal (identity, then ==) decides by `<`;
// when one tuple is a prefix of the other, the shorter is less.
bool tupleLess(TpValue a, TpValue b, const Kind* pos) {
  TpTuple* x = tp_tuple_object(a);
  TpTuple* y = tp_tuple_object(b);
  int64_t n = x->size < y->size ? x->size : y->size;
  for (int64_t i = 0; i < n; i++) {
    TpValue p = x->items[i], q = y->items[i];
    if (p == q) continue;
    switch (i < kTuplePositions ? pos[i] : Kind::Generic) {
      case Kind::SmallInt:
        return (int64_t)p < (int64_t)q;
      case Kind::Int: {
        int32_t c = tp_int_cmp(p, q);
        if (c == 0) continue;
        return c < 0;
      }
      case Kind::Str: {
        int c = strCompare(p, q);
        if (c == 0) continue;
        return c < 0;
      }
      case Kind::Float: {
        double u = floatOf(p), v = floatOf(q);
        if (u == v) continue;
        return u < v;  // NaN: unequal and not less, as CPython's
      }
      default:
        if (eq(p, q)) continue;
        return lessThan(p, q);
    }
  }
  return x->size < y->size;
}

// cmp(a, b) < 0 for a cmp_to_key comparison function's result.
inline bool negative(TpValue r) {
  if (tp_is_small_int(r)) return (int64_t)r < 0;
  TpValue lt = tp_compare(r, tp_small_int(0), TP_CMP_LT);
  if (lt == TP_TRUE) return true;
  if (lt == TP_FALSE) return false;
  return tp_truth(lt);
}

struct GenericLess {
  bool operator()(TpValue a, TpValue b) const { return lessThan(a, b); }
};
struct SmallIntLess {
  bool operator()(TpValue a, TpValue b) const { return (int64_t)a < (int64_t)b; }
};
struct IntLess {
  bool operator()(TpValue a, TpValue b) const { return tp_int_cmp(a, b) < 0; }
};
struct FloatLess {
  bool operator()(TpValue a, TpValue b) const { return floatOf(a) < floatOf(b); }
};
struct StrLess {
  bool operator()(TpValue a, TpValue b) const { return strCompare(a, b) < 0; }
};
struct TupleLess {
  const Kind* pos;
  bool operator()(TpValue a, TpValue b) const { return tupleLess(a, b, pos); }
};
// Keys that are the items themselves, ordered by a cmp_to_key function:
// the sort skips making the wrapper objects.
struct CmpLess {
  const FastCall* cmp;
  bool operator()(TpValue a, TpValue b) const {
    TpValue args[2] = {a, b};
    return negative((*cmp)(args));
  }
};
// Keys that are KeyWrapper objects (made by the user's own key function):
// each comparison uses the left key's function, as KeyWrapper.__lt__ does.
struct WrapperLess {
  bool operator()(TpValue a, TpValue b) const {
    auto* x = reinterpret_cast<TpKeyWrapper*>(tp_as_object(a));
    auto* y = reinterpret_cast<TpKeyWrapper*>(tp_as_object(b));
    if (x->obj == TP_NULL || y->obj == TP_NULL) raiseAttributeError("object");
    TpValue args[2] = {x->obj, y->obj};
    return negative(tp_call(x->cmp, args, 2, TP_NULL));
  }
};

// ---- the merge sort ----
// A natural merge sort in the manner of Tim Peters' timsort (written from the
// published description): runs already in order (or strictly descending,
// then reversed) are found and extended to a minimum length by binary
// insertion, pushed on a stack whose lengths are kept balanced, and merged
// neighbour with neighbour. Each merge first leaves in place the head of the
// left run and the tail of the right run that are already in position
// (found by galloping: exponential then binary search), then merges the rest
// through a buffer holding the shorter side, switching to galloping while
// one side keeps winning. Ordered and reverse-ordered input cost n - 1
// comparisons.
// If a comparison raises, the items are left partly merged (some may sit in
// the buffer only): the caller discards the array (list.cpp restores the
// list).

// Sorts a[0..n) given a[0..start) is sorted, by binary insertion.
template <class Less>
void binaryInsertion(Item* a, int64_t n, int64_t start, const Less& less) {
  for (int64_t i = start < 1 ? 1 : start; i < n; i++) {
    Item x = a[i];
    // The rightmost position keeps equal items in order.
    int64_t lo = 0, hi = i;
    while (lo < hi) {
      int64_t mid = lo + (hi - lo) / 2;
      if (less(x.key, a[mid].key))
        hi = mid;
      else
        lo = mid + 1;
    }
    memmove(a + lo + 1, a + lo, (size_t)(i - lo) * sizeof(Item));
    a[lo] = x;
  }
}

// The length of the run starting at a[0] (n >= 1 items left); a strictly
// descending run is reversed in place (strictness keeps the sort stable).
template <class Less>
int64_t countRun(Item* a, int64_t n, const Less& less) {
  if (n == 1) return 1;
  int64_t i = 2;
  if (less(a[1].key, a[0].key)) {
    while (i < n && less(a[i].key, a[i - 1].key)) i++;
    std::reverse(a, a + i);
  } else {
    while (i < n && !less(a[i].key, a[i - 1].key)) i++;
  }
  return i;
}

// Runs shorter than this are extended by binary insertion: n itself below
// 64, else a value in [32, 64] making n / minrun a power of two or just
// under one, so the final merges stay balanced.
int64_t minRun(int64_t n) {
  int64_t r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

// The first index j in [0, n) where pred(j) holds, or n, for a predicate
// false then true along the range; searched outwards from `hint` with
// steps 1, 3, 7, ... and then by bisection, so an answer d places from the
// hint costs about 2 log2(d) calls.
template <class Pred>
int64_t gallop(int64_t n, int64_t hint, const Pred& pred) {
  int64_t lo, hi;
  int64_t last = 0, ofs = 1;
  if (pred(hint)) {
    while (ofs <= hint && pred(hint - ofs)) {
      last = ofs;
      ofs = ofs * 2 + 1;
    }
    hi = hint - last;
    lo = ofs <= hint ? hint - ofs + 1 : 0;
  } else {
    while (hint + ofs < n && !pred(hint + ofs)) {
      last = ofs;
      ofs = ofs * 2 + 1;
    }
    lo = hint + last + 1;
    hi = hint + ofs < n ? hint + ofs : n;
  }
  while (lo < hi) {
    int64_t mid = lo + (hi - lo) / 2;
    if (pred(mid))
      hi = mid;
    else
      lo = mid + 1;
  }
  return lo;
}

// Consecutive wins of one side before a merge switches to galloping.
constexpr int64_t kMinGallop = 7;

template <class Less>
struct Merger {
  Item* a;
  Item* tmp;  // room for n / 2 + 1 items
  const Less& less;
  struct Run {
    int64_t base, len;
  };
  Run runs[128];
  int nruns = 0;
  // Adapts: lower while galloping pays, higher while it does not.
  int64_t min_gallop = kMinGallop;

  // Merges runs i and i + 1.
  void mergeAt(int i) {
    Item* pa = a + runs[i].base;
    int64_t na = runs[i].len;
    Item* pb = a + runs[i + 1].base;
    int64_t nb = runs[i + 1].len;
    runs[i].len = na + nb;
    for (int j = i + 1; j + 1 < nruns; j++) runs[j] = runs[j + 1];
    nruns--;
    // Items of A not above B's first are already in place, as are items of
    // B not below A's last.
    TpValue b0 = pb[0].key;
    int64_t k = gallop(na, 0, [&](int64_t x) { return less(b0, pa[x].key); });
    pa += k;
    na -= k;
    if (na == 0) return;
    TpValue a_last = pa[na - 1].key;
    nb = gallop(nb, nb - 1, [&](int64_t x) { return !less(pb[x].key, a_last); });
    if (nb == 0) return;
    if (na <= nb)
      mergeLow(pa, na, pb, nb);
    else
      mergeHigh(pa, na, pb, nb);
  }

  // A (the shorter) goes to the buffer; merged left to right. Placed items
  // always fill pa[0 .. i + j).
  void mergeLow(Item* pa, int64_t na, Item* pb, int64_t nb) {
    memcpy(tmp, pa, (size_t)na * sizeof(Item));
    Item* dest = pa;
    int64_t i = 0, j = 0;
    for (;;) {
      int64_t wins_a = 0, wins_b = 0;
      do {
        if (less(pb[j].key, tmp[i].key)) {
          *dest++ = pb[j++];
          wins_b++;
          wins_a = 0;
          if (j == nb) goto done;
        } else {
          *dest++ = tmp[i++];
          wins_a++;
          wins_b = 0;
          if (i == na) goto done;
        }
      } while ((wins_a | wins_b) < min_gallop);
      min_gallop++;
      do {
        min_gallop -= min_gallop > 1;
        TpValue bj = pb[j].key;
        wins_a = gallop(na - i, 0, [&](int64_t x) { return less(bj, tmp[i + x].key); });
        memcpy(dest, tmp + i, (size_t)wins_a * sizeof(Item));
        dest += wins_a;
        i += wins_a;
        if (i == na) goto done;
        *dest++ = pb[j++];
        if (j == nb) goto done;
        TpValue ai = tmp[i].key;
        wins_b = gallop(nb - j, 0, [&](int64_t x) { return !less(pb[j + x].key, ai); });
        memmove(dest, pb + j, (size_t)wins_b * sizeof(Item));
        dest += wins_b;
        j += wins_b;
        if (j == nb) goto done;
        *dest++ = tmp[i++];
        if (i == na) goto done;
      } while (wins_a >= kMinGallop || wins_b >= kMinGallop);
      min_gallop++;
    }
  done:
    if (i < na) memcpy(dest, tmp + i, (size_t)(na - i) * sizeof(Item));
  }

  // B (the shorter) goes to the buffer; merged right to left. Items not yet
  // placed are pa[0 .. i) and tmp[0 .. j); dest == pa + i + j.
  void mergeHigh(Item* pa, int64_t na, Item* pb, int64_t nb) {
    memcpy(tmp, pb, (size_t)nb * sizeof(Item));
    Item* dest = pb + nb;
    int64_t i = na, j = nb;
    for (;;) {
      int64_t wins_a = 0, wins_b = 0;
      do {
        if (less(tmp[j - 1].key, pa[i - 1].key)) {
          *--dest = pa[--i];
          wins_a++;
          wins_b = 0;
          if (i == 0) goto done;
        } else {
          *--dest = tmp[--j];
          wins_b++;
          wins_a = 0;
          if (j == 0) goto done;
        }
      } while ((wins_a | wins_b) < min_gallop);
      min_gallop++;
      do {
        min_gallop -= min_gallop > 1;
        TpValue bj = tmp[j - 1].key;
        // A's items above B's last go now (equal ones stay before it).
        wins_a = i - gallop(i, i - 1, [&](int64_t x) { return less(bj, pa[x].key); });
        dest -= wins_a;
        i -= wins_a;
        memmove(dest, pa + i, (size_t)wins_a * sizeof(Item));
        if (i == 0) goto done;
        *--dest = tmp[--j];
        if (j == 0) goto done;
        TpValue ai = pa[i - 1].key;
        // B's items not below A's last go now.
        wins_b = j - gallop(j, j - 1, [&](int64_t x) { return !less(tmp[x].key, ai); });
        dest -= wins_b;
        j -= wins_b;
        memcpy(dest, tmp + j, (size_t)wins_b * sizeof(Item));
        if (j == 0) goto done;
        *--dest = pa[--i];
        if (i == 0) goto done;
      } while (wins_a >= kMinGallop || wins_b >= kMinGallop);
      min_gallop++;
    }
  done:
    if (j > 0) memcpy(pa, tmp, (size_t)j * sizeof(Item));
  }

  // Restores the stack invariants: every run longer than the next two
  // together, and longer than the next.
  void collapse() {
    while (nruns > 1) {
      int n = nruns - 2;
      if ((n > 0 && runs[n - 1].len <= runs[n].len + runs[n + 1].len) ||
          (n > 1 && runs[n - 2].len <= runs[n - 1].len + runs[n].len)) {
        if (runs[n - 1].len < runs[n + 1].len) n--;
        mergeAt(n);
      } else if (runs[n].len <= runs[n + 1].len) {
        mergeAt(n);
      } else {
        break;
      }
    }
  }

  void forceCollapse() {
    while (nruns > 1) {
      int n = nruns - 2;
      if (n > 0 && runs[n - 1].len < runs[n + 1].len) n--;
      mergeAt(n);
    }
  }
};

template <class Less>
void mergeSort(Item* a, int64_t n, Item* tmp, const Less& less) {
  if (n < 2) return;
  Merger<Less> m{a, tmp, less};
  int64_t min_run = minRun(n);
  for (int64_t lo = 0; lo < n;) {
    int64_t len = countRun(a + lo, n - lo, less);
    if (len < min_run) {
      int64_t force = n - lo < min_run ? n - lo : min_run;
      binaryInsertion(a + lo, force, len, less);
      len = force;
    }
    m.runs[m.nruns++] = {lo, len};
    m.collapse();
    lo += len;
  }
  m.forceCollapse();
}

// Sorts by the common kind of the keys.
void sortItems(Item* a, int64_t n, Item* tmp) {
  Kind kind = Kind::None;
  for (int64_t i = 0; i < n && kind != Kind::Generic; i++) kind = join(kind, kindOf(a[i].key));
  switch (kind) {
    case Kind::SmallInt:
      return mergeSort(a, n, tmp, SmallIntLess{});
    case Kind::Int:
      return mergeSort(a, n, tmp, IntLess{});
    case Kind::Float:
      return mergeSort(a, n, tmp, FloatLess{});
    case Kind::Str:
      return mergeSort(a, n, tmp, StrLess{});
    case Kind::KeyWrapper:
      return mergeSort(a, n, tmp, WrapperLess{});
    case Kind::Tuple: {
      Kind pos[kTuplePositions];
      for (Kind& k : pos) k = Kind::None;
      for (int64_t i = 0; i < n; i++) {
        TpTuple* t = tp_tuple_object(a[i].key);
        int64_t m = t->size < kTuplePositions ? t->size : kTuplePositions;
        for (int64_t p = 0; p < m; p++)
          if (pos[p] != Kind::Generic) pos[p] = join(pos[p], kindOf(t->items[p]));
      }
      return mergeSort(a, n, tmp, TupleLess{pos});
    }
    default:
      return mergeSort(a, n, tmp, GenericLess{});
  }
}

}  // namespace

void sortValues(TpValue* items, int64_t n, TpValue key, bool reverse) {
  if (n < 2) return;
  checkAllocation((uint64_t)n * sizeof(Item));
  ItemBuffer buf(n);
  Item* v = buf.p;
  // A cmp_to_key result as the key (calling any KeyWrapper wraps its
  // argument with the same function): the keys are the items themselves and
  // the comparison calls the cmp function, with no wrapper objects.
  bool by_cmp = key != TP_NULL && tp_is_object(key) && tp_type_of_object(key) == &tp_keywrapper_type;
  if (key == TP_NULL || by_cmp) {
    for (int64_t i = 0; i < n; i++) v[i] = {items[i], items[i]};
  } else {
    FastCall call(key, 1);
    for (int64_t i = 0; i < n; i++) {
      v[i].value = items[i];
      v[i].key = call(&items[i]);
    }
  }
  if (reverse) std::reverse(v, v + n);
  ItemBuffer tmp(n / 2 + 1);
  if (by_cmp) {
    FastCall cmp(reinterpret_cast<TpKeyWrapper*>(tp_as_object(key))->cmp, 2);
    mergeSort(v, n, tmp.p, CmpLess{&cmp});
  } else {
    sortItems(v, n, tmp.p);
  }
  if (reverse) std::reverse(v, v + n);
  for (int64_t i = 0; i < n; i++) items[i] = v[i].value;
}

}  // namespace tp::seq
