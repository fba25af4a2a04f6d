// Runtime functions small and hot enough that generated code should inline
// them. Their definitions live in runtime/bitcode/*.cpp, which the build
// compiles both into libtaipan_rt.a and into build/lib/taipan_rt.bc; codegen
// links the bitcode into each module so LLVM can inline these calls (see
// runtime/README.md, "Runtime bitcode"). Declare here, like any other runtime
// function, with TP_API: the declaration generator picks them up.
#pragma once

#include "taipan/abi.h"
#include "taipan/dict.h"
#include "taipan/object.h"

// isinstance(v, type) for one known type object (no tuple, no
// __instancecheck__): the exact-type test inline, the MRO walk out of line.
TP_API TP_PURE TP_NOTHROW bool tp_isinstance_type(TpValue v, TpType* type);

// ---- calls of builtins (docs/decisions/0034) ----
// py.call of `builtin.load NAME` with positional arguments only, for the
// builtins below: `callee` is the value the program loaded. When it is still
// the runtime's own builtin (set at start-up; a program may rebind the name
// in builtins), the common cases run inline and the rest out of line with
// the builtin's semantics and messages; any other callee is called as usual.
TP_EXTERN_C TpValue tp_builtin_len_obj;
TP_EXTERN_C TpValue tp_builtin_isinstance_obj;
TP_EXTERN_C TpValue tp_builtin_ord_obj;
TP_EXTERN_C TpValue tp_builtin_repr_obj;
TP_API TpValue tp_call_len(TpValue callee, TpValue x);
TP_API TpValue tp_call_isinstance(TpValue callee, TpValue x, TpValue cls);
TP_API TpValue tp_call_ord(TpValue callee, TpValue x);
// str(x): an exact str is itself, a small int its decimal digits.
TP_API TpValue tp_call_str(TpValue callee, TpValue x);
// repr(x), int(x) and float(x): the builtin's own work without the generic
// call (a small int is its own int(), an exact float its own float()).
TP_API TpValue tp_call_repr(TpValue callee, TpValue x);
TP_API TpValue tp_call_int(TpValue callee, TpValue x);
TP_API TpValue tp_call_float(TpValue callee, TpValue x);
// int(x) for an unboxed float x: the truncation as a small int when it is
// one, with no float object made; anything else (a big or non-finite x,
// another callee) boxes x and goes through tp_call_int.
TP_API TpValue tp_call_int_f(TpValue callee, double x);
// Their out-of-line halves: int(x) and float(x) with one argument.
TP_API TpValue tp_int_call1(TpValue x);
TP_API TpValue tp_float_call1(TpValue x);
// len(s) and ord(s) where the compiler knows s is an exact str.
TP_API TpValue tp_call_len_str(TpValue callee, TpValue s);
TP_API TpValue tp_call_ord_str(TpValue callee, TpValue s);
// ord(s) where s came from tp_str_getitem_code_pending or
// tp_str_char_at_code, which gave its code: a code >= 0 (an ASCII
// character) is the answer while ord is the builtin.
TP_API TpValue tp_call_ord_code(TpValue callee, TpValue s, int32_t code);
// callee(x) out of line: a rebound builtin's call, kept out of the inline
// paths above (no argument array in the caller's frame).
TP_API TpValue tp_call_one(TpValue callee, TpValue x);
// Their out-of-line halves: len(x), isinstance(x, cls), ord(x).
TP_API TpValue tp_len_slow(TpValue x);
TP_API TpValue tp_isinstance_slow(TpValue x, TpValue cls);
TP_API TpValue tp_ord_slow(TpValue x);

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
// tp_compare_fast for a rich comparison (TP_CMP_LT..TP_CMP_GE) one of whose
// operands is a str constant: only the two-strs case is inline (the small
// int and float cases cannot apply), so the inlined code is a third of the size.
TP_API TpValue tp_compare_str_fast(TpValue a, TpValue b, int32_t op);
// tp_binop_fast for `a + b` (op TP_BINOP_ADD, with or without
// TP_BINOP_INPLACE) one of whose operands the compiler knows is an exact
// str: only the two-strs case is inline (str.__add__, which nothing else
// can answer first when both are exact strs), the rest is tp_binop.
TP_API TpValue tp_binop_str_fast(TpValue a, TpValue b, int32_t op);
// a op b for two exact strs (the compiler's str.compare: op TP_CMP_LT..
// TP_CMP_GE, TP_CMP_IN or TP_CMP_NOT_IN): runs no user code, cannot fail.
TP_API bool tp_str_compare_exact(TpValue a, TpValue b, int32_t op);
// a op chr(c) for an exact str a and an ASCII byte c (op TP_CMP_LT..
// TP_CMP_GE): a's first byte and its size decide.
TP_API bool tp_str_compare_char(TpValue a, int32_t op, int32_t c);
// s[key] for an exact str s (the compiler's str.getitem): tp_getitem_pending
// but with the ASCII character of a small-int key in range inline, whose
// code (0..127) it also gives in *code; -1 there for any other result.
// Inlined, *code becomes a value LLVM tracks, so tests of the character
// (tp_str_compare_code, tp_call_ord_code) compare a byte instead of loading
// the str's.
TP_API TpValue tp_str_getitem_code_pending(TpValue s, TpValue key, int32_t* code);
// tp_str_compare_char of a str whose code tp_str_getitem_code_pending or
// tp_str_char_at_code gave.
TP_API bool tp_str_compare_code(TpValue a, int32_t code, int32_t op, int32_t c);
// `for ch in s` over an exact str s (the compiler's str.char_at and
// str.byte_size): the character whose UTF-8 starts at byte `offset` (a small
// int at a character boundary), or TP_NULL at the end, with its code in
// *code as tp_str_getitem_code_pending gives it (-1 at the end too); and
// s's size in bytes as a small int. The next character starts
// tp_str_byte_size(ch) bytes further.
TP_API TpValue tp_str_char_at_code(TpValue s, TpValue offset, int32_t* code);
TP_API TpValue tp_str_byte_size(TpValue s);
TP_API bool tp_truth_fast(TpValue v);
TP_API TpValue tp_getitem_fast(TpValue obj, TpValue key);
// The same whose failures go through tp_getitem_pending (py.getitem).
TP_API TpValue tp_getitem_fast_pending(TpValue obj, TpValue key);
// obj[lo:hi] (py.getitem_slice; lo/hi None when absent): an exact str with
// small-int or None bounds is sliced without a slice object; anything else
// is tp_getitem_pending(obj, slice(lo, hi, None)).
TP_API TpValue tp_getitem_slice_pending(TpValue obj, TpValue lo, TpValue hi);
TP_API void tp_setitem_fast(TpValue obj, TpValue key, TpValue value);
TP_API TpValue tp_next_fast(TpValue iter);
// tp_next_fast for an iterator the caller knows is a list iterator (a for
// loop's iterator in the frame, filled for an exact list): no type tests.
TP_API TpValue tp_next_list_iter(TpValue iter);
// list.append (the list.append op: an exact list): the store inline when an
// OBJECT-storage list has room, else tp_list_append.
TP_API TP_NOTHROW void tp_list_append_fast(TpValue list, TpValue item);
// ---- attribute inline caches ----
// One TpAttrCache per `obj.attr` site in generated code (a zero-initialised
// internal global). It remembers, for one exact heap type, the instance slot
// the attribute lives in (see "Instance slots" in object.h), valid while
// tp_type_epoch is unchanged: a change empties every filled cache (the
// runtime registers each cache at its first fill), so the fast path is a
// type compare and a test of the slot state word; everything else goes to the out-of-line _slow
// function, which has tp_getattr/tp_setattr semantics and fills the cache
// when the site can use a slot: an exact heap type with the generic
// __getattribute__/__setattr__ (a __getattr__ is fine: it only runs after a
// failed lookup), the name one of its slots, and no data descriptor for the
// name in the MRO.
// The first entry is tested inline, and so are `type2`, `type3` and `type4`:
// further types whose instances hold the name in the same slot (the subclasses of a
// class that assigns it, whose layouts begin with their base's), so that the
// same masks apply. `more` holds the types of a polymorphic site whose slot
// differs, tested by the out-of-line halves (decision 0018).
typedef struct TpAttrEntry {
  TpType* type;
  int64_t slot;
} TpAttrEntry;
typedef struct TpAttrCache {
  TpType* type;
  int64_t slot;
  uint64_t epoch;  // tp_type_epoch at the last fill of `type`; 0: never filled (not yet registered)
  // Apart from type2 and type3, so that LLVM's SLP vectorizer does not turn
  // the four type compares of a hit into vector compares (scheduler +22 %
  // instructions when the four were adjacent).
  TpType* type4;
  TpAttrEntry more[3];
  int64_t next;  // the entry of `more` the next fill replaces
  // The slot state bits of `slot` (object.h "Instance slots"), so that a hit
  // tests the state word against constants: present (tag and presence bit),
  // raw float, and the state in which `slot` is the next one to add
  // ((state & order_mask) == order_want).
  uint64_t present;
  uint64_t fbit;
  uint64_t order_mask;
  uint64_t order_want;
  TpType* type2;
  TpType* type3;
} TpAttrCache;

