// Carries out one parsed invocation: runs the front-end phases over each
// input file, prints what --emit asks for, renders the diagnostics, and
// decides the exit status. The phases themselves live in compiler/; this is
// only the glue that sequences them and stops where the user asked (--emit)
// or where a phase reported errors.
#pragma once

#include "driver/options.h"

namespace taipan::driver {

// Returns the process exit status (kExitOk or kExitUserError; internal
// errors exit from inside the compiler with status 70).
int runInvocation(const Invocation& inv);

}  // namespace taipan::driver
