// libFuzzer target `fuzz_parser`: source bytes -> SourceFile -> tokens ->
// parse::parseModule (with its error recovery, up to 20 syntax errors) ->
// ast::dumpAst of a module that parsed cleanly (the --emit=ast text), then
// the rendering of the diagnostics. As in the driver, a lexer error stops
// the input before the parser.
#include <cstddef>
#include <cstdint>

#include "compiler/ast/dump.h"
#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"
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
      volatile size_t sink = ast::dumpAst(parsed.module).size();
      (void)sink;
    }
  }
  fuzz::renderDiagnostics(diags, size);
  return 0;
}
