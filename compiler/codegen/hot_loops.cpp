// Hot loop copies (decision 0073). Taipan's lowering gives most operations a
// fast path and a slow one (a tag or kind test failed, an overflow, a pending
// interrupt) marked unlikely, and the slow path usually rejoins the fast one
// inside the loop. The join makes every value it meets a phi of both paths
// (a float accumulator becomes "a float, or the object a fallback returned",
// tested again on each iteration), and the fallback's call, which may write
// any memory, keeps loads in the loop. This pass copies the hot blocks of such
// an innermost loop (block frequency below 1/kColdRatio of the header's is
// cold) and enters the loop through the copy. In the copy, an edge to a cold
// block goes to that block of the original loop, so the first slow path
// taken leaves the copy for good and the rest of the loop runs as before;
// the copy's phis lose their cold incoming values. Values the two loops both
// define are merged where they meet again with SSAUpdater. What was one
// natural loop's slow region may be entered at several blocks afterwards
// (irreducible, which LLVM compiles correctly; it is the slow path). A loop
// is copied only where the copy folds a test on its main path: a value the
// header carries that is one constant on every fast path, or an int whose
// tag every fast path knows and the loop tests (see `examine`). After the
// copies, InstCombine, SimplifyCFG and LICM clean the function up, and the
// copies alone are unswitched on what became invariant in them.
#include "compiler/codegen/hot_loops.h"

#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/DenseMap.h>
#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/Analysis/BlockFrequencyInfo.h>
#include <llvm/Analysis/LoopInfo.h>
#include <llvm/Analysis/ValueTracking.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/KnownBits.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/LICM.h>
#include <llvm/Transforms/Scalar/LoopPassManager.h>
#include <llvm/Transforms/Scalar/SimpleLoopUnswitch.h>
#include <llvm/Transforms/Scalar/SimplifyCFG.h>
#include <llvm/Transforms/Utils/Cloning.h>
#include <llvm/Transforms/Utils/SSAUpdater.h>
#include <llvm/Transforms/Utils/ValueMapper.h>

