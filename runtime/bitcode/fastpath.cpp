// Definitions of runtime/include/taipan/fastpath.h: the runtime's inlinable
// hot paths. This file is compiled into libtaipan_rt.a (the out-of-line
// symbol) and into build/lib/taipan_rt.bc (the body codegen inlines), so it
// must only use the public headers: no runtime/src internals, no statics
// with state, nothing that could differ between the two copies. The dynamic
// operations here handle only cases that cannot run user code and cannot
// raise; anything else calls the out-of-line function of ops.h, which owns
// every error message.
#include "taipan/fastpath.h"

#include "taipan/abi.h"
#include "taipan/dict.h"
#include "taipan/float.h"
#include "taipan/gen.h"
#include "taipan/int.h"
#include "taipan/iter.h"
#include "taipan/list.h"
#include "taipan/ops.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

// The dynamic operations are inlined at every call site of an optimised
// program: they are written so that, with the operator code a constant, only
// a few compares and the chosen case remain, but before that folding they
// are too big for the inliner's cost model. Only the bitcode copy carries the
// attribute (TAIPAN_RT_BITCODE, runtime/CMakeLists.txt); it changes nothing
// about what the functions do.
#if defined(TAIPAN_RT_BITCODE) && defined(__clang__)
#define TP_ALWAYS_INLINE __attribute__((always_inline))
#else
#define TP_ALWAYS_INLINE
#endif

// ---- allocation (object.h tp_obj_fl / tp_atom_fl) ----
// An instance of a class (tp_ctor_new): a pop of its free list, inline.
static inline void* tp_alloc_inline(TpType* t, int64_t size) {
  uint64_t g = ((uint64_t)size + 15) >> 4;
  if (g - 1 < TP_OBJ_FL_GRANULES) {
    void* p = tp_fl_pop(&tp_obj_fl[g]);
    if (__builtin_expect(p != nullptr, 1)) {
      ((TpObject*)p)->type = t;  // the link word; the rest is clear
      return p;
    }
  }
  return tp_alloc(t, size);
}

// Both words are written here, so the slot is not cleared first (decision
// 0053: tp_alloc_atomic's clearing was a third of a box's instructions).
TpValue tp_float_box(double d) {
  TpFloat* f = (TpFloat*)tp_fl_pop(&tp_atom_fl[1]);
  if (__builtin_expect(f != nullptr, 1)) {
    f->ob.type = &tp_float_type;
  } else {
    f = (TpFloat*)tp_alloc_atomic(&tp_float_type, sizeof(TpFloat));
  }
  f->value = d;
  return tp_from_object(f);
}

// A subtype test against int, str, tuple, list, dict or float is one bit
// test: every subclass carries the class's subclass_flag (object.h),
// inherited from its layout base as CPython's *_SUBCLASS flags are
// (json_roundtrip's chains of `isinstance(v, int)`, `isinstance(v, str)`,
// ... over dicts and lists).
static inline bool isSubtypeFast(TpType* t, TpType* c) {
  if (c->subclass_flag) return (t->flags & c->subclass_flag) != 0;
  return tp_is_subtype(t, c);
}

bool tp_isinstance_type(TpValue v, TpType* type) {
  TpType* t = tp_is_small_int(v) ? &tp_int_type : tp_as_object(v)->type;
  // The common case (the exact class) costs one compare; subclasses take
  // the flag test or the out-of-line MRO check.
  return t == type || isSubtypeFast(t, type);
}

TpValue tp_call_len(TpValue callee, TpValue x) {
  if (callee != tp_builtin_len_obj) return tp_call_one(callee, x);
  if (tp_is_object(x)) {
    TpType* t = tp_type_of_object(x);
    if (t == &tp_list_type) return tp_small_int(tp_list_size(x));
    if (t == &tp_str_type) return tp_small_int(tp_str_length(x));
    if (t == &tp_tuple_type) return tp_small_int(tp_tuple_size(x));
  }
  return tp_len_slow(x);
}

TpValue tp_call_isinstance(TpValue callee, TpValue x, TpValue cls) {
  if (callee != tp_builtin_isinstance_obj) {
    TpValue args[2] = {x, cls};
    return tp_call(callee, args, 2, TP_NULL);
  }
  // The exact class: true whatever cls's metaclass says (CPython's order).
  TpType* t = tp_is_small_int(x) ? &tp_int_type : tp_as_object(x)->type;
  if (tp_from_object(t) == cls) return TP_TRUE;
  // A class whose metaclass is exactly type: type.__instancecheck__, the
  // subtype test (an isinstance chain over builtin types, `isinstance(v,
  // int)` for a dict, ends here instead of in the generic dispatch).
  if (tp_is_object(cls) && tp_as_object(cls)->type == &tp_type_type)
    return tp_bool(isSubtypeFast(t, (TpType*)tp_as_object(cls)));
  return tp_isinstance_slow(x, cls);
}

