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
