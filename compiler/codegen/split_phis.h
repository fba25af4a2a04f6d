// Aggregate phi splitting (decision 0073): an LLVM function pass that turns
// each phi of a struct of scalars (the lowering's floatobj, {word, f64}) into
// one phi per field and an insertvalue, so that LLVM's scalar passes, which do
// not look through a struct phi, can fold each field on its own (a word that
// is 0 on every incoming edge, a float that is always the same).
#pragma once

#include <llvm/IR/PassManager.h>

namespace taipan::codegen {

class SplitAggregatePhis : public llvm::PassInfoMixin<SplitAggregatePhis> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam);
  static bool isRequired() { return false; }
};

}  // namespace taipan::codegen
