// Implementation of internal-error reporting: message, phase, backtrace (via
// glibc's backtrace_symbols_fd, which is async-signal-safe enough for a crash
// path), exit status 70. TAIPAN_DEBUG_CRASH=KIND[@PHASE] (a hidden switch
// for tests, docs/reliability.md) makes the compiler fail on purpose when it
// enters PHASE (any phase when omitted): KIND is segv, abort, check,
// exception, oom or stack (a stack overflow).
#include "compiler/base/check.h"

#include <execinfo.h>
#include <pthread.h>
#include <unistd.h>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>

#include "compiler/base/file_util.h"

namespace taipan {

namespace {
const char* g_phase = "driver";

void (*g_trace_printer)() = nullptr;

void printTrace() {
  if (g_trace_printer) {
    const char hdr[] = "stack trace:\n";
    (void)!write(2, hdr, sizeof(hdr) - 1);
    g_trace_printer();
    return;
  }
  void* frames[64];
  int n = backtrace(frames, 64);
  const char hdr[] = "stack trace:\n";
  (void)!write(2, hdr, sizeof(hdr) - 1);
  backtrace_symbols_fd(frames, n, 2);
}

void onSignal(int sig) {
  char buf[256];
  int len = std::snprintf(buf, sizeof buf,
                          "taipan: internal compiler error: signal %d (%s) in phase '%s'\n"
                          "please report this with the input that triggered it\n",
                          sig, strsignal(sig), g_phase);
  (void)!write(2, buf, len);
  printTrace();
  abandonOutputs(SIGTERM);
  _exit(70);
}

// Deep recursion that the optimiser cannot turn into a loop.
__attribute__((noinline)) int overflowStack(volatile int depth) {
  volatile char pad[1024];
  pad[0] = static_cast<char>(depth);
  return overflowStack(depth + 1) + pad[0];
}

// A real invalid store. The address is read at run time, so that the
// optimiser cannot prove the store undefined and drop the path, and UBSan is
// off here, so that its null check does not end the process (with its own
// status) before the signal handler under test runs.
volatile uintptr_t g_unmapped_address = 0;
__attribute__((noinline, no_sanitize("undefined"))) void storeThroughNull() {
  *reinterpret_cast<volatile int*>(g_unmapped_address) = 1;
}

void forceCrash(const std::string& kind) {
  if (kind == "segv") {
    storeThroughNull();
  } else if (kind == "abort") {
    std::abort();
  } else if (kind == "check") {
    TP_CHECK(kind.empty(), "forced by TAIPAN_DEBUG_CRASH");
  } else if (kind == "exception") {
    throw std::runtime_error("forced by TAIPAN_DEBUG_CRASH");
  } else if (kind == "oom") {
    throw std::bad_alloc();
  } else if (kind == "stack") {
    (void)overflowStack(0);
  }
}
}  // namespace

void setStackTracePrinter(void (*printer)()) { g_trace_printer = printer; }

void setCurrentPhase(const char* phase) {
  g_phase = phase;
  static const char* spec = std::getenv("TAIPAN_DEBUG_CRASH");
  if (!spec || !*spec) return;
  std::string s = spec;
  size_t at = s.find('@');
  if (at != std::string::npos && s.compare(at + 1, std::string::npos, phase) != 0) return;
  forceCrash(s.substr(0, at));
}

const char* currentPhase() { return g_phase; }

void internalError(const char* file, int line, const std::string& message) {
  std::fflush(stdout);
  std::fprintf(stderr,
               "taipan: internal compiler error in phase '%s': %s\n  at %s:%d\n"
               "please report this with the input that triggered it\n",
               g_phase, message.c_str(), file, line);
  printTrace();
  abandonOutputs(SIGTERM);
#ifdef TAIPAN_INTERNAL_ERROR_ABORTS
  // The libFuzzer build (TAIPAN_FUZZ): a crash, so the fuzzer keeps the input.
  std::abort();
#endif
  std::_Exit(70);
}

namespace {
constexpr size_t kAltStackBytes = 256 * 1024;  // room for the symbolizing trace printer

// An alternate stack for the calling thread, so that a stack overflow still
// reaches the handler.
void installAltStack(char* stack) {
  stack_t ss{};
  ss.ss_sp = stack;
  ss.ss_size = kAltStackBytes;
  sigaltstack(&ss, nullptr);
}

struct LargeStackRun {
  int (*body)(void*);
  void* arg;
  int result;
};

void* largeStackThread(void* p) {
  static char alt_stack[kAltStackBytes];
  installAltStack(alt_stack);
  auto* run = static_cast<LargeStackRun*>(p);
  run->result = run->body(run->arg);
  return nullptr;
}
}  // namespace

int runOnLargeStack(size_t stack_bytes, int (*body)(void*), void* arg) {
  LargeStackRun run{body, arg, 0};
  pthread_attr_t attr;
  pthread_t thread;
  bool started = pthread_attr_init(&attr) == 0 && pthread_attr_setstacksize(&attr, stack_bytes) == 0 &&
                 pthread_create(&thread, &attr, largeStackThread, &run) == 0;
  pthread_attr_destroy(&attr);
  if (!started) return body(arg);
  pthread_join(thread, nullptr);
  return run.result;
}

void installCrashHandlers() {
  static char alt_stack[kAltStackBytes];
  installAltStack(alt_stack);
  struct sigaction sa {};
  sa.sa_handler = onSignal;
  sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) sigaction(sig, &sa, nullptr);
}

}  // namespace taipan
