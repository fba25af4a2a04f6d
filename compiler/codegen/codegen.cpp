// Target machine, optimisation pipeline, file emission and linking. The
// LLVM native target is initialised once per process (a std::call_once flag
// is the only process-wide state here). Every output goes to a temporary
// file in the destination directory first and is renamed into place, so a
// failed or interrupted compile never leaves a half-written file. The linker
// is the clang-19 driver started with posix_spawn and an argv vector: no
// shell ever sees a user-supplied string. Executables are linked hardened
// (PIE, full RELRO, non-executable stack; docs/reliability.md).
#include "compiler/codegen/codegen.h"

#include <fcntl.h>
#include <llvm/ADT/SmallVector.h>
#include <llvm/Analysis/AliasAnalysis.h>
#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/Analysis/LoopInfo.h>
#include <llvm/Analysis/MemoryLocation.h>
#include <llvm/IR/InlineAsm.h>
#include <llvm/IR/IntrinsicInst.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/Module.h>
#include <llvm/IR/PassManager.h>
#include <llvm/IR/PassTimingInfo.h>
#include <llvm/IRReader/IRReader.h>
#include <llvm/Linker/Linker.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Passes/StandardInstrumentations.h>
#include <llvm/Support/CodeGen.h>
#include <llvm/Support/CommandLine.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>
#include <llvm/TargetParser/Host.h>
#include <llvm/TargetParser/Triple.h>
#include <llvm/Transforms/InstCombine/InstCombine.h>
#include <llvm/Transforms/Scalar/CorrelatedValuePropagation.h>
#include <llvm/Transforms/Scalar/SimplifyCFG.h>
#include <llvm/Transforms/Utils/SSAUpdater.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <vector>

#include "compiler/base/file_util.h"
#include "compiler/codegen/hot_loops.h"
#include "compiler/codegen/peek_cache.h"
#include "compiler/codegen/split_phis.h"
#include "compiler/lower/lower.h"

extern char** environ;

