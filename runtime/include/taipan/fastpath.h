// Runtime functions small and hot enough that generated code should inline
// them. Their definitions live in runtime/bitcode/*.cpp, which the build
// compiles both into libtaipan_rt.a and into build/lib/taipan_rt.bc; codegen
// links the bitcode into each module so LLVM can inline these calls (see
// runtime/README.md, "Runtime bitcode"). Declare here, like any other runtime
// function, with TP_API: the declaration generator picks them up.
#pragma once

#include "taipan/object.h"

// isinstance(v, type) for one known type object (no tuple, no
// __instancecheck__): the exact-type test inline, the MRO walk out of line.
TP_API TP_PURE TP_NOTHROW bool tp_isinstance_type(TpValue v, TpType* type);

// The dynamic operations of ops.h with their common cases inline: the entries
// ops.def names for py.binop, py.unaryop, py.compare, py.truth, py.getitem,
// py.setitem and py.next. Each takes exactly the arguments of its ops.h
// counterpart (tp_binop_fast(a, b, op) is tp_binop(a, b, op)) and gives the
// same result, exception and message: the cases it handles inline are ones
// that cannot run user code (small ints, exact floats, exact lists and tuples,
// list/tuple/range iterators); everything else, and every case that would
// overflow a small int or raise, calls the out-of-line function.
TP_API TpValue tp_binop_fast(TpValue a, TpValue b, int32_t op);
TP_API TpValue tp_unaryop_fast(TpValue a, int32_t op);
TP_API TpValue tp_compare_fast(TpValue a, TpValue b, int32_t op);
TP_API bool tp_truth_fast(TpValue v);
TP_API TpValue tp_getitem_fast(TpValue obj, TpValue key);
TP_API void tp_setitem_fast(TpValue obj, TpValue key, TpValue value);
TP_API TpValue tp_next_fast(TpValue iter);
