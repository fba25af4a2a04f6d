// The IR verifier: structural, typing and SSA checks run after irgen, after
// every pass with --verify-each, and by taipan-opt. A failure is a compiler
// bug (or a bad hand-written .ir test), reported as one message per problem:
// "@func ^block: message".
#pragma once

#include <string>
#include <vector>

#include "compiler/ir/ir.h"

namespace taipan::ir {

// Returns true when the module is well formed; otherwise appends to `errors`.
bool verify(const Module& module, std::vector<std::string>& errors);
bool verifyFunction(const Module& module, FuncId func, std::vector<std::string>& errors);

}  // namespace taipan::ir
