// The driver's pipeline: load -> lex -> parse -> sema for each input, with
// --emit stopping after the phase it names and any phase that reported
// errors stopping the file there (everything collected so far is still
// shown). Diagnostics are rendered per file, as clang does for each
// translation unit, so a long `taipan check a.py b.py ...` reports as it
// goes. `build`, `run` and --emit=ir|llvm|asm|obj continue into the back end
// (driver/backend.cpp), after the front end has also run over every module
// the program imports from the main file's directory (driver/modules.h),
// transitively; `run` finally replaces this process with the compiled
// program.
#include "driver/frontend.h"

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "compiler/ast/dump.h"
#include "compiler/base/check.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/render.h"
#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"
#include "compiler/sema/scopes.h"
#include "compiler/source/source_file.h"
#include "driver/backend.h"
#include "driver/modules.h"
#include "driver/output.h"

namespace taipan::driver {

namespace {

using Clock = std::chrono::steady_clock;

bool useColor(ColorMode mode) {
  if (mode == ColorMode::Always) return true;
  if (mode == ColorMode::Never) return false;
  // https://no-color.org: a set, non-empty NO_COLOR turns colour off.
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color && *no_color) return false;
  const char* term = std::getenv("TERM");
  if (term && std::strcmp(term, "dumb") == 0) return false;
  return ::isatty(STDERR_FILENO) == 1;
}

// Prints "taipan: PHASE  FILE  1.23 ms (detail)" for -v.
class PhaseTimer {
 public:
  PhaseTimer(bool on, const char* phase, const std::string& path) : on_(on), phase_(phase), path_(path) {
    setCurrentPhase(phase);
    if (on_) start_ = Clock::now();
  }
  void done(const std::string& detail = "") {
    if (!on_) return;
    double ms = std::chrono::duration<double, std::milli>(Clock::now() - start_).count();
    std::fprintf(stderr, "taipan: %-6s %s  %.3f ms%s%s\n", phase_, path_.c_str(), ms, detail.empty() ? "" : "  ",
                 detail.c_str());
  }

