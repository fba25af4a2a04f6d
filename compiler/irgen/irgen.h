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
};

bool generateIR(const ast::Module& module, const sema::ScopeTree& scopes, const SourceFile& file,
                diag::DiagnosticEngine& diags, ir::Module& out, const IrGenOptions& options = {});

}  // namespace taipan::irgen