namespace taipan::codegen {

namespace {

// A block runs less than once per kColdRatio runs of its loop's header.
constexpr uint64_t kColdRatio = 128;
// The most instructions of hot blocks copied per loop, and loops per
// function (compile time).
constexpr unsigned kMaxHotInsts = 400;
constexpr unsigned kMaxLoops = 8;

struct Candidate {
  llvm::BasicBlock* header;
  // The blocks outside the loop that branch to its header.
  llvm::SmallVector<llvm::BasicBlock*, 2> entries;
  llvm::SmallVector<llvm::BasicBlock*, 16> hot;
};

bool copyable(const llvm::BasicBlock& bb) {
  if (bb.isEHPad() && !bb.isLandingPad()) return false;
  const llvm::Instruction* term = bb.getTerminator();
  if (llvm::isa<llvm::IndirectBrInst>(term) || llvm::isa<llvm::CallBrInst>(term)) return false;
  for (const llvm::Instruction& i : bb) {
    if (i.getType()->isTokenTy()) return false;
    if (auto* call = llvm::dyn_cast<llvm::CallBase>(&i); call && (call->cannotDuplicate() || call->isConvergent()))
      return false;
  }
  return true;
}

// Whether a phi of the header is the same constant on every path through
// `hot` (the same blocks as the set `in_hot`) when the edges from `cold`
// (if given) are left out: an optimistic
// fixpoint over the phis of the hot blocks, each unknown (absent), one
// constant, or not a constant (nullptr).
bool fastConstantHeaderPhi(llvm::BasicBlock* header, llvm::ArrayRef<llvm::BasicBlock*> hot,
                           const llvm::SmallPtrSetImpl<const llvm::BasicBlock*>& in_hot,
                           const llvm::SmallPtrSetImpl<const llvm::BasicBlock*>* cold) {
  llvm::DenseMap<const llvm::PHINode*, llvm::Constant*> val;
  for (bool changed = true; changed;) {
    changed = false;
    for (llvm::BasicBlock* bb : hot)
      for (llvm::PHINode& phi : bb->phis()) {
        auto it = val.find(&phi);
        if (it != val.end() && it->second == nullptr) continue;
        bool known = false;
        llvm::Constant* k = nullptr;
        bool constant = true;
        for (unsigned i = 0; i < phi.getNumIncomingValues() && constant; ++i) {
          if (cold && cold->contains(phi.getIncomingBlock(i))) continue;
          llvm::Value* v = phi.getIncomingValue(i);
          llvm::Constant* vk = llvm::dyn_cast<llvm::Constant>(v);
          if (auto* p = llvm::dyn_cast<llvm::PHINode>(v); p && in_hot.contains(p->getParent())) {
            auto pit = val.find(p);
            if (pit == val.end()) continue;  // unknown yet
            vk = pit->second;
          }
          constant = vk && (!known || vk == k);
          known = true;
          k = vk;
        }
        if (!known) continue;
        llvm::Constant* now = constant ? k : nullptr;
        if (it == val.end() || it->second != now) {
          val[&phi] = now;
          changed = true;
        }
      }
  }
  for (llvm::PHINode& phi : header->phis())
    if (auto it = val.find(&phi); it != val.end() && it->second) return true;
  return false;
}

// Whether a phi of the hot blocks merges, from the fast paths only, values
// whose low bit (a tagged int's tag) is known and the same, not all of them
// constants, and a slow path's value besides; and a block of the loop run
// at least once per three runs of the header (`head`) tests that bit.
bool fastTagKnown(llvm::ArrayRef<llvm::BasicBlock*> hot, const llvm::SmallPtrSetImpl<const llvm::BasicBlock*>& in_hot,
                  const llvm::SmallPtrSetImpl<const llvm::BasicBlock*>& cold, llvm::BlockFrequencyInfo& bfi,
                  uint64_t head) {
  for (llvm::BasicBlock* bb : hot) {
    const llvm::DataLayout& dl = bb->getModule()->getDataLayout();
    for (llvm::PHINode& phi : bb->phis()) {
      if (!phi.getType()->isIntegerTy(64)) continue;
      bool from_cold = false, known = true, any_inst = false;
      int bit = -1;
      for (unsigned i = 0; i < phi.getNumIncomingValues() && known; ++i) {
        if (cold.contains(phi.getIncomingBlock(i))) {
          from_cold = true;
          continue;
        }
        llvm::Value* v = phi.getIncomingValue(i);
        any_inst |= llvm::isa<llvm::Instruction>(v);
        llvm::KnownBits kb = llvm::computeKnownBits(v, dl, 2);
        int b = kb.One[0] ? 1 : kb.Zero[0] ? 0 : -1;
        known = b >= 0 && (bit < 0 || bit == b);
        bit = b;
      }
      if (!from_cold || !known || bit < 0 || !any_inst) continue;
      // ... and a hot block tests that bit of the merged value.
      for (llvm::User* u : phi.users()) {
        auto* and_ = llvm::dyn_cast<llvm::BinaryOperator>(u);
        if (!and_ || and_->getOpcode() != llvm::Instruction::And || !in_hot.contains(and_->getParent())) continue;
        if (bfi.getBlockFreq(and_->getParent()).getFrequency() * 3 < head) continue;
        if (auto* k = llvm::dyn_cast<llvm::ConstantInt>(and_->getOperand(1)); k && k->getValue()[0]) {
          return true;
        }
      }
    }
  }
  return false;
}

// The loop's hot blocks (header first) when copying it is worth doing and
// possible, else an empty candidate.
Candidate examine(llvm::Loop& loop, llvm::BlockFrequencyInfo& bfi, uint64_t entry_freq) {
  Candidate c{loop.getHeader(), {}, {}};
  uint64_t entered = 0;
  for (llvm::BasicBlock* pred : llvm::predecessors(c.header)) {
    if (loop.contains(pred)) continue;
    llvm::Instruction* term = pred->getTerminator();
    if (!llvm::isa<llvm::BranchInst>(term) && !llvm::isa<llvm::SwitchInst>(term)) return {};
    if (llvm::is_contained(c.entries, pred)) continue;
    c.entries.push_back(pred);
    entered += bfi.getBlockFreq(pred).getFrequency();
  }
  uint64_t head = bfi.getBlockFreq(c.header).getFrequency();
  // A loop entered rarely (one in a slow path) is not worth the code.
  if (c.entries.empty() || entered * kColdRatio < entry_freq) return {};
  llvm::SmallPtrSet<const llvm::BasicBlock*, 16> cold;
  unsigned insts = 0;
  for (llvm::BasicBlock* bb : loop.blocks()) {
    if (!copyable(*bb)) return {};
    if (bb != c.header && bfi.getBlockFreq(bb).getFrequency() * kColdRatio < head) {
      cold.insert(bb);
      continue;
    }
    insts += static_cast<unsigned>(bb->size());
    c.hot.push_back(bb);
  }
  if (cold.empty() || insts > kMaxHotInsts) return {};
  // The copy must still be a loop, and a hot instruction may not use a
  // value only a slow path defines (it would have nothing to use in the
  // copy), except a phi on its edge from that slow path.
  bool hot_latch = false;
  auto slow_value = [&](llvm::Value* v) {
    auto* def = llvm::dyn_cast<llvm::Instruction>(v);
    return def && cold.contains(def->getParent());
  };
  for (llvm::BasicBlock* bb : c.hot) {
    for (llvm::BasicBlock* succ : llvm::successors(bb)) hot_latch |= succ == c.header;
    for (llvm::Instruction& i : *bb) {
      if (auto* phi = llvm::dyn_cast<llvm::PHINode>(&i)) {
        for (unsigned k = 0; k < phi->getNumIncomingValues(); ++k)
          if (!cold.contains(phi->getIncomingBlock(k)) && slow_value(phi->getIncomingValue(k))) return {};
        continue;
      }
      if (llvm::any_of(i.operands(), slow_value)) return {};
    }
  }
  if (!hot_latch) return {};
  // Worth it when a value the loop carries is a constant on every fast path
  // and only a slow path changes it (a float accumulator's floatobj word,
  // 0 while it holds a float): in the copy the header's phi is that constant
  // and the tests of it fold. Copies made for constants merged in the body
  // only (an attribute's floatobj word, tested where it is read) measured
  // no better, some a little worse (nbody +0.7 % instructions).
  llvm::SmallPtrSet<const llvm::BasicBlock*, 16> in_hot(c.hot.begin(), c.hot.end());
  if (fastConstantHeaderPhi(c.header, c.hot, in_hot, &cold) && !fastConstantHeaderPhi(c.header, c.hot, in_hot, nullptr))
    return c;
  // Or when a merged int's tag is known on every fast path and tested on
  // the loop's main path (in a block run at least every third iteration):
  // collatz's `n = 3 * n + 1`, whose product is odd when made by the fast
  // multiply, -12.9 % instructions.
  if (fastTagKnown(c.hot, in_hot, cold, bfi, head)) return c;
  return {};
}

// Returns the copy's header.
llvm::BasicBlock* copyHotBlocks(llvm::Function& f, const Candidate& c) {
  llvm::ValueToValueMapTy vmap;
  llvm::SmallVector<llvm::BasicBlock*, 16> copies;
  llvm::SmallPtrSet<const llvm::BasicBlock*, 16> is_copy;
  for (llvm::BasicBlock* bb : c.hot) {
    llvm::BasicBlock* nb = llvm::CloneBasicBlock(bb, vmap, ".hot", &f);
    vmap[bb] = nb;
    copies.push_back(nb);
    is_copy.insert(nb);
  }
  llvm::remapInstructionsInBlocks(copies, vmap);

  // The copy's phis: only the loop's entries (the header's) and other
  // copies enter it now.
  for (llvm::BasicBlock* nb : copies)
    for (llvm::PHINode& phi : nb->phis())
      for (int i = static_cast<int>(phi.getNumIncomingValues()) - 1; i >= 0; --i) {
        llvm::BasicBlock* from = phi.getIncomingBlock(i);
        if (!is_copy.contains(from) && !llvm::is_contained(c.entries, from)) phi.removeIncomingValue(i, false);
      }
  // Edges from the copy to blocks outside it (the original loop's cold
  // blocks, the loop's exits): each such block's phis take, for the copy's
  // edge, what they took for the original's; the SSA repair below turns a
  // value of the original loop into the copy's.
  for (size_t k = 0; k < copies.size(); ++k) {
    llvm::BasicBlock* orig = c.hot[k];
    llvm::SmallPtrSet<llvm::BasicBlock*, 4> done;
    for (llvm::BasicBlock* succ : llvm::successors(copies[k])) {
      if (is_copy.contains(succ) || !done.insert(succ).second) continue;
      for (llvm::PHINode& phi : succ->phis()) {
        unsigned n = phi.getNumIncomingValues();
        for (unsigned i = 0; i < n; ++i)
          if (phi.getIncomingBlock(i) == orig) phi.addIncoming(phi.getIncomingValue(i), copies[k]);
      }
    }
  }
  // Enter the copy; the original loop is entered only from the copy's cold
  // edges now.
  for (llvm::BasicBlock* pred : c.entries) pred->getTerminator()->replaceUsesOfWith(c.header, copies[0]);
  for (llvm::PHINode& phi : c.header->phis())
    for (int i = static_cast<int>(phi.getNumIncomingValues()) - 1; i >= 0; --i)
      if (llvm::is_contained(c.entries, phi.getIncomingBlock(i))) phi.removeIncomingValue(i, false);

  // A value of the original hot blocks used where both loops now lead (the
  // original loop, the exits): a phi of it and its copy where paths meet.
  // (The list is taken first: the repair adds phis to these blocks.)
  llvm::SmallVector<llvm::Instruction*, 64> defs;
  for (llvm::BasicBlock* bb : c.hot)
    for (llvm::Instruction& i : *bb)
      if (!i.use_empty()) defs.push_back(&i);
  llvm::SmallVector<llvm::PHINode*, 8> inserted;
  for (llvm::Instruction* def : defs) {
    llvm::BasicBlock* bb = def->getParent();
    auto* copy = llvm::cast<llvm::Instruction>(vmap[def]);
    llvm::SSAUpdater ssa(&inserted);
    ssa.Initialize(def->getType(), def->getName());
    ssa.AddAvailableValue(bb, def);
    ssa.AddAvailableValue(copy->getParent(), copy);
    for (llvm::Use& u : llvm::make_early_inc_range(def->uses())) {
      auto* user = llvm::cast<llvm::Instruction>(u.getUser());
      bool is_phi = llvm::isa<llvm::PHINode>(user);
      // Uses in the defining block (after the definition) and in the copy
      // (already its own values) stay.
      if (!is_phi && (user->getParent() == bb || is_copy.contains(user->getParent()))) continue;
      ssa.RewriteUse(u);
    }
  }
  return copies[0];
}

// LLVM's non-trivial loop unswitching, on the hot copies only: with the
// slow paths gone, a test such as a list read's `kind == FLOAT` (fused with
// the bounds test; an OBJECT list is an ordinary case, so both ways stay in
// the copy) is loop-invariant, and the copy is versioned on it. Other loops
// keep the -O2 pipeline's trivial unswitching alone.
class UnswitchCopies : public llvm::PassInfoMixin<UnswitchCopies> {
 public:
  explicit UnswitchCopies(const llvm::SmallPtrSetImpl<const llvm::BasicBlock*>* headers) : headers_(headers) {}
  llvm::PreservedAnalyses run(llvm::Loop& loop, llvm::LoopAnalysisManager& lam, llvm::LoopStandardAnalysisResults& ar,
                              llvm::LPMUpdater& u) {
    if (!headers_->contains(loop.getHeader())) return llvm::PreservedAnalyses::all();
    return inner_.run(loop, lam, ar, u);
  }

