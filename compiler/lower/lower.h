// Lowering: turns a verified ir::Module into an llvm::Module through the LLVM
// 19 C++ API. Word-typed values become i64, float double, bool i1; block
// arguments become phi nodes; ops with a runtime function become calls
// declared from the generated runtime table, and the hot typed ops (tagged
// int arithmetic and comparisons, float arithmetic) are inlined with a
// runtime fallback. Exceptions use the Itanium zero-cost model: an op that
// may raise is an `invoke` whose landing pad either hands the exception to
// the IR's unwind block (tp_landing_at) or records a traceback frame and
// resumes. The per-function and per-module ABI is described in lower.cpp.
#pragma once

#include <memory>
#include <string>

#include "compiler/ir/ir.h"

namespace llvm {
class LLVMContext;
class Module;
}  // namespace llvm

namespace taipan::lower {

struct LowerOptions {
  std::string target_triple;  // empty: the host's
  std::string data_layout;    // empty: none set (codegen sets the TargetMachine's)
  // -g: DWARF for the module (a DICompileUnit, a DISubprogram named with the
  // Python qualified name per function, a DILocation with the Python line on
  // every instruction). File names are the source paths as given and the
  // compilation directory is ".", so the output does not depend on the cwd.
  bool debug_info = false;
  // Mark the call sites of small leaf functions always-inline (decision
  // 0057); off at -O0, where each Python function keeps its own frame for
  // debuggers.
  bool inline_small_leaves = true;
  // Call the runtime from cold blocks through register-preserving thunks
  // (cold_calls.h, decision 0065); off at -O0, where nothing is kept in
  // registers across calls anyway.
  bool cold_call_thunks = true;
  // Leave each attr.peek a call, noinline and readonly, for codegen's
  // PeekCache pass to keep across loops and inline (decision 0084); -O2 and
  // -O3.
  bool defer_peeks = false;
};

// String attribute of the `optnone` functions that run at most once per run
// (module code, and the loop-free functions ir::runOnceFunctions finds):
// the split code generation emits them apart, without optimisation
// (decision 0078). A generic body, `optnone` too, may run often and does
// not carry it.
inline constexpr const char* kRunOnceAttr = "taipan-run-once";

// Prefix of the name of the alias-tag type that marks the header loads of a
// list that is a list wherever its function runs; the function's lowered
// name follows (codegen.cpp's ListHeaderReload reads the mark).
inline constexpr const char* kListHeaderMark = "list header of ";

// Symbol of the init function of a module: `__taipan_main_init` for
// "__main__" (runtime/main.cpp passes it to tp_main), otherwise
// `__taipan_init_<name>` with dots as `$` (other non-identifier bytes as
// `$xx`), so distinct names never share a symbol.
std::string moduleInitSymbol(const ir::Module& module);

// Lowers `module`. Returns null and sets `error` when the result does not
// pass llvm::verifyModule (a lowering bug; the message names the problem).
std::unique_ptr<llvm::Module> lowerModule(const ir::Module& module, llvm::LLVMContext& context,
                                          const LowerOptions& options, std::string& error);

}  // namespace taipan::lower
