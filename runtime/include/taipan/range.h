// The range type: start/stop/step and the precomputed length, for ranges
// whose bounds fit in 63-bit ints (larger bounds raise OverflowError).
#pragma once

#include "taipan/object.h"

typedef struct TpRange {
  TpObject ob;
  int64_t start, stop, step, length;
} TpRange;

static inline TpRange* tp_range_object(TpValue r) { return (TpRange*)tp_as_object(r); }

// range(start, stop, step) from int values; ValueError for a zero step.
TP_API TpValue tp_range_new(TpValue start, TpValue stop, TpValue step);
TP_API TpValue tp_range_new_i64(int64_t start, int64_t stop, int64_t step);
