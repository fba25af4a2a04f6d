// Generators: the `generator` type and the entry points a compiled generator
// function calls. A generator function is compiled to an LLVM switch-resumed
// coroutine (compiler/lower, "Generators"): its ramp allocates the coroutine
// frame from the GC heap (tp_gc_malloc, traced, so every value live across a
// yield stays reachable), creates the generator object with tp_gen_new and
// returns it at the initial suspend. The runtime runs the body by calling the
// module's resume helper on the frame; the body talks to the runtime only
// through the generator object:
//
//   yield v         tp_gen_yield(gen, v), suspend, then tp_gen_resumed(gen):
//                   the value sent in, or raises what throw()/close() threw in
//   return v        tp_gen_return(gen, v), then the coroutine ends
//   yield from x    tp_gen_yield_from(gen, x) runs the first step; TP_NULL
//                   means "suspend": the runtime then forwards next/send/
//                   throw/close to the sub-iterator itself (PEP 380) without
//                   resuming this frame, and resumes it once the sub-iterator
//                   returns (tp_gen_resumed gives its StopIteration value) or
//                   raises (tp_gen_resumed raises it at the `yield from`)
//
// Exhaustion is cheap: the type's next slot (for-loops, py.next) returns
// TP_NULL without creating a StopIteration; next(), send() and throw()
// raise StopIteration(value) themselves.
#pragma once

#include "taipan/abi.h"
#include "taipan/object.h"

// Resumes the coroutine whose frame (handle) is given: a small helper that
// each compiled module defines (it calls llvm.coro.resume).
typedef void (*TpResumeFn)(void* frame);

enum {
  TP_GEN_CREATED = 0,    // not started: the frame waits at its initial suspend
  TP_GEN_SUSPENDED = 1,  // waiting at a yield (or delegating with yield from)
  TP_GEN_RUNNING = 2,    // its body (or the sub-iterator it delegates to) is running
  TP_GEN_FINISHED = 3,   // returned or raised: never resumed again
};

typedef struct TpGenerator {
  TpObject ob;
  void* frame;        // the coroutine frame (GC memory)
  TpResumeFn resume;  // resumes `frame`
  TpValue name;       // __name__ (str)
  TpValue qualname;   // __qualname__ (str)
  TpValue value;      // out: the value yielded, or the return value once finished
  TpValue sent;       // in: the value the body's yield evaluates to
  TpValue thrown;     // in: an exception to raise at the yield point, or TP_NULL
  TpValue yf;         // the iterator `yield from` delegates to, or TP_NULL
  TpValue exc_state;  // handled exceptions (except blocks) saved while suspended: a tuple, or TP_NULL
  int64_t state;      // TP_GEN_*
} TpGenerator;

TP_EXTERN_C TpType tp_generator_type;
// Coroutines (`async def`): the same object and protocol under the type
// `coroutine` (send/throw/close, __await__ giving a `coroutine_wrapper`
// iterator), created by tp_coro_new instead of tp_gen_new.
TP_EXTERN_C TpType tp_coroutine_type, tp_coroutine_wrapper_type;
// Async generators (`async def` with `yield`): the same object under the
// type `async_generator`; its `yield v` hands out tp_asyncgen_wrap(v), which
// the awaitables of __anext__/asend/athrow/aclose turn into their result
// (StopIteration(v)), while the other values the body suspends with (its
// awaits) pass through to the event loop.
TP_EXTERN_C TpType tp_async_generator_type;
// next(g) for an exact generator (tp_next_fast's generator case: the step
// without tp_next's type dispatch). TP_NULL when it returns.
TP_API TpValue tp_gen_next(TpValue g);
// The end of a step whose body has returned to the runtime: restores the
// exception state from before it (`base`: the handled-exception stack
// depth, `current`: the current exception), raises what the body left
// pending, and gives the yielded value, or TP_NULL when it returned. The
// end of runFrame's steps, and of tp_gen_step_inline's other than a plain
// yield.
TP_API TpValue tp_gen_step_end(TpGenerator* g, int64_t base, TpValue current);
#ifdef __cplusplus
namespace tp {
// The handled-exception stack's depth and the current exception
// (exceptions.cpp): a generator step saves and restores them.
extern int64_t g_handled_size;
extern TpValue g_current;
}  // namespace tp

// Whether tp_gen_step_inline may run g's next step: g is suspended,
// delegates nowhere and saved no handled exceptions.
static inline bool tp_gen_steps_inline(const TpGenerator* g) {
  return g->state == TP_GEN_SUSPENDED && g->yf == TP_NULL && g->exc_state == TP_NULL;
}

// One step of a generator that tp_gen_steps_inline accepts, without the runtime's frame
// around it (decision 0064): what runFrame does, its usual end (a yield,
// nothing pending, the exception stack as it was) inline, any other end in
// tp_gen_step_end. Compiled code returns its exceptions pending, so the
// resume itself never throws.
static inline __attribute__((always_inline)) TpValue tp_gen_step_inline(TpGenerator* g) {
  int64_t base = tp::g_handled_size;
  TpValue current = tp::g_current;
  g->sent = TP_NONE;
  g->thrown = TP_NULL;
  g->value = TP_NULL;
  g->state = TP_GEN_RUNNING;
  g->resume(g->frame);
  if (__builtin_expect(tp_exc_pending == TP_NULL && tp::g_handled_size == base && g->state == TP_GEN_RUNNING, 1)) {
    tp::g_current = current;
    g->sent = TP_NULL;
    g->state = TP_GEN_SUSPENDED;
    return g->value;
  }
  return tp_gen_step_end(g, base, current);
}
#endif

// The ramp: a new generator for the frame `frame` of the function `self`
// (its __name__/__qualname__; NULL when called directly: then `info`'s).
TP_API TP_NOTHROW TpValue tp_gen_new(void* frame, TpResumeFn resume, const TpFuncInfo* info, TpFunction* self);
TP_API TP_NOTHROW TpValue tp_coro_new(void* frame, TpResumeFn resume, const TpFuncInfo* info, TpFunction* self);
TP_API TP_NOTHROW TpValue tp_asyncgen_new(void* frame, TpResumeFn resume, const TpFuncInfo* info, TpFunction* self);
TP_API TP_NOTHROW TpValue tp_asyncgen_wrap(TpValue value);
// `await obj`: the iterator the awaiting frame delegates to (yield from):
// a coroutine itself, or obj.__await__() (CPython's TypeErrors otherwise).
TP_API TpValue tp_await_iter(TpValue obj);
// `yield value`: records the value to hand to the consumer (the body
// suspends next). Inlined from the runtime bitcode (runtime/bitcode/gen_fast.cpp).
TP_API TP_NOTHROW void tp_gen_yield(TpValue gen, TpValue value);
// After a resume: the value sent in (None for next()), or raises the
// exception throw()/close() passed in (inlined likewise; the raise is
// tp_gen_raise_thrown).
TP_API TpValue tp_gen_resumed(TpValue gen);
TP_API TP_NORETURN void tp_gen_raise_thrown(TpValue gen);
// `return value` in a generator: the value StopIteration will carry.
TP_API TP_NOTHROW void tp_gen_return(TpValue gen, TpValue value);
// `yield from iterable`: starts delegating. Returns the sub-iterator's
// return value when it finishes at once, else TP_NULL: the body must suspend
// and then take the result from tp_gen_resumed.
TP_API TpValue tp_gen_yield_from(TpValue gen, TpValue iterable);
