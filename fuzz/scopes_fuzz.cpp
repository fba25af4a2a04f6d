// libFuzzer target `fuzz_scopes`: source bytes -> tokens -> AST ->
// sema::analyzeScopes (symbol tables, global/nonlocal checks and the other
// compile-time scope errors CPython raises) -> sema::dumpScopes (the
// --emit=scopes text), then the rendering of the diagnostics. The earlier
// phases stop the input where the driver would.
#include <cstddef>
#include <cstdint>

#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"
#include "compiler/sema/scopes.h"
#include "fuzz/fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace taipan;
  if (fuzz::tooLarge(size)) return -1;
  std::unique_ptr<SourceFile> file = fuzz::loadInput(data, size);
  if (!file) return 0;
  diag::DiagnosticEngine diags;
  lex::TokenStream tokens = lex::tokenize(*file, diags);
  if (!diags.hasErrors()) {
    ast::ParsedModule parsed = parse::parseModule(tokens, diags);
    if (!diags.hasErrors() && parsed.module) {
      sema::ScopeTree scopes = sema::analyzeScopes(parsed.module, *file, diags);
      if (!diags.hasErrors()) {
        volatile size_t sink = sema::dumpScopes(scopes).size();
        (void)sink;
      }
    }
  }
  fuzz::renderDiagnostics(diags, size);
  return 0;
}
