// Hot loop copies (decision 0073): an LLVM function pass that gives an
// innermost loop whose slow paths rejoin it a second copy holding only its
// hot blocks. The copy runs first; a slow path taken in it continues in the
// original loop, so the copy's phis see only fast-path values and its body
// holds no call of a fallback. Run late in the -O2/-O3 pipeline, after
// inlining (codegen.cpp registers it at the vectorizer's start).
#pragma once

#include <llvm/IR/PassManager.h>

namespace taipan::codegen {

class HotLoopCopy : public llvm::PassInfoMixin<HotLoopCopy> {
 public:
  HotLoopCopy();
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam);
  static bool isRequired() { return false; }

 private:
  // Run on a function after its loops were copied: folds the copies' phis
  // that lost their slow-path values, and hoists what no longer changes.
  llvm::FunctionPassManager cleanup_;
};

}  // namespace taipan::codegen
