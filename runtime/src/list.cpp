// The list type: a growable array with CPython's over-allocation, its slots
// (indexing, slicing with any step, slice assignment and deletion including
// extended slices, concatenation, repetition and their in-place forms,
// lexicographic comparison, repr with the "[...]" recursion guard) and its
// methods (append, extend, insert, pop, remove, index, count, sort, reverse,
// copy, clear) with CPython's error messages. Every operation understands
// the storage kinds of list.h: BOOL lists (one byte per item) are read and
// updated in place while only bools go in, and materialize to TpValue words
// the first time anything else is stored. FLOAT lists (one double per item)
// are read, stored into by index with floats, appended to, copied, sliced,
// concatenated and repeated in place; every other mutation materializes
// them first (materializeFloats).
#include <gc.h>

#include <algorithm>
#include <cstring>
#include <vector>

#include "seq_internal.h"
#include "taipan/float.h"

namespace tp::seq {
namespace {

TpList* asList(TpValue v) { return tp_list_object(v); }

bool isBoolValue(TpValue v) { return v == TP_TRUE || v == TP_FALSE; }
bool allFloats(const TpValue* p, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    if (!tp_list_float_storable(p[i])) return false;
  return true;
}
bool allBools(const TpValue* p, int64_t n) {
  for (int64_t i = 0; i < n; i++)
    if (!isBoolValue(p[i])) return false;
  return true;
}
// The compact storage kinds (BOOL, FLOAT), in the order the operations
// that make one try them.
constexpr int64_t kCompactKinds[] = {TP_LIST_BOOL, TP_LIST_FLOAT};
// Bytes per item of a compact kind.
size_t itemWidth(int64_t kind) { return kind == TP_LIST_BOOL ? 1 : sizeof(double); }

// True when every item of the list may go into `kind` storage: the list
// has that storage, or OBJECT words that all qualify (bools; exact floats
// other than a NaN).
bool holdsOnly(TpList* l, int64_t kind) {
  if (l->kind == kind) return true;
  if (l->kind != TP_LIST_OBJECT) return false;
  return kind == TP_LIST_BOOL ? allBools(l->items, l->size) : allFloats(l->items, l->size);
}

// Item i of either storage (0 <= i < size).
TpValue itemAt(TpList* l, int64_t i) { return tp_list_get(tp_from_object(l), i); }

// Copies n items starting at `start` with stride `step` into `dst` as words.
void copyOut(TpList* l, int64_t start, int64_t step, int64_t n, TpValue* dst) {
  if (tp_list_is_bool_storage(l)) {
    const uint8_t* b = tp_list_bools(l);
    for (int64_t k = 0, j = start; k < n; k++, j += step) dst[k] = tp_bool(b[j] != 0);
  } else if (tp_list_is_float_storage(l)) {
    const double* d = tp_list_floats(l);
    for (int64_t k = 0, j = start; k < n; k++, j += step) dst[k] = tp_float_box(d[j]);
  } else {
    for (int64_t k = 0, j = start; k < n; k++, j += step) dst[k] = l->items[j];
  }
}
// Same, into bytes; every item must be a bool.
void copyOutBytes(TpList* l, int64_t start, int64_t step, int64_t n, uint8_t* dst) {
  if (tp_list_is_bool_storage(l)) {
    const uint8_t* b = tp_list_bools(l);
    if (step == 1) {
      if (n > 0) memcpy(dst, b + start, (size_t)n);
      return;
    }
    for (int64_t k = 0, j = start; k < n; k++, j += step) dst[k] = b[j];
  } else {
    for (int64_t k = 0, j = start; k < n; k++, j += step) dst[k] = l->items[j] == TP_TRUE;
  }
}

// Same, into doubles; every item must be an exact float.
void copyOutDoubles(TpList* l, int64_t start, int64_t step, int64_t n, double* dst) {
  if (tp_list_is_float_storage(l)) {
    const double* d = tp_list_floats(l);
    if (step == 1) {
      if (n > 0) memcpy(dst, d + start, (size_t)n * sizeof(double));
      return;
    }
    for (int64_t k = 0, j = start; k < n; k++, j += step) dst[k] = d[j];
  } else {
    for (int64_t k = 0, j = start; k < n; k++, j += step) dst[k] = tp_float_unbox(l->items[j]);
  }
}

// Copies n items into `kind` storage at dst; every item must qualify
// (holdsOnly).
void copyOutCompact(TpList* l, int64_t kind, int64_t start, int64_t step, int64_t n, void* dst) {
  if (kind == TP_LIST_BOOL)
    copyOutBytes(l, start, step, n, static_cast<uint8_t*>(dst));
  else
    copyOutDoubles(l, start, step, n, static_cast<double*>(dst));
}

// An untraced block for n items of a compact kind.
TpValue* allocCompact(int64_t kind, int64_t n) {
  return static_cast<TpValue*>(tp_gc_malloc_atomic((n > 0 ? n : 1) * (int64_t)itemWidth(kind)));
}

// A new exact list with `kind` storage and room for `capacity` items.
TpList* newCompactList(int64_t kind, int64_t capacity) {
  TpList* l = static_cast<TpList*>(tp_alloc(&tp_list_type, sizeof(TpList)));
  l->items = allocCompact(kind, capacity);
  l->capacity = capacity;
  l->kind = kind;
  return l;
}

// A new list of the same compact storage holding n items of l from `start`
// with stride `step` (slices and copies).
TpValue compactCopy(TpList* l, int64_t start, int64_t step, int64_t n) {
  TpList* r = newCompactList(l->kind, n);
  copyOutCompact(l, l->kind, start, step, n, r->items);
  r->size = n;
  return tp_from_object(r);
}

// Mapped OBJECT item arrays (decision 0080). An exact list that takes one
// gets a finalizer that drops it; every place that replaces or clears a
// list's items drops a mapped array first (dropMapped). Lists of other
// types (a subclass's instance) and lists outside the collector's heap keep
// the collector's arrays.
void finalizeMappedList(void* obj, void*) { tp::dropItems(static_cast<TpList*>(obj)->items); }

// l now owns a mapped array: its finalizer drops it.
void ownMapped(TpList* l) { GC_register_finalizer_no_order(l, finalizeMappedList, nullptr, nullptr, nullptr); }

bool canMap(TpList* l, int64_t cap) {
  return cap * (int64_t)sizeof(TpValue) >= tp::kMappedItems && l->ob.type == &tp_list_type && GC_base(l) == l;
}

// A mapped array of `cap` zeroed words that l now owns, or null.
TpValue* mapFor(TpList* l, int64_t cap) {
  if (!canMap(l, cap)) return nullptr;
  void* p = tp::mapItems(cap * (int64_t)sizeof(TpValue));
  if (p) ownMapped(l);
  return static_cast<TpValue*>(p);
}

void dropMapped(TpList* l) {
  if (l->kind == TP_LIST_OBJECT && l->capacity * (int64_t)sizeof(TpValue) >= tp::kMappedItems)
    tp::dropItems(l->items);  // a no-op for the collector's arrays
}

// Moves l's mapped array into the collector's memory.
void copyToCollector(TpList* l) {
  auto* items = static_cast<TpValue*>(tp::gcMallocItems(l->capacity * (int64_t)sizeof(TpValue)));
  memcpy(items, l->items, (size_t)l->size * sizeof(TpValue));
  tp::dropItems(l->items);
  l->items = items;
}

// A zeroed OBJECT array of cap > 0 words for l.
TpValue* objectItems(TpList* l, int64_t cap) {
  if (TpValue* p = mapFor(l, cap)) return p;
  return static_cast<TpValue*>(tp::gcMallocItems(cap * (int64_t)sizeof(TpValue)));
}

void materialize(TpList* l) {
  if (l->kind == TP_LIST_OBJECT) return;
  int64_t cap = l->capacity > l->size ? l->capacity : l->size;
  TpValue* items = cap ? objectItems(l, cap) : nullptr;
  copyOut(l, 0, 1, l->size, items);
  l->items = items;
  l->capacity = cap;
  l->kind = TP_LIST_OBJECT;
}

// The operations that do not handle FLOAT storage call this first.
void materializeFloats(TpList* l) {
  if (tp_list_is_float_storage(l)) materialize(l);
}

void reserve(TpList* l, int64_t needed) {
  if (needed <= l->capacity) return;
  // CPython's growth pattern, ~1.125x plus a constant, rounded to 4, for
  // small lists. Past 4096 items a list grows by half: every growth
  // allocates a new block from the collector (zeroed), so a list built by
  // appends would otherwise allocate and copy about nine times its final
  // size (CPython reallocates in place instead). The old block is freed at
  // once when it is large (gcFreeReplaced, decision 0047).
  int64_t cap = needed < 4096 ? (needed + (needed >> 3) + 6) & ~(int64_t)3 : needed + (needed >> 1);
  if (l->kind != TP_LIST_OBJECT) {
    TpValue* block = allocCompact(l->kind, cap);
    if (l->size) memcpy(block, l->items, (size_t)l->size * itemWidth(l->kind));
    l->items = block;
  } else {
    TpValue* old = l->items;
    bool mapped = l->capacity * (int64_t)sizeof(TpValue) >= tp::kMappedItems && tp::isMappedItems(old);
    // A mapped array grows in place or moves its pages (no copy); a large
    // array from the collector moves into a mapping.
    TpValue* items =
        mapped ? static_cast<TpValue*>(tp::remapItems(old, cap * (int64_t)sizeof(TpValue))) : mapFor(l, cap);
    if (items && !mapped && l->size) memcpy(items, old, (size_t)l->size * sizeof(TpValue));
    if (!items) {
      items = static_cast<TpValue*>(
          tp::gcMallocItemsFilled(cap * (int64_t)sizeof(TpValue), l->size * (int64_t)sizeof(TpValue)));
      if (l->size) memcpy(items, old, (size_t)l->size * sizeof(TpValue));
      if (mapped) tp::dropItems(old);
    }
    l->items = items;
    if (!mapped) tp::gcFreeReplaced(old, l->capacity * (int64_t)sizeof(TpValue));
  }
  l->capacity = cap;
}

int64_t normalize(int64_t i, int64_t n) { return i < 0 ? i + n : i; }

// What `x == item` is for a bool item, when x is a value whose equality with
// True and False needs no user code (bool, small int, exact float): 1 if x
// equals True, 0 if it equals False, -1 if neither. Returns false for any
// other x (the caller compares item by item).
bool boolKey(TpValue x, int* out) {
  if (x == TP_TRUE || x == TP_FALSE) {
    *out = x == TP_TRUE;
  } else if (tp_is_small_int(x)) {
    int64_t i = tp_small_int_value(x);
    *out = i == 0 || i == 1 ? (int)i : -1;
  } else if (tp_is_object(x) && tp_type_of_object(x) == &tp_float_type) {
    double d = tp_float_unbox(x);
    *out = d == 0.0 ? 0 : d == 1.0 ? 1 : -1;
  } else {
    return false;
  }
  return true;
}

// The first index in [start, stop) whose item equals x, or -1. Items are
// re-read on every step (a user __eq__ may change the list).
int64_t findItem(TpList* l, TpValue x, int64_t start, int64_t stop) {
  int key;
  if (tp_list_is_bool_storage(l) && boolKey(x, &key)) {
    if (stop > l->size) stop = l->size;
    if (key < 0 || start >= stop) return -1;
    const void* p = memchr(tp_list_bools(l) + start, key, (size_t)(stop - start));
    return p ? static_cast<const uint8_t*>(p) - tp_list_bools(l) : -1;
  }
  for (int64_t i = start; i < stop && i < l->size; i++)
    if (eq(itemAt(l, i), x)) return i;
  return -1;
}

TpValue listRepr(TpValue v) {
  TpList* l = asList(v);
  if (l->size == 0) return tp_str_from_cstr("[]");
  ReprGuard guard(v);
  if (!guard.entered) return tp_str_from_cstr("[...]");
  std::string out = "[";
  for (int64_t i = 0; i < l->size; i++) {
    if (i) out += ", ";
    if (tp_list_is_bool_storage(l))
      out += tp_list_bools(l)[i] ? "True" : "False";
    else
      out += tp_str_view(tp_repr(itemAt(l, i)));
  }
  out += ']';
  return tp_str_from(out);
}

int64_t listLen(TpValue v) { return asList(v)->size; }

TpValue listRichCompare(TpValue a, TpValue b, int32_t op) {
  if (!tp_is_list(a) || !tp_is_list(b)) return tp_from_object(&tp_NotImplemented_object);
  TpList *x = asList(a), *y = asList(b);
  if ((op == TP_CMP_EQ || op == TP_CMP_NE) && x->size != y->size) return tp_bool(op == TP_CMP_NE);
  if (tp_list_is_bool_storage(x) && tp_list_is_bool_storage(y)) {
    // No user code can run: compare the bytes.
    int64_t n = std::min(x->size, y->size);
    const uint8_t *p = tp_list_bools(x), *q = tp_list_bools(y);
    int64_t i = 0;
    while (i < n && p[i] == q[i]) i++;
    if (i < n) return tp_compare(tp_bool(p[i] != 0), tp_bool(q[i] != 0), op);
    return tp_compare(intValue(x->size), intValue(y->size), op);  // one is a prefix of the other
  }
  // As CPython: an item's == may run user code that mutates either list, so
  // the sizes and items are read again through the lists after each one
  // (no snapshot: the first differing index, then the sizes, decide).
  int64_t i = 0;
  for (; i < x->size && i < y->size; i++) {
    TpValue vi = tp_list_get(a, i), wi = tp_list_get(b, i);
    if (vi != wi && !eq(vi, wi)) break;
  }
  if (i >= x->size || i >= y->size) return tp_compare(intValue(x->size), intValue(y->size), op);
  if (op == TP_CMP_EQ) return TP_FALSE;
  if (op == TP_CMP_NE) return TP_TRUE;
  return tp_compare(tp_list_get(a, i), tp_list_get(b, i), op);
}

// Appends n words to l (src must not point into l's own storage).
void appendWords(TpList* l, const TpValue* src, int64_t n) {
  if (n == 0) return;
  if (tp_list_is_float_storage(l)) {
    if (allFloats(src, n)) {
      reserve(l, l->size + n);
      double* d = tp_list_floats(l) + l->size;
      for (int64_t i = 0; i < n; i++) d[i] = tp_float_unbox(src[i]);
      l->size += n;
      return;
    }
    materialize(l);
  }
  if (tp_list_is_bool_storage(l)) {
    if (allBools(src, n)) {
      reserve(l, l->size + n);
      uint8_t* b = tp_list_bools(l) + l->size;
      for (int64_t i = 0; i < n; i++) b[i] = src[i] == TP_TRUE;
      l->size += n;
      return;
    }
    materialize(l);
  }
  reserve(l, l->size + n);
  memcpy(l->items + l->size, src, (size_t)n * sizeof(TpValue));
  l->size += n;
}

void extendFrom(TpValue list, TpValue iterable) {
  tp::KeepAlive hold(iterable);  // a source list's items are read after reserve()
  TpList* l = asList(list);
  if (tp_is_object(iterable)) {
    TpType* t = tp_type_of_object(iterable);
    if (t == &tp_list_type) {
      TpList* src = asList(iterable);
      int64_t n = src->size;
      // An empty exact list adopts the BOOL or FLOAT storage of a long
      // source of that storage (list(l)).
      bool adopt = l->size == 0 && n >= TP_LIST_BOOL_MIN && tp_type_of_object(list) == &tp_list_type;
      if (src->kind != TP_LIST_OBJECT && (l->kind == src->kind || adopt)) {
        // Bytes onto bytes, doubles onto doubles.
        if (l->kind != src->kind) {
          dropMapped(l);
          l->items = nullptr;
          l->capacity = 0;
          l->kind = src->kind;
        }
        size_t width = tp_list_is_bool_storage(src) ? 1 : sizeof(double);
        reserve(l, l->size + n);
        // src may be l itself.
        memmove(reinterpret_cast<char*>(l->items) + (size_t)l->size * width, src->items, (size_t)n * width);
        l->size += n;
        return;
      }
      if (src->kind != TP_LIST_OBJECT || src == l) {
        TracedVector<TpValue> copy((size_t)n);
        copyOut(src, 0, 1, n, copy.data());
        appendWords(l, copy.data(), n);
        return;
      }
      appendWords(l, src->items, n);
      return;
    }
    if (t == &tp_tuple_type) {
      appendWords(l, tp_tuple_items(iterable), tp_tuple_size(iterable));
      return;
    }
  }
  TpValue it = tp_iter(iterable);
  for (TpValue v = tp_next(it); v != TP_NULL; v = tp_next(it)) tp_list_append(list, v);
}

TpValue repeat(TpValue list, int64_t count) {
  TpList* l = asList(list);
  int64_t n = l->size;
  if (count <= 0 || n == 0) return tp_list_new(0, nullptr);
  if (n > INT64_MAX / 16 / count) tp::raiseMemoryError();
  int64_t total = n * count;
  for (int64_t kind : kCompactKinds) {
    if (total < TP_LIST_BOOL_MIN || !holdsOnly(l, kind)) continue;
    TpList* rl = newCompactList(kind, total);
    char* p = reinterpret_cast<char*>(rl->items);
    size_t w = itemWidth(kind);
    copyOutCompact(l, kind, 0, 1, n, p);
    if (n == 1 && w == 1) {
      memset(p, p[0], (size_t)total);
    } else {
      // Double the filled prefix until it covers the result.
      for (int64_t filled = n; filled < total; filled *= 2)
        memcpy(p + filled * w, p, (size_t)std::min(filled, total - filled) * w);
    }
    rl->size = total;
    return tp_from_object(rl);
  }
  TpValue r = tp_list_with_capacity(total);
  TpList* rl = asList(r);
  TpValue* items = tp_list_items(list);
  for (int64_t i = 0; i < count; i++) memcpy(rl->items + i * n, items, (size_t)n * sizeof(TpValue));
  rl->size = total;
  return r;
}

TpValue listBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  bool inplace = (op & TP_BINOP_INPLACE) != 0;
  int32_t base = op & ~TP_BINOP_INPLACE;
  if (base == TP_BINOP_ADD) {
    if (inplace && tp_is_list(a) && !reflected) {
      extendFrom(a, b);
      return a;
    }
    if (!tp_is_list(a) || !tp_is_list(b)) {
      if (tp_is_list(a) && !reflected) seqConcatError("list", b);
      return tp_from_object(&tp_NotImplemented_object);
    }
    TpList *x = asList(a), *y = asList(b);
    int64_t na = x->size, nb = y->size;
    for (int64_t kind : kCompactKinds) {
      if ((x->kind != kind && y->kind != kind) || na + nb < TP_LIST_BOOL_MIN || !holdsOnly(x, kind) ||
          !holdsOnly(y, kind))
        continue;
      TpList* rl = newCompactList(kind, na + nb);
      copyOutCompact(x, kind, 0, 1, na, rl->items);
      copyOutCompact(y, kind, 0, 1, nb, reinterpret_cast<char*>(rl->items) + (size_t)na * itemWidth(kind));
      rl->size = na + nb;
      return tp_from_object(rl);
    }
    TpValue r = tp_list_with_capacity(na + nb);
    copyOut(x, 0, 1, na, asList(r)->items);
    copyOut(y, 0, 1, nb, asList(r)->items + na);
    asList(r)->size = na + nb;
    return r;
  }
  if (base == TP_BINOP_MUL) {
    TpValue l = tp_is_list(a) ? a : b;
    TpValue n = tp_is_list(a) ? b : a;
    int64_t count;
    if (!tp_is_list(l)) return tp_from_object(&tp_NotImplemented_object);
    if (!tryIndex(n, &count)) {
      seqRepeatError(n);
      return tp_from_object(&tp_NotImplemented_object);
    }
    if (inplace && l == a) {
      TpValue r = repeat(l, count);
      TpList* rl = asList(r);
      dropMapped(asList(l));
      if (rl->kind == TP_LIST_OBJECT && tp::isMappedItems(rl->items)) {
        // l takes over r's mapped array (r is dropped without it), or a
        // copy when l cannot own one.
        if (canMap(asList(l), rl->capacity))
          ownMapped(asList(l));
        else
          copyToCollector(rl);
      }
      asList(l)->items = asList(r)->items;
      asList(l)->size = asList(r)->size;
      asList(l)->capacity = asList(r)->capacity;
      asList(l)->kind = asList(r)->kind;
      rl->items = nullptr;
      rl->size = rl->capacity = 0;
      return l;
    }
    return repeat(l, count);
  }
  return tp_from_object(&tp_NotImplemented_object);
}

TpValue listGetItem(TpValue v, TpValue key) {
  if (tp_is_small_int(key)) return tp_list_getitem_int(v, tp_small_int_value(key));
  if (tp_is_slice(key)) {
    TpList* l = asList(v);
    int64_t start, stop, step, n;
    tp_slice_indices(key, l->size, &start, &stop, &step, &n);
    if (n <= 0) return tp_list_new(0, nullptr);
    if (l->kind != TP_LIST_OBJECT && n >= TP_LIST_BOOL_MIN) return compactCopy(l, start, step, n);
    TpValue r = tp_list_with_capacity(n);
    TpList* rl = asList(r);
    copyOut(l, start, step, n, rl->items);
    rl->size = n;
    return r;
  }
  int64_t i;
  if (tryIndex(key, &i)) return tp_list_getitem_int(v, i);
  tp::raiseTypeError("list indices must be integers or slices, not %s", tp::typeName(key));
}

// Replaces items [lo, hi) with `src` (step-1 slice assignment or deletion).
void replaceRange(TpList* l, int64_t lo, int64_t hi, const TpValue* src, int64_t n) {
  if (hi < lo) hi = lo;
  int64_t removed = hi - lo;
  int64_t newsize = l->size - removed + n;
  materializeFloats(l);
  if (tp_list_is_bool_storage(l) && !allBools(src, n)) materialize(l);
  if (tp_list_is_bool_storage(l)) {
    // src holds words, so it cannot alias the byte block.
    reserve(l, newsize);
    uint8_t* b = tp_list_bools(l);
    memmove(b + lo + n, b + hi, (size_t)(l->size - hi));
    for (int64_t k = 0; k < n; k++) b[lo + k] = src[k] == TP_TRUE;
    l->size = newsize;
    return;
  }
  TracedVector<TpValue> copy(src, src + n);  // src may alias l->items
  reserve(l, newsize);
  memmove(l->items + lo + n, l->items + hi, (size_t)(l->size - hi) * sizeof(TpValue));
  if (n) memcpy(l->items + lo, copy.data(), (size_t)n * sizeof(TpValue));
  for (int64_t i = newsize; i < l->size; i++) l->items[i] = TP_NULL;
  l->size = newsize;
}

void listSetSlice(TpValue v, TpValue slice, TpValue value) {
  TpList* l = asList(v);
  materializeFloats(l);
  int64_t start, stop, step, n;
  tp_slice_indices(slice, l->size, &start, &stop, &step, &n);
  if (value == TP_NULL) {  // deletion
    if (step == 1) {
      replaceRange(l, start, stop, nullptr, 0);
      return;
    }
    if (n <= 0) return;
    if (step < 0) {  // normalise to a forward walk
      start = start + step * (n - 1);
      step = -step;
    }
    bool bytes = tp_list_is_bool_storage(l);
    uint8_t* b = tp_list_bools(l);
    int64_t w = 0;
    for (int64_t r = 0; r < l->size; r++) {
      if (r >= start && (r - start) % step == 0 && (r - start) / step < n) continue;
      if (bytes)
        b[w++] = b[r];
      else
        l->items[w++] = l->items[r];
    }
    if (!bytes)
      for (int64_t i = w; i < l->size; i++) l->items[i] = TP_NULL;
    l->size = w;
    return;
  }
  TracedVector<TpValue> items;
  if (tp_is_object(value) && (tp_type_of_object(value) == &tp_list_type || tp_type_of_object(value) == &tp_tuple_type)) {
    if (tp_type_of_object(value) == &tp_list_type) {
      items.resize((size_t)tp_list_size(value));
      copyOut(asList(value), 0, 1, tp_list_size(value), items.data());
    } else {
      items.assign(tp_tuple_items(value), tp_tuple_items(value) + tp_tuple_size(value));
    }
  } else {
    if (step == 1 && !tp_type_of(value)->iter && !tp_type_of(value)->getitem)
      tp::raiseTypeError("can only assign an iterable");
    if (step != 1 && !tp_type_of(value)->iter && !tp_type_of(value)->getitem)
      tp::raiseTypeError("must assign iterable to extended slice");
    forEach(value, [&](TpValue x) { items.push_back(x); });
  }
  if (step == 1) {
    replaceRange(l, start, stop, items.data(), (int64_t)items.size());
    return;
  }
  materializeFloats(l);  // the iteration above may have run code that stored into l
  if ((int64_t)items.size() != n)
    tp::raiseValueError("attempt to assign sequence of size %lld to extended slice of size %lld",
                        (long long)items.size(), (long long)n);
  if (tp_list_is_bool_storage(l) && !allBools(items.data(), n)) materialize(l);
  if (tp_list_is_bool_storage(l)) {
    uint8_t* b = tp_list_bools(l);
    for (int64_t k = 0, j = start; k < n; k++, j += step) b[j] = items[(size_t)k] == TP_TRUE;
    return;
  }
  for (int64_t k = 0, j = start; k < n; k++, j += step) l->items[j] = items[(size_t)k];
}

void listSetItem(TpValue v, TpValue key, TpValue value) {
  if (tp_is_slice(key)) {
    listSetSlice(v, key, value);
    return;
  }
  int64_t i;
  if (tp_is_small_int(key)) {
    i = tp_small_int_value(key);
  } else if (!tryIndex(key, &i)) {
    tp::raiseTypeError("list indices must be integers or slices, not %s", tp::typeName(key));
  }
  if (value == TP_NULL) {
    TpList* l = asList(v);
    int64_t j = normalize(i, l->size);
    if (j < 0 || j >= l->size) tp::raiseIndexError("list assignment index out of range");
    replaceRange(l, j, j + 1, nullptr, 0);
    return;
  }
  tp_list_setitem_int(v, i, value);
}

int listContains(TpValue v, TpValue item) { return findItem(asList(v), item, 0, INT64_MAX) >= 0; }

TpValue listIterSlot(TpValue v) { return listIter(v); }

// list(iterable): __new__ makes an empty list and __init__ fills it, as in
// CPython, so subclasses that override __init__ see the same protocol.
TpValue listNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  int64_t size = type->instance_size > (int64_t)sizeof(TpList) ? type->instance_size : (int64_t)sizeof(TpList);
  return tp_from_object(tp_alloc(type, size));
}

void listInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[1];
  tp::parseArgs("list", args, nargs, kwnames, {"iterable"}, 0, 1, out);
  TpList* l = asList(self);
  l->size = 0;
  if (out[0] != TP_NULL) extendFrom(self, out[0]);
}

// ---- methods (args[0] is the list) ----
#define SELF asList(args[0])

TpValue mAppend(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("list.append", kwnames);
  tp::checkArgCount("list.append", nargs - 1, 1, 1);
  tp_list_append(args[0], args[1]);
  return TP_NONE;
}

TpValue mExtend(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("list.extend", kwnames);
  tp::checkArgCount("list.extend", nargs - 1, 1, 1);
  tp_list_extend(args[0], args[1]);
  return TP_NONE;
}

TpValue mInsert(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("insert", kwnames);
  tp::checkArgCount("insert", nargs - 1, 2, 2);
  TpList* l = SELF;
  int64_t i = asIndex(args[1]);
  if (i < 0) {
    i += l->size;
    if (i < 0) i = 0;
  }
  if (i > l->size) i = l->size;
  replaceRange(l, i, i, &args[2], 1);
  return TP_NONE;
}

TpValue mPop(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("pop", kwnames);
  tp::checkArgCount("pop", nargs - 1, 0, 1);
  return tp_list_pop(args[0], nargs > 1 ? asIndex(args[1]) : -1);
}

