// libFuzzer target `fuzz_pipeline`: the whole front-to-IR path of
// `taipan build`, without linking: source bytes -> tokens -> AST -> scopes ->
// irgen (types inferred on the way) -> the IR pass pipeline of the -O level
// -> the IR verifier -> ir::printModule -> lowering to an in-memory LLVM
// module (which LLVM's verifier checks). Inputs whose size is a multiple of
// four take the -O0 path (no passes), the others -O2. As in the driver, a
// phase that reports errors (a syntax error, an unsupported construct) ends
// the input, while an IR that does not verify, a failed pass or a failed
// lowering is an internal error, which aborts in this build.
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "compiler/base/check.h"
#include "compiler/ir/text.h"
#include "compiler/ir/verifier.h"
#include "compiler/irgen/irgen.h"
#include "compiler/lex/lexer.h"
#include "compiler/lower/lower.h"
#include "compiler/parse/parser.h"
#include "compiler/passes/pass.h"
#include "compiler/sema/scopes.h"
#include "fuzz/fuzz_common.h"

namespace {

using namespace taipan;

void backEnd(const ast::Module& module, const sema::ScopeTree& scopes, const SourceFile& file,
             diag::DiagnosticEngine& diags, int opt_level) {
  ir::Module irm;
  irm.name = "__main__";
  irm.source_path = file.path();
  irgen::IrGenOptions options;
  options.opt_level = opt_level;
  setCurrentPhase("irgen");
  if (!irgen::generateIR(module, scopes, file, diags, irm, options) || diags.hasErrors()) return;

  setCurrentPhase("passes");
  std::string error;
  if (!passes::runPasses(irm, passes::defaultPipeline(opt_level), /*verify_each=*/false, error))
    TP_FATAL("IR pass pipeline failed: " + error);
  setCurrentPhase("verify");
  std::vector<std::string> problems;
  if (!ir::verify(irm, problems)) {
    std::string msg = "the IR does not verify:";
    for (size_t k = 0; k < problems.size() && k < 10; ++k) msg += "\n  " + problems[k];
    TP_FATAL(msg);
  }
  volatile size_t sink = ir::printModule(irm).size();
  (void)sink;

  setCurrentPhase("lower");
  llvm::LLVMContext context;
  lower::LowerOptions lo;
  std::unique_ptr<llvm::Module> llm = lower::lowerModule(irm, context, lo, error);
  if (!llm) TP_FATAL(error);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (fuzz::tooLarge(size)) return -1;
  std::unique_ptr<SourceFile> file = fuzz::loadInput(data, size);
  if (!file) return 0;
  diag::DiagnosticEngine diags;
  setCurrentPhase("lex");
  lex::TokenStream tokens = lex::tokenize(*file, diags);
  if (!diags.hasErrors()) {
    setCurrentPhase("parse");
    ast::ParsedModule parsed = parse::parseModule(tokens, diags);
    if (!diags.hasErrors() && parsed.module) {
      setCurrentPhase("sema");
      sema::ScopeTree scopes = sema::analyzeScopes(parsed.module, *file, diags);
      if (!diags.hasErrors()) backEnd(*parsed.module, scopes, *file, diags, size % 4 == 0 ? 0 : 2);
    }
  }
  fuzz::renderDiagnostics(diags, size);
  return 0;
}
