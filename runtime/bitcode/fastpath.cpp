// Definitions of runtime/include/taipan/fastpath.h: the runtime's inlinable
// hot paths. This file is compiled into libtaipan_rt.a (the out-of-line
// symbol) and into build/lib/taipan_rt.bc (the body codegen inlines), so it
// must only use the public headers: no runtime/src internals, no statics
// with state, nothing that could differ between the two copies.
#include "taipan/fastpath.h"

bool tp_isinstance_type(TpValue v, TpType* type) {
  TpType* t = tp_is_small_int(v) ? &tp_int_type : tp_as_object(v)->type;
  // The common case (the exact class) costs one compare; subclasses take
  // the out-of-line MRO check.
  return t == type || tp_is_subtype(t, type);
}
