// The back half of the pipeline, phase by phase with -v timings:
//   irgen     AST + scopes -> ir::Module (unsupported constructs are user errors)
//   passes    the IR pipeline for the -O level (passes::defaultPipeline)
//   verify    the IR verifier; a failure is a compiler bug (exit 70)
//   lower     ir::Module -> llvm::Module (verified by LLVM)
//   opt       LLVM's new-pass-manager pipeline for the -O level
//   codegen   object file through the TargetMachine
//   link      clang-19 + the runtime static libraries -> executable
// A program of several modules (driver/modules.h) goes through irgen, the
// IR passes and lowering one module at a time; the LLVM modules are then
// linked into the main one (their internal symbols renamed apart, their
// init functions named by module) before the runtime bitcode and opt.
// `run` keys its executable by a hash of everything that can change it (the
// source text and path of every module, the options, the compiler binary and
// the runtime libraries) under $XDG_CACHE_HOME/taipan, and reuses it when
// present.
#include "driver/backend.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Linker/Linker.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "compiler/base/check.h"
#include "compiler/codegen/codegen.h"
#include "compiler/ir/text.h"
#include "compiler/ir/verifier.h"
#include "compiler/irgen/irgen.h"
#include "compiler/lower/lower.h"
#include "compiler/passes/pass.h"
#include "driver/explain.h"

