// The --explain-types analysis (issue #5): reads a module's IR as irgen and
// inference left it and reports every value that fell back to `object` and
// so takes the dynamic path, with the source line and the reason, plus the
// number of dynamic operations on each line (the per-line "dynamic work"
// that `--explain-types=html` colours, in the manner of `cython -a`). It
// changes nothing; the driver prints the report, writes the page, or with
// --strict turns each fallback into an error.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "compiler/ir/ir.h"

namespace taipan::passes {

// One value that is `object` where a typed representation would be faster.
struct TypeFallback {
  uint32_t line = 0;     // where the value is defined (a variable: where a conflicting assignment is)
  std::string function;  // qualified name of the function it is in
  std::string what;      // "parameter 'bodies'", "attribute 'x'", "variable 'z'", ...
  std::string reason;    // why inference could not type it
};

// The dynamic operations of one source line.
struct LineWork {
  uint32_t dynamic_ops = 0;
  std::vector<std::string> ops;  // "py.getattr 'x'", ... (deduplicated, in order)
};

struct TypeReport {
  std::vector<TypeFallback> fallbacks;  // sorted by line, deduplicated
  std::map<uint32_t, LineWork> lines;
};

// Analyses every function of `module`. A generic function that has a typed
// clone is skipped: typed callers reach the clone, and its report says more.
TypeReport explainTypes(const ir::Module& module);

}  // namespace taipan::passes
