// The back half of the pipeline, phase by phase with -v timings:
//   irgen     AST + scopes -> ir::Module (unsupported constructs are user errors)
//   passes    the IR pipeline for the -O level (passes::defaultPipeline)
//   verify    the IR verifier; a failure is a compiler bug (exit 70)
//   lower     ir::Module -> llvm::Module (verified by LLVM)
//   opt       LLVM's new-pass-manager pipeline for the -O level
//   codegen   object file through the TargetMachine
//   link      clang-19 + the runtime static libraries -> executable
// A program of several modules (driver/modules.h) goes through irgen and the
// IR passes one module at a time. An executable gets one object file per
// module (lower, runtime bitcode, opt, codegen), cached by a hash of what
// shapes it under $XDG_CACHE_HOME/taipan/obj, so a rebuild after an edit
// recompiles only the edited modules; a stdlib module's object may also come
// from lib/stdlib-obj, prebuilt with the compiler under the same key
// (decision 0044); the missing objects are compiled by up to -j threads, and
// when there are fewer of them than jobs, each is split into partitions
// compiled on threads of their own, one cached object per partition
// (partitionModule, decision 0042), the cold code in two more (decision
// 0078). --emit=llvm|asm|obj instead links the
// modules' LLVM IR into one module (internal symbols renamed apart, init
// functions named by module) before the runtime bitcode and opt. `run` keys
// its executable by a hash of everything that can change it (the source text
// and path of every module, the options, the compiler binary and the runtime
// libraries) under $XDG_CACHE_HOME/taipan, and reuses it when
// present.
#include "driver/backend.h"

#include <dirent.h>
#include <llvm/Bitcode/BitcodeReader.h>
#include <llvm/Bitcode/BitcodeWriter.h>
#include <llvm/IR/InstrTypes.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/IRReader/IRReader.h>
#include <llvm/Linker/Linker.h>
#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/SourceMgr.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Transforms/Utils/Cloning.h>
#include <llvm/Transforms/Utils/ValueMapper.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <mutex>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/base/check.h"
#include "compiler/base/file_util.h"
#include "compiler/codegen/codegen.h"
#include "compiler/codegen/peek_cache.h"
#include "compiler/ir/text.h"
#include "compiler/ir/verifier.h"
#include "compiler/irgen/irgen.h"
#include "compiler/lower/cold_calls.h"
#include "compiler/lower/lower.h"
#include "compiler/passes/pass.h"
#include "driver/explain.h"

namespace taipan::driver {

namespace {

using Clock = std::chrono::steady_clock;

// A module of fewer optimised LLVM instructions is not split for code
// generation: the partitions' bitcode round trip and threads would cost
// more than they save.
constexpr size_t kMinSplitInstructions = 2000;
constexpr size_t kMaxParts = 16;

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

// The cache key of one module's object file: everything that shapes it.
// irgen reads one module at a time (decision 0016), so a module's object
// depends on its own source and name, the main module's also on the list of
// the program's modules it registers, and on the compiler, the runtime
// bitcode it inlines and the code-generation options (TAIPAN_LLVM_ARGS
// included).
Hasher objectKeyBase(const Invocation& inv, const std::string& runtime_dir) {
  Hasher h;
  h.add(TAIPAN_VERSION);
  h.add("object");
  h.add(fileIdentity(selfExe()));
  h.add(fileIdentity(runtime_dir + "/taipan_rt.bc"));
  h.add(std::to_string(inv.opt_level) + "|" + inv.march + "|" + (inv.debug_info ? "g" : ""));
  // LLVM options given through TAIPAN_LLVM_ARGS may change the code
  // (-taipan-hot-loops=false, decision 0073).
  const char* llvm_args = std::getenv("TAIPAN_LLVM_ARGS");
  h.add(llvm_args ? llvm_args : "");
  return h;
}
std::string objectKey(Hasher h, const ModuleUnit& u, const std::vector<ModuleUnit>& units, bool is_main) {
  h.add(u.name);
  h.add(u.is_package ? "package" : "module");
  h.add(u.file->path());
  h.add(u.file->text());
  if (is_main)
    for (size_t k = 1; k < units.size(); ++k) {
      h.add(units[k].name);
      h.add(units[k].file->path());
      h.add(units[k].is_package ? "package" : "module");
    }
  return h.hex();
}

size_t instructionCount(const llvm::Module& m) {
  size_t n = 0;
  for (const llvm::Function& f : m) n += f.getInstructionCount();
  return n;
}

// The functions every partition gets a copy of: the cached getters of str
// constants (lower.cpp, strConst). tp_const_str interns, so each copy's
// cache holds the same object, and each partition can inline its getters
// and keep their caches local (an internal global no call can change is
// what lets the optimiser keep a constant's value in a register across
// calls; a shared cache would cost scheduler 1.7% of its instructions).
// And the thunks of cold runtime calls (lower/cold_calls.h): called from
// most functions, they would otherwise join every caller into one group of
// the split.
bool clonedEverywhere(const llvm::Function& f) {
  return f.hasLocalLinkage() && (f.getName().starts_with("__tp_str.") || lower::isColdCallThunk(f));
}

// The lowering's options for a build with these code generation options:
// small leaves inlined and cold runtime calls through thunks from -O1 on.
lower::LowerOptions lowerOptions(const codegen::CodegenOptions& cg) {
  lower::LowerOptions lo;
  lo.debug_info = cg.debug_info;
  lo.inline_small_leaves = cg.opt_level >= 1;
  lo.cold_call_thunks = cg.opt_level >= 1;
  lo.defer_peeks = codegen::peekCacheEnabled(cg.opt_level);
  return lo;
}

// What a call to a function of the runtime bitcode (its fast paths, linked
// into each partition for inlining) adds to its caller once inlined: its
// instructions and, in turn, those of the runtime bitcode functions it calls
// (decision 0052). Empty without a readable runtime bitcode.
std::unordered_map<std::string, double> runtimeCallCosts(const std::string& rt_bc) {
  std::unordered_map<std::string, double> costs;
  if (rt_bc.empty() || ::access(rt_bc.c_str(), R_OK) != 0) return costs;
  llvm::LLVMContext context;
  llvm::SMDiagnostic diag;
  std::unique_ptr<llvm::Module> rt = llvm::parseIRFile(rt_bc, diag, context);
  if (!rt) return costs;
  std::function<double(const llvm::Function&)> cost = [&](const llvm::Function& f) -> double {
    std::string name = f.getName().str();
    if (auto it = costs.find(name); it != costs.end()) return it->second;
    costs[name] = 0;  // a recursive call adds nothing
    double c = f.getInstructionCount();
    for (const llvm::BasicBlock& bb : f)
      for (const llvm::Instruction& inst : bb)
        if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst))
          if (const llvm::Function* callee = call->getCalledFunction();
              callee && !callee->isDeclaration() && !call->isNoInline())
            c += cost(*callee);
    return costs[name] = c;
  };
  for (const llvm::Function& f : *rt)
    if (!f.isDeclaration()) cost(f);
  return costs;
}

