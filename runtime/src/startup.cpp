// Running a compiled program: tp_main initialises the runtime, sets up
// signals (SIGPIPE ignored, SIGINT -> KeyboardInterrupt), stdout buffering
// and sys.argv, runs the module's init function, turns SystemExit into an
// exit status, prints any other uncaught exception with its traceback to
// stderr (status 1, 130 for KeyboardInterrupt) and flushes the standard
// streams (a failed final flush of stdout: status 120, as CPython).
#include <gc.h>
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <exception>

#include "runtime.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

void setSysArgv(int argc, char** argv);  // builtins.cpp

namespace {

// Exit status for SystemExit(code): None -> 0, int -> its value, anything
// else is printed to stderr and gives 1.
int systemExitStatus(TpValue exc) {
  TpValue code = tp_getattr(exc, tp_str_intern("code"));
  if (code == TP_NONE) return 0;
  if (tp_is_small_int(code)) return (int)tp_small_int_value(code);
  if (code == TP_TRUE) return 1;
  if (code == TP_FALSE) return 0;
  fflush(stdout);
  TpValue s = tp_str(code);
  fwrite(tp_str_data(s), 1, (size_t)tp_str_size(s), stderr);
  fputc('\n', stderr);
  return 1;
}

// An uncaught KeyboardInterrupt ends the program with status 130 (what a
// shell reports for CPython, which re-raises SIGINT on itself; a Taipan
// program never dies by a signal).
int handleUncaught(TpValue exc) {
  int status = 1;
  try {
    if (excIsInstance(exc, &tp_exc_SystemExit)) return systemExitStatus(exc);
    if (excIsInstance(exc, &tp_exc_KeyboardInterrupt)) status = 130;
    if (fflush(stdout) != 0) clearerr(stdout);  // as CPython's flush_io: errors ignored
    printException(exc, stderr);
  } catch (TpRaised& r) {
    fputs("Fatal error while printing an exception\n", stderr);
  }
  return status;
}

// ---- running the program on a large stack, with a stack-overflow guard ----
// Deep recursion is legal Python up to the recursion limit, so the program
// runs on a thread with a big stack. Overflowing it must not look like a
// crash: a SIGSEGV handler on an alternate stack recognises a fault next to
// the stack's low end and ends the program the way CPython reports an
// uncaught RecursionError (status 1). The recursion limit (decision 0023)
// normally raises a catchable RecursionError long before.
//
// The handler is not the only one: in generational mode libgc write-protects
// the heap pages that hold pointers and learns which ones the program writes
// from the SIGSEGV each first write raises (its handler, installed by
// GC_enable_incremental during tp_runtime_init, unprotects the page, records
// it as dirty and returns). Our handler is installed after it and hands every
// fault that is not a stack overflow to the handler it replaced, so those
// faults reach libgc (decision 0040). A fault inside the collector's heap is
// never a stack overflow (the stack is not part of the heap), so it is passed
// on first, even when the program is near its stack's end.
constexpr size_t kProgramStack = size_t(1) << 30;  // reserved, touched lazily
constexpr size_t kAltStack = size_t(1) << 16;
uintptr_t g_stack_low = 0;     // lowest address of the program thread's stack (global state: one program thread)
struct sigaction g_prev_segv;  // the SIGSEGV action ours replaced (libgc's write-fault handler, or SIG_DFL)

void onSegv(int sig, siginfo_t* info, void* context) {
  uintptr_t addr = reinterpret_cast<uintptr_t>(info->si_addr);
  bool in_heap = GC_is_heap_ptr(info->si_addr);
  if (!in_heap && g_stack_low && addr < g_stack_low + (1 << 20) && addr + (1 << 20) > g_stack_low) {
    fflush(stdout);  // not async-signal-safe, but the process ends right after
    static const char msg[] = "Traceback (most recent call last):\nRecursionError: maximum recursion depth exceeded\n";
    ssize_t n = write(2, msg, sizeof msg - 1);
    (void)n;
    _exit(1);
  }
  if (g_prev_segv.sa_flags & SA_SIGINFO) {
    g_prev_segv.sa_sigaction(sig, info, context);
    return;
  }
  if (g_prev_segv.sa_handler != SIG_DFL && g_prev_segv.sa_handler != SIG_IGN) {
    g_prev_segv.sa_handler(sig);
    return;
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

// The alternate stack is malloc'd, not static: the collector scans static
// data as roots at every collection, and this holds no heap pointers.
void installStackGuard() {
  stack_t ss = {};
  ss.ss_sp = malloc(kAltStack);
  ss.ss_size = kAltStack;
  if (ss.ss_sp) sigaltstack(&ss, nullptr);
  struct sigaction sa = {};
  sa.sa_sigaction = onSegv;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  // As libgc's own write-fault handler: no world-stop signal while a write
  // fault is being recorded.
  sigaddset(&sa.sa_mask, GC_get_suspend_signal());
  struct sigaction prev;
  if (sigaction(SIGSEGV, &sa, &prev) == 0 && prev.sa_sigaction != onSegv) g_prev_segv = prev;
}

struct ProgramRun {
  int argc;
  char** argv;
  TpValue (*module_init)(void);
  int status;
};

int runProgram(ProgramRun* run);

void* programThread(void* arg) {
  auto* run = static_cast<ProgramRun*>(arg);
  pthread_attr_t attr;
  if (pthread_getattr_np(pthread_self(), &attr) == 0) {
    void* low;
    size_t size;
    if (pthread_attr_getstack(&attr, &low, &size) == 0) g_stack_low = reinterpret_cast<uintptr_t>(low);
    pthread_attr_destroy(&attr);
  }
  installStackGuard();
  // SIGINT is handled on this thread (blocked in the waiting main thread), so
  // that it interrupts this thread's blocking calls (time.sleep).
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_UNBLOCK, &set, nullptr);
  run->status = runProgram(run);
  return nullptr;
}

}  // namespace

extern "C" int tp_main(int argc, char** argv, TpValue (*module_init)(void)) {
  tp_runtime_init();
  // Writing to a closed pipe fails with EPIPE (BrokenPipeError), as in
  // CPython, instead of killing the process.
  signal(SIGPIPE, SIG_IGN);
  installSigint();
  sigset_t set, old;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, &old);
  ProgramRun run = {argc, argv, module_init, 0};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kProgramStack);
  pthread_t thread;
  if (pthread_create(&thread, &attr, programThread, &run) != 0) {
    pthread_attr_destroy(&attr);
    pthread_sigmask(SIG_SETMASK, &old, nullptr);
    return runProgram(&run);  // no big stack available: run here
  }
  pthread_attr_destroy(&attr);
  pthread_join(thread, nullptr);
  return run.status;
}

namespace {
int runProgram(ProgramRun* run) {
  int argc = run->argc;
  char** argv = run->argv;
  TpValue (*module_init)(void) = run->module_init;
  // Block-buffer stdout unless it is a terminal (line-buffered then), like CPython.
  // The buffer is malloc'd, not static: the collector scans static data as
  // roots at every collection, and 64 KB of text holds no pointers.
  if (isatty(fileno(stdout)))
    setvbuf(stdout, nullptr, _IOLBF, 0);
  else
    setvbuf(stdout, static_cast<char*>(malloc(size_t(1) << 16)), _IOFBF, size_t(1) << 16);
  int status = 0;
  try {
    tp_runtime_init();
    setSysArgv(argc, argv);
    module_init();
    checkPending();
  } catch (TpRaised& r) {
    status = handleUncaught(r.exc);
  } catch (const std::bad_alloc&) {
    fflush(stdout);
    fputs("MemoryError\n", stderr);
    status = 1;
  } catch (const std::exception& e) {
    fflush(stdout);
    fprintf(stderr, "SystemError: %s\n", e.what());
    status = 1;
  }
  if (int flush_status = stdoutExitFlush()) status = flush_status;
  fflush(stderr);
  return status;
}
}  // namespace
