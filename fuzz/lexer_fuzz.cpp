// libFuzzer target `fuzz_lexer`: raw bytes -> SourceFile::fromBytes (BOM,
// PEP 263 coding declarations, UTF-8 validation) -> lex::tokenize ->
// lex::dumpTokens (the --emit=tokens text, which re-reads every token's
// spelling) and the rendering of the diagnostics, including the tokenizer
// error that --emit=tokens reports. Any crash, sanitizer report, internal
// error (aborts in this build) or hang is a bug in the lexer.
#include <cstddef>
#include <cstdint>

#include "compiler/lex/lexer.h"
#include "fuzz/fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace taipan;
  if (fuzz::tooLarge(size)) return -1;
  std::unique_ptr<SourceFile> file = fuzz::loadInput(data, size);
  if (!file) return 0;
  diag::DiagnosticEngine diags;
  lex::TokenStream tokens = lex::tokenize(*file, diags);
  volatile size_t sink = lex::dumpTokens(tokens).size();
  (void)sink;
  if (tokens.error) {
    const diag::Diagnostic& e = *tokens.error;
    diags.report(e.kind, e.file, e.range, e.message);
    for (const diag::Diagnostic& n : e.notes) diags.note(n.file, n.range, n.message);
  }
  fuzz::renderDiagnostics(diags, size);
  return 0;
}
