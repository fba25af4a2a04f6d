// Peeked attributes kept across loops (decision 0084): an LLVM function pass
// that gives each (object, attribute) pair peeked by attr.peek, or read
// through tp_attr_peek_w, a cached value, a valid flag and flags for the
// value's type tests. A peek whose flag is set takes the cached value; any
// other peeks (the runtime's function, inlined here) and fills the cache.
// Every instruction that may change an instance slot (a call that may write
// memory, which is also every way user code runs, or a store outside the
// stack, the globals and list items) clears the flags. Promoted to SSA, the
// flags and values become phis, so a loop whose hot path changes no
// attribute peeks once and its other paths peek again where they rejoin. Run
// after inlining (codegen.cpp registers it at the vectorizer's start), where
// the calls left in a function are the only ways out of it.
#pragma once

#include <llvm/IR/PassManager.h>

#include <memory>

namespace llvm {
class CallBase;
class Function;
class Module;
}  // namespace llvm

namespace taipan::codegen {

// Whether `call` is one the lowering deferred for PeekCache (a call of
// tp_attr_peek or tp_attr_peek_w marked noinline and readonly): it will be
// inlined like the runtime's other fast paths.
bool isDeferredPeek(const llvm::CallBase& call);

// Before the pipeline: points the lowering's deferred peeks (calls of
// tp_attr_peek or tp_attr_peek_w marked noinline and readonly) at copies of
// their bodies named with a ".deferred" suffix, which the pipeline keeps
// (the runtime's own definitions are available_externally and dropped before
// the vectorizer's start). Returns false when there is none.
bool preparePeekCache(llvm::Module& module);

class PeekCache : public llvm::PassInfoMixin<PeekCache> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam);
  static bool isRequired() { return false; }

 private:
  std::unique_ptr<llvm::FunctionPassManager> cleanup_;
};

}  // namespace taipan::codegen
