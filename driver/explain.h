// --explain-types and --strict: the report of the values that fell back to
// `object`, for the program's own modules (driver/explain.cpp).
#pragma once

#include <vector>

#include "compiler/diag/diagnostics.h"
#include "compiler/ir/ir.h"
#include "driver/backend.h"
#include "driver/options.h"

namespace taipan::driver {

// Reports the fallbacks of each module (irms[i] is units[i]'s IR, before the
// IR passes) as notes for --explain-types=text, as errors for --strict, or
// writes STEM.types.html per module for --explain-types=html. Returns false
// when an error was reported.
bool explainTypes(const Invocation& inv, const std::vector<ModuleUnit>& units, const std::vector<ir::Module>& irms,
                  diag::DiagnosticEngine& diags);

}  // namespace taipan::driver
