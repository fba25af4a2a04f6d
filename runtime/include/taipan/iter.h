// Iterators over the builtin containers and the iterator-producing builtins
// (enumerate, zip, map, filter, reversed). All follow the runtime convention
// that an exhausted iterator's next slot returns TP_NULL.
#pragma once

#include "taipan/object.h"

TP_EXTERN_C TpType tp_list_iter_type, tp_list_reviter_type, tp_tuple_iter_type, tp_str_iter_type,
    tp_bytes_iter_type, tp_range_iter_type, tp_dict_keyiter_type, tp_dict_valueiter_type, tp_dict_itemiter_type,
    tp_set_iter_type, tp_seq_iter_type, tp_enumerate_type, tp_zip_type, tp_map_type, tp_filter_type,
    tp_reversed_type, tp_dict_keys_type, tp_dict_values_type, tp_dict_items_type;

// A fresh iterator over a list/tuple/str/range/dict (keys); other types go
// through tp_iter in ops.h.
TP_API TpValue tp_seq_iter(TpValue container);
// An iterator over any object with __len__ and __getitem__ (the old protocol).
TP_API TP_NOTHROW TpValue tp_getitem_iter_new(TpValue obj);