TpValue mRemove(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("list.remove", kwnames);
  tp::checkArgCount("list.remove", nargs - 1, 1, 1);
  TpList* l = SELF;
  int64_t i = findItem(l, args[1], 0, INT64_MAX);
  if (i >= 0) {
    if (i < l->size) replaceRange(l, i, i + 1, nullptr, 0);
    return TP_NONE;
  }
  tp::raiseValueError("list.remove(x): x not in list");
}

void sliceArgs(const TpValue* args, int64_t nargs, int64_t n, int64_t* start, int64_t* stop) {
  *start = 0;
  *stop = n;
  auto conv = [&](TpValue v, int64_t* out) {
    int64_t x;
    if (!tryIndex(v, &x)) tp::raiseTypeError("slice indices must be integers or have an __index__ method");
    if (x < 0) {
      x += n;
      if (x < 0) x = 0;
    }
    *out = x;
  };
  if (nargs > 0) conv(args[0], start);
  if (nargs > 1) conv(args[1], stop);
}

TpValue mIndex(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("index", kwnames);
  tp::checkArgCount("index", nargs - 1, 1, 3);
  TpList* l = SELF;
  int64_t start, stop;
  sliceArgs(args + 2, nargs - 2, l->size, &start, &stop);
  int64_t i = findItem(l, args[1], start, stop);
  if (i >= 0) return intValue(i);
  tp::raiseValueError("%s is not in list", tp::reprCStr(args[1]));
}

