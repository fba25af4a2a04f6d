// The complex type's C ABI: a pair of doubles on the dynamic path only (the
// compiler types complex values as `object`). Imaginary literals compile to
// a call of the builtin `complex(0.0, imag)`; everything else (arithmetic,
// repr, hash, format, complex()) lives in runtime/src/complex.cpp.
#pragma once

#include "taipan/object.h"

typedef struct TpComplex {
  TpObject ob;
  double real;
  double imag;
} TpComplex;

TP_EXTERN_C TpType tp_complex_type;

TP_API TP_NOTHROW TpValue tp_complex_new(double real, double imag);
// True for complex values and instances of complex subclasses.
TP_API TP_PURE TP_NOTHROW bool tp_is_complex(TpValue v);
