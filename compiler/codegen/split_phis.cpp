// Aggregate phi splitting (decision 0073). A phi of type {i64, double} (a
// floatobj block argument) becomes two phis, of the word and of the float,
// each incoming value taken apart where it is made: an insertvalue chain or
// a constant gives its fields directly, anything else an extractvalue at the
// end of the incoming block. The struct is rebuilt after the phis for the
// uses; InstCombine removes the extract-of-insert pairs this leaves.
#include "compiler/codegen/split_phis.h"

#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>

namespace taipan::codegen {

namespace {

// Field `k` of `v` as it reaches the end of `from`.
llvm::Value* fieldOf(llvm::Value* v, unsigned k, llvm::BasicBlock* from) {
  // Look through insertvalues of other fields to the one that sets field k.
  while (auto* ins = llvm::dyn_cast<llvm::InsertValueInst>(v)) {
    if (ins->getNumIndices() == 1 && ins->getIndices()[0] == k) return ins->getInsertedValueOperand();
    v = ins->getAggregateOperand();
  }
  if (auto* c = llvm::dyn_cast<llvm::Constant>(v)) return c->getAggregateElement(k);
  llvm::IRBuilder<> b(from->getTerminator());
  return b.CreateExtractValue(v, {k});
}

// The floatobj's type. (Other struct phis, a landing pad's {ptr, i32},
// are left whole: split, they only cost instructions.)
bool splittable(const llvm::PHINode& phi) {
  auto* st = llvm::dyn_cast<llvm::StructType>(phi.getType());
  return st && st->getNumElements() == 2 && st->getElementType(0)->isIntegerTy(64) &&
         st->getElementType(1)->isDoubleTy();
}

}  // namespace

llvm::PreservedAnalyses SplitAggregatePhis::run(llvm::Function& f, llvm::FunctionAnalysisManager&) {
  llvm::SmallVector<llvm::PHINode*, 16> todo;
  for (llvm::BasicBlock& bb : f)
    for (llvm::PHINode& phi : bb.phis())
      if (splittable(phi)) todo.push_back(&phi);
  if (todo.empty()) return llvm::PreservedAnalyses::all();
  for (llvm::PHINode* phi : todo) {
    auto* st = llvm::cast<llvm::StructType>(phi->getType());
    unsigned n = phi->getNumIncomingValues();
    llvm::SmallVector<llvm::PHINode*, 4> parts;
    for (unsigned k = 0; k < st->getNumElements(); ++k) {
      auto* part = llvm::PHINode::Create(st->getElementType(k), n, phi->getName() + ".f" + llvm::Twine(k), phi);
      // (A block that enters twice, through a switch, gets one value.)
      llvm::SmallDenseMap<llvm::BasicBlock*, llvm::Value*, 4> seen;
      for (unsigned i = 0; i < n; ++i) {
        llvm::BasicBlock* from = phi->getIncomingBlock(i);
        auto [it, fresh] = seen.try_emplace(from, nullptr);
        if (fresh) it->second = fieldOf(phi->getIncomingValue(i), k, from);
        part->addIncoming(it->second, from);
      }
      parts.push_back(part);
    }
    llvm::IRBuilder<> b(&*phi->getParent()->getFirstInsertionPt());
    llvm::Value* whole = llvm::PoisonValue::get(st);
    for (unsigned k = 0; k < parts.size(); ++k) whole = b.CreateInsertValue(whole, parts[k], {k});
    phi->replaceAllUsesWith(whole);
    phi->eraseFromParent();
  }
  return llvm::PreservedAnalyses::none();
}

}  // namespace taipan::codegen
