// The int type's C ABI: the entry points generated code calls for typed int
// arithmetic (ops.def names them) and that the rest of the runtime uses to
// make and read ints. An int value is a TpValue that is either a tagged small
// int (value.h) or a pointer to a TpInt holding arbitrary precision limbs
// (GMP's representation, docs/decisions/0005-gmp-bigints.md). The form is
// canonical: a value that fits a small int is never a TpInt, so equality of
// small ints is equality of words. bool is a subclass of int: every function
// here accepts True/False as 1/0. The compiler inlines the small-int fast
// path and calls these on overflow or when an operand is a big int, so they
// accept any mix of small and big operands.
#pragma once

#include "taipan/object.h"

// A big int: `size` limbs of 64 bits, least significant first; the sign of
// `size` is the sign of the value (|value| >= 2^62, so size != 0).
typedef struct TpInt {
  TpObject ob;
  int64_t size;
  uint64_t limbs[];
} TpInt;

TP_API TpValue tp_int_add(TpValue a, TpValue b);
TP_API TpValue tp_int_sub(TpValue a, TpValue b);
TP_API TpValue tp_int_mul(TpValue a, TpValue b);
TP_API TpValue tp_int_floordiv(TpValue a, TpValue b);  // ZeroDivisionError
TP_API TpValue tp_int_mod(TpValue a, TpValue b);       // ZeroDivisionError
TP_API TpValue tp_int_neg(TpValue a);
TP_API TpValue tp_int_pos(TpValue a);  // +a: bools become ints
TP_API TpValue tp_int_abs(TpValue a);
TP_API TpValue tp_int_invert(TpValue a);
TP_API TpValue tp_int_pow(TpValue a, TpValue b);  // may return a float (negative exponent)
TP_API TpValue tp_int_lshift(TpValue a, TpValue b);  // ValueError "negative shift count"
TP_API TpValue tp_int_rshift(TpValue a, TpValue b);
TP_API TpValue tp_int_and(TpValue a, TpValue b);
TP_API TpValue tp_int_or(TpValue a, TpValue b);
TP_API TpValue tp_int_xor(TpValue a, TpValue b);
TP_API double tp_int_truediv(TpValue a, TpValue b);  // correctly rounded; ZeroDivisionError
TP_API TpValue tp_int_divmod(TpValue a, TpValue b);  // a (q, r) tuple
TP_API TP_PURE TP_NOTHROW bool tp_int_lt(TpValue a, TpValue b);
TP_API TP_PURE TP_NOTHROW bool tp_int_le(TpValue a, TpValue b);
TP_API TP_PURE TP_NOTHROW bool tp_int_gt(TpValue a, TpValue b);
TP_API TP_PURE TP_NOTHROW bool tp_int_ge(TpValue a, TpValue b);
TP_API TP_PURE TP_NOTHROW bool tp_int_eq(TpValue a, TpValue b);
TP_API TP_PURE TP_NOTHROW bool tp_int_ne(TpValue a, TpValue b);
// -1, 0 or 1.
TP_API TP_PURE TP_NOTHROW int32_t tp_int_cmp(TpValue a, TpValue b);
TP_API TP_PURE TP_NOTHROW bool tp_int_truth(TpValue a);
// The slow path of a typed int op one of whose operands is a temporary that
// dies there (decision 0049): computes the op, then frees each dead operand
// that is a big-int object (never the result). `how` is op * 4 + dead, op
// one of TP_INT_OP_*, dead bit 0 for a and bit 1 for b; the caller
// guarantees that nothing else can reach a dead operand. Unary ops ignore b.
#define TP_INT_OP_ADD 0
#define TP_INT_OP_SUB 1
#define TP_INT_OP_MUL 2
#define TP_INT_OP_FLOORDIV 3
#define TP_INT_OP_MOD 4
#define TP_INT_OP_NEG 5
#define TP_INT_OP_AND 6
#define TP_INT_OP_OR 7
#define TP_INT_OP_XOR 8
#define TP_INT_OP_RSHIFT 9
TP_API TpValue tp_int_arith_release(TpValue a, TpValue b, int64_t how);
// tp_int_cmp(a, b), then frees the dead operands as above (`dead` is the mask).
TP_API int32_t tp_int_cmp_release(TpValue a, TpValue b, int64_t dead);

// Conversions.
TP_API TP_NOTHROW TpValue tp_int_from_i64(int64_t i);
TP_API TP_NOTHROW TpValue tp_int_from_u64(uint64_t i);
// int(d): truncates; OverflowError for inf, ValueError for nan.
TP_API TpValue tp_int_from_double(double d);
// OverflowError "int too large to convert to float".
TP_API double tp_int_to_float(TpValue a);
// OverflowError "Python int too large to convert to C long" when out of range.
TP_API int64_t tp_int_as_i64(TpValue a);
// True and sets *out if the int fits in int64_t.
TP_API TP_NOTHROW bool tp_int_try_i64(TpValue a, int64_t* out);
// hash(a) as CPython computes it.
TP_API TP_PURE TP_NOTHROW int64_t tp_int_hash(TpValue a);
TP_API TpValue tp_int_repr(TpValue a);  // str and repr of an int
// True for ints and bools (and int subclasses).
TP_API TP_PURE TP_NOTHROW bool tp_is_int(TpValue v);
// obj.__index__() as an int: TypeError "'x' object cannot be interpreted as an integer".
TP_API TpValue tp_index(TpValue obj);
// Like tp_index, but an int subclass instance (bool included) becomes the
// exact int of the same value: what range() computes its items from.
TP_API TpValue tp_int_index_exact(TpValue obj);