namespace taipan::driver {

namespace {

using Clock = std::chrono::steady_clock;

class Timer {
 public:
  Timer(bool on, const char* phase, const std::string& path) : on_(on), phase_(phase), path_(path) {
    setCurrentPhase(phase);
    start_ = Clock::now();
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
  std::string path_;
  Clock::time_point start_;
};

// FNV-1a, 64 bits, twice with different offsets: a stable cache key.
struct Hasher {
  uint64_t a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
  void add(std::string_view s) {
    for (unsigned char c : s) {
      a = (a ^ c) * 0x100000001b3ull;
      b = (b ^ c) * 0x100000001b3ull;
    }
    a = (a ^ 0xff) * 0x100000001b3ull;  // field separator
    b = (b ^ 0xfe) * 0x100000001b3ull;
  }
  std::string hex() const {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                  static_cast<unsigned long long>(b));
    return buf;
  }
};

std::string fileIdentity(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return path + ":missing";
  return path + ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

std::string selfExe() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "taipan";
  buf[n] = '\0';
  return buf;
}

bool makeDirs(const std::string& path) {
  for (size_t i = 1; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/') {
      std::string prefix = path.substr(0, i);
      if (::mkdir(prefix.c_str(), 0755) != 0 && errno != EEXIST) return false;
    }
  }
  return true;
}

std::string cacheDir() {
  const char* xdg = std::getenv("XDG_CACHE_HOME");
  if (xdg && *xdg == '/') return std::string(xdg) + "/taipan";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.cache/taipan";
  return "/tmp/taipan-cache-" + std::to_string(::getuid());
}

std::string stem(const std::string& path) {
  std::string base = path == "-" ? "a.out" : path;
  if (size_t slash = base.rfind('/'); slash != std::string::npos) base = base.substr(slash + 1);
  if (base.size() > 3 && base.substr(base.size() - 3) == ".py") base.resize(base.size() - 3);
  if (base.empty() || base == "." || base == "..") base = "a.out";
  return base;
}

bool isExecutableFile(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

}  // namespace

bool needsBackend(const Invocation& inv) {
  switch (inv.emit) {
    case Emit::Tokens:
    case Emit::Ast:
    case Emit::Scopes:
      return false;
    case Emit::None:
      return inv.command == Command::Build || inv.command == Command::Run;
    default:
      return true;
  }
}

bool runBackend(const Invocation& inv, const std::vector<ModuleUnit>& units, diag::DiagnosticEngine& diags,
                BackendOutput& out) {
  TP_CHECK(!units.empty(), "runBackend without a module");
  const std::string& path = units[0].file->path();
  auto report = [&](diag::Kind kind, std::string message) { diags.report(kind, nullptr, {}, std::move(message)); };

  codegen::CodegenOptions cg;
  cg.opt_level = inv.opt_level;
  cg.debug_info = inv.debug_info;
  if (inv.march == "native")
    cg.native_cpu = true;
  else
    cg.cpu = inv.march;

  // `run`: reuse a cached executable when nothing that shapes it changed.
  std::string runtime_dir;
  std::string cached;
  bool linking = inv.emit == Emit::None;
  if (linking) {
    runtime_dir = codegen::findRuntimeLibDir();
    if (runtime_dir.empty()) {
      report(diag::Kind::CodegenUnavailable,
             "cannot find the Taipan runtime (libtaipan_rt.a and libtaipan_rt_main.a in the lib directory next to "
             "the taipan binary's directory, or in $TAIPAN_RUNTIME_DIR)");
      return false;
    }
    if (inv.command == Command::Run) {
      Hasher h;
      h.add(TAIPAN_VERSION);
      h.add(fileIdentity(selfExe()));
      h.add(fileIdentity(runtime_dir + "/libtaipan_rt.a"));
      h.add(fileIdentity(runtime_dir + "/libtaipan_rt_main.a"));
      h.add(fileIdentity(runtime_dir + "/taipan_rt.bc"));
      for (const ModuleUnit& u : units) {
        h.add(u.name);
        h.add(u.file->path());
        h.add(u.file->text());
      }
      h.add(std::to_string(inv.opt_level) + "|" + inv.march + "|" + (inv.debug_info ? "g" : ""));
      std::string dir = cacheDir();
      if (!makeDirs(dir)) {
        report(diag::Kind::OutputUnwritable,
               "cannot create the cache directory '" + dir + "': " + std::strerror(errno));
        return false;
      }
      cached = dir + "/" + stem(path) + "-" + h.hex();
      out.executable = cached;
      if (isExecutableFile(cached)) {
        if (inv.verbose) std::fprintf(stderr, "taipan: cache  %s  hit\n", cached.c_str());
        return true;
      }
    }
  }

  // One ir::Module per Python module; the main one registers the others.
  std::vector<ir::Module> irms(units.size());
  bool ok = true;
  for (size_t i = 0; i < units.size(); ++i) {
    const ModuleUnit& u = units[i];
    ir::Module& irm = irms[i];
    irm.name = u.name;
    irm.source_path = u.file->path();
    if (i == 0)
      for (size_t k = 1; k < units.size(); ++k)
        irm.program_modules.push_back({units[k].name, units[k].file->path(), units[k].is_package});
    Timer irgen_timer(inv.verbose, "irgen", u.file->path());
    irgen::IrGenOptions igo;
    igo.opt_level = inv.opt_level;
    igo.module_name = u.name;
    igo.is_package = u.is_package;
    ok &= irgen::generateIR(*u.module, *u.scopes, *u.file, diags, irm, igo);
    irgen_timer.done(std::to_string(irm.functions.size()) + " functions");
  }
  if (!ok || diags.hasErrors()) return false;
  if (inv.explain_types != ExplainTypes::None || inv.strict) {
    Timer explain_timer(inv.verbose, "explain", path);
    if (!explainTypes(inv, units, irms, diags)) return false;
    explain_timer.done();
  }
  auto printAll = [&] {
    std::string text;
    for (const ir::Module& irm : irms) text += ir::printModule(irm);
    return text;
  };
  if (inv.emit == Emit::IrRaw) {
    out.emitted = printAll();
    return true;
  }

  std::string error;
  std::string pipeline = passes::defaultPipeline(inv.opt_level);
  for (size_t i = 0; i < units.size(); ++i) {
    const std::string& mpath = units[i].file->path();
    Timer pass_timer(inv.verbose, "passes", mpath);
    if (!passes::runPasses(irms[i], pipeline, /*verify_each=*/false, error))
      TP_FATAL("IR pass pipeline failed: " + error);
    pass_timer.done(pipeline.empty() ? "(none)" : pipeline);

    Timer verify_timer(inv.verbose, "verify", mpath);
    std::vector<std::string> problems;
    if (!ir::verify(irms[i], problems)) {
      std::string msg = "the IR of " + mpath + " does not verify:";
      for (size_t k = 0; k < problems.size() && k < 10; ++k) msg += "\n  " + problems[k];
      TP_FATAL(msg);
    }
    verify_timer.done();
  }
  if (inv.emit == Emit::Ir) {
    out.emitted = printAll();
    return true;
  }

  Timer tm_timer(inv.verbose, "target", path);
  std::unique_ptr<llvm::TargetMachine> tm = codegen::createTargetMachine(cg, error);
  if (!tm) {
    report(diag::Kind::CodegenUnavailable, "cannot generate code: " + error);
    return false;
  }
  tm_timer.done(tm->getTargetTriple().str() + " " + tm->getTargetCPU().str());

  llvm::LLVMContext context;
  Timer lower_timer(inv.verbose, "lower", path);
  lower::LowerOptions lo;
  std::unique_ptr<llvm::Module> llm = lower::lowerModule(irms[0], context, lo, error);
  if (!llm) TP_FATAL(error);
  for (size_t i = 1; i < irms.size(); ++i) {
    std::unique_ptr<llvm::Module> other = lower::lowerModule(irms[i], context, lo, error);
    if (!other) TP_FATAL(error);
    if (llvm::Linker::linkModules(*llm, std::move(other)))
      TP_FATAL("cannot link the module " + irms[i].name + " into the program");
  }
  lower_timer.done(std::to_string(llm->size()) + " LLVM functions");

  // The runtime's hot functions as bitcode, for inlining (runtime/README.md).
  // -O0 skips it: the calls then go to libtaipan_rt.a's copies, which are the
  // same functions, and unoptimised code would only grow from inlining them.
  if (std::string rt_dir = runtime_dir.empty() ? codegen::findRuntimeLibDir() : runtime_dir;
      inv.opt_level > 0 && !rt_dir.empty()) {
    std::string bc = rt_dir + "/taipan_rt.bc";
    if (::access(bc.c_str(), R_OK) == 0) {
      Timer bc_timer(inv.verbose, "rt-bc", path);
      llm->setTargetTriple(tm->getTargetTriple().str());
      llm->setDataLayout(tm->createDataLayout());
      if (!codegen::linkRuntimeBitcode(*llm, bc, error)) {
        report(diag::Kind::CodegenUnavailable, error);
        return false;
      }
      bc_timer.done(bc);
    }
  }

  Timer opt_timer(inv.verbose, "opt", path);
  codegen::optimizeModule(*llm, *tm, cg);
  opt_timer.done("-O" + std::to_string(inv.opt_level));

  if (inv.emit == Emit::Llvm || inv.emit == Emit::Asm || inv.emit == Emit::Obj) {
    Timer emit_timer(inv.verbose, "emit", path);
    if (inv.emit == Emit::Llvm) {
      llvm::raw_string_ostream os(out.emitted);
      llm->print(os, nullptr);
    } else {
      // Through a memory buffer: the driver writes --emit output atomically.
      llvm::SmallVector<char, 0> buf;
      if (!codegen::emitToBuffer(
              *llm, *tm, inv.emit == Emit::Obj ? codegen::FileKind::Object : codegen::FileKind::Assembly, buf, error))
        TP_FATAL("code emission failed: " + error);
      out.emitted.assign(buf.begin(), buf.end());
    }
    emit_timer.done(std::to_string(out.emitted.size()) + " bytes");
    return true;
  }

  // An executable: the object goes to a private temporary directory.
  std::string output = inv.command == Command::Run ? cached : (inv.output.empty() ? stem(path) : inv.output);
  char tmpl[] = "/tmp/taipan-XXXXXX";
  const char* tmpdir_env = std::getenv("TMPDIR");
  std::string tdir_template = std::string(tmpdir_env && *tmpdir_env ? tmpdir_env : "/tmp") + "/taipan-XXXXXX";
  std::vector<char> tdir(tdir_template.begin(), tdir_template.end());
  tdir.push_back('\0');
  if (!::mkdtemp(tdir.data())) {
    if (!::mkdtemp(tmpl)) {
      report(diag::Kind::OutputUnwritable, std::string("cannot create a temporary directory: ") + std::strerror(errno));
      return false;
    }
    tdir.assign(tmpl, tmpl + sizeof tmpl);
  }
  std::string obj = std::string(tdir.data()) + "/" + stem(path) + ".o";
  Timer codegen_timer(inv.verbose, "codegen", path);
  if (!codegen::emitFile(*llm, *tm, codegen::FileKind::Object, obj, error)) {
    ::rmdir(tdir.data());
    report(diag::Kind::OutputUnwritable, error);
    return false;
  }
  codegen_timer.done();
  Timer link_timer(inv.verbose, "link", path);
  bool linked = codegen::linkExecutable(obj, output, runtime_dir, inv.verbose, error);
  ::unlink(obj.c_str());
  ::rmdir(tdir.data());
  if (!linked) {
    // An unwritable output is the user's path, not a link problem.
    report(error.rfind("cannot write '", 0) == 0 ? diag::Kind::OutputUnwritable : diag::Kind::LinkFailed, error);
    return false;
  }
  link_timer.done(output);
  return true;
}

void execProgram(const std::string& executable, const std::string& script, const std::vector<std::string>& args,
                 std::string& error) {
  std::vector<std::string> all{script};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  std::fflush(stderr);
  ::execv(executable.c_str(), argv.data());
  error = "cannot run '" + executable + "': " + std::strerror(errno);
}

}  // namespace taipan::driver
