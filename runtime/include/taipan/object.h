// Type objects: the per-type behaviour table every dynamic operation
// dispatches through. A builtin type fills the slots with C++ functions; a
// user class (tp_class_new) gets generic slots that look up the dunder
// methods (__add__, __eq__, __getitem__, ...) along its MRO, so the
// dispatcher in ops.cpp has one path for both. Slot conventions:
//   - a NULL slot means "not supported" (the dispatcher raises CPython's
//     TypeError, e.g. "unsupported operand type(s) for +: 'int' and 'str'");
//   - binop/richcompare return the NotImplemented singleton when they do not
//     handle the operand pair, so the dispatcher can try the reflected side;
//   - getattr returns TP_NULL when the attribute is missing (the dispatcher
//     raises AttributeError with CPython's message);
//   - next returns TP_NULL when the iterator is exhausted;
//   - setitem/setattr with value TP_NULL delete.
// All functions may raise (C++ throw, see abi.h) unless noted.
#pragma once

#include "taipan/value.h"

typedef TpValue (*TpUnaryFn)(TpValue self);
typedef TpValue (*TpBinOpFn)(TpValue a, TpValue b, int32_t op, bool reflected);
typedef TpValue (*TpUnaryOpFn)(TpValue a, int32_t op);
typedef TpValue (*TpRichCmpFn)(TpValue a, TpValue b, int32_t op);
typedef int64_t (*TpHashFn)(TpValue self);
typedef bool (*TpTruthFn)(TpValue self);
typedef int64_t (*TpLenFn)(TpValue self);
typedef TpValue (*TpGetItemFn)(TpValue self, TpValue key);
typedef void (*TpSetItemFn)(TpValue self, TpValue key, TpValue value);
typedef int (*TpContainsFn)(TpValue self, TpValue item);  // 0/1
typedef TpValue (*TpCallFn)(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames);
typedef TpValue (*TpGetAttrFn)(TpValue self, TpValue name);
typedef void (*TpSetAttrFn)(TpValue self, TpValue name, TpValue value);
typedef TpValue (*TpFormatFn)(TpValue self, TpValue spec);
typedef TpValue (*TpDescrGetFn)(TpValue descr, TpValue obj, TpValue type);  // obj TP_NULL: class access
typedef void (*TpDescrSetFn)(TpValue descr, TpValue obj, TpValue value);
typedef TpValue (*TpNewFn)(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames);
typedef void (*TpInitFn)(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames);

enum {
  TP_TYPE_HEAPTYPE = 1 << 0,  // created by a class statement
  TP_TYPE_BASETYPE = 1 << 1,  // may be subclassed
  TP_TYPE_INT_SUBCLASS = 1 << 2,
  TP_TYPE_STR_SUBCLASS = 1 << 3,
  TP_TYPE_TUPLE_SUBCLASS = 1 << 4,
  TP_TYPE_LIST_SUBCLASS = 1 << 5,
  TP_TYPE_DICT_SUBCLASS = 1 << 6,
  TP_TYPE_EXC_SUBCLASS = 1 << 7,  // BaseException or a subclass
  TP_TYPE_TYPE_SUBCLASS = 1 << 8,
  TP_TYPE_FLOAT_SUBCLASS = 1 << 9,
  // Runtime-private: a static type whose dict is not built yet (decision
  // 0075); its readers go through tp::typeDict, which builds it.
  TP_TYPE_DICT_PENDING = 1 << 10,
};

struct TpType {
  TpObject ob;            // ob.type: the metatype (type)
  const char* name;       // "int", "ValueError", "Point"
  TpValue name_str;       // __name__ (str)
  TpValue qualname;       // __qualname__ (str)
  TpValue module;         // __module__ (str) or TP_NULL for builtins
  TpType* base;           // the solid base (layout parent); NULL for object
  TpValue bases;          // __bases__ tuple
  TpValue mro;            // __mro__ tuple (C3)
  TpValue dict;           // class namespace (dict)
  int64_t instance_size;  // bytes of an instance, header included
  int64_t dict_offset;    // offset of the instance __dict__ word, 0 if none
  // Fixed instance slots (user classes, see "Instance slots" below): offset
  // of the state word (0 if the type has no slots), number of slots, and
  // their names (a tuple of interned str, slot i named by item i).
  int64_t slots_offset;
  int64_t nslots;
  TpValue slot_names;
  // Runtime-private memo of the attribute inline caches (fastpath.h): which
  // slots a get / a set site may cache, computed at epoch slot_ic_epoch.
  uint64_t slot_ic_epoch;
  uint64_t slot_get_ok;
  uint64_t slot_set_ok;
  uint32_t flags;
  // int, str, tuple, list, dict and float: the TP_TYPE_*_SUBCLASS flag
  // their subclasses carry, so that a subtype test against them is a bit
  // test (tp_is_subtype, fastpath.cpp). 0 for every other type; never
  // inherited. (It fills the padding after flags.)
  uint32_t subclass_flag;