namespace taipan::codegen {

namespace {

// Taipan's own LLVM passes, on by default at -O2 and -O3; off through
// TAIPAN_LLVM_ARGS (part of the object cache's key), for measuring them
// (decision 0073).
llvm::cl::opt<bool> gSplitPhis("taipan-split-phis", llvm::cl::init(true),
                               llvm::cl::desc("split floatobj phis into a word phi and a float phi"));
llvm::cl::opt<bool> gHotLoops("taipan-hot-loops", llvm::cl::init(true),
                              llvm::cl::desc("copy the hot blocks of loops whose slow paths rejoin them"));
llvm::cl::opt<bool> gPeekCache("taipan-peek-cache", llvm::cl::init(true),
                               llvm::cl::desc("keep peeked attributes across loops (decision 0084)"));

// $TAIPAN_LLVM_ARGS, a developer knob (docs/cli.md): LLVM's own options,
// split at spaces, e.g. "-time-passes" or "-print-after=inline". Parsed once
// per process, before the first TargetMachine.
void parseLLVMArgs() {
  const char* env = std::getenv("TAIPAN_LLVM_ARGS");
  if (!env || !*env) return;
  static std::vector<std::string> words;
  std::string w;
  for (const char* p = env;; ++p) {
    if (*p == ' ' || *p == '\0') {
      if (!w.empty()) words.push_back(w), w.clear();
      if (*p == '\0') break;
    } else {
      w += *p;
    }
  }
  std::vector<const char*> argv{"taipan"};
  for (const std::string& x : words) argv.push_back(x.c_str());
  llvm::cl::ParseCommandLineOptions(static_cast<int>(argv.size()), argv.data(), "taipan", &llvm::errs());
}

void initTargets() {
  static std::once_flag once;
  std::call_once(once, [] {
    llvm::InitializeNativeTarget();
    llvm::InitializeNativeTargetAsmPrinter();
    llvm::InitializeNativeTargetAsmParser();
    parseLLVMArgs();
    // The cost bound of non-trivial unswitching (decision 0073): LLVM's 50
    // leaves spectral_norm's hot copies whole; 200 versions them on the
    // list's storage kind. Set once, before any compile thread starts.
    auto& opts = llvm::cl::getRegisteredOptions();
    if (auto it = opts.find("unswitch-threshold"); it != opts.end() && it->second->getNumOccurrences() == 0)
      static_cast<llvm::cl::opt<int>*>(it->second)->setValue(HotLoopCopy::kUnswitchThreshold);
  });
}

std::string dirName(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

mode_t currentUmask() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

}  // namespace

std::unique_ptr<llvm::TargetMachine> createTargetMachine(const CodegenOptions& options, std::string& error) {
  initTargets();
  std::string triple = llvm::sys::getDefaultTargetTriple();
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(triple, error);
  if (!target) return nullptr;
  std::string cpu = options.cpu;
  std::string features;
  if (cpu.empty() && options.native_cpu) {
    cpu = llvm::sys::getHostCPUName().str();
    llvm::StringMap<bool> host_features = llvm::sys::getHostCPUFeatures();
    for (auto& f : host_features) {
      if (!features.empty()) features += ',';
      features += (f.second ? "+" : "-") + f.first().str();
    }
  }
  if (cpu.empty()) {
    // A portable baseline (docs/decisions/0009-target-cpu.md).
    llvm::Triple t(triple);
    cpu = t.getArch() == llvm::Triple::x86_64 ? "x86-64" : "generic";
  }
  llvm::TargetOptions to;
  llvm::CodeGenOptLevel level = options.opt_level <= 0   ? llvm::CodeGenOptLevel::None
                                : options.opt_level == 1 ? llvm::CodeGenOptLevel::Less
                                : options.opt_level == 2 ? llvm::CodeGenOptLevel::Default
                                                         : llvm::CodeGenOptLevel::Aggressive;
  std::unique_ptr<llvm::TargetMachine> tm(
      target->createTargetMachine(triple, cpu, features, to, llvm::Reloc::PIC_, std::nullopt, level));
  if (!tm) error = "cannot create a target machine for " + triple;
  return tm;
}

namespace {

// Late in the simplification of a function that holds an index-range loop
// copy (decision 0068; its promises are the only llvm.assume calls Taipan
// emits), two more rounds of range propagation, CFG cleanup and combining.
// Each round lets LLVM's range analysis drop the overflow checks of one more
// level of inlined int arithmetic: a check it drops leaves its fast and slow
// results merged in a phi, which the range analysis cannot see through until
// the CFG cleanup removes the dead slow path. Other functions skip it.
class IndexRangeCleanup : public llvm::PassInfoMixin<IndexRangeCleanup> {
 public:
  IndexRangeCleanup() {
    for (int round = 0; round < 2; ++round) {
      fpm_.addPass(llvm::CorrelatedValuePropagationPass());
      fpm_.addPass(llvm::SimplifyCFGPass());
      fpm_.addPass(llvm::InstCombinePass());
    }
  }
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam) {
    for (llvm::BasicBlock& bb : f)
      for (llvm::Instruction& i : bb)
        if (auto* call = llvm::dyn_cast<llvm::IntrinsicInst>(&i);
            call && call->getIntrinsicID() == llvm::Intrinsic::assume)
          return fpm_.run(f, fam);
    return llvm::PreservedAnalyses::all();
  }
  static bool isRequired() { return false; }

 private:
  llvm::FunctionPassManager fpm_;
};

// List headers kept across loops. A list that is the function's own
// parameter is a list wherever the function runs, so the lowering marks the
// loads of its size, kind and items pointer (`!tp.list_header`, naming the
// function). Inside a loop LLVM reloads them on every iteration when the loop
// holds any call or store that may write them, even one on a cold path (a
// generic operation's fallback, the interrupt poll). This pass loads each
// such field once before the loop and again right after each instruction in
// the loop that may write it, and every original load in the loop takes the
// value that reaches it (SSAUpdater: phis where paths meet), so the loads
// leave the hot path and only the paths that may change the list reload it
// (decision 0070).
class ListHeaderReload : public llvm::PassInfoMixin<ListHeaderReload> {
 public:
  llvm::PreservedAnalyses run(llvm::Function& f, llvm::FunctionAnalysisManager& fam) {
    bool any = false;
    for (llvm::BasicBlock& bb : f)
      for (llvm::Instruction& i : bb)
        if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(&i); ld && marked(ld, f)) any = true;
    if (!any) return llvm::PreservedAnalyses::all();
    auto& li = fam.getResult<llvm::LoopAnalysis>(f);
    auto& aa = fam.getResult<llvm::AAManager>(f);
    bool changed = false;
    for (llvm::Loop* top : li)
      for (llvm::Loop* loop : llvm::post_order(top)) changed |= reloadInLoop(*loop, f, aa);
    if (!changed) return llvm::PreservedAnalyses::all();
    return llvm::PreservedAnalyses::none();
  }
  static bool isRequired() { return false; }

