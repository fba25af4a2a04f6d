// AST -> IR generation: turns a checked module (AST + scopes) into Taipan IR
// (compiler/ir/ir.h) with the module's top-level code as its init function
// and one IR function per def/lambda (plus typed clones of module functions
// whose parameters are annotated int/float/bool; see
// docs/decisions/0008-first-inference.md). Locals are SSA values built
// directly with block arguments; typed int/float/bool values stay unboxed
// where the first inference pass (compiler/types) proves them.
//
// Constructs outside the implemented subset are reported as UnsupportedSyntax
// ("'X' is not supported yet") at the construct and make generateIR return
// false; nothing is silently miscompiled.
#pragma once

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/ir/ir.h"
#include "compiler/sema/scopes.h"
#include "compiler/source/source_file.h"

namespace taipan::irgen {

struct IrGenOptions {
  int opt_level = 2;
  // The module being compiled: its dotted name ("__main__" for the program)
  // and whether it is a package's __init__.py (relative imports resolve
  // against the module itself then, else against its parent package).
  std::string module_name = "__main__";
  bool is_package = false;
};

// The package a module's relative imports start from (CPython's
// __package__): the module itself for a package, else its parent ("" for a
// top-level module or __main__).
std::string packageOf(std::string_view module_name, bool is_package);

// The absolute name `from <level dots><module> import ...` refers to, in
// `package` (see packageOf). Returns false with CPython's ImportError text in
// `error` when there is no such package ("attempted relative import with no
// known parent package", "... beyond top-level package").
bool absoluteImportName(std::string_view package, int level, std::string_view module, std::string& out,
                        std::string& error);

bool generateIR(const ast::Module& module, const sema::ScopeTree& scopes, const SourceFile& file,
                diag::DiagnosticEngine& diags, ir::Module& out, const IrGenOptions& options = {});

}  // namespace taipan::irgen
