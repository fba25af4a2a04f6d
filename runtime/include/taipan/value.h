// The value word and the object header: the representation every part of the
// runtime and every piece of generated code agrees on (DESIGN.md "Values").
//
// A TpValue is 64 bits:
//   ...xxxxxxx1  a small int: the signed value is (int64_t)v >> 1, so small
//                ints cover [-2^62, 2^62 - 1]; results outside that range
//                become big-int objects (Python ints never wrap)
//   ...xxxxx000  a pointer to a TpObject (8-byte aligned, GC-allocated or static)
//   0            TP_NULL: "no value" (an exhausted iterator, an unbound local,
//                an absent optional argument); never a Python object
// Every object starts with a pointer to its type. None, True, False,
// NotImplemented and Ellipsis are static singletons.
//
// Floats and bools have unboxed forms in typed code (f64, i1) and are boxed
// to objects on the dynamic path.
#pragma once

#include "taipan/api.h"

typedef uint64_t TpValue;
#define TP_NULL ((TpValue)0)

typedef struct TpType TpType;

typedef struct TpObject {
  TpType* type;
} TpObject;

#define TP_SMALL_INT_MIN (-(INT64_C(1) << 62))
#define TP_SMALL_INT_MAX ((INT64_C(1) << 62) - 1)

static inline bool tp_is_small_int(TpValue v) { return (v & 1) != 0; }
static inline int64_t tp_small_int_value(TpValue v) { return (int64_t)v >> 1; }
// Only for values known to lie in [TP_SMALL_INT_MIN, TP_SMALL_INT_MAX].
static inline TpValue tp_small_int(int64_t i) { return ((uint64_t)i << 1) | 1; }
// a + b of two small ints, as a small int in *sum; false (*sum untouched)
// when the result is outside the small-int range. The tagged words 2x+1 and
// 2y+1 add to 2(x+y)+1 less one, so the int64 overflow of that sum is
// exactly "outside the range".
static inline bool tp_small_int_add(TpValue a, TpValue b, TpValue* sum) {
  int64_t r;
  if (__builtin_add_overflow((int64_t)a, (int64_t)b - 1, &r)) return false;
  *sum = (TpValue)r;
  return true;
}
static inline bool tp_is_object(TpValue v) { return v != TP_NULL && (v & 7) == 0; }
static inline TpObject* tp_as_object(TpValue v) { return (TpObject*)(uintptr_t)v; }
static inline TpValue tp_from_object(const void* o) { return (TpValue)(uintptr_t)o; }

// The singletons (defined in the runtime).
TP_EXTERN_C TpObject tp_None_object;
TP_EXTERN_C TpObject tp_True_object;
TP_EXTERN_C TpObject tp_False_object;
TP_EXTERN_C TpObject tp_NotImplemented_object;
TP_EXTERN_C TpObject tp_Ellipsis_object;
#define TP_NONE tp_from_object(&tp_None_object)
#define TP_TRUE tp_from_object(&tp_True_object)
#define TP_FALSE tp_from_object(&tp_False_object)
static inline TpValue tp_bool(bool b) { return b ? TP_TRUE : TP_FALSE; }