TpValue tp_call_str(TpValue callee, TpValue x) {
  if (callee == tp_from_object((TpObject*)&tp_str_type)) {
    if (tp_is_small_int(x)) return tp_int_repr(x);
    if (tp_is_object(x) && tp_type_of_object(x) == &tp_str_type) return x;
  }
  return tp_call_one(callee, x);
}

TpValue tp_call_repr(TpValue callee, TpValue x) {
  if (callee == tp_builtin_repr_obj) return tp_repr(x);
  return tp_call_one(callee, x);
}

TpValue tp_call_int(TpValue callee, TpValue x) {
  if (callee == tp_from_object((TpObject*)&tp_int_type)) return tp_is_small_int(x) ? x : tp_int_call1(x);
  return tp_call_one(callee, x);
}

TpValue tp_call_int_f(TpValue callee, double x) {
  // |x| < 4e18 is inside the small-int range (2^62) and false for NaN;
  // the conversion truncates towards zero, as int() does.
  if (callee == tp_from_object((TpObject*)&tp_int_type) && x > -4.0e18 && x < 4.0e18) return tp_small_int((int64_t)x);
  return tp_call_int(callee, tp_float_box(x));
}

TpValue tp_call_float(TpValue callee, TpValue x) {
  if (callee == tp_from_object((TpObject*)&tp_float_type))
    return tp_is_object(x) && tp_type_of_object(x) == &tp_float_type ? x : tp_float_call1(x);
  return tp_call_one(callee, x);
}

TpValue tp_call_len_str(TpValue callee, TpValue s) {
  if (callee != tp_builtin_len_obj) return tp_call_one(callee, s);
  return tp_small_int(tp_str_length(s));
}

TpValue tp_call_ord_str(TpValue callee, TpValue s) {
  if (callee != tp_builtin_ord_obj) return tp_call_one(callee, s);
  if (tp_str_size(s) == 1) return tp_small_int((unsigned char)tp_str_data(s)[0]);  // an ASCII character
  return tp_ord_slow(s);
}

TpValue tp_call_ord(TpValue callee, TpValue x) {
  if (callee != tp_builtin_ord_obj) return tp_call_one(callee, x);
  if (tp_is_object(x) && tp_type_of_object(x) == &tp_str_type && tp_str_size(x) == 1)
    return tp_small_int((unsigned char)tp_str_data(x)[0]);  // one byte: an ASCII character
  return tp_ord_slow(x);
}

namespace {

// Ints of at most this magnitude convert to double exactly, so int/float
// comparisons and int/int true division on them can use double arithmetic.
constexpr int64_t kExactDoubleInt = INT64_C(1) << 53;

inline bool isExact(TpValue v, TpType* type) { return tp_is_object(v) && tp_type_of_object(v) == type; }
inline double floatValue(TpValue v) { return ((TpFloat*)tp_as_object(v))->value; }
inline bool inSmallRange(int64_t i) { return i >= TP_SMALL_INT_MIN && i <= TP_SMALL_INT_MAX; }
inline bool exactInDouble(int64_t i) { return i >= -kExactDoubleInt && i <= kExactDoubleInt; }

// A float operand of arithmetic: an exact float, or a small int converted as
// float.__add__ converts it (to the nearest double, like the hardware).
inline bool floatArithOperand(TpValue v, double* out) {
  if (tp_is_small_int(v)) {
    *out = (double)tp_small_int_value(v);
    return true;
  }
  if (isExact(v, &tp_float_type)) {
    *out = floatValue(v);
    return true;
  }
  return false;
}

// A float operand of a comparison: as above, but only ints that convert
// exactly (CPython compares int with float exactly, never by rounding).
inline bool floatCompareOperand(TpValue v, double* out) {
  if (tp_is_small_int(v)) {
    int64_t i = tp_small_int_value(v);
    if (!exactInDouble(i)) return false;
    *out = (double)i;
    return true;
  }
  if (isExact(v, &tp_float_type)) {
    *out = floatValue(v);
    return true;
  }
  return false;
}

// a <op> b on two small ints; TP_NULL when the slow path must decide (a
// result outside the small-int range, a zero divisor, a negative shift
// count, an operator not handled here). Tagged words are 2*x + 1, so + and -
// work on the words directly and the int64 overflow flag is exactly
// "outside the small-int range".
inline TpValue smallIntBinop(TpValue a, TpValue b, int32_t base) {
  int64_t r;
  switch (base) {
    case TP_BINOP_ADD:
      if (__builtin_add_overflow((int64_t)a, (int64_t)(b ^ 1), &r)) return TP_NULL;
      return (TpValue)r;
    case TP_BINOP_SUB:
      if (__builtin_sub_overflow((int64_t)a, (int64_t)(b ^ 1), &r)) return TP_NULL;
      return (TpValue)r;
    case TP_BINOP_MUL:
      // x * 2y = 2xy fits int64 exactly when xy is a small int.
      if (__builtin_mul_overflow(tp_small_int_value(a), (int64_t)(b ^ 1), &r)) return TP_NULL;
      return (TpValue)r | 1;
    default:
      break;
  }
  int64_t x = tp_small_int_value(a), y = tp_small_int_value(b);
  switch (base) {
    case TP_BINOP_TRUEDIV:
      if (y == 0 || !exactInDouble(x) || !exactInDouble(y)) return TP_NULL;
      return tp_float_box((double)x / (double)y);
    case TP_BINOP_FLOORDIV: {
      if (y == 0) return TP_NULL;
      int64_t q = x / y;
      if (x % y != 0 && ((x ^ y) < 0)) --q;                // round toward minus infinity
      return inSmallRange(q) ? tp_small_int(q) : TP_NULL;  // only -2**62 // -1 leaves it
    }
    case TP_BINOP_MOD: {
      if (y == 0) return TP_NULL;
      int64_t m = x % y;
      if (m != 0 && ((m ^ y) < 0)) m += y;  // the sign of the divisor
      return tp_small_int(m);
    }
    case TP_BINOP_LSHIFT: {
      if (y < 0 || y >= 64) return TP_NULL;  // ValueError, or surely too big (or 0 << y)
      int64_t s = (int64_t)((uint64_t)x << y);
      if ((s >> y) != x || !inSmallRange(s)) return TP_NULL;
      return tp_small_int(s);
    }
    case TP_BINOP_RSHIFT:
      if (y < 0) return TP_NULL;  // ValueError "negative shift count"
      return tp_small_int(x >> (y > 63 ? 63 : y));
    case TP_BINOP_AND:
      return tp_small_int(x & y);
    case TP_BINOP_OR:
      return tp_small_int(x | y);
    case TP_BINOP_XOR:
      return tp_small_int(x ^ y);
    default:
      return TP_NULL;
  }
}

}  // namespace

