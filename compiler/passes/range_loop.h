// The `range-loop` pass. A `for i in range(start, stop)` loop (step 1) that
// irgen made a counter loop is versioned: when start and stop are small ints
// on entry, a copy of the loop runs whose compare and increment are single
// machine operations (the counter stays small: it is below a small stop),
// so LLVM sees a tagged counter it can reason about; otherwise the loop as
// it was runs, as cold code.
#pragma once

#include "compiler/passes/pass.h"

namespace taipan::passes {

class RangeLoopVersioning : public Pass {
 public:
  std::string_view name() const override { return "range-loop"; }
  bool run(ir::Module& module) override;
};

}  // namespace taipan::passes
