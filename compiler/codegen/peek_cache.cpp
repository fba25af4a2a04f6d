// Peeked attributes kept across loops (decision 0084). The speculative copy
// of a method (decision 0056) peeks at `self.cols` at the start of every unit
// that reads it: the attribute cache's type test, the slot's state word and
// the slot itself, some twenty instructions, then the value's type test. In a
// loop such as nqueens' `for c in range(n): if self.cols[c] or ...: continue`
// the attribute cannot change on the path that continues, yet LLVM reloads
// it: the loop's other path calls, and GVN inserts a partially redundant load
// in one predecessor at most. Here each (object, attribute name, peek
// function) gets a value and a valid flag in stack slots; a peek reads the
// value when the flag is set and otherwise calls the runtime's peek and fills
// both. The peek functions are tp_attr_peek (attr.peek) and tp_attr_peek_w
// (the lowering's first try of a parameter's py.getattr). A type test of a
// peeked value, bracketed by the lowering's markers tp.peek.known and
// tp.peek.tested, gets a flag of its own: set by a passing test, read by the
// next test of the same value, which is then skipped. Whatever may change an
// instance slot clears every flag right after it:
//  - a call that may write memory, unless it is one of a few runtime entries
//    that run no user code and write no slot (allocation, a peek's miss
//    path); user code, a signal handler run by the interrupt poll and
//    setattr() are all calls (after an invoke: on its normal edge and in its
//    landing pad);
//  - a store, atomic or memory intrinsic whose address is not based on an
//    alloca, a global, the frame stack or a new pointer-free object
//    (instances live in the collected heap), except the stores the lowering
//    tags as a list's item or header words;
//  - the definition of the object itself when it is not an argument (a new
//    value each time it runs).
// mem2reg then turns the slots into phis, and the peeks' bodies are inlined.
// The lowering defers the inlining of these peeks (a noinline call of a
// copy, readonly for the passes before this one), so that here they are
// still calls while every other runtime fast path is inlined: the calls left
// are exactly the slow paths.
#include "compiler/codegen/peek_cache.h"

#include <llvm/ADT/MapVector.h>
#include <llvm/ADT/SmallPtrSet.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/Analysis/ValueTracking.h>
#include <llvm/IR/Dominators.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/Instructions.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/Module.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/GVN.h>
#include <llvm/Transforms/Scalar/JumpThreading.h>
#include <llvm/Transforms/Scalar/SimplifyCFG.h>
#include <llvm/Transforms/Utils/BasicBlockUtils.h>
#include <llvm/Transforms/Utils/Cloning.h>
#include <llvm/Transforms/Utils/PromoteMemToReg.h>

#include <string>
#include <tuple>