TpValue mCount(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("list.count", kwnames);
  tp::checkArgCount("list.count", nargs - 1, 1, 1);
  TpList* l = SELF;
  int64_t c = 0;
  int key;
  if (tp_list_is_bool_storage(l) && boolKey(args[1], &key)) {
    if (key >= 0) {
      const uint8_t* b = tp_list_bools(l);
      for (int64_t i = 0; i < l->size; i++) c += b[i] == key;
    }
    return intValue(c);
  }
  for (int64_t i = 0; i < l->size; i++) c += eq(itemAt(l, i), args[1]);
  return intValue(c);
}

TpValue mSort(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[2];
  tp::parseArgs("sort", args + 1, nargs - 1, kwnames, {"*key", "*reverse"}, 0, 0, out);
  bool reverse = out[1] != TP_NULL && tp_truth(out[1]);
  tp_list_sort(args[0], out[0], reverse);
  return TP_NONE;
}

TpValue mReverse(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("list.reverse", kwnames);
  tp::checkArgCount("list.reverse", nargs - 1, 0, 0);
  TpList* l = SELF;
  if (tp_list_is_bool_storage(l))
    std::reverse(tp_list_bools(l), tp_list_bools(l) + l->size);
  else if (tp_list_is_float_storage(l))
    std::reverse(tp_list_floats(l), tp_list_floats(l) + l->size);
  else
    std::reverse(l->items, l->items + l->size);
  return TP_NONE;
}