// Whether t is one of the types a hit of `c` tests inline (all holding the
// name in `slot`).
static inline bool tp_ic_inline_type(const TpAttrCache* c, const TpType* t) {
  return t == c->type || t == c->type2 || t == c->type3 || t == c->type4;
}

// The attribute or method name of a site, as the getter of the str constant
// in generated code (made on its first call): the sites pass the getter, not
// the str, so that a cache hit never loads the name. The out-of-line _slow
// halves take the str.
typedef TpValue (*TpNameFn)(void);

// Bumped whenever a heap type changes in a way that can change an attribute
// lookup (a class attribute that is or was a data descriptor, a dunder, a new
// class), emptying the filled caches and layout sites (their `type` fields).
// Never 0, so an epoch field of 0 marks a site never filled.
TP_EXTERN_C uint64_t tp_type_epoch;

// obj.name, like tp_getattr.
TP_API TpValue tp_getattr_ic(TpValue obj, TpNameFn name, TpAttrCache* c);
// obj.name for typed code expecting a float: when the attribute is a slot
// holding a raw float, stores it in *out and returns TP_NULL (no boxing);
// otherwise returns the value, like tp_getattr.
TP_API TpValue tp_getattr_ic_f(TpValue obj, TpNameFn name, TpAttrCache* c, double* out);
// obj.name when it is a plain instance attribute held in a slot as a word
// (what tp_getattr_ic's fast path would read: no data descriptor on the
// type, no __getattribute__ override, the slot present and not a raw float),
// else None. Never runs user code and never raises: speculated attribute
// loads (attr.peek, decision 0056) test the value's type before trusting it.
TP_API TP_NOTHROW TpValue tp_attr_peek(TpValue obj, TpNameFn name, TpAttrCache* c);
// obj.name's slot word when the cache's inline test hits (a present slot not
// holding a raw float), else TP_NULL: no lookup, no user code, no write.
// Tried before tp_getattr_ic where codegen's PeekCache may keep the word
// across a loop (decision 0084); `name` only tells the attributes apart.
TP_API TP_NOTHROW TP_PURE TpValue tp_attr_peek_w(TpValue obj, TpNameFn name, const TpAttrCache* c);
// obj.name = v, like tp_setattr.
TP_API void tp_setattr_ic(TpValue obj, TpNameFn name, TpValue v, TpAttrCache* c);
// obj.name = v for a v that is neither a float nor null.
TP_API void tp_setattr_ic_w(TpValue obj, TpNameFn name, TpValue v, TpAttrCache* c);
// obj.name = v for a float v (stored raw in a slot, boxed elsewhere).
TP_API void tp_setattr_ic_f(TpValue obj, TpNameFn name, double v, TpAttrCache* c);

