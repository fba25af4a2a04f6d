// Implementation of internal-error reporting: message, phase, backtrace (via
// glibc's backtrace_symbols_fd, which is async-signal-safe enough for a crash
// path), exit status 70.
#include "compiler/base/check.h"

#include <execinfo.h>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace taipan {

namespace {
const char* g_phase = "driver";

void printTrace() {
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
  _exit(70);
}
}  // namespace

void setCurrentPhase(const char* phase) { g_phase = phase; }
const char* currentPhase() { return g_phase; }

void internalError(const char* file, int line, const std::string& message) {
  std::fflush(stdout);
  std::fprintf(stderr, "taipan: internal compiler error in phase '%s': %s\n  at %s:%d\n", g_phase, message.c_str(),
               file, line);
  printTrace();
#ifdef TAIPAN_INTERNAL_ERROR_ABORTS
  // The libFuzzer build (TAIPAN_FUZZ): a crash, so the fuzzer keeps the input.
  std::abort();
#endif
  std::_Exit(70);
}

void installCrashHandlers() {
  // An alternate stack so that a stack overflow still reaches the handler.
  static char alt_stack[64 * 1024];
  stack_t ss{};
  ss.ss_sp = alt_stack;
  ss.ss_size = sizeof alt_stack;
  sigaltstack(&ss, nullptr);
  struct sigaction sa {};
  sa.sa_handler = onSignal;
  sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL}) sigaction(sig, &sa, nullptr);
}

}  // namespace taipan