 private:
  bool on_;
  const char* phase_;
  const std::string& path_;
  Clock::time_point start_;
};

bool readAll(std::FILE* f, std::string& bytes) {
  char buf[1 << 16];
  size_t n;
  while (bytes.size() <= SourceFile::kMaxSourceBytes && (n = std::fread(buf, 1, sizeof buf, f)) > 0)
    bytes.append(buf, n);
  if (bytes.size() > SourceFile::kMaxSourceBytes) {
    errno = EFBIG;  // reported as "File too large"
    return false;
  }
  return !std::ferror(f);
}

diag::Kind loadErrorKind(SourceFile::LoadError::Reason r) {
  switch (r) {
    case SourceFile::LoadError::Reason::NotFound:
      return diag::Kind::FileNotFound;
    case SourceFile::LoadError::Reason::NotReadable:
      return diag::Kind::FileUnreadable;
    case SourceFile::LoadError::Reason::IsDirectory:
      return diag::Kind::NotAFile;
    case SourceFile::LoadError::Reason::Decode:
      return diag::Kind::SourceEncoding;
  }
  return diag::Kind::FileUnreadable;
}

// Replaces every byte that is not part of valid UTF-8 with U+FFFD, so that a
// line which failed to decode can still be quoted.
// `first_bad` receives the output offset of the first replacement (or npos).
std::string sanitizeUtf8(std::string_view s, size_t& first_bad) {
  std::string out;
  first_bad = std::string::npos;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80                   ? 1
                 : (c >= 0xC2 && c <= 0xDF) ? 2
                 : (c >= 0xE0 && c <= 0xEF) ? 3
                 : (c >= 0xF0 && c <= 0xF4) ? 4
                                            : 0;
    bool ok = len > 0 && i + len <= s.size();
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
    if (ok && len == 3) {
      unsigned char b = static_cast<unsigned char>(s[i + 1]);
      ok = !(c == 0xE0 && b < 0xA0) && !(c == 0xED && b > 0x9F);
    }
    if (ok && len == 4) {
      unsigned char b = static_cast<unsigned char>(s[i + 1]);
      ok = !(c == 0xF0 && b < 0x90) && !(c == 0xF4 && b > 0x8F);
    }
    if (ok) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      if (first_bad == std::string::npos) first_bad = out.size();
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

// A file that failed to decode has no SourceFile, but its diagnostic should
// still point at the line CPython reports. This builds a stand-in whose line
// `line` is the (sanitised) offending line and whose earlier lines are empty,
// which is all the renderer reads. Returns null when even that cannot be
// built (a coding declaration naming an unknown encoding on line 1 would be
// honoured again by fromBytes). `column_bytes` receives the byte offset of
// the first undecodable byte in the line, or 0.
std::unique_ptr<SourceFile> displayFileForDecodeError(const std::string& path, std::string_view raw, uint32_t line,
                                                      uint32_t& column_bytes) {
  column_bytes = 0;
  if (line == 0) return nullptr;
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
  size_t start = 0;
  for (uint32_t l = 1; l < line; ++l) {
    size_t nl = raw.find('\n', start);
    if (nl == std::string_view::npos) return nullptr;
    start = nl + 1;
  }
  std::string_view text = raw.substr(start, raw.find('\n', start) - start);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  // A non-comment first line keeps a declaration on line 2 from being read.
  std::string fake = line >= 2 ? "0" : "";
  fake.append(line >= 2 ? line - 1 : 0, '\n');
  size_t first_bad;
  fake += sanitizeUtf8(text, first_bad);
  fake += '\n';
  if (first_bad != std::string::npos) column_bytes = static_cast<uint32_t>(first_bad);
  SourceFile::LoadError ignored;
  return SourceFile::fromBytes(path, fake, ignored);
}

// Owns what a file's diagnostics point into until they are rendered.
struct FileState {
  std::unique_ptr<SourceFile> file;
  std::unique_ptr<SourceFile> display;  // stand-in for a file that failed to decode
  std::string raw;                      // raw bytes of stdin
};

// A module the main file imports, through the front end.
struct LoadedModule {
  std::string name;
  bool is_package = false;
  FileState state;
  lex::TokenStream tokens;
  ast::ParsedModule parsed;
  sema::ScopeTree scopes;
};

// The directory a program's modules are looked up in (sys.path[0]): the
// main script's directory, made absolute as CPython does; the working
// directory for standard input.
std::string moduleRoot(const std::string& main_path) {
  std::string dir = ".";
  if (main_path != "-") {
    size_t slash = main_path.rfind('/');
    if (slash != std::string::npos) dir = slash == 0 ? "/" : main_path.substr(0, slash);
  }
  if (!dir.empty() && dir[0] == '/') return dir;
  char buf[4096];
  if (!::getcwd(buf, sizeof buf)) return dir;
  std::string cwd = buf;
  if (dir == ".") return cwd;
  if (dir.rfind("./", 0) == 0) dir = dir.substr(2);
  return cwd + "/" + dir;
}

void ensureNewline(std::string& s) {
  if (!s.empty() && s.back() != '\n') s += '\n';
}

class Driver {
 public:
  explicit Driver(const Invocation& inv) : inv_(inv) {
    render_opts_.format = inv.diag_format;
    render_opts_.color = inv.diag_format == diag::Format::Text && useColor(inv.color);
    diags_.setWarningsEnabled(inv.warnings);
    diags_.setWarningsAsErrors(inv.warnings_as_errors);
  }

  int run() {
    Clock::time_point start = Clock::now();
    if (inv_.verbose) {
      std::fprintf(stderr, "taipan: %s, -O%d%s, %d job%s, %s diagnostics%s%s\n", commandName(inv_.command),
                   inv_.opt_level, inv_.debug_info ? " -g" : "", inv_.jobs, inv_.jobs == 1 ? "" : "s",
                   inv_.diag_format == diag::Format::Json ? "json" : "text", inv_.warnings ? "" : ", -w",
                   inv_.warnings_as_errors ? ", -Werror" : "");
    }
    bool failed = false;
    for (const std::string& path : inv_.inputs) {
      std::string emitted;
      FileState state;
      bool ok = compileFile(path, state, emitted);
      if (!emitted.empty()) {
        if (to_file_) {
          pending_output_ += emitted;
        } else {
          std::string error;
          if (!writeStdout(emitted, error)) reportNoFile(diag::Kind::OutputUnwritable, error), ok = false;
        }
      }
      flushDiagnostics();
      imported_.clear();
      failed |= !ok;
    }
    setCurrentPhase("driver");

    if (!failed && to_file_) {
      std::string error;
      if (!writeFileAtomically(inv_.output, pending_output_, error)) {
        reportNoFile(diag::Kind::OutputUnwritable, error);
        failed = true;
      }
    }
    flushDiagnostics();
    if (inv_.verbose) {
      double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
      std::fprintf(stderr, "taipan: total  %.3f ms, exit status %d\n", ms, failed ? kExitUserError : kExitOk);
    }
    if (!failed && inv_.command == Command::Run && inv_.emit == Emit::None && !executable_.empty()) {
      std::string error;
      execProgram(executable_, inv_.inputs[0], inv_.program_args, error);
      reportNoFile(diag::Kind::ExecFailed, error);
      flushDiagnostics();
      return kExitUserError;
    }
    return failed ? kExitUserError : kExitOk;
  }

 private:
  void reportNoFile(diag::Kind kind, std::string message) { diags_.report(kind, nullptr, {}, std::move(message)); }

  void flushDiagnostics() {
    if (diags_.diagnostics().empty()) return;
    std::fflush(stdout);  // keep emitted output and diagnostics in order on a terminal
    diag::renderAll(std::cerr, diags_, render_opts_);
    std::cerr.flush();
    diags_.clear();
  }

  bool load(const std::string& path, FileState& state) {
    PhaseTimer timer(inv_.verbose, "load", path);
    SourceFile::LoadError error{};
    if (path == "-") {
      if (!readAll(stdin, state.raw)) {
        reportNoFile(diag::Kind::FileUnreadable, std::string("cannot read standard input: ") + std::strerror(errno));
        return false;
      }
      state.file = SourceFile::fromBytes("<stdin>", state.raw, error);
    } else {
      state.file = SourceFile::load(path, error);
    }
    if (state.file) {
      std::string_view text = state.file->text();
      size_t lines = state.file->lineCount() - (!text.empty() && (text.back() == '\n' || text.back() == '\r'));
      timer.done(std::to_string(text.size()) + " bytes, " + std::to_string(lines) + " lines");
      return true;
    }
    diag::Kind kind = loadErrorKind(error.reason);
    if (error.reason == SourceFile::LoadError::Reason::Decode) {
      std::string raw = state.raw;
      if (path != "-") {
        std::ifstream in(path, std::ios::binary);
        raw.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      }
      uint32_t column = 0;
      state.display = displayFileForDecodeError(path == "-" ? "<stdin>" : path, raw, error.line, column);
      if (state.display) {
        uint32_t begin = state.display->lineStart(error.line) + column;
        diags_.report(kind, state.display.get(), {begin, begin + (column ? 3u : 0u)}, error.message);
        return false;
      }
      if (error.line > 0) error.message = path + ":" + std::to_string(error.line) + ": " + error.message;
    }
    reportNoFile(kind, error.message);
    return false;
  }

  // Runs the phases over one file; appends what --emit asks for to
  // `emitted`. Returns false when the file has errors.
  bool compileFile(const std::string& path, FileState& state, std::string& emitted) {
    if (!load(path, state)) return false;
    const SourceFile& file = *state.file;

    PhaseTimer lex_timer(inv_.verbose, "lex", path);
    lex::TokenStream tokens = lex::tokenize(file, diags_);
    lex_timer.done(std::to_string(tokens.tokens.size()) + " tokens");
    if (inv_.emit == Emit::Tokens) {
      // Like `python -m tokenize`, print the tokens read before a tokenizer
      // error, then the error. (Past this point the parser reports it.)
      emitted = lex::dumpTokens(tokens);
      ensureNewline(emitted);
      if (tokens.error) {
        const diag::Diagnostic& e = *tokens.error;
        diags_.report(e.kind, e.file, e.range, e.message);
        for (const diag::Diagnostic& n : e.notes) diags_.note(n.file, n.range, n.message);
      }
      if (diags_.hasErrors() && to_file_) emitted.clear();
      return !diags_.hasErrors();
    }
    if (diags_.hasErrors()) return false;

    PhaseTimer parse_timer(inv_.verbose, "parse", path);
    ast::ParsedModule parsed = parse::parseModule(tokens, diags_);
    parse_timer.done();
    if (diags_.hasErrors()) return false;
    TP_CHECK(parsed.module != nullptr, "the parser returned no module and reported no error");
    if (inv_.emit == Emit::Ast) {
      PhaseTimer dump_timer(inv_.verbose, "dump", path);
      emitted = ast::dumpAst(parsed.module);
      emitted += '\n';
      dump_timer.done(std::to_string(emitted.size()) + " bytes");
      return true;
    }

    PhaseTimer sema_timer(inv_.verbose, "sema", path);
    sema::ScopeTree scopes = sema::analyzeScopes(parsed.module, file, diags_);
    sema_timer.done();
    if (diags_.hasErrors()) return false;
    if (inv_.emit == Emit::Scopes) {
      emitted = sema::dumpScopes(scopes);
      ensureNewline(emitted);
    }
    if (!needsBackend(inv_)) return true;
    std::vector<ModuleUnit> units;
    units.push_back(ModuleUnit{"__main__", false, parsed.module, &scopes, &file, {}});
    if (!loadImports(path, units, imported_)) return false;
    BackendOutput out;
    bool ok = runBackend(inv_, units, diags_, out);
    setCurrentPhase("driver");
    if (ok) {
      emitted = std::move(out.emitted);
      executable_ = out.executable;
    }
    return ok && !diags_.hasErrors();
  }

  // Runs the front end over every module the program imports (breadth
  // first from the main module), appending them to `units`. A module that is
  // neither on disk nor built into the runtime is an error at its import,
  // unless the import is guarded by a `try` that catches ImportError.
  bool loadImports(const std::string& main_path, std::vector<ModuleUnit>& units, std::deque<LoadedModule>& imported) {
    std::string root = moduleRoot(main_path);
    std::map<std::string, bool> seen;  // name -> found
    bool ok = true;
    for (size_t i = 0; i < units.size(); ++i) {
      ModuleUnit unit = units[i];
      for (const ImportRef& ref : collectImports(*unit.module, unit.name, unit.is_package)) {
        if (isRuntimeModule(ref.name)) {
          units[i].runtime_imports.push_back(ref.name.substr(0, ref.name.find('.')));
          continue;
        }
        auto it = seen.find(ref.name);
        if (it == seen.end()) {
          bool is_package = false;
          std::string file = findModuleFile(root, ref.name, is_package);
          if (file.empty() && !stdlibDir().empty()) {
            file = findModuleFile(stdlibDir(), ref.name, is_package);
            if (!file.empty()) stdlib_modules_.insert(ref.name);
          }
          it = seen.emplace(ref.name, !file.empty()).first;
          if (!file.empty()) {
            LoadedModule& m = imported.emplace_back();
            m.name = ref.name;
            m.is_package = is_package;
            if (!frontEnd(file, m)) {
              ok = false;
              continue;
            }
            units.push_back(ModuleUnit{m.name, is_package, m.parsed.module, &m.scopes, m.state.file.get(), {}});
          }
        }
        // Only the first missing package of a dotted name is reported.
        bool parent_missing = false;
        for (size_t dot = ref.name.find('.'); dot != std::string::npos; dot = ref.name.find('.', dot + 1)) {
          auto p = seen.find(ref.name.substr(0, dot));
          parent_missing |= p != seen.end() && !p->second;
        }
        if (!it->second && !ref.guarded && !ref.optional && !parent_missing) {
          diags_.report(diag::Kind::ModuleNotFound, unit.file, ref.at->range, "no module named '" + ref.name + "'");
          ok = false;
        }
        // `from M import name` where M is Taipan's Python stdlib and defines no such name.
        if (!it->second && ref.optional && !ref.guarded) {
          std::string base = ref.name.substr(0, ref.name.rfind('.'));
          std::string attr = ref.name.substr(ref.name.rfind('.') + 1);
          if (!stdlibHas(units, base, attr)) {
            diags_.report(diag::Kind::StdlibNotImplemented, unit.file, ref.at->range,
                          "cannot import name '" + attr + "' from '" + base +
                              "': Taipan's standard library does not implement it");
            ok = false;
          }
        }
      }
    }
    // `module.attr` where module is Taipan's Python stdlib and defines no such name.
    for (const ModuleUnit& unit : units) {
      for (const ModuleAttrRef& ref : collectModuleAttrRefs(*unit.module)) {
        if (stdlibHas(units, ref.module, ref.attr)) continue;
        diags_.report(diag::Kind::StdlibNotImplemented, unit.file, ref.at->range,
                      "module '" + ref.module + "' has no attribute '" + ref.attr +
                          "': Taipan's standard library does not implement it");
        ok = false;
      }
    }
    return ok && !diags_.hasErrors();
  }

  // False only when `module` is one of Taipan's Python stdlib modules that
  // certainly lacks `attr` (no such module-level name, no submodule, nothing
  // dynamic); true for everything else (program modules, runtime modules).
  bool stdlibHas(const std::vector<ModuleUnit>& units, const std::string& module, const std::string& attr) {
    // The names of CPython 3.11's sys that the runtime's sys does not provide
    // (interpreter hooks and internals; docs/language-support.md). The hooks
    // a program may assign before reading (excepthook, displayhook, ...) are
    // left to run time.
    static const std::set<std::string> kSysNotProvided = {"_base_executable",
                                                          "_clear_type_cache",
                                                          "_current_exceptions",
                                                          "_current_frames",
                                                          "_debugmallocstats",
                                                          "_framework",
                                                          "_getquickenedcount",
                                                          "_git",
                                                          "_home",
                                                          "_stdlib_dir",
                                                          "_xoptions",
                                                          "abiflags",
                                                          "addaudithook",
                                                          "api_version",
                                                          "audit",
                                                          "base_exec_prefix",
                                                          "base_prefix",
                                                          "call_tracing",
                                                          "copyright",
                                                          "dont_write_bytecode",
                                                          "exec_prefix",
                                                          "get_asyncgen_hooks",
                                                          "get_coroutine_origin_tracking_depth",
                                                          "getallocatedblocks",
                                                          "getdlopenflags",
                                                          "getprofile",
                                                          "getrefcount",
                                                          "getswitchinterval",
                                                          "gettrace",
                                                          "implementation",
                                                          "is_finalizing",
                                                          "meta_path",
                                                          "orig_argv",
                                                          "path_hooks",
                                                          "path_importer_cache",
                                                          "platlibdir",
                                                          "prefix",
                                                          "pycache_prefix",
                                                          "set_asyncgen_hooks",
                                                          "set_coroutine_origin_tracking_depth",
                                                          "setdlopenflags",
                                                          "setprofile",
                                                          "setswitchinterval",
                                                          "settrace",
                                                          "stdlib_module_names",
                                                          "thread_info",
                                                          "warnoptions"};
    if (module == "sys") return !kSysNotProvided.count(attr);
    if (!stdlib_modules_.count(module)) return true;
    if (attr.size() > 4 && attr.compare(0, 2, "__") == 0 && attr.compare(attr.size() - 2, 2, "__") == 0) return true;
    auto cached = stdlib_names_.find(module);
    if (cached == stdlib_names_.end()) {
      const ast::Module* m = nullptr;
      for (const ModuleUnit& u : units)
        if (u.name == module) m = u.module;
      if (!m) return true;
      bool dynamic = false;
      std::vector<std::string> names = moduleLevelNames(*m, dynamic);
      std::set<std::string> set(names.begin(), names.end());
      if (dynamic) set.insert("*");
      cached = stdlib_names_.emplace(module, std::move(set)).first;
    }
    if (cached->second.count("*") || cached->second.count(attr)) return true;
    bool is_package = false;
    return !findModuleFile(stdlibDir(), module + "." + attr, is_package).empty();
  }

  // load, lex, parse and sema for an imported module.
  bool frontEnd(const std::string& path, LoadedModule& m) {
    if (!load(path, m.state)) return false;
    const SourceFile& file = *m.state.file;
    PhaseTimer lex_timer(inv_.verbose, "lex", path);
    m.tokens = lex::tokenize(file, diags_);
    lex_timer.done(std::to_string(m.tokens.tokens.size()) + " tokens");
    if (diags_.hasErrors()) return false;
    PhaseTimer parse_timer(inv_.verbose, "parse", path);
    m.parsed = parse::parseModule(m.tokens, diags_);
    parse_timer.done();
    if (diags_.hasErrors()) return false;
    TP_CHECK(m.parsed.module != nullptr, "the parser returned no module and reported no error");
    PhaseTimer sema_timer(inv_.verbose, "sema", path);
    m.scopes = sema::analyzeScopes(m.parsed.module, file, diags_);
    sema_timer.done();
    return !diags_.hasErrors();
  }

  const Invocation& inv_;
  std::set<std::string> stdlib_modules_;                       // imported modules found in stdlibDir()
  std::map<std::string, std::set<std::string>> stdlib_names_;  // their module-level names ("*": dynamic)
  diag::DiagnosticEngine diags_;
  diag::RenderOptions render_opts_;
  bool to_file_ = !inv_.output.empty() && inv_.output != "-" && inv_.emit != Emit::None;
  std::string pending_output_;
  std::string executable_;  // run: the program to exec
  // The current input's imported modules (diagnostics point into them until
  // they are flushed).
  std::deque<LoadedModule> imported_;
};

}  // namespace

int runInvocation(const Invocation& inv) { return Driver(inv).run(); }

}  // namespace taipan::driver
