// The C++ side of the exception ABI (abi.h): TpRaised, the C++ exception
// type every runtime function throws for a Python exception, and the
// exception object layout. Both are defined in runtime.h so that every
// runtime file sees them; this header exists for the name abi.h refers to.
#pragma once

#include "runtime.h"