// The weight of a function for balancing the partitions, an estimate of the
// work of optimising it and generating its code (decision 0052): its
// instructions plus what the calls that may inline a function of the
// runtime bitcode bring (runtimeCallCosts); half of that for an `optnone`
// function (decision 0039: not optimised, the fast instruction selector,
// but it still gets the always-inline fast paths). Fitted to the thread CPU
// of 216 partitions of the benchmark programs; instructions alone (a fifth
// for `optnone`) put about 72% of raytrace's work in one of two partitions.
double functionWeight(const llvm::Function& f, const std::unordered_map<std::string, double>& rt_costs) {
  double inlined = 0;
  if (!rt_costs.empty())
    for (const llvm::BasicBlock& bb : f)
      for (const llvm::Instruction& inst : bb)
        if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst))
          if (const llvm::Function* callee = call->getCalledFunction();
              callee && callee->isDeclaration() && (!call->isNoInline() || codegen::isDeferredPeek(*call)))
            if (auto it = rt_costs.find(callee->getName().str()); it != rt_costs.end()) inlined += it->second;
  double w = f.getInstructionCount() + inlined;
  return f.hasOptNone() ? 0.5 * w : w;
}

// The weights per instruction of the code of the cold partitions (in the
// units of functionWeight): generic bodies and code that runs once are not
// optimised and call the runtime out of line; code that runs once also
// gets -O0's code generation.
constexpr double kGenericWeight = 0.6;
constexpr double kRunOnceWeight = 0.3;

// Whether a split module's cold code gets the two partitions of decision
// 0078 (generic bodies, then code that runs once) after the hot ones.
bool coldPartitions(const codegen::CodegenOptions& cg) { return cg.opt_level > 0; }

