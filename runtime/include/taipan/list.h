// The list type: a growable array of values (items live in a separate GC
// block so the list object keeps its identity when it grows). Growth follows
// CPython's over-allocation pattern; iteration re-reads the size on every
// step, so a loop sees items appended during it, as in CPython.
//
// Storage kinds. A list holds its items in one of three representations:
//   TP_LIST_OBJECT  items is a traced block of TpValue words (the default);
//   TP_LIST_BOOL    items points to an untraced (atomic) block of bytes, one
//                   per item, 0 for False and 1 for True;
//   TP_LIST_FLOAT   items points to an untraced block of doubles, one per
//                   item, every item an exact float and none a NaN
//                   (decision 0069).
// Capacity always counts items. A BOOL or FLOAT list is made only where
// every item is known to be of its type and the list is long (repetition
// such as `[True] * n` or `[0.0] * n`, and copies, slices and sums of such
// lists); it turns into an OBJECT list for good ("materializes") as soon as
// an item of another type is stored or generic code asks for the TpValue
// words through tp_list_items(). A FLOAT list boxes a new float at every
// read as an object (compiled float code reads the double itself), so
// `a[0] is a[0]` is False for it. The layout up to `kind` is fixed:
// generated code loads size at +8, items at +0x18 and the kind word at +0x20
// (list.getitem and list.setitem lowering, runtime/bitcode/fastpath.cpp).
#pragma once

#include "taipan/float.h"
#include "taipan/object.h"

// The kind word: 0, or the top bit set, so that generated code folds the
// kind test into its bounds check, `(uint64_t)(i | kind) < size`; and
// FLOAT differs from both others in a high bit, so that a float read tests
// `(uint64_t)(i | (kind ^ TP_LIST_FLOAT)) < size`.
#define TP_LIST_OBJECT INT64_C(0)
#define TP_LIST_BOOL INT64_MIN
#define TP_LIST_FLOAT (INT64_MIN | (INT64_C(1) << 62))
// The fewest items a list must have to be created with BOOL or FLOAT storage.
#define TP_LIST_BOOL_MIN 16

typedef struct TpList {
  TpObject ob;
  int64_t size;
  int64_t capacity;
  TpValue* items;  // BOOL, FLOAT storage: really a uint8_t or double block
  int64_t kind;    // TP_LIST_OBJECT, TP_LIST_BOOL or TP_LIST_FLOAT
} TpList;

// Converts a BOOL or FLOAT list to OBJECT storage (no-op for an OBJECT list).
TP_API TP_NOTHROW void tp_list_materialize(TpValue list);

static inline TpList* tp_list_object(TpValue l) { return (TpList*)tp_as_object(l); }
static inline int64_t tp_list_size(TpValue l) { return tp_list_object(l)->size; }
static inline bool tp_list_is_bool_storage(const TpList* l) { return l->kind == TP_LIST_BOOL; }
static inline uint8_t* tp_list_bools(const TpList* l) { return (uint8_t*)l->items; }
static inline bool tp_list_is_float_storage(const TpList* l) { return l->kind == TP_LIST_FLOAT; }
static inline double* tp_list_floats(const TpList* l) { return (double*)l->items; }
// True when v may be an item of FLOAT storage: an exact float that is not a
// NaN. (A NaN equals nothing, so `x in l`, l.count(x), l.index(x) and
// l.remove(x) find a NaN item only by identity, which a FLOAT list does not
// keep; without NaNs, equality alone gives the same answers.)
static inline bool tp_list_float_storable(TpValue v) {
  if (!tp_is_object(v) || tp_type_of_object(v) != &tp_float_type) return false;
  double d = ((const TpFloat*)tp_as_object(v))->value;
  return d == d;
}
// The TpValue words of the list, materializing BOOL or FLOAT storage first. The
// pointer stays valid until the list grows, shrinks to nothing or is sorted.
static inline TpValue* tp_list_items(TpValue l) {
  TpList* o = tp_list_object(l);
  if (__builtin_expect(o->kind != TP_LIST_OBJECT, 0)) tp_list_materialize(l);
  return o->items;
}
// Item i (0 <= i < size, unchecked) of either storage, never materializing.
static inline TpValue tp_list_get(TpValue l, int64_t i) {
  TpList* o = tp_list_object(l);
  if (o->kind == TP_LIST_BOOL) return tp_bool(tp_list_bools(o)[i] != 0);
  if (o->kind == TP_LIST_FLOAT) return tp_float_box(tp_list_floats(o)[i]);
  return o->items[i];
}
static inline bool tp_is_list(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v) == &tp_list_type ||
                             (tp_type_of_object(v)->flags & TP_TYPE_LIST_SUBCLASS) != 0);
}

// A new list of n items copied from `items` (NULL: n TP_NONE placeholders to
// be overwritten by the caller).
TP_API TP_NOTHROW TpValue tp_list_new(int64_t n, const TpValue* items);
TP_API TP_NOTHROW TpValue tp_list_with_capacity(int64_t capacity);  // empty
TP_API TP_NOTHROW void tp_list_append(TpValue list, TpValue item);
TP_API void tp_list_extend(TpValue list, TpValue iterable);
TP_API TP_NOTHROW TpValue tp_list_to_tuple(TpValue list);
TP_API TpValue tp_list_from_iter(TpValue iterable);  // list(x)
TP_API TpValue tp_list_getitem_int(TpValue list, int64_t i);  // IndexError "list index out of range"
TP_API void tp_list_setitem_int(TpValue list, int64_t i, TpValue v);  // "list assignment index out of range"
TP_API TpValue tp_list_pop(TpValue list, int64_t i);
// In-place stable sort; key TP_NULL/None for identity.
TP_API void tp_list_sort(TpValue list, TpValue key, bool reverse);
