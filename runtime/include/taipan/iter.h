// Iterators over the builtin containers and the iterator-producing builtins
// (enumerate, zip, map, filter, reversed). All follow the runtime convention
// that an exhausted iterator's next slot returns TP_NULL.
#pragma once

#include "taipan/object.h"

// The state of the iterators over the builtin sequences (list, reversed list,
// tuple, str, range, dict views, set, the __getitem__ protocol). Public so the
// runtime bitcode (fastpath.h) can step list, tuple and range iterators
// inline; only iter.cpp creates them.
typedef struct TpSeqIter {
  TpObject ob;
  TpValue seq;    // the container (TP_NULL once exhausted); range: the raw int64 start, not a value word
  int64_t index;  // next position (list/tuple/range/dict: item index; str: code point)
  int64_t aux;    // str: byte offset; dict/set: size at creation; range: step
  int64_t aux2;   // range: the length (items index < aux2 remain)
} TpSeqIter;

static inline TpSeqIter* tp_seq_iter_object(TpValue v) { return (TpSeqIter*)tp_as_object(v); }

TP_EXTERN_C TpType tp_list_iter_type, tp_list_reviter_type, tp_tuple_iter_type, tp_str_iter_type, tp_bytes_iter_type,
    tp_range_iter_type, tp_dict_keyiter_type, tp_dict_valueiter_type, tp_dict_itemiter_type, tp_set_iter_type,
    tp_seq_iter_type, tp_enumerate_type, tp_zip_type, tp_map_type, tp_filter_type, tp_reversed_type, tp_dict_keys_type,
    tp_dict_values_type, tp_dict_items_type;

// A fresh iterator over a list/tuple/str/range/dict (keys); other types go
// through tp_iter in ops.h.
TP_API TpValue tp_seq_iter(TpValue container);
// An iterator over any object with __len__ and __getitem__ (the old protocol).
TP_API TP_NOTHROW TpValue tp_getitem_iter_new(TpValue obj);