// Splits the lowered (unoptimised) module `m` into `n` modules for separate
// optimisation and code generation (decision 0042):
// - With cold_parts, the `optnone` functions go to two more partitions,
//   n (generic bodies) and n + 1 (code that runs once, decision 0078).
// - Functions are grouped: a function and a function it calls directly
//   stay together while the group is at most half the module's weight
//   (smallest callees first), so that the inliner still sees both; the
//   groups go, heaviest first, to the partition with the least weight.
// - clonedEverywhere functions, and the local variables only they use, are
//   copied into every partition and stay local. So are the other cached
//   getters that functions of several partitions call, but not their
//   caches (decision 0052).
// - A variable used from one partition lives there and stays local; one
//   used from several lives in partition 0.
// - A local used from a partition other than its own is promoted to a
//   hidden global named apart by `suffix` (the module's object key, so the
//   program's other modules, whose locals may have the same names, do not
//   clash with it). Everything else stays local, so the optimiser sees
//   what it saw in the whole module.
// Calls `planned` with the estimated weights once the partitions are
// decided, then `made` with each partition in order as soon as it is cloned.
void partitionModule(llvm::Module& m, size_t n, const std::string& suffix,
                     const std::unordered_map<std::string, double>& rt_costs, bool cold_parts,
                     const std::function<void(const std::vector<double>&)>& planned,
                     const std::function<void(size_t, std::unique_ptr<llvm::Module>)>& made) {
  constexpr size_t kAll = ~size_t{0};  // used from every partition
  std::vector<const llvm::Function*> fns;
  std::unordered_map<const llvm::Function*, size_t> index;
  std::vector<double> weight, load;
  double total = 0;
  std::unordered_map<const llvm::GlobalValue*, size_t> cold_home;
  double cold_load[2] = {0, 0};
  for (const llvm::Function& f : m) {
    if (f.isDeclaration() || clonedEverywhere(f)) continue;
    if (cold_parts && f.hasOptNone()) {
      size_t k = f.hasFnAttribute(lower::kRunOnceAttr) ? 1 : 0;
      cold_home[&f] = n + k;
      cold_load[k] += f.getInstructionCount() * (k ? kRunOnceWeight : kGenericWeight);
      continue;
    }
    index[&f] = fns.size();
    fns.push_back(&f);
    weight.push_back(functionWeight(f, rt_costs));
    total += weight.back();
  }
  std::vector<size_t> parent(fns.size());
  std::vector<double> group_weight(fns.size());
  for (size_t i = 0; i < fns.size(); ++i) parent[i] = i, group_weight[i] = weight[i];
  auto find = [&](size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  std::vector<std::tuple<double, size_t, size_t>> edges;  // callee weight, caller, callee
  for (size_t i = 0; i < fns.size(); ++i)
    for (const llvm::BasicBlock& bb : *fns[i])
      for (const llvm::Instruction& inst : bb)
        if (auto* call = llvm::dyn_cast<llvm::CallBase>(&inst))
          if (const llvm::Function* callee = call->getCalledFunction())
            if (auto it = index.find(callee); it != index.end() && it->second != i)
              edges.emplace_back(weight[it->second], i, it->second);
  std::stable_sort(edges.begin(), edges.end(),
                   [](const auto& x, const auto& y) { return std::get<0>(x) < std::get<0>(y); });
  for (const auto& [w, a, b] : edges) {
    size_t ra = find(a), rb = find(b);
    if (ra == rb || group_weight[ra] + group_weight[rb] > total / 2) continue;
    parent[rb] = ra;
    group_weight[ra] += group_weight[rb];
  }
  std::vector<std::pair<double, size_t>> groups;
  for (size_t i = 0; i < fns.size(); ++i)
    if (find(i) == i) groups.emplace_back(group_weight[i], i);
  std::stable_sort(groups.begin(), groups.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  load.assign(n, 0);
  // Partition 0's thread is counted busy with the cold partitions too: the
  // thread that finishes its partition first takes them (compileObject).
  auto busy = [&](size_t k) { return load[k] + (k == 0 ? cold_load[0] + cold_load[1] : 0); };
  std::vector<size_t> group_home(fns.size(), 0);
  for (const auto& [w, root] : groups) {
    size_t k = 0;
    for (size_t j = 1; j < n; ++j)
      if (busy(j) < busy(k)) k = j;
    load[k] += w;
    group_home[root] = k;
  }
  std::unordered_map<const llvm::GlobalValue*, size_t> home;
  for (size_t i = 0; i < fns.size(); ++i) home[fns[i]] = group_home[find(i)];
  home.insert(cold_home.begin(), cold_home.end());
  if (cold_parts) load.insert(load.end(), {cold_load[0], cold_load[1]});
  // The other cached getters (lower.cpp, cachedGetter: `__tp_builtin.len`
  // and the like, a load and a test when inlined) called from several
  // partitions are copied into every partition too, so that none calls one
  // out of line; their caches are not copied: one cache, as unsplit.
  std::unordered_set<const llvm::GlobalValue*> shared_getters;
  std::unordered_set<const llvm::GlobalValue*> shared_leaves;
  // The partitions f's users are in (kAll for a user that is not code in
  // one partition, or is a shared leaf, which every partition gets).
  auto callerPartitions = [&](const llvm::Function* f) {
    std::unordered_set<size_t> callers;
    for (const llvm::User* u : f->users()) {
      auto* inst = llvm::dyn_cast<llvm::Instruction>(u);
      auto it = inst && !shared_leaves.count(inst->getFunction()) ? home.find(inst->getFunction()) : home.end();
      callers.insert(it == home.end() ? kAll : it->second);
    }
    return callers;
  };
  for (const llvm::Function* f : fns) {
    if (!f->hasLocalLinkage() || !f->getName().starts_with("__tp_") || !f->arg_empty() ||
        !m.getGlobalVariable((f->getName() + ".cache").str(), true))
      continue;
    if (callerPartitions(f).size() > 1) shared_getters.insert(f);
  }
  // The small leaves (decision 0057: every call site is `alwaysinline`)
  // called from several partitions are copied into every partition as well,
  // so that each partition inlines them; the variables they write are not
  // copied. A leaf that a copied leaf calls is called from everywhere.
  for (bool changed = true; changed;) {
    changed = false;
    for (const llvm::Function* f : fns) {
      if (!f->hasLocalLinkage() || shared_getters.count(f) || shared_leaves.count(f)) continue;
      bool inlined = std::any_of(f->users().begin(), f->users().end(), [&](const llvm::User* u) {
        auto* call = llvm::dyn_cast<llvm::CallBase>(u);
        return call && call->getCalledFunction() == f && call->hasFnAttr(llvm::Attribute::AlwaysInline);
      });
      if (inlined && callerPartitions(f).size() > 1) changed = shared_leaves.insert(f).second;
    }
  }
  for (const llvm::GlobalValue* g : shared_getters) home.erase(g);
  for (const llvm::GlobalValue* g : shared_leaves) home.erase(g);
  auto copiedEverywhere = [&](const llvm::Function& f) {
    return clonedEverywhere(f) || shared_getters.count(&f) != 0 || shared_leaves.count(&f) != 0;
  };
  // A variable a shared leaf uses (its inline caches, its frame info, which
  // refers to other locals) stays one variable.
  auto usedByLeaf = [&](const llvm::GlobalVariable& g) {
    std::function<bool(const llvm::Value*)> any = [&](const llvm::Value* v) {
      for (const llvm::User* u : v->users()) {
        if (auto* inst = llvm::dyn_cast<llvm::Instruction>(u)) {
          if (shared_leaves.count(inst->getFunction())) return true;
        } else if (llvm::isa<llvm::Constant>(u) && !llvm::isa<llvm::GlobalValue>(u) && any(u)) {
          return true;
        }
      }
      return false;
    };
    return any(&g);
  };

  // The partitions that use a global: those of the functions whose code
  // refers to it (through constants), kAll for anything else.
  std::function<void(const llvm::Value*, std::vector<size_t>&)> users = [&](const llvm::Value* v,
                                                                            std::vector<size_t>& out) {
    for (const llvm::User* u : v->users()) {
      if (auto* inst = llvm::dyn_cast<llvm::Instruction>(u)) {
        auto it = home.find(inst->getFunction());
        out.push_back(it == home.end() ? kAll : it->second);
      } else if (auto* g = llvm::dyn_cast<llvm::GlobalValue>(u)) {
        auto it = home.find(g);  // a variable's initializer
        out.push_back(it == home.end() ? 0 : it->second);
      } else if (llvm::isa<llvm::Constant>(u)) {
        users(u, out);
      } else {
        out.push_back(kAll);
      }
    }
  };
  std::function<bool(const llvm::Value*)> onlyClonedEverywhere = [&](const llvm::Value* v) {
    for (const llvm::User* u : v->users()) {
      if (auto* inst = llvm::dyn_cast<llvm::Instruction>(u)) {
        if (!copiedEverywhere(*inst->getFunction())) return false;
      } else if (llvm::isa<llvm::GlobalValue>(u) || !llvm::isa<llvm::Constant>(u) || !onlyClonedEverywhere(u)) {
        return false;
      }
    }
    return true;
  };
  std::unordered_set<const llvm::GlobalValue*> everywhere_vars;
  for (const llvm::GlobalVariable& g : m.globals()) {
    if (g.isDeclaration()) continue;
    // A variable only copied functions use is copied with them, except a
    // shared getter's cache.
    if (g.hasLocalLinkage() && !g.use_empty() && onlyClonedEverywhere(&g) && !usedByLeaf(g) &&
        (g.isConstant() ||
         !(g.getName().ends_with(".cache") && shared_getters.count(m.getFunction(g.getName().drop_back(6)))))) {
      everywhere_vars.insert(&g);
      continue;
    }
    std::vector<size_t> parts;
    users(&g, parts);
    std::sort(parts.begin(), parts.end());
    parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
    if (parts.size() == 1 && parts[0] != kAll) home[&g] = parts[0];
  }
  auto everywhere = [&](const llvm::GlobalValue* gv) {
    auto* f = llvm::dyn_cast<llvm::Function>(gv);
    return (f && copiedEverywhere(*f)) || everywhere_vars.count(gv) != 0;
  };
  std::vector<llvm::GlobalValue*> promote;
  auto check = [&](llvm::GlobalValue& gv) {
    if (gv.isDeclaration() || !gv.hasLocalLinkage() || everywhere(&gv)) return;
    auto it = home.find(&gv);
    size_t own = it == home.end() ? 0 : it->second;
    std::vector<size_t> parts;
    users(&gv, parts);
    if (std::any_of(parts.begin(), parts.end(), [&](size_t k) { return k != own; })) promote.push_back(&gv);
  };
  for (llvm::Function& f : m) check(f);
  for (llvm::GlobalVariable& g : m.globals()) check(g);
  for (llvm::GlobalAlias& a : m.aliases()) TP_CHECK(!a.hasLocalLinkage(), "a local alias in a split module");
  for (llvm::GlobalValue* gv : promote) {
    gv->setName(gv->getName() + suffix);
    gv->setLinkage(llvm::GlobalValue::ExternalLinkage);
    gv->setVisibility(llvm::GlobalValue::HiddenVisibility);
  }
  planned(load);
  for (size_t k = 0; k < n + (cold_parts ? 2 : 0); ++k) {
    llvm::ValueToValueMapTy vmap;
    made(k, llvm::CloneModule(m, vmap, [&](const llvm::GlobalValue* gv) {
           if (everywhere(gv)) return true;
           auto it = home.find(gv);
           return it == home.end() ? k == 0 : it->second == k;
         }));
  }
}

std::string toBitcode(const llvm::Module& m) {
  std::string bc;
  llvm::raw_string_ostream os(bc);
  llvm::WriteBitcodeToFile(m, os);
  os.flush();
  return bc;
}

// Links the runtime bitcode into `llm` (at -O1 and up: its fast paths, for
// inlining), optimises it and emits it as an object file to `path`.
// With `verbose`, prints the time of each step to stderr, prefixed by `what`
// (one line: several partitions run at once).
bool optimizeAndEmit(llvm::Module& llm, llvm::TargetMachine& tm, const codegen::CodegenOptions& cg,
                     const std::string& rt_bc, const std::string& path, std::string& error, bool verbose = false,
                     const std::string& what = "") {
  auto t0 = Clock::now();
  auto cpu = [] {
    timespec ts;
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
  };
  double cpu0 = cpu();
  size_t before = verbose ? instructionCount(llm) : 0;
  llm.setTargetTriple(tm.getTargetTriple().str());
  llm.setDataLayout(tm.createDataLayout());
  if (!rt_bc.empty() && ::access(rt_bc.c_str(), R_OK) == 0 && !codegen::linkRuntimeBitcode(llm, rt_bc, error))
    return false;
  auto t1 = Clock::now();
  codegen::optimizeModule(llm, tm, cg);
  auto t2 = Clock::now();
  size_t after = verbose ? instructionCount(llm) : 0;
  // emitFile writes a mkstemp temporary beside `path` and renames it.
  bool ok = codegen::emitFile(llm, tm, codegen::FileKind::Object, path, error);
  if (verbose) {
    auto ms = [](Clock::time_point a, Clock::time_point b) {
      return std::chrono::duration<double, std::milli>(b - a).count();
    };
    std::fprintf(stderr,
                 "taipan: %s  %zu -> %zu LLVM instructions, rt-bc %.1f ms, opt %.1f ms, emit %.1f ms (thread CPU "
                 "%.1f ms)\n",
                 what.c_str(), before, after, ms(t0, t1), ms(t1, t2), ms(t2, Clock::now()), cpu() - cpu0);
  }
  return ok;
}

// Lowers, optimises and emits one module's object file to `single_path`,
// or, given several part paths and a module big enough to be worth it,
// splits the lowered module (partitionModule) and links the runtime
// bitcode into, optimises and emits each partition on a thread of its own,
// in an LLVMContext of its own (a partition crosses over as bitcode), one
// object per part path. Every object goes through a mkstemp temporary
// renamed into place; `split` tells which of the two was written.
// Runs on a worker thread: everything LLVM here is private to the call.
bool compileObject(const ir::Module& irm, const codegen::CodegenOptions& cg, const std::string& rt_bc,
                   const std::string& single_path, const std::vector<std::string>& part_paths, const std::string& key,
                   bool verbose, bool& split, std::string& error) {
  llvm::LLVMContext context;
  lower::LowerOptions lo = lowerOptions(cg);
  // -v: the steps' times, without Timer (this runs on a worker thread; the
  // crash reporter's phase stays "codegen").
  auto ms = [](Clock::time_point a) { return std::chrono::duration<double, std::milli>(Clock::now() - a).count(); };
  auto t0 = Clock::now();
  std::unique_ptr<llvm::Module> llm = lower::lowerModule(irm, context, lo, error);
  if (!llm) TP_FATAL(error);
  size_t count = instructionCount(*llm);
  if (verbose)
    std::fprintf(stderr, "taipan: lowered %s  %zu LLVM instructions, %.1f ms\n", irm.source_path.c_str(), count,
                 ms(t0));
  split = part_paths.size() > 1 && count >= kMinSplitInstructions;
  if (!split) {
    std::unique_ptr<llvm::TargetMachine> tm = codegen::createTargetMachine(cg, error);
    return tm && optimizeAndEmit(*llm, *tm, cg, cg.opt_level > 0 ? rt_bc : std::string(), single_path, error, verbose,
                                 "module " + irm.source_path);
  }

  t0 = Clock::now();
  std::unordered_map<std::string, double> rt_costs = cg.opt_level > 0 ? runtimeCallCosts(rt_bc) : decltype(rt_costs)();
  // The last two paths are then the cold partitions (partPaths).
  bool cold_parts = coldPartitions(cg);
  size_t hot_parts = part_paths.size() - (cold_parts ? 2 : 0);
  // Each partition crosses over as bitcode as soon as it is made: a worker
  // starts on partition 0 while this thread makes the others.
  std::vector<std::string> bitcode(part_paths.size());
  std::mutex made_mutex;
  std::condition_variable made_cv;
  size_t made = 0;
  std::vector<std::string> errors(part_paths.size());
  std::vector<char> ok(part_paths.size(), 0);
  auto compilePart = [&](size_t k) {
    {
      std::unique_lock<std::mutex> lock(made_mutex);
      made_cv.wait(lock, [&] { return made > k; });
    }
    llvm::LLVMContext part_context;
    llvm::Expected<std::unique_ptr<llvm::Module>> part = llvm::parseBitcodeFile(
        llvm::MemoryBufferRef(llvm::StringRef(bitcode[k].data(), bitcode[k].size()), "partition"), part_context);
    if (!part) TP_FATAL("cannot read back a partition: " + llvm::toString(part.takeError()));
    // The cold partitions' code is all `optnone`: they get the -O0 pass
    // pipeline (which still inlines what is always-inline) and no runtime
    // bitcode (their runtime calls are out of line, decision 0021). Generic
    // bodies keep the module's code generation level (the fast instruction
    // selector, the greedy register allocator): they may run often. Code
    // that runs once gets -O0's code generation, the quickest (decision 0078).
    bool generic = cold_parts && k == hot_parts, once = cold_parts && k == hot_parts + 1;
    codegen::CodegenOptions part_cg = cg, tm_cg = cg;
    if (generic || once) part_cg.opt_level = 0;
    if (once) tm_cg.opt_level = 0;
    std::unique_ptr<llvm::TargetMachine> part_tm = codegen::createTargetMachine(tm_cg, errors[k]);
    if (!part_tm) return;
    ok[k] = optimizeAndEmit(**part, *part_tm, part_cg, generic || once ? std::string() : rt_bc, part_paths[k],
                            errors[k], verbose,
                            (generic ? std::string("generic part")
                             : once  ? std::string("once part")
                                     : "part " + std::to_string(k)) +
                                " of " + irm.source_path);
  };
  // Partitions are taken in order by whichever thread is free; the cold
  // ones, last, go to the threads that finish first.
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t k; (k = next.fetch_add(1)) < part_paths.size();) compilePart(k);
  };
  std::vector<std::thread> threads;
  for (size_t k = 1; k < hot_parts; ++k) threads.emplace_back(worker);
  partitionModule(
      *llm, hot_parts, ".tp" + key.substr(0, 16), rt_costs, cold_parts,
      [&](const std::vector<double>& load) {
        if (!verbose) return;
        std::string loads;
        for (double w : load) loads += (loads.empty() ? "" : " ") + std::to_string(static_cast<long>(w));
        std::fprintf(stderr, "taipan: split %s  %zu partitions (estimated weights %s), %.1f ms\n",
                     irm.source_path.c_str(), part_paths.size(), loads.c_str(), ms(t0));
      },
      [&](size_t k, std::unique_ptr<llvm::Module> part) {
        std::string bc = toBitcode(*part);
        std::lock_guard<std::mutex> lock(made_mutex);
        bitcode[k] = std::move(bc);
        made = k + 1;
        made_cv.notify_all();
      });
  llm.reset();
  worker();
  for (std::thread& t : threads) t.join();
  for (size_t k = 0; k < part_paths.size(); ++k)
    if (!ok[k]) {
      error = errors[k];
      return false;
    }
  return true;
}