 private:
  static constexpr int kMaxClobbers = 256;

  // Whether `ld` is a marked header load of this function (the lowering's
  // alias tag, decision 0070): the tag's access type is named for the
  // function by its lowered name. (A split module appends ".tp" and a key
  // to the names it promotes, driver/backend.cpp; dead argument elimination
  // replaces a function by a new one that takes its name.)
  static bool marked(const llvm::LoadInst* ld, const llvm::Function& f) {
    const llvm::MDNode* tag = ld->getMetadata(llvm::LLVMContext::MD_tbaa);
    if (!tag || tag->getNumOperands() < 2) return false;
    auto* access = llvm::dyn_cast_or_null<llvm::MDNode>(tag->getOperand(1).get());
    if (!access || access->getNumOperands() < 1) return false;
    auto* type_name = llvm::dyn_cast_or_null<llvm::MDString>(access->getOperand(0).get());
    if (!type_name) return false;
    llvm::StringRef own = type_name->getString(), name = f.getName();
    return own.consume_front(lower::kListHeaderMark) && name.consume_front(own) &&
           (name.empty() || name.starts_with(".tp"));
  }

  // Keeps the fields that `loop`'s marked loads read (a constant GEP of a
  // list argument, hoisted out of the loop when it is inside) in SSA values
  // across the loop.
  static bool reloadInLoop(llvm::Loop& loop, llvm::Function& f, llvm::AAResults& aa) {
    llvm::SmallVector<llvm::LoadInst*, 8> loads;
    for (llvm::BasicBlock* bb : loop.blocks())
      for (llvm::Instruction& i : *bb)
        if (auto* ld = llvm::dyn_cast<llvm::LoadInst>(&i); ld && ld->isSimple())
          if (marked(ld, f) && headerAddress(ld->getPointerOperand())) loads.push_back(ld);
    if (loads.empty()) return false;
    // A block that enters the loop through an invoke would read the field
    // before the call that may change it.
    for (llvm::BasicBlock* pred : llvm::predecessors(loop.getHeader()))
      if (!loop.contains(pred) && pred->getTerminator()->mayWriteToMemory()) return false;
    // The distinct addresses, made loop-invariant (the GEP may be inside),
    // each with the type, alignment and location of its loads.
    struct Field {
      llvm::Value* addr;
      llvm::Type* type;
      llvm::Align align;
      llvm::MemoryLocation loc;
    };
    llvm::SmallVector<Field, 4> fields;
    bool changed = false;
    for (llvm::LoadInst* ld : loads) {
      llvm::Value* addr = ld->getPointerOperand();
      bool hoisted = false;
      if (!loop.makeLoopInvariant(addr, hoisted)) continue;
      changed |= hoisted;
      if (llvm::any_of(fields, [&](const Field& fd) { return fd.addr == addr; })) continue;
      fields.push_back({addr, ld->getType(), ld->getAlign(), llvm::MemoryLocation::get(ld)});
    }
    for (const Field& fd : fields) {
      llvm::Value* addr = fd.addr;
      // What in the loop may write the field.
      llvm::SmallVector<llvm::Instruction*, 16> clobbers;
      bool give_up = false;
      for (llvm::BasicBlock* bb : loop.blocks()) {
        for (llvm::Instruction& i : *bb) {
          if (!i.mayWriteToMemory() || !llvm::isModSet(aa.getModRefInfo(&i, fd.loc))) continue;
          // An invoke's reload goes at the start of its normal destination,
          // which must be reached from it alone.
          auto* inv = llvm::dyn_cast<llvm::InvokeInst>(&i);
          if ((i.isTerminator() && !(inv && inv->getNormalDest()->getSinglePredecessor())) ||
              clobbers.size() == kMaxClobbers) {
            give_up = true;
            break;
          }
          clobbers.push_back(&i);
        }
        if (give_up) break;
      }
      if (give_up) continue;
      // The field's value: loaded before the loop and again after each
      // write; every load of it in the loop reads the value that reaches it
      // (the latest reload above it in its block, else the SSA value at the
      // block's start, a phi where paths meet).
      llvm::SSAUpdater ssa;
      ssa.Initialize(fd.type, "hdr");
      llvm::SmallPtrSet<llvm::Instruction*, 16> reloads;
      auto reload = [&](llvm::Instruction* before) {
        auto* copy = new llvm::LoadInst(fd.type, addr, "hdr", false, fd.align, before);
        reloads.insert(copy);
        ssa.AddAvailableValue(copy->getParent(), copy);  // the block's last reload wins
      };
      // Before the loop: at the end of each block that enters it.
      for (llvm::BasicBlock* pred : llvm::predecessors(loop.getHeader()))
        if (!loop.contains(pred)) reload(pred->getTerminator());
      for (llvm::Instruction* c : clobbers) {
        if (auto* inv = llvm::dyn_cast<llvm::InvokeInst>(c))
          reload(&*inv->getNormalDest()->getFirstInsertionPt());
        else
          reload(c->getNextNode());
      }
      llvm::SmallVector<llvm::LoadInst*, 16> uses;
      for (llvm::BasicBlock* bb : loop.blocks())
        for (llvm::Instruction& i : *bb)
          if (auto* other = llvm::dyn_cast<llvm::LoadInst>(&i);
              other && !reloads.contains(other) && other->isSimple() && other->getPointerOperand() == addr &&
              other->getType() == fd.type)
            uses.push_back(other);
      for (llvm::LoadInst* use : uses) {
        llvm::Value* v = nullptr;
        for (llvm::Instruction* p = use->getPrevNode(); p && !v; p = p->getPrevNode())
          if (reloads.contains(p)) v = p;
        if (!v) v = ssa.GetValueInMiddleOfBlock(use->getParent());
        use->replaceAllUsesWith(v);
        use->eraseFromParent();
      }
      changed = true;
    }
    return changed;
  }

