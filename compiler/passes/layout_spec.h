// The `layout-spec` pass. Versions straight-line regions that read and write
// attributes of instances on one class layout: the region runs as a fast
// copy, with direct slot loads and stores, behind one layout.check per
// object, and as the original code when a check fails.
#pragma once

#include "compiler/passes/pass.h"

namespace taipan::passes {

class LayoutSpecialization : public Pass {
 public:
  std::string_view name() const override { return "layout-spec"; }
  bool run(ir::Module& module) override;
};

}  // namespace taipan::passes