TP_ALWAYS_INLINE TpValue tp_binop_fast(TpValue a, TpValue b, int32_t op) {
  // Ints and floats behave the same in augmented assignment (no __iadd__).
  int32_t base = op & ~TP_BINOP_INPLACE;
  if (tp_is_small_int(a) && tp_is_small_int(b)) {
    TpValue r = smallIntBinop(a, b, base);
    if (__builtin_expect(r != TP_NULL, 1)) return r;
    return tp_binop(a, b, op);
  }
  double x, y;
  if (floatArithOperand(a, &x) && floatArithOperand(b, &y)) {
    switch (base) {
      case TP_BINOP_ADD:
        return tp_float_box(x + y);
      case TP_BINOP_SUB:
        return tp_float_box(x - y);
      case TP_BINOP_MUL:
        return tp_float_box(x * y);
      case TP_BINOP_TRUEDIV:
        if (y != 0.0) return tp_float_box(x / y);
        break;
      default:
        break;
    }
  }
  return tp_binop(a, b, op);
}

TP_ALWAYS_INLINE TpValue tp_binop_str_fast(TpValue a, TpValue b, int32_t op) {
  if (isExact(a, &tp_str_type) && isExact(b, &tp_str_type)) return tp_str_concat2(a, b);
  return tp_binop(a, b, op);
}

TP_ALWAYS_INLINE TpValue tp_unaryop_fast(TpValue a, int32_t op) {
  if (op == TP_UNARY_NOT) return tp_bool(!tp_truth_fast(a));
  if (tp_is_small_int(a)) {
    int64_t x = tp_small_int_value(a);
    switch (op) {
      case TP_UNARY_NEG:
        if (x != TP_SMALL_INT_MIN) return tp_small_int(-x);  // -(-2**62) is a big int
        break;
      case TP_UNARY_POS:
        return a;
      case TP_UNARY_INVERT:
        return tp_small_int(~x);
      default:
        break;
    }
  } else if (isExact(a, &tp_float_type)) {
    if (op == TP_UNARY_NEG) return tp_float_box(-floatValue(a));
    if (op == TP_UNARY_POS) return a;
  }
  return tp_unaryop(a, op);
}

// One rich comparison (TP_CMP_LT..TP_CMP_GE) of two plain numbers as a bool object.
template <class T>
inline TpValue compareAs(T x, T y, int32_t op) {
  switch (op) {
    case TP_CMP_LT:
      return tp_bool(x < y);
    case TP_CMP_LE:
      return tp_bool(x <= y);
    case TP_CMP_EQ:
      return tp_bool(x == y);
    case TP_CMP_NE:
      return tp_bool(x != y);
    case TP_CMP_GT:
      return tp_bool(x > y);
    default:
      return tp_bool(x >= y);
  }
}