TpValue mCopy(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("list.copy", kwnames);
  tp::checkArgCount("list.copy", nargs - 1, 0, 0);
  TpList* l = SELF;
  if (l->kind != TP_LIST_OBJECT && l->size >= TP_LIST_BOOL_MIN) return compactCopy(l, 0, 1, l->size);
  TpValue r = tp_list_with_capacity(l->size);
  copyOut(l, 0, 1, l->size, asList(r)->items);
  asList(r)->size = l->size;
  return r;
}

TpValue mClear(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("list.clear", kwnames);
  tp::checkArgCount("list.clear", nargs - 1, 0, 0);
  TpList* l = SELF;
  dropMapped(l);
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;
  l->kind = TP_LIST_OBJECT;
  return TP_NONE;
}

TpValue mReversed(const TpValue* args, int64_t nargs, TpValue kwnames) { return listRevIter(args[0]); }

#undef SELF

}  // namespace

const MethodDef kListMethods[] = {
    {"append", mAppend}, {"extend", mExtend},   {"insert", mInsert}, {"pop", mPop},
    {"remove", mRemove}, {"index", mIndex},     {"count", mCount},   {"sort", mSort},
    {"reverse", mReverse}, {"copy", mCopy},     {"clear", mClear},   {"__reversed__", mReversed},
    {nullptr, nullptr},
};

