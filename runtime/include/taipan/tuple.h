// The tuple type: an immutable fixed-size array of values, allocated in one
// block. Hashing follows CPython 3.11's xxHash-based tuple hash exactly,
// because hash() values and set iteration orders are observable.
#pragma once

#include "taipan/object.h"

typedef struct TpTuple {
  TpObject ob;
  int64_t size;
  TpValue items[];
} TpTuple;

static inline TpTuple* tp_tuple_object(TpValue t) { return (TpTuple*)tp_as_object(t); }
static inline int64_t tp_tuple_size(TpValue t) { return tp_tuple_object(t)->size; }
static inline TpValue* tp_tuple_items(TpValue t) { return tp_tuple_object(t)->items; }
static inline TpValue tp_tuple_get(TpValue t, int64_t i) { return tp_tuple_object(t)->items[i]; }
static inline bool tp_is_tuple(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v) == &tp_tuple_type ||
                             (tp_type_of_object(v)->flags & TP_TYPE_TUPLE_SUBCLASS) != 0);
}

// A new tuple of n items copied from `items`; when `items` is NULL the items
// are TP_NULL and the caller must fill them (tp_tuple_items) before the tuple
// escapes. n == 0 returns the shared empty tuple.
TP_API TP_NOTHROW TpValue tp_tuple_new(int64_t n, const TpValue* items);
TP_API TP_NOTHROW TpValue tp_tuple_pack2(TpValue a, TpValue b);
TP_API TpValue tp_tuple_from_iter(TpValue iterable);  // tuple(x)
TP_API TpValue tp_tuple_getitem_int(TpValue t, int64_t i);  // IndexError "tuple index out of range"
TP_API int64_t tp_tuple_hash(TpValue t);  // TypeError if an item is unhashable