// Keeps the object cache bounded: when it holds more than kMaxCacheBytes,
// the least recently used objects (by mtime: a hit touches its object) are
// removed until it is at three quarters of that. Objects used in the last
// ten minutes are kept (a concurrent build may be about to link them; it
// compiles again what vanishes anyway), and an mtime in the future (a cache
// written under another clock) counts as now, so that such files age
// instead of outliving everything else.
void pruneObjectCache(const std::string& dir) {
  constexpr uint64_t kMaxCacheBytes = 1ull << 30;
  constexpr time_t kMinAgeSeconds = 600;
  DIR* d = ::opendir(dir.c_str());
  if (!d) return;
  struct Entry {
    std::string path;
    time_t mtime;
    uint64_t size;
  };
  std::vector<Entry> entries;
  uint64_t total = 0;
  time_t now = ::time(nullptr);
  while (dirent* e = ::readdir(d)) {
    std::string name = e->d_name;
    if (name.size() < 3 || name.compare(name.size() - 2, 2, ".o") != 0) continue;
    struct stat st;
    std::string p = dir + "/" + name;
    if (::stat(p.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    time_t mtime = st.st_mtime;
    if (mtime > now + 60) {
      ::utime(p.c_str(), nullptr);
      mtime = now;
    }
    entries.push_back({p, mtime, static_cast<uint64_t>(st.st_size)});
    total += static_cast<uint64_t>(st.st_size);
  }
  ::closedir(d);
  if (total <= kMaxCacheBytes) return;
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.mtime < b.mtime; });
  for (const Entry& e : entries) {
    if (total <= kMaxCacheBytes / 4 * 3 || e.mtime > now - kMinAgeSeconds) break;
    // Looked at again: a build may have touched it since the scan.
    struct stat st;
    if (::stat(e.path.c_str(), &st) != 0 || st.st_mtime > now - kMinAgeSeconds) continue;
    if (::unlink(e.path.c_str()) == 0) total -= e.size;
  }
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
      // --explain-types and --strict report from the IR: no shortcut.
      bool reports = inv.explain_types != ExplainTypes::None || inv.strict;
      if (!reports && isExecutable(cached)) {
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

  // An executable: one object file per module, cached by content
  // (objectKey) under the cache directory, the missing ones compiled by up
  // to -j threads, then linked. An edit recompiles only the edited module.
  if (linking) {
    std::string obj_dir = cacheDir() + "/obj";
    if (!makeDirs(obj_dir)) {
      report(diag::Kind::OutputUnwritable,
             "cannot create the cache directory '" + obj_dir + "': " + std::strerror(errno));
      return false;
    }
    // A module's object is either one file, KEY.o, or, when the build has
    // fewer modules to compile than jobs, a set of partitions
    // KEY-pK-N.o (compileObject); a set is used only when complete.
    std::vector<std::string> keys(units.size()), singles(units.size());
    std::vector<std::vector<std::string>> objects(units.size());
    std::vector<size_t> todo;
    Hasher key_base = objectKeyBase(inv, runtime_dir);
    size_t jobs = static_cast<size_t>(std::max(1, inv.jobs));
    auto partPaths = [&](const std::string& dir, size_t i, size_t n) {
      std::vector<std::string> paths;
      std::string base = dir + "/" + stem(units[i].file->path()) + "-" + keys[i];
      for (size_t k = 0; k < n; ++k) paths.push_back(base + "-p" + std::to_string(k) + "-" + std::to_string(n) + ".o");
      // Two more for the generic bodies and the code that runs once (compileObject).
      if (coldPartitions(cg)) {
        paths.push_back(base + "-pg-" + std::to_string(n) + ".o");
        paths.push_back(base + "-pc-" + std::to_string(n) + ".o");
      }
      return paths;
    };
    auto present = [](const std::string& p) {
      struct stat st;
      return ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0;
    };
    // Module i's objects under `dir`: KEY.o, else a complete set of
    // partitions from any -j; empty when there is neither.
    auto findObjects = [&](const std::string& dir, size_t i) -> std::vector<std::string> {
      std::string single = dir + "/" + stem(units[i].file->path()) + "-" + keys[i] + ".o";
      if (present(single)) return {single};
      for (size_t n = 2; n <= kMaxParts; ++n) {
        std::vector<std::string> paths = partPaths(dir, i, n);
        if (std::all_of(paths.begin(), paths.end(), present)) return paths;
      }
      return {};
    };
    for (size_t i = 0; i < units.size(); ++i) {
      keys[i] = objectKey(key_base, units[i], units, i == 0);
      singles[i] = obj_dir + "/" + stem(units[i].file->path()) + "-" + keys[i] + ".o";
      if (std::vector<std::string> hit = findObjects(obj_dir, i); !hit.empty()) {
        for (const std::string& p : hit) {
          if (inv.verbose) std::fprintf(stderr, "taipan: cache  %s  hit\n", p.c_str());
          ::utime(p.c_str(), nullptr);  // most recently used
        }
        objects[i] = hit;
        continue;
      }
      // The objects of the standard library prebuilt with the compiler
      // (decision 0044), keyed like the cache's: read in place, never written.
      if (std::vector<std::string> pre =
              i > 0 ? findObjects(runtime_dir + "/stdlib-obj", i) : std::vector<std::string>{};
          !pre.empty()) {
        for (const std::string& p : pre)
          if (inv.verbose) std::fprintf(stderr, "taipan: cache  %s  prebuilt\n", p.c_str());
        objects[i] = pre;
        continue;
      }
      todo.push_back(i);
    }
    Timer codegen_timer(inv.verbose, "codegen", path);
    std::string rt_bc = runtime_dir + "/taipan_rt.bc";
    std::vector<std::string> errors(units.size());
    std::vector<char> failed(units.size(), 0), split(units.size(), 0);
    // Compiles the modules `list` into the cache, up to -j at a time; jobs
    // left over when there are fewer modules than jobs go to the partitions
    // of each module's code generation.
    size_t parts = 1, threads = 0;
    auto compileModules = [&](const std::vector<size_t>& list) {
      parts = list.empty() ? 1 : std::clamp<size_t>(jobs / list.size(), 1, kMaxParts);
      std::atomic<size_t> next{0};
      auto worker = [&] {
        for (size_t t; (t = next.fetch_add(1)) < list.size();) {
          size_t i = list[t];
          std::vector<std::string> paths = parts > 1 ? partPaths(obj_dir, i, parts) : std::vector<std::string>{};
          bool s = false;
          failed[i] = !compileObject(irms[i], cg, rt_bc, singles[i], paths, keys[i], inv.verbose, s, errors[i]);
          split[i] = s;
          objects[i] = s ? paths : std::vector<std::string>{singles[i]};
        }
      };
      threads = std::min<size_t>(jobs, list.size());
      if (threads <= 1) {
        worker();
      } else {
        std::vector<std::thread> pool;
        for (size_t k = 0; k < threads; ++k) pool.emplace_back(worker);
        for (std::thread& t : pool) t.join();
      }
      for (size_t i : list)
        if (failed[i]) {
          report(diag::Kind::OutputUnwritable, errors[i]);
          return false;
        }
      return true;
    };
    if (!compileModules(todo)) return false;
    size_t n_split = static_cast<size_t>(std::count(split.begin(), split.end(), 1));
    codegen_timer.done(std::to_string(todo.size()) + " of " + std::to_string(units.size()) + " modules compiled, " +
                       std::to_string(threads > 1 ? threads : 1) + " thread" + (threads > 1 ? "s" : "") +
                       (n_split ? ", " + std::to_string(n_split) + " split in " + std::to_string(parts) : ""));
    std::string output = inv.command == Command::Run ? cached : (inv.output.empty() ? stem(path) : inv.output);
    // The runtime's native modules the program imports are linked on demand
    // (runtime/src/runtime.h, TP_NATIVE_MODULE): ask the linker for each
    // one's entry (a runtime module without one is always linked).
    std::set<std::string> native;
    for (const ModuleUnit& u : units)
      for (const std::string& name : u.runtime_imports) native.insert("tp_native_" + name);
    std::vector<std::string> wanted(native.begin(), native.end());
    auto link = [&] {
      std::vector<std::string> object_files;
      for (const std::vector<std::string>& o : objects) object_files.insert(object_files.end(), o.begin(), o.end());
      Timer link_timer(inv.verbose, "link", path);
      if (!codegen::linkExecutable(object_files, output, runtime_dir, inv.verbose, error, wanted, inv.debug_info))
        return false;
      link_timer.done(output);
      return true;
    };
    // Another build sharing the cache (or a user clearing it) may remove an
    // object between the lookup and the link: such modules are compiled
    // again, before the link and, if the link fails, once after it.
    auto recompileVanished = [&](bool& any) {
      std::vector<size_t> vanished;
      for (size_t i = 0; i < units.size(); ++i)
        if (!std::all_of(objects[i].begin(), objects[i].end(), present)) vanished.push_back(i);
      any = !vanished.empty();
      if (!any) return true;
      if (inv.verbose)
        std::fprintf(stderr, "taipan: cache  %zu module object(s) removed since the lookup; compiling them again\n",
                     vanished.size());
      return compileModules(vanished);
    };
    bool again = false;
    if (!recompileVanished(again)) return false;
    bool linked = link();
    if (!linked) {
      if (!recompileVanished(again)) return false;
      if (again) linked = link();
    }
    if (!linked) {
      // An unwritable output is the user's path, not a link problem.
      report(error.rfind("cannot write '", 0) == 0 ? diag::Kind::OutputUnwritable : diag::Kind::LinkFailed, error);
      return false;
    }
    if (!todo.empty()) pruneObjectCache(obj_dir);
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
  lower::LowerOptions lo = lowerOptions(cg);
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

  // --emit=llvm|asm|obj: the program's modules linked into one LLVM module.
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

  TP_FATAL("runBackend: no output kind for this invocation");
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