TpValue toList(TpValue iterable) {
  TpValue l = tp_list_new(0, nullptr);
  extendFrom(l, iterable);
  return l;
}

void initList() {}

}  // namespace tp::seq

using namespace tp::seq;

TpType tp_list_type = {
    TP_TYPE_HEAD("list"),
    .instance_size = sizeof(TpList),
    .flags = TP_TYPE_BASETYPE | TP_TYPE_LIST_SUBCLASS,
    .subclass_flag = TP_TYPE_LIST_SUBCLASS,
    .new_ = listNew,
    .init = listInit,
    .repr = listRepr,
    .richcompare = listRichCompare,
    .len = listLen,
    .binop = listBinOp,
    .getitem = listGetItem,
    .setitem = listSetItem,
    .contains = listContains,
    .iter = listIterSlot,
};

TpValue tp_list_new(int64_t n, const TpValue* items) {
  TpValue r = tp_list_with_capacity(n);
  TpList* l = asList(r);
  // An empty list has no storage: memcpy must not see its null pointer.
  if (items && n > 0) {
    memcpy(l->items, items, (size_t)n * sizeof(TpValue));
  } else if (!items) {
    for (int64_t i = 0; i < n; i++) l->items[i] = TP_NONE;
  }
  l->size = n;
  return r;
}

