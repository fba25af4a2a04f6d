// Cold runtime calls through register-preserving thunks (decision 0065):
// the runtime calls of blocks that run at most once in a hundred runs of the
// code around them go through `preserve_all` thunks, the invokes among them
// through thunks that catch, so that no float or int the surrounding loop
// keeps in a register is spilled for them. See cold_calls.h for the exact
// rewrite.
#include "compiler/lower/cold_calls.h"

#include <llvm/ADT/PostOrderIterator.h>
#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/IR/Constants.h>
#include <llvm/IR/Function.h>
#include <llvm/IR/GlobalVariable.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/InlineAsm.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/ProfDataUtils.h>

#include <string>
#include <string_view>

namespace taipan::lower {
namespace {

constexpr std::string_view kCatchingPrefix = "tp.catching.";
constexpr std::string_view kColdPrefix = "tp.cold.";

// Taken at most once in a hundred runs of `from`'s branch (the lowering
// weights a fast path's slow side 1:1000 or 1:2000).
bool rareEdge(const llvm::BasicBlock* from, const llvm::BasicBlock* to) {
  auto* br = llvm::dyn_cast<llvm::BranchInst>(from->getTerminator());
  if (!br || !br->isConditional() || br->getSuccessor(0) == br->getSuccessor(1)) return false;
  llvm::SmallVector<uint32_t, 2> w;
  if (!llvm::extractBranchWeights(*br, w) || w.size() != 2) return false;
  uint64_t total = uint64_t(w[0]) + w[1];
  return total > 0 && uint64_t(w[br->getSuccessor(0) == to ? 0 : 1]) * 100 <= total;
}

// Blocks every path into which passes a rare edge. A block entered over a
// back edge is never cold (the loop's blocks are visited before the edge's
// source is known), which errs on the side of leaving an invoke alone.
llvm::SmallPtrSet<const llvm::BasicBlock*, 32> coldBlocks(llvm::Function& f) {
  llvm::SmallPtrSet<const llvm::BasicBlock*, 32> cold, seen;
  llvm::ReversePostOrderTraversal<llvm::Function*> rpo(&f);
  for (llvm::BasicBlock* b : rpo) {
    seen.insert(b);
    if (b->isEntryBlock() || b->isLandingPad()) continue;
    bool all = true;
    for (llvm::BasicBlock* p : llvm::predecessors(b))
      if (!seen.contains(p) || !(cold.contains(p) || rareEdge(p, b))) {
        all = false;
        break;
      }
    if (all) cold.insert(b);
  }
  return cold;
}

// The target of the lowering's catch-all pad (FunctionLowering::catchPad):
//   %lp = landingpad { ptr, i32 } catch ptr null
//   %e = extractvalue %lp, 0
//   call void @tp_pending_catch(ptr %e)
//   br %target
// or null when `pad` is anything else.
llvm::BasicBlock* catchAllTarget(llvm::BasicBlock* pad) {
  auto it = pad->begin();
  auto* lp = llvm::dyn_cast<llvm::LandingPadInst>(&*it);
  if (!lp || lp->isCleanup() || lp->getNumClauses() != 1 || !lp->isCatch(0) ||
      !llvm::isa<llvm::ConstantPointerNull>(lp->getClause(0)))
    return nullptr;
  auto* ev = llvm::dyn_cast<llvm::ExtractValueInst>(&*++it);
  if (!ev || ev->getAggregateOperand() != lp) return nullptr;
  auto* call = llvm::dyn_cast<llvm::CallInst>(&*++it);
  if (!call || !call->getCalledFunction() || call->getCalledFunction()->getName() != "tp_pending_catch" ||
      call->arg_size() != 1 || call->getArgOperand(0) != ev)
    return nullptr;
  auto* br = llvm::dyn_cast<llvm::BranchInst>(&*++it);
  if (!br || br->isConditional()) return nullptr;
  return br->getSuccessor(0);
}

// The thunk through which a cold block calls `callee`: `tp.catching.<callee>`
// invokes it and turns a C++ exception into tp_exc_pending (returning zero),
// so that its callers need no unwind edge; `tp.cold.<callee>` (for a callee
// that never unwinds) only calls it. Both preserve every register, XMM
// included, so a call of one clobbers nothing the caller keeps.
llvm::Function* thunkFor(llvm::Function* callee, llvm::Function* pending_catch) {
  llvm::Module& m = *callee->getParent();
  bool catching = pending_catch != nullptr;
  std::string name = std::string(catching ? kCatchingPrefix : kColdPrefix) + callee->getName().str();
  if (llvm::Function* f = m.getFunction(name)) return f;
  llvm::FunctionType* fty = callee->getFunctionType();
  llvm::Function* f = llvm::Function::Create(fty, llvm::GlobalValue::InternalLinkage, name, m);
  f->addFnAttr(llvm::Attribute::NoUnwind);
  f->addFnAttr(llvm::Attribute::NoInline);
  f->addFnAttr(llvm::Attribute::Cold);
  f->setCallingConv(llvm::CallingConv::PreserveAll);
  llvm::LLVMContext& ctx = m.getContext();
  auto* entry = llvm::BasicBlock::Create(ctx, "entry", f);
  llvm::IRBuilder<> b(entry);
  llvm::SmallVector<llvm::Value*, 8> args;
  for (llvm::Argument& a : f->args()) args.push_back(&a);
  auto ret = [&](llvm::Value* v) {
    if (fty->getReturnType()->isVoidTy())
      b.CreateRetVoid();
    else
      b.CreateRet(v);
  };
  if (!catching) {
    llvm::CallInst* call = b.CreateCall(callee, args);
    call->setAttributes(callee->getAttributes());
    ret(call);
    return f;
  }
  f->setPersonalityFn(m.getFunction("__gxx_personality_v0"));
  auto* ok = llvm::BasicBlock::Create(ctx, "ok", f);
  auto* pad = llvm::BasicBlock::Create(ctx, "pad", f);
  llvm::InvokeInst* inv = b.CreateInvoke(callee, ok, pad, args);
  inv->setAttributes(callee->getAttributes());
  b.SetInsertPoint(ok);
  ret(inv);
  b.SetInsertPoint(pad);
  llvm::LandingPadInst* lp = b.CreateLandingPad(llvm::StructType::get(ctx, {b.getPtrTy(), b.getInt32Ty()}), 1);
  lp->addClause(llvm::ConstantPointerNull::get(b.getPtrTy()));
  b.CreateCall(pending_catch, {b.CreateExtractValue(lp, 0)});
  ret(fty->getReturnType()->isVoidTy() ? nullptr : llvm::Constant::getNullValue(fty->getReturnType()));
  return f;
}

// A runtime function a cold block may call through a thunk.
bool thunkable(const llvm::CallBase& call) {
  llvm::Function* callee = call.getCalledFunction();
  return callee && callee->isDeclaration() && !callee->isIntrinsic() && !callee->isVarArg() && !call.isInlineAsm() &&
         call.getFunctionType() == callee->getFunctionType() && !call.doesNotReturn() && !call.isMustTailCall() &&
         callee->getCallingConv() == llvm::CallingConv::C;
}

}  // namespace

int callColdRuntimeThroughThunks(llvm::Module& module, llvm::GlobalVariable* exc_pending) {
  // Invokes are rewritten only where the lowering's pads exist to match.
  llvm::Function* pending_catch = module.getFunction("tp_pending_catch");
  bool can_catch = pending_catch && module.getFunction("__gxx_personality_v0");
  int rewritten = 0;
  llvm::SmallVector<llvm::Function*, 64> fns;
  for (llvm::Function& f : module)
    if (!f.isDeclaration()) fns.push_back(&f);
  for (llvm::Function* f : fns) {
    if (f->hasOptNone()) continue;  // cold code (decision 0039) is not optimised
    auto cold = coldBlocks(*f);
    llvm::SmallVector<llvm::CallBase*, 16> calls;
    for (llvm::BasicBlock& bb : *f)
      if (cold.contains(&bb))
        for (llvm::Instruction& inst : bb)
          if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst); call && thunkable(*call)) calls.push_back(call);
    for (llvm::CallBase* cb : calls) {
      // An invoke: only of the lowering's catch-all pad. A plain call: only
      // one that can never unwind (an unwinding call outside a try would
      // pass through a thunk that saved registers its caller's frame does
      // not describe).
      auto* inv = llvm::dyn_cast<llvm::InvokeInst>(cb);
      llvm::BasicBlock* target = nullptr;
      if (inv) {
        target = can_catch ? catchAllTarget(inv->getUnwindDest()) : nullptr;
        if (!target || target == inv->getNormalDest()) continue;
      } else if (!cb->doesNotThrow()) {
        continue;
      }
      llvm::Function* thunk = thunkFor(cb->getCalledFunction(), inv ? pending_catch : nullptr);
      llvm::IRBuilder<> b(cb);
      llvm::CallInst* call = b.CreateCall(thunk, llvm::SmallVector<llvm::Value*, 8>(cb->args()));
      call->setCallingConv(thunk->getCallingConv());
      call->setDebugLoc(cb->getDebugLoc());
      // What a plain call's site promised of the callee's effects (a FLOAT
      // list item's box: memory(inaccessiblemem)) holds of the thunk too;
      // a catching thunk may also write tp_exc_pending.
      if (!inv) call->setAttributes(cb->getAttributes());
      cb->replaceAllUsesWith(call);
      ++rewritten;
      if (!inv) {
        cb->eraseFromParent();
        continue;
      }
      // The exception edge keeps a block of its own, outside any loop, as
      // the landing pad was: the error exit's phi of positions (PIC
      // addresses, one `lea` each) is then filled there, where MachineLICM
      // leaves it, and not in the loop's cold block, from which it hoists
      // them into registers held across the whole loop. An empty asm
      // statement keeps SimplifyCFG from folding the block away.
      llvm::BasicBlock* pad = inv->getUnwindDest();
      auto* edge = llvm::BasicBlock::Create(module.getContext(), "exc.edge", f);
      llvm::IRBuilder<> eb(edge);
      eb.CreateCall(llvm::InlineAsm::get(llvm::FunctionType::get(eb.getVoidTy(), false), "", "", true));
      eb.CreateBr(target);
      llvm::Value* pending = b.CreateLoad(b.getInt64Ty(), exc_pending);
      llvm::MDBuilder md(module.getContext());
      b.CreateCondBr(b.CreateICmpNE(pending, b.getInt64(0)), edge, inv->getNormalDest(),
                     md.createBranchWeights(1, 2000));
      for (llvm::PHINode& phi : target->phis()) phi.addIncoming(phi.getIncomingValueForBlock(pad), edge);
      pad->removePredecessor(inv->getParent());
      inv->eraseFromParent();
    }
  }
  return rewritten;
}

bool isColdCallThunk(const llvm::Function& f) {
  return f.getName().starts_with(kCatchingPrefix) || f.getName().starts_with(kColdPrefix);
}

}  // namespace taipan::lower