  // `getelementptr (inttoptr %list), C` or `inttoptr %list`, the forms the
  // lowering gives a list header's address (the list a parameter or a value
  // made before the loop; one made in it is not loop-invariant).
  static bool headerAddress(llvm::Value* addr) {
    if (auto* gep = llvm::dyn_cast<llvm::GetElementPtrInst>(addr)) {
      if (!gep->hasAllConstantIndices()) return false;
      addr = gep->getPointerOperand();
    }
    return llvm::isa<llvm::IntToPtrInst>(addr);
  }
};

}  // namespace

bool peekCacheEnabled(int opt_level) {
  initTargets();
  return opt_level >= 2 && gPeekCache;
}

void optimizeModule(llvm::Module& module, llvm::TargetMachine& tm, const CodegenOptions& options) {
  module.setTargetTriple(tm.getTargetTriple().str());
  module.setDataLayout(tm.createDataLayout());

  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PipelineTuningOptions pto;
  pto.LoopUnrolling = options.opt_level >= 2;
  pto.LoopVectorization = options.opt_level >= 2;
  pto.SLPVectorization = options.opt_level >= 2;
  // The standard instrumentation is what makes the new pass manager skip
  // `optnone` functions (cold code, decision 0039), and it makes LLVM's
  // debugging options given through $TAIPAN_LLVM_ARGS work on this pipeline
  // (-time-passes, -print-after=...).
  llvm::PassInstrumentationCallbacks pic;
  llvm::StandardInstrumentations si(module.getContext(), /*DebugLogging=*/false);
  si.registerCallbacks(pic, &mam);
  llvm::PassBuilder pb(&tm, pto, std::nullopt, &pic);
  if (options.opt_level >= 2)
    pb.registerScalarOptimizerLateEPCallback([](llvm::FunctionPassManager& fpm, llvm::OptimizationLevel) {
      fpm.addPass(IndexRangeCleanup());
      fpm.addPass(ListHeaderReload());
    });
  if (options.opt_level >= 2 && gSplitPhis)
    pb.registerPipelineStartEPCallback([](llvm::ModulePassManager& mpm, llvm::OptimizationLevel) {
      mpm.addPass(llvm::createModuleToFunctionPassAdaptor(SplitAggregatePhis()));
    });
  // Deferred peeks (decision 0084) are inlined by PeekCache, which runs
  // whenever the lowering deferred any, even with hot loop copies off.
  bool peeks = options.opt_level >= 2 && preparePeekCache(module);
  if (peeks || (options.opt_level >= 2 && gHotLoops))
    pb.registerVectorizerStartEPCallback([peeks](llvm::FunctionPassManager& fpm, llvm::OptimizationLevel) {
      if (peeks) fpm.addPass(PeekCache());
      if (gHotLoops) fpm.addPass(HotLoopCopy());
    });
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager mpm;
  switch (options.opt_level) {
    case 0:
      mpm = pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0);
      break;
    case 1:
      mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O1);
      break;
    case 2:
      mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O2);
      break;
    default:
      mpm = pb.buildPerModuleDefaultPipeline(llvm::OptimizationLevel::O3);
      break;
  }
  mpm.run(module, mam);
}

