// The `const-fold` pass. Folds int/float/bool operations on constants when the result is exact and the operation cannot
// raise.
#pragma once

#include "compiler/passes/pass.h"

namespace taipan::passes {

class ConstFold : public Pass {
 public:
  std::string_view name() const override { return "const-fold"; }
  bool run(ir::Module& module) override;
};

}  // namespace taipan::passes
