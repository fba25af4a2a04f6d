// Stable sorting for list.sort and sorted() (decision 0033): keys are
// computed once, in order; the sort itself is a bounds-safe merge sort
// (binary insertion for short runs) that uses only `<`, like CPython's, so a
// user __lt__ that is inconsistent can give an odd order but never a crash.
// reverse=True keeps equal items in their original order, as CPython does
// (reverse, sort, reverse). Before merging, one pass over the keys picks a
// comparison specialised for their common exact type (small ints, ints, str,
// float, tuples with a per-position item kind, cmp_to_key wrappers); the
// merge sort is instantiated per comparison so the common cases compare
// inline, and any key outside those kinds keeps the generic rich comparison.
// None of the specialised comparisons can run user code, so they are
// observably the same as `<` (tuples still compare items with == first, then
// `<` on the first pair that differs, identity counting as equal).
#include <algorithm>
#include <cstring>
#include <vector>

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

namespace {

struct Item {
  TpValue key;
  TpValue value;
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
      if (positionalOnlyParams(func->info) && func->info->nparams == n) direct = func;
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

template <class Less>
void insertionSort(Item* a, int64_t n, const Less& less) {
  for (int64_t i = 1; i < n; i++) {
    Item x = a[i];
    // Binary search for the rightmost position keeping stability.
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

template <class Less>
void mergeSort(Item* a, int64_t n, Item* tmp, const Less& less) {
  if (n <= 16) {
    insertionSort(a, n, less);
    return;
  }
  int64_t mid = n / 2;
  mergeSort(a, mid, tmp, less);
  mergeSort(a + mid, n - mid, tmp, less);
  // Already ordered: skip the merge (common for nearly sorted input).
  if (!less(a[mid].key, a[mid - 1].key)) return;
  memcpy(tmp, a, (size_t)mid * sizeof(Item));
  int64_t i = 0, j = mid, k = 0;
  while (i < mid && j < n) {
    if (less(a[j].key, tmp[i].key))
      a[k++] = a[j++];
    else
      a[k++] = tmp[i++];
  }
  while (i < mid) a[k++] = tmp[i++];
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
  TracedVector<Item> v((size_t)n);
  // A cmp_to_key result as the key (calling any KeyWrapper wraps its
  // argument with the same function): the keys are the items themselves and
  // the comparison calls the cmp function, with no wrapper objects.
  bool by_cmp = key != TP_NULL && tp_is_object(key) && tp_type_of_object(key) == &tp_keywrapper_type;
  if (key == TP_NULL || by_cmp) {
    for (int64_t i = 0; i < n; i++) v[(size_t)i] = {items[i], items[i]};
  } else {
    FastCall call(key, 1);
    for (int64_t i = 0; i < n; i++) {
      v[(size_t)i].value = items[i];
      v[(size_t)i].key = call(&items[i]);
    }
  }
  if (reverse) std::reverse(v.begin(), v.end());
  TracedVector<Item> tmp((size_t)(n / 2 + 1));
  if (by_cmp) {
    FastCall cmp(reinterpret_cast<TpKeyWrapper*>(tp_as_object(key))->cmp, 2);
    mergeSort(v.data(), n, tmp.data(), CmpLess{&cmp});
  } else {
    sortItems(v.data(), n, tmp.data());
  }
  if (reverse) std::reverse(v.begin(), v.end());
  for (int64_t i = 0; i < n; i++) items[i] = v[(size_t)i].value;
}

}  // namespace tp::seq