bool emitFile(llvm::Module& module, llvm::TargetMachine& tm, FileKind kind, const std::string& path,
              std::string& error) {
  bool to_stdout = path == "-";
  std::string tmp;
  int fd = STDOUT_FILENO;
  if (!to_stdout && !makeTempFile(path, tmp, fd, error)) return false;
  bool ok = true;
  {
    llvm::raw_fd_ostream os(fd, /*shouldClose=*/!to_stdout);
    if (kind == FileKind::LLVMText) {
      module.print(os, nullptr);
    } else {
      llvm::legacy::PassManager pm;
      llvm::CodeGenFileType ft =
          kind == FileKind::Object ? llvm::CodeGenFileType::ObjectFile : llvm::CodeGenFileType::AssemblyFile;
      if (tm.addPassesToEmitFile(pm, os, nullptr, ft)) {
        error = "the target cannot emit this file type";
        ok = false;
      } else {
        pm.run(module);
        if (llvm::TimePassesIsEnabled) llvm::reportAndResetTimings(&llvm::errs());
      }
    }
    os.flush();
    if (os.has_error()) {
      error = "cannot write '" + path + "': " + os.error().message();
      os.clear_error();
      ok = false;
    }
  }
  if (to_stdout) return ok;
  if (ok && ::chmod(tmp.c_str(), 0666 & ~currentUmask()) != 0) ok = false, error = std::strerror(errno);
  if (!ok) {
    removeTempFile(tmp);
    return false;
  }
  return replaceFile(tmp, path, error);
}

bool emitToBuffer(llvm::Module& module, llvm::TargetMachine& tm, FileKind kind, llvm::SmallVectorImpl<char>& out,
                  std::string& error) {
  llvm::raw_svector_ostream os(out);
  if (kind == FileKind::LLVMText) {
    module.print(os, nullptr);
    return true;
  }
  llvm::legacy::PassManager pm;
  llvm::CodeGenFileType ft =
      kind == FileKind::Object ? llvm::CodeGenFileType::ObjectFile : llvm::CodeGenFileType::AssemblyFile;
  if (tm.addPassesToEmitFile(pm, os, nullptr, ft)) {
    error = "the target cannot emit this file type";
    return false;
  }
  pm.run(module);
  if (llvm::TimePassesIsEnabled) llvm::reportAndResetTimings(&llvm::errs());
  return true;
}

