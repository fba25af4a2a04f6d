// Cold runtime calls through register-preserving thunks (decision 0065).
// A runtime call that may raise is lowered as an `invoke`; on x86-64 no XMM
// register survives a call, and LLVM's register allocator does not split a
// live range around an invoke, so one slow-path invoke in a loop (a big-int
// add, an int converted to float) kept every float live across it in a
// stack slot for the whole loop: a float accumulator became a load, an add
// and a store per iteration. This step, run on the lowered module before
// optimisation, makes the runtime calls of cold blocks plain calls of small
// `preserve_all` thunks: the invokes through a thunk that catches, followed
// by a test of tp_exc_pending; the calls that cannot unwind through one that
// only calls. Such a call clobbers no register the caller keeps.
#pragma once

namespace llvm {
class Function;
class GlobalVariable;
class Module;
}  // namespace llvm

namespace taipan::lower {

// Rewrites the runtime calls of every cold block (one reached only through
// branches weighted at most 1:100, or from other cold blocks) of the
// module's optimised functions:
// - an invoke whose landing pad is the lowering's catch-all pad (landingpad;
//   tp_pending_catch; br %target) becomes `call @tp.catching.<callee>` (it
//   invokes the callee and, on an exception, calls tp_pending_catch and
//   returns zero), then `if (tp_exc_pending)` to a block of its own that
//   goes to %target;
// - a call that cannot unwind becomes `call @tp.cold.<callee>`.
// `exc_pending` is the module's declaration of the runtime's tp_exc_pending.
// Returns the number of calls rewritten.
int callColdRuntimeThroughThunks(llvm::Module& module, llvm::GlobalVariable* exc_pending);

// True for a thunk the rewrite above made (`tp.catching.*`, `tp.cold.*`).
bool isColdCallThunk(const llvm::Function& f);

}  // namespace taipan::lower
