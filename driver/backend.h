// The driver's code-generation path: AST -> IR (irgen) -> IR passes ->
// LLVM IR (lower) -> optimised LLVM IR, assembly or object (codegen) -> an
// executable (link). It stops where --emit asks and returns that phase's
// output as text (or bytes, for --emit=obj); `build` writes the executable,
// `run` builds into the cache and hands back the path to exec.
#pragma once

#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/sema/scopes.h"
#include "compiler/source/source_file.h"
#include "driver/options.h"

namespace taipan::driver {

struct BackendOutput {
  std::string emitted;     // what --emit asked for
  std::string executable;  // run: the cached executable to exec
};

// True when the invocation needs more than the front end for this file.
bool needsBackend(const Invocation& inv);

// One checked module of the program.
struct ModuleUnit {
  std::string name;  // "__main__" for the program's main file, else the dotted name
  bool is_package = false;
  const ast::Module* module = nullptr;
  const sema::ScopeTree* scopes = nullptr;
  const SourceFile* file = nullptr;
  // The runtime modules it imports (top-level names: `zlib`, `_re`, ...),
  // found by the front end's import walk; the link step asks for their
  // native cores (decision 0060).
  std::vector<std::string> runtime_imports;
};

// Runs the back end over a program's checked modules, the main one first;
// each is generated, optimised and lowered on its own, then the LLVM modules
// are linked into one. Returns false after reporting a problem to `diags`
// (irgen's unsupported constructs, link failures).
bool runBackend(const Invocation& inv, const std::vector<ModuleUnit>& units, diag::DiagnosticEngine& diags,
                BackendOutput& out);

// Replaces this process with the program (execv), passing `args` after
// argv[0] = `script`; only returns on failure (with `error` set).
void execProgram(const std::string& executable, const std::string& script, const std::vector<std::string>& args,
                 std::string& error);

}  // namespace taipan::driver
