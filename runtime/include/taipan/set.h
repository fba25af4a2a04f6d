// The set and frozenset types: an open-addressing hash table that reproduces
// CPython 3.11's layout decisions (minimum size 8, nine linear probes then
// perturbed probing, resize at 3/5 fill to 4x the used count, the same merge
// and copy shortcuts), so that programs printing sets of ints, floats and
// tuples see CPython's iteration order. frozenset hashes as CPython does.
#pragma once

#include "taipan/object.h"

typedef struct TpSetEntry {
  TpValue key;   // TP_NULL: never used; tp_set_dummy: deleted
  int64_t hash;  // -1 for a deleted slot
} TpSetEntry;

typedef struct TpSet {
  TpObject ob;
  int64_t fill;    // active + deleted slots
  int64_t used;    // active slots
  int64_t mask;    // table size - 1
  TpSetEntry* table;
  int64_t hash;    // frozenset hash cache, -1 until computed
  int64_t finger;  // where pop() starts searching
} TpSet;

static inline TpSet* tp_set_object(TpValue s) { return (TpSet*)tp_as_object(s); }
static inline int64_t tp_set_size(TpValue s) { return tp_set_object(s)->used; }
static inline bool tp_is_anyset(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v) == &tp_set_type || tp_type_of_object(v) == &tp_frozenset_type ||
                             tp_is_subtype(tp_type_of_object(v), &tp_set_type) ||
                             tp_is_subtype(tp_type_of_object(v), &tp_frozenset_type));
}

TP_API TP_NOTHROW TpValue tp_set_new(void);
TP_API TpValue tp_set_from_iter(TpValue iterable);        // set(x)
TP_API TpValue tp_frozenset_from_iter(TpValue iterable);  // frozenset(x)
// A set display {a, b, c}. CPython compiles a display of three or more
// constants (numbers, strings, tuples of constants, ...) to a frozenset
// constant merged into an empty set, which gives a different table layout
// (hence iteration order) than adding the items one by one: pass
// `all_constant` so the result is laid out the same way.
TP_API TpValue tp_set_display(const TpValue* items, int64_t n, bool all_constant);
TP_API void tp_set_add(TpValue set, TpValue key);
TP_API bool tp_set_contains(TpValue set, TpValue key);
TP_API bool tp_set_discard(TpValue set, TpValue key);  // true if it was present
// Iteration in table order: start with *pos = 0; returns false at the end.
TP_API TP_NOTHROW bool tp_set_next(TpValue set, int64_t* pos, TpValue* key);