 private:
  const llvm::SmallPtrSetImpl<const llvm::BasicBlock*>* headers_;
  llvm::SimpleLoopUnswitchPass inner_{/*NonTrivial=*/true};
};

}  // namespace

llvm::PreservedAnalyses HotLoopCopy::run(llvm::Function& f, llvm::FunctionAnalysisManager& fam) {
  if (f.isDeclaration() || f.hasOptNone() || f.hasMinSize() || f.hasFnAttribute(llvm::Attribute::Cold))
    return llvm::PreservedAnalyses::all();
  auto& li = fam.getResult<llvm::LoopAnalysis>(f);
  if (li.empty()) return llvm::PreservedAnalyses::all();
  auto& bfi = fam.getResult<llvm::BlockFrequencyAnalysis>(f);
  uint64_t entry = bfi.getBlockFreq(&f.getEntryBlock()).getFrequency();
  llvm::SmallVector<Candidate, 4> todo;
  for (llvm::Loop* loop : li.getLoopsInPreorder()) {
    if (!loop->isInnermost()) continue;
    Candidate c = examine(*loop, bfi, entry);
    if (c.hot.empty()) continue;
    todo.push_back(std::move(c));
    if (todo.size() == kMaxLoops) break;
  }
  if (todo.empty()) return llvm::PreservedAnalyses::all();
  for (const Candidate& c : todo) copy_headers_.insert(copyHotBlocks(f, c));
  fam.invalidate(f, llvm::PreservedAnalyses::none());
  if (!cleanup_) {
    cleanup_ = std::make_unique<llvm::FunctionPassManager>();
    cleanup_->addPass(llvm::InstCombinePass());
    cleanup_->addPass(llvm::SimplifyCFGPass());
    cleanup_->addPass(
        llvm::createFunctionToLoopPassAdaptor(llvm::LICMPass(llvm::LICMOptions()), /*UseMemorySSA=*/true));
    cleanup_->addPass(llvm::createFunctionToLoopPassAdaptor(UnswitchCopies(&copy_headers_), /*UseMemorySSA=*/true));
    cleanup_->addPass(llvm::SimplifyCFGPass());
  }
  cleanup_->run(f, fam);
  copy_headers_.clear();
  return llvm::PreservedAnalyses::none();
}

}  // namespace taipan::codegen