TpValue tp_list_with_capacity(int64_t capacity) {
  TpList* l = static_cast<TpList*>(tp_alloc(&tp_list_type, sizeof(TpList)));
  if (capacity > 0) {
    l->items = objectItems(l, capacity);
    l->capacity = capacity;
  }
  return tp_from_object(l);
}

void tp_list_materialize(TpValue list) { materialize(asList(list)); }

void tp_list_append(TpValue list, TpValue item) {
  TpList* l = asList(list);
  if (tp_list_is_bool_storage(l)) {
    if (isBoolValue(item)) {
      if (l->size >= l->capacity) reserve(l, l->size + 1);
      tp_list_bools(l)[l->size++] = item == TP_TRUE;
      return;
    }
    materialize(l);
  }
  if (tp_list_is_float_storage(l)) {
    if (tp_list_float_storable(item)) {
      if (l->size >= l->capacity) reserve(l, l->size + 1);
      tp_list_floats(l)[l->size++] = tp_float_unbox(item);
      return;
    }
    materialize(l);
  }
  if (l->size >= l->capacity) reserve(l, l->size + 1);
  l->items[l->size++] = item;
}

void tp_list_extend(TpValue list, TpValue iterable) { extendFrom(list, iterable); }

TpValue tp_list_to_tuple(TpValue list) {
  TpList* l = asList(list);
  if (l->kind == TP_LIST_OBJECT) return tp_tuple_new(l->size, l->items);
  TpValue t = tp_tuple_new(l->size, nullptr);
  copyOut(l, 0, 1, l->size, tp_tuple_items(t));
  return t;
}

