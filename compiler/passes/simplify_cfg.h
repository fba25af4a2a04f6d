// The `simplify-cfg` pass. Removes unreachable blocks, folds cond_br on constants and merges a block into its single
// predecessor.
#pragma once

#include "compiler/passes/pass.h"

namespace taipan::passes {

class SimplifyCfg : public Pass {
 public:
  std::string_view name() const override { return "simplify-cfg"; }
  bool run(ir::Module& module) override;
};

}  // namespace taipan::passes