bool linkRuntimeBitcode(llvm::Module& module, const std::string& path, std::string& error) {
  llvm::SMDiagnostic diag;
  std::unique_ptr<llvm::Module> rt = llvm::parseIRFile(path, diag, module.getContext());
  if (!rt) {
    error = "cannot read the runtime bitcode '" + path + "': " + diag.getMessage().str();
    return false;
  }
  rt->setTargetTriple(module.getTargetTriple());
  rt->setDataLayout(module.getDataLayout());
  for (llvm::Function& f : *rt) {
    if (!f.isDeclaration() && f.getLinkage() == llvm::GlobalValue::ExternalLinkage)
      f.setLinkage(llvm::GlobalValue::AvailableExternallyLinkage);
    // clang stamped its baseline CPU on the bodies; without the attributes
    // they take the caller's target, so the inliner never refuses them as
    // target-incompatible (runtime/README.md, "Runtime bitcode", step 3).
    f.removeFnAttr("target-cpu");
    f.removeFnAttr("target-features");
    f.removeFnAttr("tune-cpu");
  }
  for (llvm::GlobalVariable& g : rt->globals()) {
    if (g.hasInitializer() && g.getLinkage() == llvm::GlobalValue::ExternalLinkage) {
      g.setInitializer(nullptr);  // the definition lives in libtaipan_rt.a
      g.setComdat(nullptr);
    }
  }
  if (llvm::Linker::linkModules(module, std::move(rt), llvm::Linker::Flags::LinkOnlyNeeded)) {
    error = "cannot link the runtime bitcode '" + path + "'";
    return false;
  }
  // The runtime's variables (tp_rec_limit, tp_frames, the free lists...) are
  // defined in the same executable (libtaipan_rt.a, linked into a PIE): an
  // access is PC-relative, not an address loaded from the GOT first (which
  // the linker only relaxes to a `lea`, one instruction per access).
  for (llvm::GlobalVariable& g : module.globals())
    if (g.isDeclaration() && !g.isThreadLocal() && g.getName().starts_with("tp_")) g.setDSOLocal(true);
  return true;
}

std::string findClang() {
  if (const char* env = std::getenv("TAIPAN_CLANG"); env && *env && isExecutable(env)) return env;
  for (const char* c : {"/usr/bin/clang-19", "/usr/lib/llvm-19/bin/clang", "/usr/bin/clang++-19"})
    if (isExecutable(c)) return c;
  return "";
}

std::string findRuntimeLibDir() {
  auto has_rt = [](const std::string& dir) {
    return isFile(dir + "/libtaipan_rt.a") && isFile(dir + "/libtaipan_rt_main.a");
  };
  if (const char* env = std::getenv("TAIPAN_RUNTIME_DIR"); env && *env) return has_rt(env) ? env : "";
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return "";
  buf[n] = '\0';
  std::string bindir = dirName(buf);
  for (const std::string& dir : {bindir + "/../lib", bindir + "/../lib/taipan", bindir})
    if (has_rt(dir)) return dir;
  return "";
}

namespace {

// Splits a command line as the clang driver prints it for -###: each
// argument in double quotes, with \" and \\ escaped. Empty if malformed.
std::vector<std::string> splitQuoted(const std::string& line) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < line.size()) {
    if (line[i] == ' ') {
      ++i;
      continue;
    }
    if (line[i] != '"') return {};
    std::string arg;
    for (++i;; ++i) {
      if (i >= line.size()) return {};
      if (line[i] == '"') break;
      if (line[i] == '\\' && i + 1 < line.size()) ++i;
      arg += line[i];
    }
    ++i;
    out.push_back(std::move(arg));
  }
  return out;
}

std::string realPathOf(const std::string& path) {
  char buf[PATH_MAX];
  return ::realpath(path.c_str(), buf) ? std::string(buf) : std::string();
}

// The ld.lld command line that build/lib/taipan_ld.cmd records for the
// driver `clang` run with `args` (runtime/CMakeLists.txt, decision 0077),
// or empty when the file is missing, was made for another driver or other
// arguments, or names a start file or library directory that is gone (a
// compiler upgraded since the build).
std::vector<std::string> linkTemplate(const std::string& runtime_libdir, const std::string& clang,
                                      const std::vector<std::string>& args) {
  std::vector<std::string> lines;
  if (!readLines(runtime_libdir + "/taipan_ld.cmd", lines) || lines.size() < 4 ||
      lines[0] != "taipan-link-template 1" || realPathOf(lines[1]) != realPathOf(clang))
    return {};
  size_t sep = std::find(lines.begin(), lines.end(), "--") - lines.begin();
  if (sep + 1 >= lines.size() || std::vector<std::string>(lines.begin() + 2, lines.begin() + sep) != args) return {};
  std::vector<std::string> ld = splitQuoted(lines[sep + 1]);
  if (ld.empty() || !isExecutable(ld[0])) return {};
  for (const std::string& a : ld) {
    if (a.size() > 1 && a[0] == '/' && !isFile(a) && !isDirectory(a)) return {};
    if (a.size() > 3 && a.compare(0, 3, "-L/") == 0 && !isDirectory(a.substr(2))) {
      // The driver lists some directories that need not exist; only a
      // missing GCC installation directory means the record is stale.
      if (a.find("/gcc/") != std::string::npos) return {};
    }
  }
  return ld;
}