TpValue tp_list_from_iter(TpValue iterable) { return toList(iterable); }

TpValue tp_list_getitem_int(TpValue list, int64_t i) {
  TpList* l = asList(list);
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) tp::raiseIndexError("list index out of range");
  return itemAt(l, i);
}

void tp_list_setitem_int(TpValue list, int64_t i, TpValue v) {
  TpList* l = asList(list);
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) tp::raiseIndexError("list assignment index out of range");
  if (tp_list_is_bool_storage(l)) {
    if (isBoolValue(v)) {
      tp_list_bools(l)[i] = v == TP_TRUE;
      return;
    }
    materialize(l);
  }
  if (tp_list_is_float_storage(l)) {
    if (tp_list_float_storable(v)) {
      tp_list_floats(l)[i] = tp_float_unbox(v);
      return;
    }
    materialize(l);
  }
  l->items[i] = v;
}

TpValue tp_list_pop(TpValue list, int64_t i) {
  TpList* l = asList(list);
  if (l->size == 0) tp::raiseIndexError("pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) tp::raiseIndexError("pop index out of range");
  TpValue v = itemAt(l, i);
  materializeFloats(l);
  if (tp_list_is_bool_storage(l)) {
    uint8_t* b = tp_list_bools(l);
    memmove(b + i, b + i + 1, (size_t)(l->size - i - 1));
    l->size--;
    return v;
  }
  memmove(l->items + i, l->items + i + 1, (size_t)(l->size - i - 1) * sizeof(TpValue));
  l->items[--l->size] = TP_NULL;
  return v;
}

void tp_list_sort(TpValue list, TpValue key, bool reverse) {
  TpList* l = asList(list);
  materializeFloats(l);
  // The list is empty while sorting (OBJECT storage), so a key function or
  // comparison that mutates it cannot corrupt the items being sorted;
  // CPython raises "list modified during sort" then. An OBJECT list's own
  // block is sorted in place (sortValues writes it only once every
  // comparison is done, so on an exception it is unchanged); a BOOL list's
  // items are sorted as values and written back as bytes.
  int64_t n = l->size;
  TpValue* saved = l->items;
  int64_t saved_kind = l->kind;
  int64_t saved_capacity = l->capacity;
  TracedVector<TpValue> bools;
  TpValue* items = saved;
  if (saved_kind == TP_LIST_BOOL) {
    bools.resize((size_t)n);
    copyOut(l, 0, 1, n, bools.data());
    items = bools.data();
  }
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;
  l->kind = TP_LIST_OBJECT;
  auto restore = [&] {
    dropMapped(l);  // what the key function or a comparison appended
    l->items = saved;
    l->size = n;
    l->capacity = saved_capacity;
    l->kind = saved_kind;
  };
  try {
    sortValues(items, n, key == TP_NONE ? TP_NULL : key, reverse);
  } catch (...) {
    restore();
    throw;
  }
  bool modified = l->size != 0;
  restore();
  if (saved_kind == TP_LIST_BOOL) {
    uint8_t* b = tp_list_bools(l);
    for (int64_t i = 0; i < n; i++) b[i] = items[i] == TP_TRUE;
  }
  if (modified) tp::raiseValueError("list modified during sort");
}
