// Recursion limit and interrupts (decision 0023): the globals compiled
// prologues and loop back edges compare (tp_rec_depth, tp_rec_limit), their
// slow paths (RecursionError, KeyboardInterrupt made pending),
// sys.getrecursionlimit/setrecursionlimit, the SIGINT handler (which lowers
// tp_rec_limit so that the next compiled check takes the slow path) and the
// polling the runtime's own blocking calls (time.sleep) do.
#include <signal.h>
#include <sys/mman.h>

#include <unistd.h>

#include <cstring>

#include "runtime.h"
#include "taipan/int.h"
#include "taipan/str.h"

using namespace tp;

extern "C" {
int64_t tp_rec_depth = 0;
int64_t tp_rec_limit = 1000;
TpFrameSlot* tp_frames = nullptr;  // see tp::initFrameStack
}

namespace {
int64_t g_limit = 1000;                   // sys.getrecursionlimit()
volatile sig_atomic_t g_interrupted = 0;  // a SIGINT not raised yet
const char kRecursionMessage[] = "maximum recursion depth exceeded";

void onSigint(int) {
  g_interrupted = 1;
  __atomic_store_n(&tp_rec_limit, int64_t(-1), __ATOMIC_RELAXED);
}

// Takes a waiting interrupt: restores the limit first, so that an interrupt
// arriving meanwhile lowers it again and is not lost.
bool takeInterrupt() {
  __atomic_store_n(&tp_rec_limit, g_limit, __ATOMIC_RELAXED);
  if (!g_interrupted) return false;
  g_interrupted = 0;
  return true;
}

void setPending(TpValue exc) {
  try {
    tp_raise_set(exc);
  } catch (TpRaised& r) {
    tp_exc_pending = r.exc;
  }
}
}  // namespace

// The frame stack (decision 0031): 16 MiB of address space mapped apart
// from the program's data, so the collector neither scans it nor counts it
// as roots (which would make it collect less often and grow the heap);
// pages are touched only as deep as the program recurses.
void tp::initFrameStack() {
  if (tp_frames) return;
  void* p = mmap(nullptr, sizeof(TpFrameSlot) * TP_FRAME_SLOTS, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) {
    static const char msg[] = "taipan runtime: cannot map the frame stack\n";
    (void)!write(2, msg, sizeof msg - 1);
    _exit(1);
  }
  tp_frames = static_cast<TpFrameSlot*>(p);
}

extern "C" int32_t tp_rec_overflow(int64_t depth) {
  if (takeInterrupt()) {
    setPending(newException(&tp_exc_KeyboardInterrupt, {}));
    return 1;
  }
  if (depth <= g_limit) return 0;
  setPending(newException(&tp_exc_RecursionError, {tp_str_from_cstr(kRecursionMessage)}));
  return 1;
}

extern "C" void tp_interrupt_poll(void) {
  if (takeInterrupt()) setPending(newException(&tp_exc_KeyboardInterrupt, {}));
}

void tp::installSigint() {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = onSigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a blocking call returns EINTR and polls
  sigaction(SIGINT, &sa, nullptr);
}

void tp::checkInterrupt() {
  if (g_interrupted && takeInterrupt()) tp_raise(newException(&tp_exc_KeyboardInterrupt, {}));
}

int64_t tp::recursionLimit() { return g_limit; }

// sys.setrecursionlimit: CPython's checks and messages. The depth it reports
// counts the setrecursionlimit call itself, as CPython's does.
void tp::setRecursionLimit(TpValue v) {
  if (!tp_is_int(v)) raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(v));
  if (!tp_is_small_int(v) || tp_small_int_value(v) > INT32_MAX)
    raiseOverflowError("Python int too large to convert to C int");
  int64_t n = tp_small_int_value(v);
  if (n < INT32_MIN) raiseOverflowError("Python int too large to convert to C int");
  if (n < 1) raiseValueError("recursion limit must be greater or equal than 1");
  int64_t depth = tp_rec_depth + 1;
  if (depth >= n)
    raiseRecursionError("cannot set the recursion limit to %lld at the recursion depth %lld: the limit is too low",
                        (long long)n, (long long)depth);
  g_limit = n;
  if (!g_interrupted) __atomic_store_n(&tp_rec_limit, n, __ATOMIC_RELAXED);
}