  TpNewFn new_;
  TpInitFn init;
  TpUnaryFn repr;
  TpUnaryFn str;
  TpHashFn hash;  // NULL: unhashable
  TpRichCmpFn richcompare;
  TpTruthFn truth;  // NULL: uses len, else always true
  TpLenFn len;
  TpBinOpFn binop;
  TpUnaryOpFn unaryop;
  TpGetItemFn getitem;
  TpSetItemFn setitem;
  TpContainsFn contains;
  TpUnaryFn iter;
  TpUnaryFn next;
  TpCallFn call;
  TpGetAttrFn getattr;
  TpSetAttrFn setattr;
  TpFormatFn format;
  TpDescrGetFn descr_get;
  TpDescrSetFn descr_set;
  // A class whose MRO declares __slots__ all the way down (and no '__dict__'
  // in them): the set of attribute names its instances accept. TP_NULL for
  // every other type. The values still live in the instance dict word, but
  // the instance has no __dict__ as far as Python can see.
  TpValue slots_allowed;
  // Runtime-private dispatch caches (docs/decisions/0018-dispatch-caches.md):
  // the type's version tag (0: none assigned; every attribute lookup cache
  // entry and call-site cache for this type holds the tag it was filled
  // under, and tp::typeModified clears it on this type and every subclass),
  // and the list of direct subclasses (heap types; TP_NULL when none).
  uint64_t version_tag;
  TpValue subclasses;
  // Plain-constructor memo (core.cpp typeCall): the __init__ function to
  // call, valid while ctor_version equals a nonzero version_tag.
  TpValue ctor_init;
  uint64_t ctor_version;
  // The version tag under which the class was found not abstract (no true
  // __abstractmethods__), so that constructing it does not look again.
  uint64_t concrete_version;
};

// Instance slots. A user class may lay the attributes its methods assign
// (the compiler's list, passed as `__taipan_slots__` in the class namespace)
// out as fixed words of the instance, at type->slots_offset: one state word,
// then the slots:
//   [base struct][state][slot 0]...[slot n-1]
// A slot is an entry of the instance __dict__ kept out of line. Present slots
// are always 0..k-1, set in that order, so they list in insertion order. The
// state word is one of
//   0                              no slot present (and no dict);
//   tag bit 0 set                  slot mode: slot i is present when bit
//                                  2i+1 is set, and holds a raw double (an
//                                  exact float's bit pattern) rather than a
//                                  TpValue when bit 2i+2 is (interleaved,
//                                  so that a guard of a class's first 15
//                                  slots tests a 32-bit immediate);
//   anything else (low bit 0)      dict mode: the instance only uses its dict.
// When the class's __dict__ word is the last word of its base's instance
// (a plain class), the state word *is* that word (slots_offset ==
// dict_offset), and in dict mode holds the dict: an instance of a class with
// two attributes takes 4 words (one 32-byte slot), not 6. Otherwise (an
// exception subclass, whose dict word sits inside the base struct) the state
// word follows the base struct and is TP_SLOTS_DICT_STATE in dict mode.
// Anything that would break the order (an out-of-order first store, a
// delete, a non-slot attribute, reading or assigning __dict__) first moves
// the slots into the dict (tp::slotsToDict). Readers of an instance's dict
// word use tp_instance_dict, which sees no dict in a state word.
typedef struct TpSlotWords {
  uint64_t state;
  uint64_t slots[];
} TpSlotWords;
#define TP_MAX_SLOTS 31
#define TP_SLOTS_DICT_STATE UINT64_C(2)
#define TP_SLOTS_PMASK_ALL UINT64_C(0x2AAAAAAAAAAAAAAB)  // the tag bit and every presence bit
static inline uint64_t tp_slot_pbit(int64_t i) { return UINT64_C(2) << (2 * i); }
static inline uint64_t tp_slot_fbit(int64_t i) { return UINT64_C(4) << (2 * i); }
// The tag and the presence bits of slots 0..i-1 (the state in which slot i
// is the next to add, for i > 0).
static inline uint64_t tp_slot_pbits_below(int64_t i) {
  return 1 | (((UINT64_C(1) << (2 * i)) - 1) & UINT64_C(0x2AAAAAAAAAAAAAAA));
}
// The bits that say slot i is present: its presence bit and the tag (which
// rules out dict mode).
static inline uint64_t tp_slot_present_bits(int64_t i) { return 1 | tp_slot_pbit(i); }
// Slot i is the next one to add when (state & mask) == want: exactly the
// slots below it present, in slot mode. Slot 0 only in state 0 (a dict, in
// dict mode, may have any low bits).
static inline uint64_t tp_slot_order_mask(int64_t i) { return i == 0 ? ~UINT64_C(0) : TP_SLOTS_PMASK_ALL; }
static inline uint64_t tp_slot_order_want(int64_t i) { return i == 0 ? 0 : tp_slot_pbits_below(i); }
// Slot mode (state 0 or tagged), not dict mode.
static inline bool tp_slots_live(uint64_t state) { return state == 0 || (state & 1); }
// Slot i is present (which implies slot mode).
static inline bool tp_slot_present(uint64_t state, int64_t i) {
  return (state & tp_slot_present_bits(i)) == tp_slot_present_bits(i);
}
// Slot i may be stored: present, or the next one in insertion order.
static inline bool tp_slot_may_store(uint64_t state, int64_t i) {
  return tp_slot_present(state, i) || (state & tp_slot_order_mask(i)) == tp_slot_order_want(i);
}
// The state after storing slot i (raw double or not).
static inline uint64_t tp_slot_stored(uint64_t state, int64_t i, bool raw_float) {
  state |= 1 | tp_slot_pbit(i);
  return raw_float ? state | tp_slot_fbit(i) : state & ~tp_slot_fbit(i);
}
static inline TpSlotWords* tp_slot_words(TpObject* o, TpType* t) { return (TpSlotWords*)((char*)o + t->slots_offset); }
// The instance __dict__ of o (its type t has a dict_offset), or TP_NULL: a
// slot state word in the dict word's place (low bit set, or 0) is no dict.
static inline TpValue tp_instance_dict(TpObject* o, TpType* t) {
  TpValue d = *(TpValue*)((char*)o + t->dict_offset);
  return (d & 1) ? 0 : d;
}