namespace {
// a <op> b for two exact strs (op TP_CMP_LT..TP_CMP_GE). Identity and the
// interned flags decide equality without reading the text (there is one
// interned str per text: constants, names and the Latin-1 characters), and
// two one-byte (ASCII) strs compare their bytes; the rest is tp_str_eq and
// tp_str_compare, which str.__eq__ and str.__lt__ use.
TP_ALWAYS_INLINE inline bool strCompareExact(TpValue a, TpValue b, int32_t op) {
  TpStr* x = tp_str_object(a);
  TpStr* y = tp_str_object(b);
  if (op == TP_CMP_EQ || op == TP_CMP_NE) {
    bool eq;
    if (a == b)
      eq = true;
    else if ((x->flags & y->flags & TP_STR_INTERNED) || x->size != y->size)
      eq = false;
    else
      eq = tp_str_eq(a, b);
    return op == TP_CMP_EQ ? eq : !eq;
  }
  // UTF-8 byte order is code-point order: differing first bytes decide
  // (`"a" <= ch <= "z"`), and so do two one-byte strs.
  if (x->size != 0 && y->size != 0) {
    int32_t ca = (unsigned char)x->data[0], cb = (unsigned char)y->data[0];
    if (ca != cb || (x->size == 1 && y->size == 1)) return compareAs(ca, cb, op) == TP_TRUE;
  }
  return compareAs(tp_str_compare(a, b), 0, op) == TP_TRUE;
}

// `a in b` / `a not in b` (op) for two exact strs: an ASCII character is
// one byte, which no other character's UTF-8 contains (a memchr).
TP_ALWAYS_INLINE inline bool strInExact(TpValue a, TpValue b, int32_t op) {
  bool found = tp_str_size(a) == 1
                   ? __builtin_memchr(tp_str_data(b), tp_str_data(a)[0], (size_t)tp_str_size(b)) != nullptr
                   : tp_str_contains(b, a);
  return op == TP_CMP_IN ? found : !found;
}

// s[i] (i may be negative) of an ASCII str s with i in range: byte i is code
// point i, and its str is cached; else TP_NULL. With `code`, the byte is
// also stored there (whatever the table holds).
TP_ALWAYS_INLINE TpValue asciiItem(const TpStr* s, int64_t i, int32_t* code = nullptr) {
  int64_t n = s->size;
  if (i < 0) i += n;
  if ((uint64_t)i < (uint64_t)n && (s->flags & TP_STR_ASCII)) {
    unsigned char c = (unsigned char)s->data[i];
    if (code) *code = c;
    return tp_str_latin1[c];
  }
  return TP_NULL;
}
}  // namespace

TP_ALWAYS_INLINE TpValue tp_compare_fast(TpValue a, TpValue b, int32_t op) {
  if (op >= TP_CMP_LT && op <= TP_CMP_GE) {
    if (tp_is_small_int(a) && tp_is_small_int(b)) {
      // 2x + 1 is increasing in x: compare the words.
      return compareAs((int64_t)a, (int64_t)b, op);
    }
    double x, y;
    if (floatCompareOperand(a, &x) && floatCompareOperand(b, &y)) {
      // IEEE comparisons are Python's: nan is unordered, so only != holds.
      return compareAs(x, y, op);
    }
    // Two exact strs: str.__eq__ / str.__lt__ ... without the generic
    // dispatch (tp_str_eq and tp_str_compare are what they use).
    if (tp_is_object(a) && tp_is_object(b) && tp_as_object(a)->type == &tp_str_type &&
        tp_as_object(b)->type == &tp_str_type) {
      return tp_bool(strCompareExact(a, b, op));
    }
  } else if (op == TP_CMP_IN || op == TP_CMP_NOT_IN) {
    // `ch in "abc"`: one ASCII character in an exact str.
    if (tp_is_object(a) && tp_is_object(b) && tp_as_object(a)->type == &tp_str_type &&
        tp_as_object(b)->type == &tp_str_type && tp_str_size(a) == 1)
      return tp_bool(strInExact(a, b, op));
  }
  return tp_compare(a, b, op);
}

TP_ALWAYS_INLINE TpValue tp_compare_str_fast(TpValue a, TpValue b, int32_t op) {
  if (op >= TP_CMP_LT && op <= TP_CMP_GE && tp_is_object(a) && tp_is_object(b) &&
      tp_as_object(a)->type == &tp_str_type && tp_as_object(b)->type == &tp_str_type)
    return tp_bool(strCompareExact(a, b, op));
  return tp_compare(a, b, op);
}

TP_ALWAYS_INLINE bool tp_str_compare_exact(TpValue a, TpValue b, int32_t op) {
  return op == TP_CMP_IN || op == TP_CMP_NOT_IN ? strInExact(a, b, op) : strCompareExact(a, b, op);
}

TP_ALWAYS_INLINE bool tp_str_compare_char(TpValue a, int32_t op, int32_t c) {
  // UTF-8 byte order is code-point order: differing first bytes decide,
  // then a longer a is greater (the empty str is less than any).
  int64_t n = tp_str_size(a);
  int32_t x = n != 0 ? (unsigned char)tp_str_data(a)[0] : -1;
  int32_t cmp = x != c ? (x < c ? -1 : 1) : (n > 1 ? 1 : 0);
  return compareAs(cmp, 0, op) == TP_TRUE;
}

TP_ALWAYS_INLINE TpValue tp_str_getitem_code_pending(TpValue s, TpValue key, int32_t* code) {
  if (tp_is_small_int(key)) {
    TpValue ch = asciiItem(tp_str_object(s), tp_small_int_value(key), code);
    if (ch != TP_NULL) return ch;
  }
  *code = -1;
  return tp_getitem_pending(s, key);
}

