// The dynamic operations: CPython's rules for operators, attributes, items,
// iteration, truth and formatting on values of any type (dunder dispatch,
// reflected operands and NotImplemented, rich comparisons, MRO lookup,
// descriptors). Generated code calls these on the `object` path; ops.def
// names the entry for each IR op. Operator codes are ir::BinOpKind,
// ir::UnaryOpKind and ir::CmpKind (compiler/ir/ir.h), passed as int32_t.
// Attribute names are interned str values (tp_const_str).
#pragma once

#include "taipan/value.h"

enum {
  TP_BINOP_ADD, TP_BINOP_SUB, TP_BINOP_MUL, TP_BINOP_MATMUL, TP_BINOP_TRUEDIV, TP_BINOP_FLOORDIV, TP_BINOP_MOD,
  TP_BINOP_POW, TP_BINOP_LSHIFT, TP_BINOP_RSHIFT, TP_BINOP_OR, TP_BINOP_XOR, TP_BINOP_AND,
  TP_BINOP_INPLACE = 64  // or-ed in for augmented assignment (tries __iadd__ first)
};
enum { TP_UNARY_NEG, TP_UNARY_POS, TP_UNARY_INVERT, TP_UNARY_NOT };
enum { TP_CMP_LT, TP_CMP_LE, TP_CMP_EQ, TP_CMP_NE, TP_CMP_GT, TP_CMP_GE, TP_CMP_IS, TP_CMP_IS_NOT, TP_CMP_IN, TP_CMP_NOT_IN };

TP_API TpValue tp_binop(TpValue a, TpValue b, int32_t op);
// The out-of-line half of the IR op int.fused: runs its postfix program
// (operands 'a'.., operators + - * ^ | & %) with tp_binop, for operands that
// are not all small ints.
TP_API TpValue tp_int_fused_slow(const char* prog, const TpValue* operands, int64_t n);
TP_API TpValue tp_unaryop(TpValue a, int32_t op);
TP_API TpValue tp_compare(TpValue a, TpValue b, int32_t op);
TP_API bool tp_truth(TpValue v);

TP_API TpValue tp_getattr(TpValue obj, TpValue name);
TP_API void tp_setattr(TpValue obj, TpValue value, TpValue name);
TP_API void tp_delattr(TpValue obj, TpValue name);
TP_API TpValue tp_getitem(TpValue obj, TpValue key);
// tp_getitem for compiled callers (decision 0017): a missing key of an exact
// dict and an int index out of range of an exact list, tuple or str leave
// the KeyError/IndexError in tp_exc_pending (result undefined) instead of
// throwing; everything else is tp_getitem.
TP_API TpValue tp_getitem_pending(TpValue obj, TpValue key);
TP_API void tp_setitem(TpValue obj, TpValue key, TpValue value);
TP_API void tp_delitem(TpValue obj, TpValue key);

// Iteration never raises StopIteration internally: tp_next returns TP_NULL
// when the iterator is exhausted.
TP_API TpValue tp_iter(TpValue obj);
TP_API TpValue tp_next(TpValue iter);
// `a, b, *c = value`: a tuple of `n` items (the starred target, when
// `star` >= 0, receives a list); ValueError with CPython's messages otherwise.
TP_API TpValue tp_unpack(TpValue value, int64_t n, int64_t star);
// `for a, b in iter`: the next item's two parts without making the pair:
// returns the first (TP_NULL when exhausted) and stores the second.
TP_API TpValue tp_next_pair(TpValue iter, TpValue* second);

TP_API TpValue tp_str(TpValue v);    // str(v)
TP_API TpValue tp_repr(TpValue v);   // repr(v)
TP_API TpValue tp_ascii(TpValue v);  // ascii(v)
TP_API TpValue tp_format(TpValue v, TpValue spec);  // format(v, spec)
TP_API TpValue tp_str_concat(const TpValue* parts, int64_t n);  // f-string pieces (all str)

TP_API TP_NOTHROW TpValue tp_slice_new(TpValue lower, TpValue upper, TpValue step);
TP_API TP_NOTHROW TpValue tp_cell_new(TpValue initial);  // initial may be TP_NULL
TP_API TpValue tp_class_new(TpValue name, TpValue bases, TpValue ns);
// The class statement with bases or keywords (CPython's __build_class__):
// tp_class_prepare picks the metaclass (`metaclass` in kw, a dict or None,
// else the bases' most derived one) and returns the namespace the body runs
// in (metaclass.__prepare__(name, bases, **kw), a fresh dict for type);
// tp_class_build then calls metaclass(name, bases, ns, **kw). slots: the
// compiler's instance attribute names (a tuple) or None.
TP_API TpValue tp_class_prepare(TpValue name, TpValue bases, TpValue kw);
TP_API TpValue tp_class_build(TpValue name, TpValue bases, TpValue ns, TpValue kw, TpValue slots);