// Runs argv[0] with argv in a process group of its own (an interrupt reaches
// it, and what it starts, through the driver's handler, setWaitedChild,
// which removes the temporary output afterwards) and waits for it: its exit
// status (`error` set when not 0), kLinkerKilled when a signal ended it, or
// -1 when it could not be run or waited for.
// With `quiet`, its standard error goes to /dev/null.
constexpr int kLinkerKilled = -2;
int runLinker(std::vector<std::string> args, std::string& error, bool quiet = false) {
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid;
  posix_spawnattr_t attr;
  ::posix_spawnattr_init(&attr);
  ::posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
  ::posix_spawnattr_setpgroup(&attr, 0);
  posix_spawn_file_actions_t actions;
  ::posix_spawn_file_actions_init(&actions);
  if (quiet) ::posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  int rc = ::posix_spawn(&pid, argv[0], &actions, &attr, argv.data(), environ);
  ::posix_spawn_file_actions_destroy(&actions);
  ::posix_spawnattr_destroy(&attr);
  if (rc != 0) {
    error = "cannot run " + args[0] + ": " + std::strerror(rc);
    return -1;
  }
  setWaitedChild(pid);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      setWaitedChild(0);
      error = std::string("waiting for the linker: ") + std::strerror(errno);
      return -1;
    }
  }
  setWaitedChild(0);
  if (!WIFEXITED(status)) {
    error = "linking failed (" + args[0] + " was killed by a signal)";
    return kLinkerKilled;
  }
  if (WEXITSTATUS(status) != 0)
    error = "linking failed (" + args[0] + " exited with status " + std::to_string(WEXITSTATUS(status)) + ")";
  return WEXITSTATUS(status);
}

void printCommand(const std::vector<std::string>& args) {
  std::string line = "taipan: link:";
  for (const std::string& a : args) line += " " + a;
  std::fprintf(stderr, "%s\n", line.c_str());
}

}  // namespace

