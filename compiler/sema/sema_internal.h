// Private plumbing shared by the files of compiler/sema: the error collector
// that orders scope and compile-time errors, and the entry points of the
// checks that run besides symbol-table construction (future imports in
// future.cpp, the compiler's own checks in checks.cpp). CPython stops at its
// first error, found in phase order (future statements, symtable pass 1,
// symtable analysis, code generation); we report every error, the one CPython
// would report first leading and the rest in source order.
#pragma once

#include <string>
#include <vector>

#include "compiler/sema/scopes.h"

namespace taipan::sema {

class ErrorSink {
 public:
  // CPython's phases, in the order it runs them.
  enum Stage : int { kFuture = 0, kSymtable = 1, kAnalyze = 2, kCompile = 3 };

  void add(Stage stage, diag::Kind kind, SrcRange range, std::string message);
  bool empty() const { return errors_.empty(); }
  // Reports everything to `diags`: CPython's first error, then the others by
  // source position. Exact duplicates are dropped.
  void flush(const SourceFile& file, diag::DiagnosticEngine& diags);

 private:
  struct Pending {
    Stage stage;
    size_t seq;
    diag::Kind kind;
    SrcRange range;
    std::string message;
  };
  std::vector<Pending> errors_;
};

// Runs future.c's rules over the module's leading statements; returns whether
// `from __future__ import annotations` is in effect and sets `future_line` to
// the line of the last valid leading future import (0 if none).
bool checkFutureImports(const ast::Module* module, const SourceFile& file, ErrorSink& errors, uint32_t& future_line);

// The SyntaxErrors CPython's code generator raises (compile.c): misplaced
// return/yield/await/break/continue, async constructs outside async functions,
// starred targets, late future imports, `default 'except:' must be last`,
// assignments to __debug__.
void checkCompileErrors(const ast::Module* module, const ScopeTree& tree, const SourceFile& file, uint32_t future_line,
                        ErrorSink& errors);

}  // namespace taipan::sema