// ---- global and method call-site caches (docs/decisions/0018) ----
// One TpGlobalCache per global.load site: where the name was found, valid
// while the dicts' versions (dict.h; bumped by every insert of a new key,
// delete and clear, never by overwriting a value) are unchanged, so the
// entry index still holds the name and the load reads the current value.
typedef struct TpGlobalCache {
  uint64_t gversion;  // globals' version when filled (0: empty)
  int64_t index;      // entries index in globals, or in builtins when bdict is set
  TpDict* bdict;      // the builtins dict when the name was a builtin, else NULL
  uint64_t bversion;  // its version when filled
} TpGlobalCache;

// The value of global `name` (falling back to builtins), like tp_global_load.
TP_API TpValue tp_global_load_ic(TpValue globals, TpValue name, TpGlobalCache* c);
TP_API TpValue tp_global_load_ic_slow(TpValue globals, TpValue name, TpGlobalCache* c);

// One TpMethodCache per `obj.name(...)` site: for up to four exact types,
// the plain function (or builtin method descriptor) that type->mro gives for
// name at one version tag (object.h TpType.version_tag). Entry 0 is tested
// inline, the others (polymorphic sites) by the out-of-line halves.
typedef struct TpMethodEntry {
  TpType* type;
  uint64_t version;
  TpValue func;
  // When func is a compiled function that an exact positional call of
  // `nparams` arguments (self included) may enter directly: its code. When
  // func is a builtin method descriptor: nparams is TP_METHOD_NATIVE and
  // code its native entry (a TpMethodNativeFn, called with the receiver in
  // front of all the arguments). Else nparams is -1.
  TpCode code;
  int64_t nparams;
  // func's TpFuncInfo when it is a function object (else NULL), so that a
  // guard of a direct call (tp_method_is_c) compares it without reading
  // the function.
  const TpFuncInfo* info;
} TpMethodEntry;
#define TP_METHOD_NATIVE (-2)
typedef TpValue (*TpMethodNativeFn)(const TpValue* args, int64_t nargs, TpValue kwnames);
#define TP_METHOD_CACHE_ENTRIES 4
typedef struct TpMethodCache {
  TpMethodEntry e[TP_METHOD_CACHE_ENTRIES];
  int64_t next;  // the secondary entry the next fill replaces
} TpMethodCache;

