// The dict type: an insertion-ordered compact hash table (a dense entries
// array in insertion order plus a sparse index table of int32 slots), with
// CPython's hash/eq rules so 1, 1.0 and True are the same key. Deleted
// entries leave a hole (key TP_NULL) until the next resize compacts them.
// `version` changes whenever the key set changes so that iterators raise
// "dictionary changed size during iteration".
#pragma once

#include "taipan/object.h"

typedef struct TpDictEntry {
  int64_t hash;
  TpValue key;  // TP_NULL: deleted
  TpValue value;
} TpDictEntry;

typedef struct TpDict {
  TpObject ob;
  int64_t used;       // live items
  int64_t nentries;   // entries consumed (live + deleted)
  int64_t capacity;   // entries allocated
  int64_t mask;       // index table size - 1
  int32_t* indices;   // -1 empty, -2 deleted, else an entries index
  TpDictEntry* entries;
  uint64_t version;
} TpDict;

static inline TpDict* tp_dict_object(TpValue d) { return (TpDict*)tp_as_object(d); }
static inline int64_t tp_dict_size(TpValue d) { return tp_dict_object(d)->used; }
static inline bool tp_is_dict(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v) == &tp_dict_type ||
                             (tp_type_of_object(v)->flags & TP_TYPE_DICT_SUBCLASS) != 0);
}

TP_API TP_NOTHROW TpValue tp_dict_new(void);
// An empty dict whose tables already have room for n entries (a display of n
// items), sized as CPython's _PyDict_NewPresized: no tables for n <= 5, else
// the smallest power of two of at least 1.5 n index slots.
TP_API TP_NOTHROW TpValue tp_dict_new_presized(int64_t n);
// The value for `key`, or TP_NULL if absent. Raises TypeError for an
// unhashable key (and whatever a user __eq__/__hash__ raises).
TP_API TpValue tp_dict_get(TpValue d, TpValue key);
TP_API TpValue tp_dict_get_hashed(TpValue d, TpValue key, int64_t hash);
TP_API TpValue tp_dict_getitem(TpValue d, TpValue key);  // KeyError(key) if absent
TP_API void tp_dict_setitem(TpValue d, TpValue key, TpValue value);
TP_API void tp_dict_setitem_hashed(TpValue d, TpValue key, int64_t hash, TpValue value);
// The common case of `d[key] = d.get(key, dflt) + delta` and of
// `d[key] += delta` (dflt TP_NULL), which compiler/lower fuses when the
// operations stand together: d an exact dict, a key whose hash and ==
// run no user code (a small int, an exact str, an exact tuple of those),
// small ints for delta and for the value present (or dflt, when the key is
// absent and dflt is given), and their sum. Then stores the sum under key
// (as d[key] = sum would) and returns true; otherwise changes nothing and
// returns false, and the caller runs the operations as written.
TP_API TP_NOTHROW bool tp_dict_incr(TpValue d, TpValue key, TpValue dflt, TpValue delta);
// Removes `key`; returns false if it was absent (no KeyError).
TP_API bool tp_dict_del(TpValue d, TpValue key);
TP_API void tp_dict_delitem(TpValue d, TpValue key);  // KeyError(key) if absent
TP_API bool tp_dict_contains(TpValue d, TpValue key);
// String-keyed helpers for the runtime (globals, class namespaces, kwargs).
TP_API TP_NOTHROW TpValue tp_dict_getitem_str(TpValue d, const char* key);  // TP_NULL if absent
TP_API TP_NOTHROW void tp_dict_setitem_str(TpValue d, const char* key, TpValue value);
// d.update(other) for a mapping (dict or object with keys()) or an iterable
// of pairs; also {**a}.
TP_API void tp_dict_update(TpValue d, TpValue other);
TP_API TP_NOTHROW TpValue tp_dict_copy(TpValue d);
TP_API TP_NOTHROW void tp_dict_clear(TpValue d);
// Iteration in insertion order: start with *pos = 0; returns false at the end.
// key/value may be NULL.
TP_API TP_NOTHROW bool tp_dict_next(TpValue d, int64_t* pos, TpValue* key, TpValue* value);
