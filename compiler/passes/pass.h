// The pass interface and pipeline runner. A pass is one class in one file
// (helpers in an anonymous namespace) registered by name in passes.def;
// `runPasses` builds a pipeline from a comma-separated list of names and can
// run the verifier after every pass.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/ir/ir.h"

namespace taipan::passes {

class Pass {
 public:
  virtual ~Pass() = default;
  virtual std::string_view name() const = 0;
  // Returns true when the module changed.
  virtual bool run(ir::Module& module) = 0;
};

// Creates the pass registered under `name`, or nullptr.
std::unique_ptr<Pass> createPass(std::string_view name);
// Every registered pass name, in registration order.
std::vector<std::string_view> passNames();

// Runs the comma-separated `pipeline` ("dce,simplify-cfg"; empty = nothing).
// Returns false with `error` set for an unknown pass or, with verify_each, a
// verifier failure after a pass ("after simplify-cfg: @f ^2: ...").
bool runPasses(ir::Module& module, std::string_view pipeline, bool verify_each, std::string& error);

// The pipeline the driver runs at -O<opt_level>.
std::string defaultPipeline(int opt_level);

// Shared by CFG passes: keeps the blocks marked in `keep` (which must not be
// branched to from kept blocks otherwise), renumbering them and rewriting
// every successor and unwind edge. Returns true if a block was removed.
bool compactBlocks(ir::Function& f, const std::vector<char>& keep);

}  // namespace taipan::passes