// obj.name looked up for an immediate call, without making a bound method:
// returns the function word with bit 1 set (TP_METHOD_TAG) when the call must
// pass obj as the first argument (the function came from the type and the
// instance does not shadow it), else the attribute itself, like tp_getattr.
// The tagged word is no Python value: it goes only to tp_call_method_pending (it
// stays a live interior pointer of the function for the collector).
#define TP_METHOD_TAG 2
// Whether a word tp_getmethod_ic returned is such a method word: bit 1 set
// and bit 0 clear (a small int such as 1, word 3, has both set).
static inline bool tp_is_method_word(TpValue v) { return (v & 3) == TP_METHOD_TAG; }
TP_API TpValue tp_getmethod_ic(TpValue obj, TpNameFn name, TpMethodCache* c);
TP_API TpValue tp_getmethod_ic_slow(TpValue obj, TpValue name, TpMethodCache* c);
// tp_getmethod_ic for a site the compiler expects to see several types
// (three or more candidate defs): every entry is tested inline.
TP_API TpValue tp_getmethod_ic_poly(TpValue obj, TpNameFn name, TpMethodCache* c);
// `super().name` called at once, in a method (see descr.cpp): the method
// word for tp_call_method_pending with `self` as the receiver.
TP_API TpValue tp_super_getmethod(TpValue super_fn, TpValue cls, TpValue self, TpValue name);
// Calls what tp_getmethod_ic returned (with the same cache c). args[0] is a
// free word the caller filled with the receiver, args[1..] the nargs
// positional then keyword arguments (kwnames as for tp_call).
TP_API TpValue tp_call_method_pending(TpValue callee, TpValue* args, int64_t nargs, TpValue kwnames, TpMethodCache* c);
TP_API TpValue tp_call_method_slow(TpValue callee, TpValue* args, int64_t nargs, TpValue kwnames, TpMethodCache* c);
// tp_call_method_pending for a call site spelled `x.get(k)` / `x.get(k, d)`
// (compiler/lower picks it by the method name): when x is an exact dict, whose
// `get` nobody can replace, the lookup runs directly; anything else takes
// tp_call_method_pending.
TP_API TpValue tp_call_method_get_pending(TpValue callee, TpValue* args, int64_t nargs, TpValue kwnames,
                                          TpMethodCache* c);

