// Code generation for a lowered llvm::Module: target selection (the host
// triple, a portable CPU unless -march=native), the optimisation pipeline of
// LLVM's new pass manager at -O0..-O3, emission of an object file, assembly
// or textual LLVM IR (written to a temporary file and renamed into place),
// and linking an executable against the runtime with the clang-19 driver.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace llvm {
template <typename T>
class SmallVectorImpl;
class Module;
class TargetMachine;
}  // namespace llvm

namespace taipan::codegen {

struct CodegenOptions {
  int opt_level = 2;        // 0..3
  bool native_cpu = false;  // -march=native: tune and use every feature of this machine
  std::string cpu;          // explicit -march=CPU (overrides native_cpu); empty: "x86-64" on x86-64
  bool debug_info = false;
};

enum class FileKind { Object, Assembly, LLVMText };

// A TargetMachine for the host, or null with `error` set.
std::unique_ptr<llvm::TargetMachine> createTargetMachine(const CodegenOptions& options, std::string& error);

// Sets the module's triple and data layout from `tm`, runs the default
// per-module pipeline for the level (O0: buildO0DefaultPipeline).
void optimizeModule(llvm::Module& module, llvm::TargetMachine& tm, const CodegenOptions& options);

// Whether -O`opt_level` keeps peeked attributes across loops (decision
// 0084, off through TAIPAN_LLVM_ARGS=-taipan-peek-cache=false): the lowering
// then leaves its attr.peek calls for that pass to inline.
bool peekCacheEnabled(int opt_level);

// Writes `module` as `kind` to `path` ("-" for stdout) through a temporary
// file renamed into place. Returns false with `error` set.
bool emitFile(llvm::Module& module, llvm::TargetMachine& tm, FileKind kind, const std::string& path,
              std::string& error);

// Links the runtime's bitcode (taipan_rt.bc, built from runtime/bitcode) into
// `module` so its small hot functions can be inlined. Only the functions the
// module uses come in, as available_externally definitions: inlined where the
// optimiser wants, otherwise called in libtaipan_rt.a as before. Returns
// false with `error` set when the file cannot be read.
bool linkRuntimeBitcode(llvm::Module& module, const std::string& path, std::string& error);

// Emits `module` as an object file or assembly into `out`.
bool emitToBuffer(llvm::Module& module, llvm::TargetMachine& tm, FileKind kind, llvm::SmallVectorImpl<char>& out,
                  std::string& error);

// Links `object` into the executable `output` (via a temporary file renamed
// into place) with the clang-19 driver and the runtime libraries in
// `runtime_libdir`. `verbose` prints the command line to stderr. Each of
// `undefined` is a symbol the runtime archive must supply (--undefined).
// With `keep_debug` (taipan -g) the executable keeps the debug information
// of the objects and of the runtime archive; without, it has none.
bool linkExecutable(const std::vector<std::string>& objects, const std::string& output,
                    const std::string& runtime_libdir, bool verbose, std::string& error,
                    const std::vector<std::string>& undefined = {}, bool keep_debug = false);

// The directory with libtaipan_rt.a and libtaipan_rt_main.a: $TAIPAN_RUNTIME_DIR
// if set, else ../lib next to the running executable. Empty if not found.
std::string findRuntimeLibDir();
// The clang driver used for linking, or empty when none is installed.
std::string findClang();

}  // namespace taipan::codegen
