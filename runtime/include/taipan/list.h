// The list type: a growable array of values (items live in a separate GC
// block so the list object keeps its identity when it grows). Growth follows
// CPython's over-allocation pattern; iteration re-reads the size on every
// step, so a loop sees items appended during it, as in CPython.
#pragma once

#include "taipan/object.h"

typedef struct TpList {
  TpObject ob;
  int64_t size;
  int64_t capacity;
  TpValue* items;
} TpList;

static inline TpList* tp_list_object(TpValue l) { return (TpList*)tp_as_object(l); }
static inline int64_t tp_list_size(TpValue l) { return tp_list_object(l)->size; }
static inline TpValue* tp_list_items(TpValue l) { return tp_list_object(l)->items; }
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