TP_ALWAYS_INLINE bool tp_str_compare_code(TpValue a, int32_t code, int32_t op, int32_t c) {
  // A one-character str: its byte decides, and equal bytes mean equal strs.
  if (code >= 0) return compareAs(code != c ? (code < c ? -1 : 1) : 0, 0, op) == TP_TRUE;
  return tp_str_compare_char(a, op, c);
}

TP_ALWAYS_INLINE TpValue tp_call_ord_code(TpValue callee, TpValue s, int32_t code) {
  if (code >= 0 && callee == tp_builtin_ord_obj) return tp_small_int(code);
  return tp_call_ord_str(callee, s);
}

TP_ALWAYS_INLINE TpValue tp_str_char_at_code(TpValue s, TpValue offset, int32_t* code) {
  int64_t i = tp_small_int_value(offset);
  *code = -1;
  if (i >= tp_str_size(s)) return TP_NULL;
  unsigned char c = (unsigned char)tp_str_data(s)[i];
  TpValue ch = tp_str_latin1[c & 0x7f];
  if (c < 0x80 && ch != TP_NULL) {
    *code = c;
    return ch;
  }
  return tp_str_char_at_slow(s, i);
}

TP_ALWAYS_INLINE TpValue tp_str_byte_size(TpValue s) { return tp_small_int(tp_str_size(s)); }

TP_ALWAYS_INLINE bool tp_truth_fast(TpValue v) {
  if (v == TP_TRUE) return true;
  if (v == TP_FALSE || v == TP_NONE) return false;
  if (tp_is_small_int(v)) return v != tp_small_int(0);
  if (tp_is_object(v)) {
    TpType* t = tp_type_of_object(v);
    if (t == &tp_list_type) return tp_list_size(v) != 0;
    if (t == &tp_float_type) return floatValue(v) != 0.0;  // nan is true
    if (t == &tp_tuple_type) return tp_tuple_size(v) != 0;
    if (t == &tp_str_type) return tp_str_size(v) != 0;
    if (t == &tp_dict_type) return tp_dict_size(v) != 0;
  }
  return tp_truth(v);
}

namespace {
// obj[key] for a small-int key in range of an exact list, tuple or ASCII
// str, else TP_NULL.
TP_ALWAYS_INLINE TpValue getitemInline(TpValue obj, TpValue key) {
  if (tp_is_small_int(key) && tp_is_object(obj)) {
    TpType* t = tp_type_of_object(obj);
    int64_t i = tp_small_int_value(key);
    if (t == &tp_list_type) {
      TpList* l = tp_list_object(obj);
      int64_t n = l->size;
      if (i < 0) i += n;
      // OBJECT storage: the kind word (0) folds into the bounds check.
      if ((uint64_t)(i | l->kind) < (uint64_t)n) return l->items[i];
      if ((uint64_t)i < (uint64_t)n) return tp_list_get(obj, i);  // BOOL or FLOAT storage
    } else if (t == &tp_tuple_type) {
      int64_t n = tp_tuple_size(obj);
      if (i < 0) i += n;
      if ((uint64_t)i < (uint64_t)n) return tp_tuple_get(obj, i);
    } else if (t == &tp_str_type) {
      return asciiItem(tp_str_object(obj), i);
    }
  }
  return TP_NULL;
}
}  // namespace

TP_ALWAYS_INLINE TpValue tp_getitem_fast(TpValue obj, TpValue key) {
  TpValue v = getitemInline(obj, key);
  return v != TP_NULL ? v : tp_getitem(obj, key);  // IndexError, slices, other types
}

TP_ALWAYS_INLINE TpValue tp_getitem_fast_pending(TpValue obj, TpValue key) {
  TpValue v = getitemInline(obj, key);
  if (v != TP_NULL) return v;
  // An exact dict holding the key (a miss takes the generic path: KeyError).
  if (isExact(obj, &tp_dict_type) && (v = tp_dict_get(obj, key)) != TP_NULL) return v;
  return tp_getitem_pending(obj, key);
}

namespace {
// A slice bound of a sequence of n items: a small int (negative counts from
// the end) clamped to [0, n], or None (dflt). False for any other bound.
inline bool sliceBound(TpValue b, int64_t n, int64_t dflt, int64_t* out) {
  if (b == TP_NONE) {
    *out = dflt;
    return true;
  }
  if (!tp_is_small_int(b)) return false;
  int64_t i = tp_small_int_value(b);
  if (i < 0) {
    i += n;
    if (i < 0) i = 0;
  } else if (i > n) {
    i = n;
  }
  *out = i;
  return true;
}
}  // namespace

TpValue tp_getitem_slice_pending(TpValue obj, TpValue lo, TpValue hi) {
  if (isExact(obj, &tp_str_type)) {
    int64_t n = tp_str_length(obj), a, b;
    if (sliceBound(lo, n, 0, &a) && sliceBound(hi, n, n, &b)) return tp_str_substr(obj, a, b);
  }
  return tp_getitem_pending(obj, tp_slice_new(lo, hi, TP_NONE));
}