bool linkExecutable(const std::vector<std::string>& objects, const std::string& output,
                    const std::string& runtime_libdir, bool verbose, std::string& error,
                    const std::vector<std::string>& undefined, bool keep_debug) {
  std::string clang = findClang();
  if (clang.empty()) {
    error = "cannot link: clang-19 was not found (install the clang-19 package, or set TAIPAN_CLANG)";
    return false;
  }
  struct stat st;
  if (::stat(output.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    error = "cannot write '" + output + "': is a directory";
    return false;
  }
  std::string tmp;
  int fd;
  if (!makeTempFile(output, tmp, fd, error)) return false;
  ::close(fd);
  // The driver's fixed arguments, the same in the recorded template.
  std::vector<std::string> fixed;
  // lld (Debian's lld-19, a declared dependency) links several times faster
  // than the system ld; fall back to clang's default linker without it.
  for (const char* lld : {"/usr/lib/llvm-19/bin/ld.lld", "/usr/bin/ld.lld-19"}) {
    if (isExecutable(lld)) {
      fixed.push_back(std::string("--ld-path=") + lld);
      break;
    }
  }
  // Hardened output (docs/reliability.md): a position-independent
  // executable, full RELRO (relocations resolved at load time, then the GOT
  // made read-only), a non-executable stack. The build-id is a hash of the
  // contents, so it keeps builds reproducible.
  fixed.insert(fixed.end(), {"-pie", "-Wl,-z,relro", "-Wl,-z,now", "-Wl,-z,noexecstack", "-Wl,--build-id=sha1"});
  // The runtime archive is built with a section per function and datum:
  // the ones a program never reaches are dropped, with their relocations
  // (hello world: 18% less code, 20% fewer relocations to apply at start).
  fixed.push_back("-Wl,--gc-sections");
  // What goes where the template has @TAIPAN_INPUTS@, as linker arguments.
  std::vector<std::string> inputs;
  // The runtime archive carries DWARF for its own sources (about 10 MB),
  // which a build without -g copied into every executable: hello world was
  // 13 MB on disk for 2.6 MB of code and data, and the copy took a quarter
  // of the link. Without -g the linker drops every debug section.
  if (!keep_debug) inputs.push_back("--strip-debug");
  // Symbols the runtime archive must supply although no object names them
  // (the entries of native modules linked on demand).
  for (const std::string& sym : undefined) inputs.push_back("--undefined=" + sym);
  inputs.insert(inputs.end(), objects.begin(), objects.end());
  inputs.insert(inputs.end(), {runtime_libdir + "/libtaipan_rt_main.a", runtime_libdir + "/libtaipan_rt.a"});
  // The runtime build lists the system libraries it needs in taipan_rt.libs
  // (one -lNAME per line, runtime/README.md); only -l flags are taken.
  std::vector<std::string> libs, lines;
  readLines(runtime_libdir + "/taipan_rt.libs", lines);
  for (std::string& l : lines) {
    while (!l.empty() && (l.back() == '\r' || l.back() == ' ')) l.pop_back();
    if (l.size() > 2 && l.compare(0, 2, "-l") == 0 && l.find_first_of(" \t") == std::string::npos) libs.push_back(l);
  }
  if (libs.empty()) libs = {"-lgc", "-lgmp", "-lstdc++", "-lm", "-lpthread"};
  inputs.insert(inputs.end(), libs.begin(), libs.end());

  // The linker's own command line when the build recorded the driver's
  // expansion of these arguments (decision 0077): the driver's start-up is
  // a quarter of a small program's link. LIBRARY_PATH, which the driver
  // reads on every run, is added here.
  std::vector<std::string> tmpl_args = fixed;
  tmpl_args.insert(tmpl_args.end(), {"-Wl,@TAIPAN_INPUTS@", "-o", "@TAIPAN_OUTPUT@"});
  std::vector<std::string> ld = linkTemplate(runtime_libdir, clang, tmpl_args);
  if (!ld.empty()) {
    std::vector<std::string> args;
    for (const std::string& a : ld) {
      if (a == "@TAIPAN_OUTPUT@") {
        args.push_back(tmp);
      } else if (a == "@TAIPAN_INPUTS@") {
        if (const char* lp = std::getenv("LIBRARY_PATH"); lp && *lp)
          for (const char *p = lp, *e; *p; p = *e ? e + 1 : e) {
            e = std::strchr(p, ':');
            if (!e) e = p + std::strlen(p);
            if (e > p) args.push_back("-L" + std::string(p, e));
          }
        args.insert(args.end(), inputs.begin(), inputs.end());
      } else {
        args.push_back(a);
      }
    }
    if (verbose) printCommand(args);
    // Its messages are not shown: a failure links again through the
    // driver, which reports any real problem.
    std::string ld_error;
    int status = runLinker(args, ld_error, /*quiet=*/true);
    if (status == 0) return replaceFile(tmp, output, error);
    if (status == kLinkerKilled) {  // an interrupt: no second attempt
      removeTempFile(tmp);
      error = ld_error;
      return false;
    }
    // A failed direct link is tried again through the driver, which
    // reports the problem in its own terms if there is one.
    if (verbose) std::fprintf(stderr, "taipan: link: %s; linking again through %s\n", ld_error.c_str(), clang.c_str());
  }

  std::vector<std::string> args = {clang};
  args.insert(args.end(), fixed.begin(), fixed.end());
  for (const std::string& a : inputs) {
    if (a.compare(0, 2, "--") == 0)
      args.push_back("-Wl," + a);  // a linker flag through the driver
    else
      args.push_back(a);
  }
  args.push_back("-o");
  args.push_back(tmp);
  if (verbose) printCommand(args);
  int status = runLinker(args, error);
  if (status != 0) {
    removeTempFile(tmp);
    return false;
  }
  return replaceFile(tmp, output, error);
}

}  // namespace taipan::codegen
