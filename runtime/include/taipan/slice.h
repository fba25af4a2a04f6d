// The slice type and CPython's slice.indices arithmetic, shared by every
// sliceable sequence (str, bytes, list, tuple, range).
#pragma once

#include "taipan/object.h"

typedef struct TpSlice {
  TpObject ob;
  TpValue start, stop, step;  // None when omitted
} TpSlice;

static inline TpSlice* tp_slice_object(TpValue s) { return (TpSlice*)tp_as_object(s); }
static inline bool tp_is_slice(TpValue v) { return tp_is_object(v) && tp_type_of_object(v) == &tp_slice_type; }

// Resolves `slice` against a sequence of `length` items: the clamped start,
// stop and step and the number of selected items. ValueError "slice step
// cannot be zero"; TypeError for non-integer bounds (uses __index__).
TP_API void tp_slice_indices(TpValue slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step,
                             int64_t* slicelength);
