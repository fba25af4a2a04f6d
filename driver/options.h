// The parsed command line of one `taipan` invocation, and the parser that
// builds it (CLI11 underneath). Everything the rest of the driver needs is in
// `Invocation`; no other file looks at argv. Usage errors are reported here,
// in one line plus a hint to --help, and turn into exit status 2.
#pragma once

#include <string>
#include <vector>

#include "compiler/diag/render.h"

namespace taipan::driver {

enum class Command { None, Run, Build, Check };

// The phase whose result --emit prints: front-end dumps, the IR before
// (IrRaw) and after (Ir) the IR pass pipeline, optimised LLVM IR, assembly,
// or an object file.
enum class Emit { None, Tokens, Ast, Scopes, IrRaw, Ir, Llvm, Asm, Obj };

enum class ColorMode { Auto, Always, Never };

// --explain-types: list the values that fell back to object (text, as notes
// on stderr) or write an HTML page of the source coloured by dynamic work.
enum class ExplainTypes { None, Text, Html };

struct Invocation {
  Command command = Command::None;
  std::vector<std::string> inputs;        // one for run/build, one or more for check
  std::vector<std::string> program_args;  // run: everything after FILE
  Emit emit = Emit::None;
  std::string output;       // -o; empty = default (stdout for --emit)
  int opt_level = 2;        // -O0..-O3
  std::string march;        // -march=CPU ("native" or an x86-64 level); empty: portable x86-64
  bool debug_info = false;  // -g
  int jobs = 1;             // -j (parseCommandLine's default: the available CPUs)
  bool verbose = false;     // -v
  diag::Format diag_format = diag::Format::Text;
  ColorMode color = ColorMode::Auto;
  bool warnings = true;                             // false with -w
  bool warnings_as_errors = false;                  // -Werror
  ExplainTypes explain_types = ExplainTypes::None;  // --explain-types[=text|html]
  bool strict = false;                              // --strict: every fallback to object is an error
};

// Exit statuses (docs/cli.md). 70 comes from compiler/base/check.cpp.
constexpr int kExitOk = 0;
constexpr int kExitUserError = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInternal = 70;

// Parses argv into `inv`. Returns -1 when the caller should go on compiling,
// otherwise the exit status to end with (0 after --help/--version, 2 after a
// usage error, which has already been printed).
int parseCommandLine(int argc, char** argv, Invocation& inv);

const char* commandName(Command c);
const char* emitName(Emit e);

}  // namespace taipan::driver
