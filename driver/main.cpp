// Entry point of the `taipan` command: installs the crash handlers (a crash
// anywhere in the compiler ends as "internal compiler error", exit 70), parses
// the command line, and runs the invocation. An exception escaping the
// compiler is a compiler bug too, never a user error, so it gets the same
// treatment. See docs/cli.md for the user-facing contract.
#include <llvm/Support/ErrorHandling.h>
#include <llvm/Support/Signals.h>
#include <llvm/Support/raw_ostream.h>

#include <csignal>
#include <cstdio>
#include <exception>
#include <new>
#include <string>

#include "compiler/base/check.h"
#include "compiler/base/file_util.h"
#include "driver/frontend.h"
#include "driver/options.h"

namespace {
// The compiler's stack (see runOnLargeStack): virtual address space only.
constexpr size_t kCompilerStackBytes = size_t(256) << 20;

struct Args {
  int argc;
  char** argv;
};

int compilerMain(void* p) {
  using namespace taipan::driver;
  auto* args = static_cast<Args*>(p);
  try {
    Invocation inv;
    int status = parseCommandLine(args->argc, args->argv, inv);
    if (status >= 0) return status;
    return runInvocation(inv);
  } catch (const std::bad_alloc&) {
    std::fflush(stdout);
    std::fprintf(stderr, "taipan: internal compiler error in phase '%s': out of memory\n", taipan::currentPhase());
  } catch (const std::exception& e) {
    std::fflush(stdout);
    std::fprintf(stderr, "taipan: internal compiler error in phase '%s': uncaught exception: %s\n",
                 taipan::currentPhase(), e.what());
  } catch (...) {
    std::fflush(stdout);
    std::fprintf(stderr, "taipan: internal compiler error in phase '%s': uncaught non-standard exception\n",
                 taipan::currentPhase());
  }
  std::fputs("please report this with the input that triggered it\n", stderr);
  taipan::abandonOutputs(SIGTERM);
  return kExitInternal;
}
}  // namespace

int main(int argc, char** argv) {
  taipan::installCrashHandlers();
  taipan::installInterruptCleanup();
  taipan::setStackTracePrinter([] { llvm::sys::PrintStackTrace(llvm::errs()); });
  // LLVM's fatal errors (report_fatal_error) would exit with status 1.
  llvm::install_fatal_error_handler(
      [](void*, const char* reason, bool) { TP_FATAL(std::string("LLVM ERROR: ") + reason); });
  Args args{argc, argv};
  return taipan::runOnLargeStack(kCompilerStackBytes, compilerMain, &args);
}
