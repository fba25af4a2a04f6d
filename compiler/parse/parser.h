// Public entry point of the parser: builds the AST (ast.h) of one module from
// its TokenStream, with CPython 3.12's grammar and AST shape, and reports
// syntax errors on the line CPython reports them. After an error the parser
// resynchronises at the next statement so that several errors can be shown;
// the module it returns is then incomplete and must not be compiled further.
#pragma once

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/lex/token.h"

namespace taipan::parse {

struct ParseOptions {
  // Stop after this many syntax errors (the first one is always CPython's).
  unsigned max_errors = 20;
};

ast::ParsedModule parseModule(const lex::TokenStream& tokens, diag::DiagnosticEngine& diags,
                              const ParseOptions& options = {});

}  // namespace taipan::parse
