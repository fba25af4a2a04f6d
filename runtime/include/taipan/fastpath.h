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
// The same whose failures go through tp_getitem_pending (py.getitem).
TP_API TpValue tp_getitem_fast_pending(TpValue obj, TpValue key);
TP_API void tp_setitem_fast(TpValue obj, TpValue key, TpValue value);
TP_API TpValue tp_next_fast(TpValue iter);
// ---- attribute inline caches ----
// One TpAttrCache per `obj.attr` site in generated code (a zero-initialised
// internal global). It remembers, for one exact heap type, the instance slot
// the attribute lives in (see "Instance slots" in object.h), valid while
// tp_type_epoch is unchanged. The fast path is a type compare, an epoch
// compare and a pmask test; everything else goes to the out-of-line _slow
// function, which has tp_getattr/tp_setattr semantics and fills the cache
// when the site can use a slot: an exact heap type with the generic
// __getattribute__/__setattr__ (a __getattr__ is fine: it only runs after a
// failed lookup), the name one of its slots, and no data descriptor for the
// name in the MRO.
typedef struct TpAttrCache {
  TpType* type;
  int64_t slot;
  uint64_t epoch;
} TpAttrCache;

// Bumped whenever a heap type changes in a way that can change an attribute
// lookup (a class attribute that is or was a data descriptor, a dunder, a new
// class). Never 0, so a zeroed cache never matches.
TP_EXTERN_C uint64_t tp_type_epoch;

// obj.name, like tp_getattr.
TP_API TpValue tp_getattr_ic(TpValue obj, TpValue name, TpAttrCache* c);
// obj.name for typed code expecting a float: when the attribute is a slot
// holding a raw float, stores it in *out and returns TP_NULL (no boxing);
// otherwise returns the value, like tp_getattr.
TP_API TpValue tp_getattr_ic_f(TpValue obj, TpValue name, TpAttrCache* c, double* out);
// obj.name = v, like tp_setattr.
TP_API void tp_setattr_ic(TpValue obj, TpValue name, TpValue v, TpAttrCache* c);
// obj.name = v for a float v (stored raw in a slot, boxed elsewhere).
TP_API void tp_setattr_ic_f(TpValue obj, TpValue name, double v, TpAttrCache* c);

// ---- layout guards ----
// Regions of generated code that the compiler has specialised for one class
// layout (compiler/passes/layout_spec.cpp) start with a guard per object:
// the object's exact type is the type bound to the region's TpLayoutSite (at
// the current tp_type_epoch), and its pmask/fmask words show the slots the
// region uses present, as raw floats where it wants floats. The type and
// epoch test is inline; when it fails the guard calls tp_layout_bind.
// `spec` lists the slots the compiler assumed, "name@index:flags" joined by
// ',' (flags: r read, w written); the site binds only to a type whose slot
// `index` is `name` for each entry and whose inline-cache rules allow each
// read or write (see computeSlotCacheability in core.cpp).
typedef struct TpLayoutSite {
  TpType* type;
  uint64_t epoch;
  const char* spec;
} TpLayoutSite;

// Binds `s` to obj's type when the spec holds for it (returns true), else
// leaves it unbound and returns false. Never raises.
TP_API TP_NOTHROW bool tp_layout_bind(TpValue obj, TpLayoutSite* s);

// The out-of-line halves (runtime/src/core.cpp).
TP_API TpValue tp_getattr_ic_slow(TpValue obj, TpValue name, TpAttrCache* c);
TP_API TpValue tp_getattr_ic_f_slow(TpValue obj, TpValue name, TpAttrCache* c, double* out);
TP_API void tp_setattr_ic_slow(TpValue obj, TpValue name, TpValue v, TpAttrCache* c);
TP_API void tp_setattr_ic_f_slow(TpValue obj, TpValue name, double v, TpAttrCache* c);
