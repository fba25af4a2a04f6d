// The float type's C ABI. Typed code keeps floats unboxed (double) and boxes
// them to TpFloat objects on the dynamic path. The arithmetic the compiler
// cannot inline (division by zero checks, Python's floor division and modulo
// signs, pow's special cases) lives here, with CPython's error messages.
#pragma once

#include "taipan/object.h"

typedef struct TpFloat {
  TpObject ob;
  double value;
} TpFloat;

TP_API TP_NOTHROW TpValue tp_float_box(double d);
// The double of a float, int or bool; TypeError for anything else.
TP_API double tp_float_unbox(TpValue v);
// Any real number (int, bool, float, __float__) as a double, as math functions
// convert their arguments: TypeError "must be real number, not X" otherwise.
TP_API double tp_as_double(TpValue v);
// Raises ValueError("math domain error") (math.sqrt of a negative number).
TP_API TP_NORETURN void tp_math_domain_error(void);
TP_API double tp_float_div(double a, double b);             // "float division by zero"
TP_API double tp_float_floordiv(double a, double b);        // "float floor division by zero"
TP_API double tp_float_mod(double a, double b);             // "float modulo"
TP_API double tp_float_pow(double a, double b);             // OverflowError, ZeroDivisionError
TP_API TpValue tp_float_repr(double d);                     // str and repr of a float
TP_API TP_PURE TP_NOTHROW int64_t tp_float_hash(double d);  // nan hashes must use the object (tp_hash)
TP_API TP_PURE TP_NOTHROW bool tp_is_float(TpValue v);
// Exact comparisons of an int with a float (op: TP_CMP_LT..TP_CMP_GE).
TP_API TP_PURE TP_NOTHROW bool tp_int_float_compare(TpValue a, double b, int32_t op);
