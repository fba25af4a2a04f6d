// Hot loop copies (decision 0073): an LLVM function pass that gives an
// innermost loop whose slow paths rejoin it a second copy holding only its
// hot blocks. The copy runs first; a slow path taken in it continues in the
// original loop, so the copy's phis see only fast-path values and its body
// holds no call of a fallback; the copy is then unswitched on what became
// invariant in it. Run late in the -O2/-O3 pipeline, after
// inlining (codegen.cpp registers it at the vectorizer's start).
#pragma once

#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/IR/BasicBlock.h>
#include <llvm/IR/PassManager.h>

#include <memory>

namespace taipan::codegen {

class HotLoopCopy : public llvm::PassInfoMixin<HotLoopCopy> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam);
  static bool isRequired() { return false; }

  // The unswitching cost bound set for the process (initTargets), unless
  // TAIPAN_LLVM_ARGS sets -unswitch-threshold; used by the copies' cleanup
  // and, at -O3, by LLVM's own non-trivial unswitching.
  static constexpr int kUnswitchThreshold = 200;

 private:
  // Run on a function after its loops were copied: folds the copies' phis
  // that lost their slow-path values, hoists what no longer changes, and
  // unswitches the copies on what is invariant in them. Made at the first
  // run, when the pass has its final address (the unswitching reads
  // copy_headers_).
  std::unique_ptr<llvm::FunctionPassManager> cleanup_;
  llvm::SmallPtrSet<const llvm::BasicBlock*, 8> copy_headers_;
};

}  // namespace taipan::codegen