namespace taipan::codegen {

namespace {

// At most this many (object, name) pairs per function get a cache; the
// others' peeks are only inlined.
constexpr size_t kMaxKeys = 24;

// The runtime's peeks: tp_attr_peek (the value, None when it is not in a
// slot the cache knows) and tp_attr_peek_w (the value, else the null word),
// both (object, name function, attribute cache).
constexpr const char* kPeeks[] = {"tp_attr_peek", "tp_attr_peek_w"};
constexpr const char* kDeferredSuffix = ".deferred";

bool deferredPeek(const llvm::CallBase* cb) {
  const llvm::Function* callee = cb->getCalledFunction();
  return callee && callee->getName().ends_with(kDeferredSuffix);
}

// Runtime entries that run no user code and store into no instance slot.
bool slotSafeCallee(llvm::StringRef name) {
  return name.starts_with("GC_malloc") || name.starts_with("GC_generic_malloc") || name == "tp_attr_peek_slow" ||
         name == "tp_float_box" || name == "tp_alloc_atomic";
}

// Memory that is not an instance's: the function's stack, the globals, the
// frame stack (tp_frames, where calls record their source position) and a
// new pointer-free object (tp_alloc_atomic: a float or str; instances hold
// pointers).
bool stackOrGlobal(const llvm::Value* p) {
  const llvm::Value* u = llvm::getUnderlyingObject(p);
  if (llvm::isa<llvm::AllocaInst>(u) || llvm::isa<llvm::GlobalVariable>(u)) return true;
  if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(u))
    if (auto* g = llvm::dyn_cast<llvm::GlobalVariable>(ld->getPointerOperand()->stripPointerCasts()))
      return g->getName() == "tp_frames";
  if (auto* cb = llvm::dyn_cast<llvm::CallBase>(u))
    if (const llvm::Function* callee = cb->getCalledFunction()) return callee->getName() == "tp_alloc_atomic";
  return false;
}

// A store the lowering tagged as a list's item or header word (alias types
// "list item" and "list header", lower.cpp listAccess): never a slot. Two
// stores LLVM merges keep a tag only when both had it.
bool listStore(const llvm::StoreInst& s) {
  const llvm::MDNode* tag = s.getMetadata(llvm::LLVMContext::MD_tbaa);
  if (!tag || tag->getNumOperands() < 2) return false;
  auto* access = llvm::dyn_cast_or_null<llvm::MDNode>(tag->getOperand(1).get());
  if (!access || access->getNumOperands() < 2) return false;
  auto* name = llvm::dyn_cast_or_null<llvm::MDString>(access->getOperand(0).get());
  auto* parent = llvm::dyn_cast_or_null<llvm::MDNode>(access->getOperand(1).get());
  if (!name || !parent || parent->getNumOperands() < 1) return false;
  auto* root = llvm::dyn_cast_or_null<llvm::MDString>(parent->getOperand(0).get());
  return root && root->getString() == "taipan list" &&
         (name->getString() == "list item" || name->getString() == "list header");
}

// Whether `i` may change an instance slot or its state word.
bool mayChangeSlots(const llvm::Instruction& i) {
  if (auto* s = llvm::dyn_cast<llvm::StoreInst>(&i)) return !stackOrGlobal(s->getPointerOperand()) && !listStore(*s);
  if (auto* a = llvm::dyn_cast<llvm::AtomicRMWInst>(&i)) return !stackOrGlobal(a->getPointerOperand());
  if (auto* a = llvm::dyn_cast<llvm::AtomicCmpXchgInst>(&i)) return !stackOrGlobal(a->getPointerOperand());
  auto* cb = llvm::dyn_cast<llvm::CallBase>(&i);
  if (!cb) return false;
  if (cb->onlyReadsMemory() || deferredPeek(cb)) return false;
  const llvm::Function* callee = cb->getCalledFunction();
  if (callee && callee->getName().starts_with("tp.peek.")) return false;  // the markers
  if (auto* mi = llvm::dyn_cast<llvm::AnyMemIntrinsic>(cb)) return !stackOrGlobal(mi->getRawDest());
  if (auto* ii = llvm::dyn_cast<llvm::IntrinsicInst>(cb)) {
    switch (ii->getIntrinsicID()) {
      case llvm::Intrinsic::lifetime_start:
      case llvm::Intrinsic::lifetime_end:
      case llvm::Intrinsic::assume:
      case llvm::Intrinsic::experimental_noalias_scope_decl:
      case llvm::Intrinsic::donothing:
      case llvm::Intrinsic::dbg_declare:
      case llvm::Intrinsic::dbg_value:
      case llvm::Intrinsic::dbg_label:
        return false;
      default:
        return true;
    }
  }
  return !(callee && slotSafeCallee(callee->getName()));
}

// The type tests the lowering brackets with markers (lower.cpp
// peekedTypeTest): bool, int, float, str, list.
constexpr int kTypeTests = 5;

// A peeked (object, name): its value, whether the value is current, and
// per type test whether the value is known to pass it (only while current).
struct Key {
  llvm::AllocaInst* value = nullptr;
  llvm::AllocaInst* valid = nullptr;
  llvm::AllocaInst* passes[kTypeTests] = {};
};

bool calls(const llvm::CallInst* c, llvm::StringRef name) {
  const llvm::Function* callee = c->getCalledFunction();
  return callee && callee->getName() == name;
}

}  // namespace

bool isDeferredPeek(const llvm::CallBase& call) {
  const llvm::Function* callee = call.getCalledFunction();
  if (!callee || !call.isNoInline() || !call.onlyReadsMemory()) return false;
  for (const char* name : kPeeks)
    if (callee->getName() == name) return true;
  return false;
}

bool preparePeekCache(llvm::Module& module) {
  bool any = false;
  for (const char* name : kPeeks) {
    llvm::Function* peek = module.getFunction(name);
    if (!peek || peek->isDeclaration()) continue;
    llvm::SmallVector<llvm::CallBase*, 16> calls;
    for (llvm::User* u : peek->users())
      if (auto* cb = llvm::dyn_cast<llvm::CallBase>(u); cb && cb->getCalledFunction() == peek && isDeferredPeek(*cb))
        calls.push_back(cb);
    if (calls.empty()) continue;
    llvm::ValueToValueMapTy map;
    llvm::Function* copy = llvm::CloneFunction(peek, map);
    // linkonce_odr: interprocedural passes may not assume they see every
    // caller, so they leave its parameters alone (dead argument
    // elimination, constant propagation); always_inline keeps function
    // specialisation away. The call sites' noinline keeps the inliners away
    // until PeekCache, after which the copy is unused and dropped.
    copy->setLinkage(llvm::GlobalValue::LinkOnceODRLinkage);
    copy->setVisibility(llvm::GlobalValue::HiddenVisibility);
    copy->setName(std::string(name) + kDeferredSuffix);
    for (llvm::CallBase* cb : calls) cb->setCalledFunction(copy);
    any = true;
  }
  return any;
}

