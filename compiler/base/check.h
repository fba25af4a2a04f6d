// Internal-invariant checks. A failed CHECK or a FATAL is a compiler bug, never
// a user error: it prints "internal compiler error", the phase, the message
// and a stack trace, then exits with status 70 (see docs/cli.md). User-facing
// problems go through diag::DiagnosticEngine instead.
#pragma once

#include <cstddef>
#include <string>

namespace taipan {

// The phase currently running, reported by internal errors ("lex", "parse", ...).
void setCurrentPhase(const char* phase);
const char* currentPhase();

[[noreturn]] void internalError(const char* file, int line, const std::string& message);

// Installs handlers so that SIGSEGV/SIGABRT/SIGBUS/SIGFPE/SIGILL inside the
// compiler also end as an internal compiler error with exit status 70.
void installCrashHandlers();

// Runs body(arg) on a thread whose stack is `stack_bytes` large (reserved, not
// committed), with an alternate signal stack of its own for the crash
// handlers, and returns its result. The front end recurses once per nesting
// level up to its fixed depth limits; the large stack keeps those limits far
// from the stack's end in every build, the sanitizer builds included, whose
// frames are several times larger. When the thread cannot be created, body
// runs on the calling thread.
int runOnLargeStack(size_t stack_bytes, int (*body)(void*), void* arg);

// Replaces the stack-trace printer of internal errors (default: glibc's
// backtrace_symbols_fd, which names only exported symbols). The driver
// installs LLVM's, which symbolizes with llvm-symbolizer when it is found.
void setStackTracePrinter(void (*printer)());

}  // namespace taipan

#define TP_CHECK(cond, msg)                                                                                     \
  do {                                                                                                          \
    if (!(cond)) ::taipan::internalError(__FILE__, __LINE__, std::string("check failed: " #cond ": ") + (msg)); \
  } while (0)

#define TP_FATAL(msg) ::taipan::internalError(__FILE__, __LINE__, (msg))