// ---- direct constructor calls (docs/decisions/0032-direct-constructors.md) ----
// A new, empty instance of `cls` when calling cls(...) would take typeCall's
// plain-constructor path (object.h TpType.ctor_init, valid while ctor_version
// equals the type's nonzero version tag) with an __init__ made from the
// compiled def described by `init`; TP_NULL otherwise. The class must be an
// exact instance of type (no metaclass), so its call is type.__call__. The
// caller then runs that def's code on the instance and checks its result
// with tp_raise_init_result.
TP_API TP_NOTHROW TpValue tp_ctor_new(TpValue cls, const TpFuncInfo* init);
// Guarded direct method calls (docs/decisions/0051-direct-method-calls.md):
// whether m, what tp_getmethod_ic returned, is a method word whose function
// is a function object made from the def that `info` describes.
TP_API TP_NOTHROW TP_PURE bool tp_method_is(TpValue m, const TpFuncInfo* info);
// tp_method_is for a method word m that tp_getmethod_ic returned through
// the cache c: when m is entry 0's function, the entry's info says it.
TP_API TP_NOTHROW TP_PURE bool tp_method_is_c(TpValue m, const TpFuncInfo* info, const TpMethodCache* c);
// TypeError("__init__() should return None, not 'T'") for the result r.
TP_API TP_NORETURN void tp_raise_init_result(TpValue r);

// ---- layout guards ----
// Regions of generated code that the compiler has specialised for one class
// layout (compiler/passes/layout_spec.cpp) start with a guard per object:
// the object's exact type is a type bound to the region's TpLayoutSite
// (`type` or `type2`; a change of tp_type_epoch unbinds every site), and its slot state word shows the slots the
// region uses present, as raw floats where it wants floats. The type test is
// inline; when it fails the guard calls tp_layout_bind.
// `spec` lists the slots the compiler assumed, "name@index:flags" joined by
// ',' (flags: r read, w written); the site binds only to a type whose slot
// `index` is `name` for each entry and whose inline-cache rules allow each
// read or write (see computeSlotCacheability in core.cpp).
typedef struct TpLayoutSite {
  TpType* type;
  uint64_t epoch;
  const char* spec;
  // tp_layout_bind's memo of the last other type it checked at alt_epoch
  // (alt_ok: whether the spec held), so a polymorphic site swaps bindings
  // without parsing the spec again.
  TpType* alt_type;
  uint64_t alt_epoch;
  int64_t alt_ok;
  // The type bound before `type` while the epoch holds, tested inline too:
  // a site that sees instances of two classes alternately (a base's method
  // called on two subclasses) does not rebind on every change.
  TpType* type2;
} TpLayoutSite;

// Binds `s` to obj's type when the spec holds for it (returns true), else
// leaves it unbound and returns false. Never raises.
TP_API TP_NOTHROW bool tp_layout_bind(TpValue obj, TpLayoutSite* s);

// The out-of-line halves (runtime/src/core.cpp).
TP_API TpValue tp_getattr_ic_slow(TpValue obj, TpValue name, TpAttrCache* c);
TP_API TpValue tp_getattr_ic_f_slow(TpValue obj, TpValue name, TpAttrCache* c, double* out);
TP_API TP_NOTHROW TpValue tp_attr_peek_slow(TpValue obj, TpValue name, TpAttrCache* c);
TP_API void tp_setattr_ic_slow(TpValue obj, TpValue name, TpValue v, TpAttrCache* c);
TP_API void tp_setattr_ic_f_slow(TpValue obj, TpValue name, double v, TpAttrCache* c);
