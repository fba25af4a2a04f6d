// The `dce` pass. Removes instructions without side effects whose results are unused, and block arguments that no
// branch needs.
#pragma once

#include "compiler/passes/pass.h"

namespace taipan::passes {

class DeadCodeElimination : public Pass {
 public:
  std::string_view name() const override { return "dce"; }
  bool run(ir::Module& module) override;
};

}  // namespace taipan::passes