TP_ALWAYS_INLINE void tp_setitem_fast(TpValue obj, TpValue key, TpValue value) {
  if (tp_is_small_int(key) && value != TP_NULL && isExact(obj, &tp_list_type)) {
    int64_t i = tp_small_int_value(key);
    int64_t n = tp_list_size(obj);
    if (i < 0) i += n;
    TpList* l = tp_list_object(obj);
    // OBJECT storage: the kind word (0) folds into the bounds check.
    if ((uint64_t)(i | l->kind) < (uint64_t)n) {
      l->items[i] = value;
      return;
    }
    // BOOL storage keeps a bool in place, FLOAT storage an exact float
    // other than a NaN; anything else materializes (slow path).
    if ((uint64_t)i < (uint64_t)n && tp_list_is_bool_storage(l) && (value == TP_TRUE || value == TP_FALSE)) {
      tp_list_bools(l)[i] = value == TP_TRUE;
      return;
    }
    if ((uint64_t)i < (uint64_t)n && tp_list_is_float_storage(l) && tp_list_float_storable(value)) {
      tp_list_floats(l)[i] = ((TpFloat*)tp_as_object(value))->value;
      return;
    }
  }
  if (value != TP_NULL && isExact(obj, &tp_dict_type)) {
    tp_dict_setitem(obj, key, value);  // dict.__setitem__ of an exact dict
    return;
  }
  tp_setitem(obj, key, value);
}

void tp_list_append_fast(TpValue list, TpValue item) {
  TpList* l = tp_list_object(list);
  int64_t n = l->size;
  // OBJECT storage (kind 0) folds into the capacity test.
  if ((uint64_t)(n | l->kind) < (uint64_t)l->capacity) {
    l->items[n] = item;
    l->size = n + 1;
    return;
  }
  tp_list_append(list, item);
}

TP_ALWAYS_INLINE TpValue tp_next_fast(TpValue iter) {
  if (tp_is_object(iter)) {
    TpType* t = tp_type_of_object(iter);
    TpSeqIter* it = tp_seq_iter_object(iter);
    if (t == &tp_range_iter_type) {
      if (it->index >= it->aux2) return TP_NULL;
      // Every item lies between the range's int64 bounds; only the tagging
      // may not fit.
      int64_t r = (int64_t)((uint64_t)it->seq + (uint64_t)it->index * (uint64_t)it->aux);
      if (inSmallRange(r)) {
        it->index++;
        return tp_small_int(r);
      }
    } else if (t == &tp_list_iter_type) {
      // The size is re-read on every step: appends during the loop are seen.
      if (it->seq != TP_NULL && it->index < tp_list_size(it->seq)) return tp_list_get(it->seq, it->index++);
    } else if (t == &tp_tuple_iter_type) {
      if (it->seq != TP_NULL && it->index < tp_tuple_size(it->seq)) return tp_tuple_get(it->seq, it->index++);
    } else if (t == &tp_str_iter_type) {
      // An ASCII character (one byte): its shared str; aux is the byte offset.
      if (it->seq != TP_NULL && it->aux < tp_str_size(it->seq)) {
        unsigned char c = (unsigned char)tp_str_data(it->seq)[it->aux];
        TpValue ch = tp_str_latin1[c & 0x7f];
        if (c < 0x80 && ch != TP_NULL) {
          it->aux++;
          it->index++;
          return ch;
        }
      }
    } else if (t == &tp_generator_type) {
      // The common step without tp_gen_next's frame (decision 0064).
      TpGenerator* g = reinterpret_cast<TpGenerator*>(tp_as_object(iter));
      if (tp_gen_steps_inline(g)) return tp_gen_step_inline(g);
      return tp_gen_next(iter);
    }
  }
  return tp_next(iter);
}

TP_ALWAYS_INLINE TpValue tp_next_list_iter(TpValue iter) {
  TpSeqIter* it = tp_seq_iter_object(iter);
  if (it->seq != TP_NULL && it->index < tp_list_size(it->seq)) return tp_list_get(it->seq, it->index++);
  // The end of the loop: tp_next ends the iterator (tp_next_fast's type
  // tests, inlined here, would only repeat this one).
  return tp_next(iter);
}

// ---- attribute inline caches ----
// The cache checks are always inlined into generated code (the set path is
// just over the inliner's default threshold); GCC, building the static
// library's copy, does not need the hint.

// A hit: obj is an instance of exactly one of the cached types that share
// the cached slot (a change of tp_type_epoch empties every cache, core.cpp
// bumpTypeEpoch, so a filled entry is current). Returns the instance's slot
// words.
static inline TpSlotWords* tp_ic_hit(TpValue obj, const TpAttrCache* c) {
  if (!tp_is_object(obj)) return nullptr;
  TpObject* o = tp_as_object(obj);
  TpType* t = o->type;
  if (!tp_ic_inline_type(c, t)) return nullptr;
  return tp_slot_words(o, t);
}