llvm::PreservedAnalyses PeekCache::run(llvm::Function& f, llvm::FunctionAnalysisManager& fam) {
  llvm::SmallVector<llvm::CallInst*, 16> peeks, markers;
  bool callbr = false;
  for (llvm::BasicBlock& bb : f)
    for (llvm::Instruction& i : bb) {
      if (auto* c = llvm::dyn_cast<llvm::CallInst>(&i)) {
        if (deferredPeek(c)) peeks.push_back(c);
        if (calls(c, "tp.peek.known") || calls(c, "tp.peek.tested")) markers.push_back(c);
      }
      callbr |= llvm::isa<llvm::CallBrInst>(i);
    }
  if (peeks.empty() && markers.empty()) return llvm::PreservedAnalyses::all();
  llvm::LLVMContext& ctx = f.getContext();
  llvm::Type* i1 = llvm::Type::getInt1Ty(ctx);
  // (object, name function, peek function)
  using KeyOf = std::tuple<llvm::Value*, llvm::Value*, llvm::Value*>;
  auto keyOf = [](llvm::CallInst* c) { return KeyOf(c->getArgOperand(0), c->getArgOperand(1), c->getCalledOperand()); };
  llvm::MapVector<KeyOf, Key> keys;
  llvm::BasicBlock& entry = f.getEntryBlock();
  llvm::IRBuilder<> eb(&entry, entry.getFirstInsertionPt());
  if (!callbr)
    for (llvm::CallInst* c : peeks) {
      KeyOf k = keyOf(c);
      // (An object an invoke returns is left alone: its value starts on an
      // edge, not after an instruction.)
      if (keys.count(k) || keys.size() == kMaxKeys || llvm::isa<llvm::InvokeInst>(std::get<0>(k))) continue;
      Key& key = keys[k];
      key.value = eb.CreateAlloca(c->getType(), nullptr, "peek.value");
      key.valid = eb.CreateAlloca(i1, nullptr, "peek.valid");
    }
  // The key a marker's value is the peek of, with the marker's test.
  auto markerKey = [&](llvm::CallInst* m, int& test) -> Key* {
    auto* c = llvm::dyn_cast<llvm::CallInst>(m->getArgOperand(0));
    auto* code = llvm::dyn_cast<llvm::ConstantInt>(m->getArgOperand(1));
    if (!c || !deferredPeek(c) || !code || code->getZExtValue() >= kTypeTests) return nullptr;
    auto it = keys.find(keyOf(c));
    if (it == keys.end()) return nullptr;
    test = static_cast<int>(code->getZExtValue());
    return &it->second;
  };
  for (llvm::CallInst* m : markers) {
    int test = 0;
    if (Key* key = markerKey(m, test); key && !key->passes[test])
      key->passes[test] = eb.CreateAlloca(i1, nullptr, "peek.passes");
  }
  // Every flag clear on entry (after the allocas, which stay first).
  auto clearKey = [](llvm::IRBuilder<>& b, const Key& key) {
    b.CreateStore(b.getFalse(), key.valid);
    for (llvm::AllocaInst* p : key.passes)
      if (p) b.CreateStore(b.getFalse(), p);
  };
  for (auto& [k, key] : keys) {
    eb.CreateStore(llvm::Constant::getNullValue(key.value->getAllocatedType()), key.value);
    clearKey(eb, key);
  }
  if (!keys.empty()) {
    // The flags cleared after whatever may change a slot.
    llvm::SmallVector<llvm::Instruction*, 64> kills;
    for (llvm::BasicBlock& bb : f)
      for (llvm::Instruction& i : bb)
        if (mayChangeSlots(i)) kills.push_back(&i);
    // After an invoke: on its normal edge (split when the destination has
    // other predecessors, often the fast path it rejoins) and in its landing
    // pad.
    llvm::SmallPtrSet<llvm::BasicBlock*, 16> pads;
    auto clearAt = [&](llvm::BasicBlock::iterator at) {
      llvm::IRBuilder<> b(at->getParent(), at);
      for (auto& [k, key] : keys) clearKey(b, key);
    };
    for (llvm::Instruction* i : kills) {
      auto* inv = llvm::dyn_cast<llvm::InvokeInst>(i);
      if (!inv) {
        clearAt(std::next(i->getIterator()));
        continue;
      }
      llvm::BasicBlock* normal = inv->getNormalDest();
      if (normal->getSinglePredecessor() != inv->getParent()) normal = llvm::SplitEdge(inv->getParent(), normal);
      clearAt(normal->getFirstInsertionPt());
      if (pads.insert(inv->getUnwindDest()).second) clearAt(inv->getUnwindDest()->getFirstInsertionPt());
    }
    // An object made in the function is a new one each time its definition
    // runs.
    for (auto& [k, key] : keys) {
      auto* def = llvm::dyn_cast<llvm::Instruction>(std::get<0>(k));
      if (!def) continue;
      llvm::IRBuilder<> b(def->getParent(), llvm::isa<llvm::PHINode>(def) ? def->getParent()->getFirstInsertionPt()
                                                                          : std::next(def->getIterator()));
      clearKey(b, key);
    }
  }
  // The markers: what is known of a kept value's type, and what its test
  // found (nothing where the value is not a kept peek's).
  for (llvm::CallInst* m : markers) {
    int test = 0;
    Key* key = markerKey(m, test);
    llvm::IRBuilder<> b(m);
    if (calls(m, "tp.peek.known"))
      m->replaceAllUsesWith(key ? b.CreateLoad(i1, key->passes[test], "peek.known")
                                : static_cast<llvm::Value*>(b.getFalse()));
    else if (key)
      b.CreateStore(m->getArgOperand(2), key->passes[test]);
    m->eraseFromParent();
  }
  if (!keys.empty()) {
    // Each peek: the cached value when valid, else the call, which fills it.
    for (llvm::CallInst* c : peeks) {
      auto it = keys.find(keyOf(c));
      if (it == keys.end()) continue;
      const Key& key = it->second;
      llvm::BasicBlock* head = c->getParent();
      llvm::BasicBlock* join = head->splitBasicBlock(c->getIterator(), "peek.join");
      head->getTerminator()->eraseFromParent();
      llvm::BasicBlock* hit = llvm::BasicBlock::Create(ctx, "peek.hit", &f, join);
      llvm::BasicBlock* miss = llvm::BasicBlock::Create(ctx, "peek.miss", &f, join);
      llvm::IRBuilder<> b(head);
      b.CreateCondBr(b.CreateLoad(i1, key.valid, "peek.ok"), hit, miss);
      b.SetInsertPoint(hit);
      llvm::Value* cached = b.CreateLoad(c->getType(), key.value, "peek.cached");
      b.CreateBr(join);
      b.SetInsertPoint(miss);
      llvm::Instruction* to_join = b.CreateBr(join);
      c->moveBefore(to_join);
      b.SetInsertPoint(to_join);
      llvm::Instruction* fill = b.CreateStore(c, key.value);
      b.CreateStore(b.getTrue(), key.valid);
      llvm::PHINode* phi = llvm::PHINode::Create(c->getType(), 2, "peek");
      phi->insertBefore(join->begin());
      phi->addIncoming(cached, hit);
      phi->addIncoming(c, miss);
      c->replaceUsesWithIf(phi, [&](llvm::Use& u) { return u.getUser() != phi && u.getUser() != fill; });
    }
    llvm::SmallVector<llvm::AllocaInst*, 32> slots;
    for (auto& [k, key] : keys) {
      slots.push_back(key.value);
      slots.push_back(key.valid);
      for (llvm::AllocaInst* p : key.passes)
        if (p) slots.push_back(p);
    }
    llvm::DominatorTree dt(f);
    llvm::PromoteMemToReg(slots, dt);
  }
  // The peeks' bodies, inlined now.
  for (llvm::CallInst* c : peeks) {
    c->removeFnAttr(llvm::Attribute::NoInline);
    c->removeFnAttr(llvm::Attribute::Memory);
    llvm::InlineFunctionInfo ifi;
    llvm::InlineFunction(*c, ifi);
  }
  fam.invalidate(f, llvm::PreservedAnalyses::none());
  if (!cleanup_) {
    cleanup_ = std::make_unique<llvm::FunctionPassManager>();
    cleanup_->addPass(llvm::SimplifyCFGPass());
    cleanup_->addPass(llvm::InstCombinePass());
    cleanup_->addPass(llvm::JumpThreadingPass());
    cleanup_->addPass(llvm::SimplifyCFGPass());
    cleanup_->addPass(llvm::GVNPass());
    cleanup_->addPass(llvm::SimplifyCFGPass());
  }
  cleanup_->run(f, fam);
  return llvm::PreservedAnalyses::none();
}

}  // namespace taipan::codegen
