// Definitions of runtime/include/taipan/fastpath.h: the runtime's inlinable
// hot paths. This file is compiled into libtaipan_rt.a (the out-of-line
// symbol) and into build/lib/taipan_rt.bc (the body codegen inlines), so it
// must only use the public headers: no runtime/src internals, no statics
// with state, nothing that could differ between the two copies.
#include "taipan/fastpath.h"

#include "taipan/float.h"

bool tp_isinstance_type(TpValue v, TpType* type) {
  TpType* t = tp_is_small_int(v) ? &tp_int_type : tp_as_object(v)->type;
  // The common case (the exact class) costs one compare; subclasses take
  // the out-of-line MRO check.
  return t == type || tp_is_subtype(t, type);
}

// ---- attribute inline caches ----
// The cache checks are always inlined into generated code (the set path is
// just over the inliner's default threshold); GCC, building the static
// library's copy, does not need the hint.
#if defined(__clang__)
#define TP_ALWAYS_INLINE __attribute__((always_inline))
#else
#define TP_ALWAYS_INLINE
#endif

// A hit: obj is an instance of exactly the cached type and no heap type has
// changed since the cache was filled. Returns the instance's slot words.
static inline TpSlotWords* tp_ic_hit(TpValue obj, const TpAttrCache* c) {
  if (!tp_is_object(obj)) return nullptr;
  TpObject* o = tp_as_object(obj);
  if (o->type != c->type || c->epoch != tp_type_epoch) return nullptr;
  return tp_slot_words(o, o->type);
}

TP_ALWAYS_INLINE TpValue tp_getattr_ic(TpValue obj, TpValue name, TpAttrCache* c) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t bit = UINT64_C(1) << c->slot;
    if (w->pmask & bit) {
      uint64_t word = w->slots[c->slot];
      if (!(w->fmask & bit)) return word;
      double d;
      __builtin_memcpy(&d, &word, sizeof d);
      return tp_float_box(d);
    }
  }
  return tp_getattr_ic_slow(obj, name, c);
}

TP_ALWAYS_INLINE TpValue tp_getattr_ic_f(TpValue obj, TpValue name, TpAttrCache* c, double* out) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t bit = UINT64_C(1) << c->slot;
    if (w->pmask & bit) {
      uint64_t word = w->slots[c->slot];
      if (!(w->fmask & bit)) return word;
      __builtin_memcpy(out, &word, sizeof *out);
      return TP_NULL;
    }
  }
  return tp_getattr_ic_f_slow(obj, name, c, out);
}

// A set may store when the slot is present, or is the next one in insertion
// order (pmask == bit - 1, which also rules out dict mode).
TP_ALWAYS_INLINE void tp_setattr_ic(TpValue obj, TpValue name, TpValue v, TpAttrCache* c) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t bit = UINT64_C(1) << c->slot;
    uint64_t pm = w->pmask;
    if (((pm & bit) || pm == bit - 1) && v != TP_NULL) {
      if (tp_is_object(v) && tp_as_object(v)->type == &tp_float_type) {
        __builtin_memcpy(&w->slots[c->slot], &((TpFloat*)tp_as_object(v))->value, sizeof(double));
        w->fmask |= bit;
      } else {
        w->slots[c->slot] = v;
        w->fmask &= ~bit;
      }
      w->pmask = pm | bit;
      return;
    }
  }
  tp_setattr_ic_slow(obj, name, v, c);
}

TP_ALWAYS_INLINE void tp_setattr_ic_f(TpValue obj, TpValue name, double v, TpAttrCache* c) {
  if (TpSlotWords* w = tp_ic_hit(obj, c)) {
    uint64_t bit = UINT64_C(1) << c->slot;
    uint64_t pm = w->pmask;
    if ((pm & bit) || pm == bit - 1) {
      __builtin_memcpy(&w->slots[c->slot], &v, sizeof v);
      w->fmask |= bit;
      w->pmask = pm | bit;
      return;
    }
  }
  tp_setattr_ic_f_slow(obj, name, v, c);
}