TP_ALWAYS_INLINE TpValue tp_getattr_ic(TpValue obj, TpNameFn name, TpAttrCache* c) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t state = w->state;
    if ((state & c->present) == c->present) {
      uint64_t word = w->slots[c->slot];
      if (!(state & c->fbit)) return word;
      double d;
      __builtin_memcpy(&d, &word, sizeof d);
      return tp_float_box(d);
    }
  }
  return tp_getattr_ic_slow(obj, name(), c);
}

TP_ALWAYS_INLINE TpValue tp_attr_peek(TpValue obj, TpNameFn name, TpAttrCache* c) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t state = w->state;
    if ((state & (c->present | c->fbit)) == c->present) return w->slots[c->slot];
  }
  return tp_attr_peek_slow(obj, name(), c);
}

TP_ALWAYS_INLINE TpValue tp_attr_peek_w(TpValue obj, TpNameFn, const TpAttrCache* c) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t state = w->state;
    if ((state & (c->present | c->fbit)) == c->present) return w->slots[c->slot];
  }
  return TP_NULL;
}

TP_ALWAYS_INLINE TpValue tp_getattr_ic_f(TpValue obj, TpNameFn name, TpAttrCache* c, double* out) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t state = w->state;
    if ((state & c->present) == c->present) {
      uint64_t word = w->slots[c->slot];
      if (!(state & c->fbit)) return word;
      __builtin_memcpy(out, &word, sizeof *out);
      return TP_NULL;
    }
  }
  return tp_getattr_ic_f_slow(obj, name(), c, out);
}

// A set may store when the slot is present, or is the next one in insertion
// order (object.h tp_slot_may_store, with the cache's masks). The test is
// written out in both setters: as a helper function, clang made the `||`
// branch-free before inlining it (both halves' loads on every hit: scheduler
// +2.5 % instructions).
TP_ALWAYS_INLINE void tp_setattr_ic(TpValue obj, TpNameFn name, TpValue v, TpAttrCache* c) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t state = w->state;
    if (((state & c->present) == c->present || (state & c->order_mask) == c->order_want) && v != TP_NULL) {
      if (tp_is_object(v) && tp_as_object(v)->type == &tp_float_type) {
        __builtin_memcpy(&w->slots[c->slot], &((TpFloat*)tp_as_object(v))->value, sizeof(double));
        w->state = state | c->present | c->fbit;
      } else {
        w->slots[c->slot] = v;
        w->state = (state | c->present) & ~c->fbit;
      }
      return;
    }
  }
  tp_setattr_ic_slow(obj, name(), v, c);
}

// The same for a value the compiler knows is neither a float nor null (an
// int, str, bool, list, ...): no raw-float branch.
TP_ALWAYS_INLINE void tp_setattr_ic_w(TpValue obj, TpNameFn name, TpValue v, TpAttrCache* c) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t state = w->state;
    // The slot already holds a word (present, not a raw float): the state
    // stays as it is, so it is not written (one store instead of two, and
    // nothing for a later layout test of the same object to reload).
    if (__builtin_expect((state & (c->present | c->fbit)) == c->present, 1)) {
      w->slots[c->slot] = v;
      return;
    }
    if ((state & c->present) == c->present || (state & c->order_mask) == c->order_want) {
      w->slots[c->slot] = v;
      w->state = (state | c->present) & ~c->fbit;
      return;
    }
  }
  tp_setattr_ic_slow(obj, name(), v, c);
}

TP_ALWAYS_INLINE void tp_setattr_ic_f(TpValue obj, TpNameFn name, double v, TpAttrCache* c) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t state = w->state;
    if ((state & c->present) == c->present || (state & c->order_mask) == c->order_want) {
      __builtin_memcpy(&w->slots[c->slot], &v, sizeof v);
      w->state = state | c->present | c->fbit;
      return;
    }
  }
  tp_setattr_ic_f_slow(obj, name(), v, c);
}

// ---- global and method call-site caches ----
TP_ALWAYS_INLINE TpValue tp_global_load_ic(TpValue globals, TpValue name, TpGlobalCache* c) {
  TpDict* g = tp_dict_object(globals);
  if (c->gversion == g->version) {
    TpDict* b = c->bdict;
    if (!b) {
      TpValue v = g->entries[c->index].value;
      if (v != TP_NULL) return v;
    } else if (c->bversion == b->version) {
      TpValue v = b->entries[c->index].value;
      if (v != TP_NULL) return v;
    }
  }
  return tp_global_load_ic_slow(globals, name, c);
}

TP_ALWAYS_INLINE TpValue tp_call_pending(TpValue callee, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (kwnames == TP_NULL && tp_is_object(callee) && tp_as_object(callee)->type == &tp_function_type) {
    // callCompiled's fast case (a function's info is the word after its
    // header, asserted in core.cpp).
    const TpFuncInfo* info = ((const TpFuncInfo* const*)tp_as_object(callee))[1];
    if (info->nparams == nargs && tp_func_positional_only(info))
      return info->code((TpFunction*)tp_as_object(callee), args);
  }
  return tp_call_pending_slow(callee, args, nargs, kwnames);
}

