// Command-line parsing for `taipan`: the subcommands (run, build, check), the
// compiler-style options shared by all of them, the help texts, and the
// translation of CLI11's exceptions into one-line usage errors with exit
// status 2 (CLI11's own exit codes are not ours). Values with a fixed set of
// spellings (--emit, --color, -O, -W...) are read as strings and checked here
// so that each bad value gets a message saying what would be accepted.
#include "driver/options.h"

#include <sched.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <thread>

namespace taipan::driver {

namespace {

// The default for -j: the CPUs this process may run on (its affinity mask,
// which a container or `taskset` narrows), else the machine's.
int availableCpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
  unsigned n = std::thread::hardware_concurrency();
  return n > 0 ? static_cast<int>(n) : 1;
}

constexpr const char* kVersionLine = "taipan " TAIPAN_VERSION " (Python 3.12 to native code; LLVM 19)";

constexpr const char* kMainHelp = R"(taipan: an ahead-of-time compiler from Python 3.12 to native code

Usage: taipan <command> [options] FILE...
       taipan run [options] FILE [ARGS...]

Commands:
  run FILE [ARGS...]    compile FILE (cached) and run it with ARGS, like `python FILE ARGS...`
  build FILE            compile FILE to a standalone native executable (-o names it)
  check FILE...         report syntax and scope errors only; no output (for CI and editors)

Output:
  --emit=PHASE          stop after PHASE and print its result instead of compiling:
                          tokens   the token stream, one token per line
                          ast      the syntax tree, as Python's ast.dump() prints it
                          scopes   the symbol tables (local/global/free/cell names)
                          ir-raw   Taipan IR as generated, before the IR passes
                          ir       Taipan IR after the IR passes for the -O level
                          llvm     optimised LLVM IR (textual .ll)
                          asm      assembly for the target
                          obj      an object file (default output: FILE.o)
  -o FILE               write the output to FILE (replaced atomically); `-' is stdout

Code generation:
  -O0, -O1, -O2, -O3    optimisation level (default: -O2)
  -march=CPU            target CPU: native (this machine; not portable) or
                        x86-64, x86-64-v2, x86-64-v3, x86-64-v4 (default: x86-64)
  -g                    generate debug information (accepted; DWARF arrives later)
  -j N                  run up to N jobs in parallel (default: the number of
                        CPUs this process may run on)

Types:
  --explain-types[=text|html]
                        report every value that fell back to `object` (the dynamic
                        path) with its line and the reason: text prints notes on
                        stderr; html writes STEM.types.html, the source coloured
                        by the dynamic operations on each line
  --strict              make every fallback to `object` an error (exit status 1)

Diagnostics:
  --diagnostics-format=text|json
                        clang-style text with source lines (default), or one JSON
                        object per line for tools
  --color=auto|always|never
                        colour text diagnostics (auto: only when stderr is a terminal
                        and NO_COLOR is unset)
  -w                    suppress all warnings
  -Werror               treat warnings as errors

General:
  -v, --verbose         print each phase and its timing to stderr
  --version             print the version and exit
  -h, --help            print this help; `taipan COMMAND --help` describes one command

Examples:
  taipan run app.py --name world       compile and run app.py with two arguments
  taipan build app.py -o app           build the executable ./app
  taipan check src/*.py                check several files, exit 1 if any has errors
  taipan check --diagnostics-format=json app.py
  taipan build --emit=ir app.py        print the typed IR

Exit status: 0 success, 1 errors in the input, 2 bad command line,
70 internal compiler error; `run` exits with the program's status.
Full reference: docs/cli.md.
)";

constexpr const char* kRunHelp = R"(Usage: taipan run [options] FILE [ARGS...]

Compile FILE and run the result with ARGS, like `python FILE ARGS...`. Everything
after FILE belongs to the program, even arguments that look like options.
The program's exit status becomes taipan's. The executable is cached under
$XDG_CACHE_HOME/taipan (default ~/.cache/taipan), keyed by the source, the
options and the compiler version, so running an unchanged program again
starts it at once.

Options before FILE: --emit=PHASE, -O0..-O3, -march=CPU, -g, -j N, -v,
--explain-types[=text|html], --strict, --diagnostics-format=text|json,
--color=auto|always|never, -w, -Werror (see `taipan --help` and docs/cli.md).

Example:
  taipan run -O3 app.py --name world
)";

constexpr const char* kBuildHelp = R"(Usage: taipan build [options] FILE [-o OUT]

Compile FILE to a standalone native executable OUT (default: FILE without .py,
in the current directory). With --emit=PHASE, stop after PHASE and write its
result to OUT (default: stdout; FILE.o for --emit=obj).

Options: --emit=tokens|ast|scopes|ir-raw|ir|llvm|asm|obj, -o FILE, -O0..-O3,
-march=CPU, -g, -j N, -v, --explain-types[=text|html], --strict,
--diagnostics-format=text|json, --color=auto|always|never, -w, -Werror
(see `taipan --help` and docs/cli.md).

Examples:
  taipan build app.py -o app
  taipan build --explain-types=html app.py
  taipan build -O3 -march=native app.py
  taipan build --emit=llvm app.py -o app.ll
)";

constexpr const char* kCheckHelp = R"(Usage: taipan check [options] FILE...

Run the front end (tokenizer, parser, scope analysis) over each FILE and report
every problem found. Prints nothing when all files are fine. Exit status 0 when
no file has errors, 1 otherwise. `-' reads standard input.

Options: --emit=tokens|ast|scopes (print that phase's result too), -o FILE
(with --emit), -v, --diagnostics-format=text|json, --color=auto|always|never,
-w, -Werror (see `taipan --help` and docs/cli.md).

Examples:
  taipan check app.py lib/*.py
  taipan check --diagnostics-format=json app.py
)";

void usageError(const std::string& message) {
  std::fprintf(stderr, "taipan: error: %s\nrun 'taipan --help' for usage\n", message.c_str());
}

// Options that take their value as the next argument when it is not attached
// (`-o out`, `--emit ast`). The pre-scan below needs them to tell option
// values from positional arguments.
bool takesSeparateValue(std::string_view arg) {
  for (std::string_view opt : {"-o", "-j", "-O", "-W", "--emit", "--diagnostics-format", "--color"})
    if (arg == opt) return true;
  return false;
}

// Index of the first positional argument at or after `from`, or argc.
int findPositional(int argc, char** argv, int from, bool* after_dashdash) {
  for (int i = from; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") {
      *after_dashdash = true;
      return i + 1;
    }
    if (a.size() > 1 && a[0] == '-') {
      if (takesSeparateValue(a)) ++i;
      continue;
    }
    return i;
  }
  return argc;
}

std::string lowerFirst(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  while (!s.empty() && (s.back() == '.' || s.back() == '\n')) s.pop_back();
  return s;
}

bool endsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Rewrites a CLI11 parse error as our one-line message.
std::string describeParseError(const CLI::ParseError& e, CLI::App& app, bool have_command) {
  // CLI11 names some errors after the app rather than the error class, so
  // the class is tested directly.
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
    std::vector<std::string> extras = app.remaining();
    for (CLI::App* sub : app.get_subcommands()) {
      std::vector<std::string> more = sub->remaining();
      extras.insert(extras.end(), more.begin(), more.end());
    }
    for (const std::string& x : extras)
      if (x.size() > 1 && x[0] == '-') return "unknown option '" + x + "'";
    if (!extras.empty() && !have_command) {
      const std::string& x = extras.front();
      if (endsWith(x, ".py")) return "unknown command '" + x + "'; did you mean 'taipan run " + x + "'?";
      return "unknown command '" + x + "' (commands: run, build, check)";
    }
    if (!extras.empty()) return "unexpected argument '" + extras.front() + "'";
  }
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return "no input file";
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
    // "-o: 1 required TEXT missing"
    std::string what = e.what();
    size_t colon = what.find(':');
    if (colon != std::string::npos) return "option '" + what.substr(0, colon) + "' needs a value";
  }
  if (dynamic_cast<const CLI::ConversionError*>(&e)) {
    // "Could not convert: -j = abc"
    std::string what = e.what();
    size_t colon = what.find(": ");
    if (colon != std::string::npos) {
      std::string rest = what.substr(colon + 2);
      size_t eq = rest.find(" = ");
      if (eq != std::string::npos)
        return "invalid value '" + rest.substr(eq + 3) + "' for option '" + rest.substr(0, eq) + "'";
    }
  }
  return lowerFirst(e.what());
}

}  // namespace

const char* commandName(Command c) {
  switch (c) {
    case Command::Run:
      return "run";
    case Command::Build:
      return "build";
    case Command::Check:
      return "check";
    case Command::None:
      break;
  }
  return "";
}

const char* emitName(Emit e) {
  switch (e) {
    case Emit::Tokens:
      return "tokens";
    case Emit::Ast:
      return "ast";
    case Emit::Scopes:
      return "scopes";
    case Emit::IrRaw:
      return "ir-raw";
    case Emit::Ir:
      return "ir";
    case Emit::Llvm:
      return "llvm";
    case Emit::Asm:
      return "asm";
    case Emit::Obj:
      return "obj";
    case Emit::None:
      break;
  }
  return "";
}

int parseCommandLine(int argc, char** argv, Invocation& inv) {
  // `taipan help [COMMAND]`, as git and go spell it.
  if (argc >= 2 && std::strcmp(argv[1], "help") == 0) {
    std::string_view topic = argc >= 3 ? argv[2] : "";
    std::fputs(topic == "run"     ? kRunHelp
               : topic == "build" ? kBuildHelp
               : topic == "check" ? kCheckHelp
                                  : kMainHelp,
               stdout);
    return kExitOk;
  }

  // -march=CPU is a single-dash long option, which CLI11 cannot spell, so it
  // is taken out of argv first: anywhere before `--`, and for `run` only
  // before FILE (everything after FILE belongs to the program).
  std::vector<char*> args(argv, argv + argc);
  {
    int limit = argc;
    bool dd = false;
    int cmd = findPositional(argc, argv, 1, &dd);
    if (!dd && cmd < argc && std::strcmp(argv[cmd], "run") == 0) limit = findPositional(argc, argv, cmd + 1, &dd);
    bool have_march = false;
    for (int i = argc - 1; i >= 1; --i) {
      std::string_view x = argv[i];
      if (i >= limit || x.substr(0, 7) != "-march=") continue;
      bool after_dashdash = false;
      for (int k = 1; k < i; ++k) after_dashdash |= std::strcmp(argv[k], "--") == 0;
      if (after_dashdash) continue;
      if (!have_march) inv.march = std::string(x.substr(7));  // the last one wins
      have_march = true;
      args.erase(args.begin() + i);
    }
    static const char* const kCpus[] = {"native", "x86-64", "x86-64-v2", "x86-64-v3", "x86-64-v4"};
    if (have_march && std::none_of(std::begin(kCpus), std::end(kCpus), [&](const char* c) { return inv.march == c; })) {
      usageError("invalid value '" + inv.march +
                 "' for -march (expected native, x86-64, x86-64-v2, x86-64-v3 or x86-64-v4)");
      return kExitUsage;
    }
    argc = static_cast<int>(args.size());
    argv = args.data();
  }

  // `taipan run FILE ARGS...` hands everything after FILE to the program, so
  // those arguments are split off before CLI11 sees them (it would reject
  // the program's options as unknown).
  int cli_argc = argc;
  bool dashdash = false;
  int cmd_index = findPositional(argc, argv, 1, &dashdash);
  if (!dashdash && cmd_index < argc && std::strcmp(argv[cmd_index], "run") == 0) {
    bool file_dashdash = false;
    int file_index = findPositional(argc, argv, cmd_index + 1, &file_dashdash);
    if (file_index < argc) {
      cli_argc = file_index + 1;
      inv.program_args.assign(argv + file_index + 1, argv + argc);
    }
  }

  CLI::App app{"taipan"};
  app.set_help_flag("-h,--help");
  app.fallthrough();
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);

  std::string emit, output, opt_level, warning, diag_format, color;
  int jobs = availableCpus();
  bool version = false, debug = false, verbose = false, no_warnings = false, strict = false;
  std::string explain;
  app.add_option("--emit", emit);
  app.add_option("-o", output);
  app.add_option("-O", opt_level);
  app.add_option("-W", warning);
  app.add_option("-j", jobs);
  app.add_option("--diagnostics-format", diag_format);
  app.add_option("--color,--colour", color);
  app.add_flag("-g", debug);
  app.add_flag("--explain-types{text}", explain);
  app.add_flag("--strict", strict);
  app.add_flag("-v,--verbose", verbose);
  app.add_flag("-w", no_warnings);
  app.add_flag("--version", version);

  std::string run_file, build_file;
  std::vector<std::string> check_files;
  CLI::App* run = app.add_subcommand("run", "compile and run a program");
  run->add_option("file", run_file)->required();
  CLI::App* build = app.add_subcommand("build", "compile a program to an executable");
  build->add_option("file", build_file)->required();
  CLI::App* check = app.add_subcommand("check", "report errors only");
  check->add_option("files", check_files)->required();
  app.require_subcommand(0, 1);

  try {
    app.parse(cli_argc, argv);
  } catch (const CLI::CallForHelp&) {
    if (run->parsed())
      std::fputs(kRunHelp, stdout);
    else if (build->parsed())
      std::fputs(kBuildHelp, stdout);
    else if (check->parsed())
      std::fputs(kCheckHelp, stdout);
    else
      std::fputs(kMainHelp, stdout);
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    if (version) {
      std::puts(kVersionLine);
      return kExitOk;
    }
    bool have_command = run->parsed() || build->parsed() || check->parsed();
    usageError(describeParseError(e, app, have_command));
    return kExitUsage;
  }

  if (version) {
    std::puts(kVersionLine);
    return kExitOk;
  }
  if (run->parsed()) {
    inv.command = Command::Run;
    inv.inputs = {run_file};
  } else if (build->parsed()) {
    inv.command = Command::Build;
    inv.inputs = {build_file};
  } else if (check->parsed()) {
    inv.command = Command::Check;
    inv.inputs = check_files;
  } else {
    usageError("no command given (commands: run, build, check)");
    return kExitUsage;
  }

  if (!emit.empty()) {
    if (emit == "tokens")
      inv.emit = Emit::Tokens;
    else if (emit == "ast")
      inv.emit = Emit::Ast;
    else if (emit == "scopes")
      inv.emit = Emit::Scopes;
    else if (emit == "ir-raw")
      inv.emit = Emit::IrRaw;
    else if (emit == "ir")
      inv.emit = Emit::Ir;
    else if (emit == "llvm")
      inv.emit = Emit::Llvm;
    else if (emit == "asm")
      inv.emit = Emit::Asm;
    else if (emit == "obj")
      inv.emit = Emit::Obj;
    else {
      usageError("invalid value '" + emit + "' for --emit (expected tokens, ast, scopes, ir, llvm, asm or obj)");
      return kExitUsage;
    }
  }
  if (!opt_level.empty()) {
    if (opt_level.size() != 1 || opt_level[0] < '0' || opt_level[0] > '3') {
      usageError("invalid optimisation level '-O" + opt_level + "' (expected -O0, -O1, -O2 or -O3)");
      return kExitUsage;
    }
    inv.opt_level = opt_level[0] - '0';
  }
  if (!warning.empty()) {
    if (warning == "error")
      inv.warnings_as_errors = true;
    else if (warning == "no-error")
      inv.warnings_as_errors = false;
    else {
      usageError("unknown warning option '-W" + warning + "' (expected -Werror)");
      return kExitUsage;
    }
  }
  if (jobs < 1) {
    usageError("invalid value '" + std::to_string(jobs) + "' for option '-j' (expected a positive number)");
    return kExitUsage;
  }
  inv.jobs = jobs;
  if (!diag_format.empty()) {
    if (diag_format == "text")
      inv.diag_format = diag::Format::Text;
    else if (diag_format == "json")
      inv.diag_format = diag::Format::Json;
    else {
      usageError("invalid value '" + diag_format + "' for --diagnostics-format (expected text or json)");
      return kExitUsage;
    }
  }
  if (!color.empty()) {
    if (color == "auto")
      inv.color = ColorMode::Auto;
    else if (color == "always")
      inv.color = ColorMode::Always;
    else if (color == "never")
      inv.color = ColorMode::Never;
    else {
      usageError("invalid value '" + color + "' for --color (expected auto, always or never)");
      return kExitUsage;
    }
  }
  if (!explain.empty()) {
    if (explain == "text")
      inv.explain_types = ExplainTypes::Text;
    else if (explain == "html")
      inv.explain_types = ExplainTypes::Html;
    else {
      usageError("invalid value '" + explain + "' for --explain-types (expected text or html)");
      return kExitUsage;
    }
  }
  inv.strict = strict;
  inv.output = output;
  inv.debug_info = debug;
  inv.verbose = verbose;
  inv.warnings = !no_warnings;

  if (inv.emit == Emit::Obj && inv.output.empty() && inv.inputs.size() == 1) {
    // Like `cc -c`: an object file goes next to nowhere but the current
    // directory, named after the input.
    std::string base = inv.inputs[0] == "-" ? "stdin" : inv.inputs[0];
    if (size_t slash = base.rfind('/'); slash != std::string::npos) base = base.substr(slash + 1);
    if (endsWith(base, ".py")) base.resize(base.size() - 3);
    inv.output = base + ".o";
  }
  if (!inv.output.empty() && inv.emit == Emit::None && inv.command != Command::Build) {
    usageError(std::string("-o needs --emit with 'taipan ") + commandName(inv.command) +
               "' (it produces no output file otherwise)");
    return kExitUsage;
  }
  return -1;
}

}  // namespace taipan::driver