static inline TpType* tp_type_of_object(TpValue v) { return tp_as_object(v)->type; }
// The type of any value (small ints are ints).
TP_API TP_PURE TP_NOTHROW TpType* tp_type_of(TpValue v);
TP_API TP_PURE TP_NOTHROW bool tp_is_subtype(TpType* a, TpType* b);

// Allocation: every object comes from the GC through these (zeroed memory,
// header set). `atomic` memory holds no pointers the GC must trace.
TP_API TP_NOTHROW void* tp_alloc(TpType* type, int64_t size);
TP_API TP_NOTHROW void* tp_alloc_atomic(TpType* type, int64_t size);
// The allocator's inline free lists (runtime/src/core.cpp "Object
// allocation"): list g holds free slots of g 16-byte granules, linked through
// their first word, traced ones cleared but for that word, pointer-free ones
// not cleared. The runtime's inlinable paths (runtime/bitcode) pop them
// directly and call tp_alloc / tp_alloc_atomic when a list is empty.
#define TP_OBJ_FL_GRANULES 24
#define TP_ATOM_FL_GRANULES 16
TP_EXTERN_C void* tp_obj_fl[TP_OBJ_FL_GRANULES + 1];
TP_EXTERN_C void* tp_atom_fl[TP_ATOM_FL_GRANULES + 1];
// Pops the first free slot of a list (its link word is left as it was), or
// NULL when the list is empty.
static inline void* tp_fl_pop(void** head) {
  void* p = *head;
  if (__builtin_expect(p != 0, 1)) *head = *(void**)p;
  return p;
}
TP_API TP_NOTHROW void* tp_gc_malloc(int64_t size);         // raw traced memory (no header)
TP_API TP_NOTHROW void* tp_gc_malloc_atomic(int64_t size);  // raw untraced memory

// The builtin type objects.
TP_EXTERN_C TpType tp_type_type, tp_object_type, tp_int_type, tp_bool_type, tp_float_type, tp_str_type, tp_bytes_type,
    tp_list_type, tp_tuple_type, tp_dict_type, tp_set_type, tp_frozenset_type, tp_range_type, tp_slice_type,
    tp_none_type, tp_function_type, tp_builtin_function_type, tp_cell_type, tp_method_type, tp_notimplemented_type,
    tp_ellipsis_type;