// A function object's TpFuncInfo pointer: the word after the header
// (asserted in core.cpp; TpFunction itself is private to the runtime).
static inline const TpFuncInfo* functionInfo(const TpObject* fn) { return ((const TpFuncInfo* const*)fn)[1]; }

TP_ALWAYS_INLINE TpValue tp_ctor_new(TpValue cls, const TpFuncInfo* init) {
  if (!tp_is_object(cls)) return TP_NULL;
  TpObject* o = tp_as_object(cls);
  if (o->type != &tp_type_type) return TP_NULL;
  TpType* t = (TpType*)o;
  if (t->ctor_version == 0 || t->ctor_version != t->version_tag) return TP_NULL;
  // ctor_init is a function object (typeCall memoises nothing else).
  if (functionInfo(tp_as_object(t->ctor_init)) != init) return TP_NULL;
  return tp_from_object((TpObject*)tp_alloc_inline(t, t->instance_size));
}

TP_ALWAYS_INLINE bool tp_method_is(TpValue m, const TpFuncInfo* info) {
  if (!tp_is_method_word(m)) return false;
  const TpObject* f = tp_as_object(m & ~(TpValue)TP_METHOD_TAG);
  return f->type == &tp_function_type && functionInfo(f) == info;
}

TP_ALWAYS_INLINE bool tp_method_is_c(TpValue m, const TpFuncInfo* info, const TpMethodCache* c) {
  if (m == (c->e[0].func | TP_METHOD_TAG)) return c->e[0].info == info;
  return tp_method_is(m, info);
}

// Whether entry e, filled for o's type t, still holds: the type's version
// is the entry's, and o has no instance dict that could shadow the name.
static inline bool tp_method_entry_holds(const TpMethodEntry* e, TpObject* o, TpType* t) {
  return t->version_tag == e->version && (t->dict_offset == 0 || tp_instance_dict(o, t) == TP_NULL);
}

TP_ALWAYS_INLINE TpValue tp_getmethod_ic(TpValue obj, TpNameFn name, TpMethodCache* c) {
  if (tp_is_object(obj)) {
    TpObject* o = tp_as_object(obj);
    TpType* t = o->type;
    // Entries 0 and 1 inline (a site over two classes, raytrace's shapes),
    // each tested on its own branch (one test of a selected entry measured
    // slower); the others out of line.
    if (t == c->e[0].type) {
      if (tp_method_entry_holds(&c->e[0], o, t)) return c->e[0].func | TP_METHOD_TAG;
    } else if (t == c->e[1].type) {
      if (tp_method_entry_holds(&c->e[1], o, t)) return c->e[1].func | TP_METHOD_TAG;
    }
  }
  return tp_getmethod_ic_slow(obj, name(), c);
}

TP_ALWAYS_INLINE TpValue tp_getmethod_ic_poly(TpValue obj, TpNameFn name, TpMethodCache* c) {
  if (tp_is_object(obj)) {
    TpObject* o = tp_as_object(obj);
    TpType* t = o->type;
    for (int k = 0; k < TP_METHOD_CACHE_ENTRIES; k++)
      if (t == c->e[k].type) {
        if (tp_method_entry_holds(&c->e[k], o, t)) return c->e[k].func | TP_METHOD_TAG;
        break;
      }
  }
  return tp_getmethod_ic_slow(obj, name(), c);
}

TP_ALWAYS_INLINE TpValue tp_call_method_pending(TpValue callee, TpValue* args, int64_t nargs, TpValue kwnames,
                                                TpMethodCache* c) {
  if (tp_is_method_word(callee)) {
    TpValue f = callee & ~(TpValue)TP_METHOD_TAG;
    // The cached function, called with exactly its positional parameters:
    // its generic entry directly (what tp_call's binding would end in).
    if (f == c->e[0].func) {
      if (kwnames == TP_NULL && nargs + 1 == c->e[0].nparams) return c->e[0].code((TpFunction*)f, args);
      // A builtin method (str.strip, list.pop, ...): its native entry.
      if (c->e[0].nparams == TP_METHOD_NATIVE)
        return reinterpret_cast<TpMethodNativeFn>(reinterpret_cast<void (*)()>(c->e[0].code))(args, nargs + 1, kwnames);
    }
    return tp_call_method_slow(callee, args, nargs, kwnames, c);
  }
  return tp_call(callee, args + 1, nargs, kwnames);
}

TP_ALWAYS_INLINE TpValue tp_call_method_get_pending(TpValue callee, TpValue* args, int64_t nargs, TpValue kwnames,
                                                    TpMethodCache* c) {
  // An exact dict's `get` is dict.get (the type is immutable and its
  // instances have no __dict__), so tp_getmethod_ic found it: look up here.
  if ((nargs == 1 || nargs == 2) && kwnames == TP_NULL && isExact(args[0], &tp_dict_type)) {
    TpValue v = tp_dict_get(args[0], args[1]);
    if (v != TP_NULL) return v;
    return nargs == 2 ? args[2] : TP_NONE;
  }
  return tp_call_method_pending(callee, args, nargs, kwnames, c);
}
