// Generators (taipan/gen.h): the `generator` type, the entry points a
// compiled generator body calls, and the protocol: __next__/send/throw/close
// with CPython 3.11's rules and messages, `yield from` delegation (PEP 380)
// done here without resuming the delegating frame for every item, PEP 479
// (a StopIteration escaping the body becomes "RuntimeError: generator raised
// StopIteration"), gi_running ("generator already executing"), and the
// handled-exception stack entries of a generator suspended in an except
// block, which travel with the generator while it is suspended.
#include "taipan/gen.h"

#include <cstdio>
#include <string>
#include <vector>

#include "runtime.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

extern "C" TpType tp_async_gen_wrapped_type, tp_async_gen_asend_type, tp_async_gen_athrow_type, tp_anext_awaitable_type;

namespace {

TpGenerator* asGen(TpValue v) { return reinterpret_cast<TpGenerator*>(tp_as_object(v)); }
// A generator or a coroutine (`async def`): one object layout, one protocol.
bool isGen(TpValue v) {
  if (!tp_is_object(v)) return false;
  TpType* t = tp_type_of_object(v);
  return t == &tp_generator_type || t == &tp_coroutine_type || t == &tp_async_generator_type;
}
bool isCoro(const TpGenerator* g) { return g->ob.type == &tp_coroutine_type; }
bool isAsyncGen(const TpGenerator* g) { return g->ob.type == &tp_async_generator_type; }
const char* kindName(const TpGenerator* g) {
  return isCoro(g) ? "coroutine" : isAsyncGen(g) ? "async generator" : "generator";
}

TpValue genResume(TpGenerator* g, TpValue sent, TpValue thrown);

// StopIteration(value) for a generator that returned `value` (None: no args).
[[noreturn]] void raiseStop(TpValue value) { raiseStopIteration(value == TP_NONE ? TP_NULL : value); }

TpValue stopValue(TpValue exc) { return tp_getattr(exc, tp_str_intern("value")); }

// obj.name, or TP_NULL when obj has no such attribute.
TpValue attrOrNull(TpValue obj, const char* name) {
  TpType* t = tp_type_of(obj);
  TpValue n = tp_str_intern(name);
  return t->getattr ? t->getattr(obj, n) : genericGetAttr(obj, n);
}

// What ends a run of the body that raised: the generator is finished, and
// a StopIteration leaving it becomes RuntimeError (PEP 479).
[[noreturn]] void bodyRaised(TpGenerator* g, int64_t base) {
  g->state = TP_GEN_FINISHED;
  g->sent = g->thrown = g->yf = TP_NULL;
  excStackTake(base);
  try {
    throw;
  } catch (TpRaised& r) {
    bool stop_async = isAsyncGen(g) && excIsInstance(r.exc, &tp_exc_StopAsyncIteration);
    if (excIsInstance(r.exc, &tp_exc_StopIteration) || stop_async) {
      std::string text =
          std::string(kindName(g)) + (stop_async ? " raised StopAsyncIteration" : " raised StopIteration");
      TpValue msg = tp_str_from_cstr(text.c_str());
      tp_raise_from(tp_call(tp_from_object(&tp_exc_RuntimeError), &msg, 1, TP_NULL), r.exc);
    }
    throw;
  }
}
}  // namespace

// The end of a step after the body has returned to the runtime (g->resume),
// for runFrame and for tp_gen_step_inline's uncommon cases: `base` and
// `current` are the exception stack depth and g_current from before the
// step. Raises what the body left pending.
extern "C" TpValue tp_gen_step_end(TpGenerator* g, int64_t base, TpValue current) {
  if (__builtin_expect(tp_exc_pending != TP_NULL, 0)) {
    try {
      throwPending();
    } catch (...) {
      bodyRaised(g, base);
    }
  }
  if (excStackDepth() != base) g->exc_state = excStackTake(base);
  g_current = current;
  g->sent = g->thrown = TP_NULL;
  if (g->state == TP_GEN_FINISHED) {
    if (g->value == TP_NULL) g->value = TP_NONE;
    return TP_NULL;
  }
  g->state = TP_GEN_SUSPENDED;
  return g->value;
}

namespace {
// Runs the body from where it waits, with `sent` as the value of its yield
// or `thrown` raised there. Returns the value it yields, or TP_NULL when it
// returns (g->value then holds the return value).
TpValue runFrame(TpGenerator* g, TpValue sent, TpValue thrown) {
  g->sent = sent;
  g->thrown = thrown;
  g->value = TP_NULL;
  g->state = TP_GEN_RUNNING;
  int64_t base = excStackDepth();
  TpValue current = g_current;
  if (g->exc_state != TP_NULL) {
    excStackPut(g->exc_state);
    g->exc_state = TP_NULL;
  }
  // Compiled code returns its exceptions pending (its landing pads catch
  // every C++ exception); the handler is for anything that would not.
  try {
    g->resume(g->frame);
  } catch (...) {
    bodyRaised(g, base);
  }
  return tp_gen_step_end(g, base, current);
}

// One step of the sub-iterator `yf` of `yield from`: next/send `sent`, or
// throw `thrown` into it. Returns what it yields, or TP_NULL when it is
// done, with its return value in *result. Its exceptions propagate
// (a StopIteration from a non-generator's method is its return).
TpValue subStep(TpValue yf, TpValue sent, TpValue thrown, TpValue* result) {
  *result = TP_NONE;
  try {
    if (isGen(yf)) {
      TpGenerator* sub = asGen(yf);
      TpValue r = genResume(sub, sent, thrown);
      if (r == TP_NULL) *result = sub->value == TP_NULL ? TP_NONE : sub->value;
      return r;
    }
    if (thrown != TP_NULL) {
      TpValue m = attrOrNull(yf, "throw");
      if (m == TP_NULL) throwExisting(thrown);
      return tp_call(m, &thrown, 1, TP_NULL);
    }
    TpType* t = tp_type_of(yf);
    if (sent == TP_NONE && !(t->flags & TP_TYPE_HEAPTYPE)) {
      if (!t->next) raiseTypeError("'%s' object is not an iterator", t->name);
      return t->next(yf);
    }
    if (sent == TP_NONE) return callMethod(yf, "__next__", nullptr, 0);
    return callMethod(yf, "send", &sent, 1);
  } catch (TpRaised& r) {
    if (!excIsInstance(r.exc, &tp_exc_StopIteration)) throw;
    *result = stopValue(r.exc);
    return TP_NULL;
  }
}

TpValue genCloseImpl(TpGenerator* g);

// Closes the sub-iterator of `yield from` (its close(), if it has one).
void closeSub(TpValue yf) {
  if (isGen(yf)) {
    genCloseImpl(asGen(yf));
    return;
  }
  TpValue m = attrOrNull(yf, "close");
  if (m != TP_NULL) tp_call(m, nullptr, 0, TP_NULL);
}

// send(sent) / throw(thrown) into g: the value it yields, or TP_NULL when
// it returns (g->value: the return value).
TpValue genResume(TpGenerator* g, TpValue sent, TpValue thrown) {
  if (g->state == TP_GEN_RUNNING) raiseValueError("%s already executing", kindName(g));
  if (g->state == TP_GEN_FINISHED) {
    if (isCoro(g)) raiseRuntimeError("cannot reuse already awaited coroutine");
    g->value = TP_NULL;
    if (thrown != TP_NULL) throwExisting(thrown);
    return TP_NULL;
  }
  if (g->state == TP_GEN_CREATED && thrown == TP_NULL && sent != TP_NONE)
    raiseTypeError("can't send non-None value to a just-started %s", kindName(g));
  if (g->yf == TP_NULL) return runFrame(g, sent, thrown);
  // Delegating (PEP 380): the sub-iterator takes the step; this frame
  // resumes only when it returns or raises.
  TpValue yf = g->yf;
  TpValue result = TP_NONE, error = TP_NULL, r = TP_NULL;
  g->state = TP_GEN_RUNNING;
  try {
    if (thrown != TP_NULL && excIsInstance(thrown, &tp_exc_GeneratorExit)) {
      closeSub(yf);
      error = thrown;
    } else {
      r = subStep(yf, sent, thrown, &result);
    }
  } catch (TpRaised& e) {
    error = e.exc;
  } catch (...) {
    g->state = TP_GEN_SUSPENDED;
    throw;
  }
  g->state = TP_GEN_SUSPENDED;
  if (r != TP_NULL && error == TP_NULL) {
    g->value = r;
    return r;
  }
  g->yf = TP_NULL;
  if (error != TP_NULL) return runFrame(g, TP_NONE, error);
  return runFrame(g, result, TP_NULL);
}

TpValue genIterNext(TpValue self) {
  TpGenerator* g = asGen(self);
  // The common step of a for-loop: a suspended body, no delegation.
  if (tp_gen_steps_inline(g)) return tp_gen_step_inline(g);
  if (g->state == TP_GEN_SUSPENDED && g->yf == TP_NULL) return runFrame(g, TP_NONE, TP_NULL);
  return genResume(g, TP_NONE, TP_NULL);
}

TpValue genRepr(TpValue self) {
  char buf[512];
  snprintf(buf, sizeof buf, "<%s object %s at %#llx>", tp_type_of(self)->name, tp_str_data(asGen(self)->qualname),
           (unsigned long long)self);
  return tp_str_from_cstr(buf);
}

TpGenerator* checkSelf(const TpValue* args, int64_t nargs, const char* name) {
  if (nargs < 1 || !isGen(args[0])) raiseTypeError("descriptor '%s' requires a 'generator' object", name);
  (void)kindName;
  return asGen(args[0]);
}

TpValue genNextMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpGenerator* g = checkSelf(args, nargs, "__next__");
  noKeywords("__next__", kwnames);
  if (nargs != 1) raiseTypeError("expected 0 arguments, got %lld", (long long)(nargs - 1));
  TpValue r = genResume(g, TP_NONE, TP_NULL);
  if (r == TP_NULL) raiseStop(g->value);
  return r;
}

TpValue genSend(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpGenerator* g = checkSelf(args, nargs, "send");
  noKeywords("send", kwnames);
  if (nargs != 2)
    raiseTypeError("%s.send() takes exactly one argument (%lld given)", kindName(g), (long long)(nargs - 1));
  TpValue r = genResume(g, args[1], TP_NULL);
  if (r == TP_NULL) raiseStop(g->value);
  return r;
}

bool isExcClass(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v)->flags & TP_TYPE_TYPE_SUBCLASS) &&
         (reinterpret_cast<TpType*>(tp_as_object(v))->flags & TP_TYPE_EXC_SUBCLASS);
}

// The exception throw(typ[, val[, tb]]) raises, as CPython 3.11 builds it.
TpValue thrownException(TpValue typ, TpValue val, TpValue tb) {
  if (tb != TP_NULL && tb != TP_NONE) {
    if (!isTracebackObject(tb)) raiseTypeError("throw() third argument must be a traceback object");
    TpValue exc = thrownException(typ, val, TP_NULL);
    reinterpret_cast<TpBaseException*>(tp_as_object(exc))->traceback = tracebackFrames(tb);
    return exc;
  }
  if (isExcClass(typ)) {
    if (val != TP_NULL && val != TP_NONE && isExcInstance(val) &&
        tp_is_subtype(tp_type_of(val), reinterpret_cast<TpType*>(tp_as_object(typ))))
      return val;
    if (val == TP_NULL || val == TP_NONE) return tp_call(typ, nullptr, 0, TP_NULL);
    if (tp_is_tuple(val)) return tp_call(typ, tp_tuple_items(val), tp_tuple_size(val), TP_NULL);
    return tp_call(typ, &val, 1, TP_NULL);
  }
  if (isExcInstance(typ)) {
    if (val != TP_NULL && val != TP_NONE) raiseTypeError("instance exception may not have a separate value");
    return typ;
  }
  raiseTypeError("exceptions must be classes or instances deriving from BaseException, not %s", typeName(typ));
}

TpValue genThrow(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpGenerator* g = checkSelf(args, nargs, "throw");
  noKeywords("throw", kwnames);
  if (nargs < 2) raiseTypeError("throw expected at least 1 argument, got 0");
  if (nargs > 4) raiseTypeError("throw expected at most 3 arguments, got %lld", (long long)(nargs - 1));
  TpValue exc = thrownException(args[1], nargs > 2 ? args[2] : TP_NULL, nargs > 3 ? args[3] : TP_NULL);
  TpValue r = genResume(g, TP_NONE, exc);
  if (r == TP_NULL) raiseStop(g->value);
  return r;
}

TpValue genClose(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpGenerator* g = checkSelf(args, nargs, "close");
  noKeywords("close", kwnames);
  if (nargs != 1) raiseTypeError("%s.close() takes no arguments (%lld given)", kindName(g), (long long)(nargs - 1));
  return genCloseImpl(g);
}

TpValue genCloseImpl(TpGenerator* g) {
  if (g->state == TP_GEN_CREATED) {
    g->state = TP_GEN_FINISHED;
    return TP_NONE;
  }
  if (g->state == TP_GEN_FINISHED) return TP_NONE;
  if (isCoro(g) && g->state == TP_GEN_RUNNING) raiseValueError("coroutine already executing");
  TpValue exc = TP_NULL;
  if (g->yf != TP_NULL) {
    if (g->state == TP_GEN_RUNNING) raiseValueError("%s already executing", kindName(g));
    TpValue yf = g->yf;
    g->state = TP_GEN_RUNNING;
    try {
      closeSub(yf);
    } catch (TpRaised& e) {
      exc = e.exc;
    }
    g->state = TP_GEN_SUSPENDED;
    g->yf = TP_NULL;
  }
  if (exc == TP_NULL) exc = tp_call(tp_from_object(&tp_exc_GeneratorExit), nullptr, 0, TP_NULL);
  TpValue r;
  try {
    r = genResume(g, TP_NONE, exc);
  } catch (TpRaised& e) {
    if (excIsInstance(e.exc, &tp_exc_GeneratorExit) || excIsInstance(e.exc, &tp_exc_StopIteration)) return TP_NONE;
    throw;
  }
  if (r != TP_NULL) raiseRuntimeError("%s ignored GeneratorExit", kindName(g));
  return TP_NONE;
}

TpValue getName(TpValue self) { return asGen(self)->name; }
TpValue getQualname(TpValue self) { return asGen(self)->qualname; }
void setName(TpValue self, TpValue v) {
  if (v == TP_NULL || !tp_is_str(v)) raiseTypeError("__name__ must be set to a string object");
  asGen(self)->name = v;
}
void setQualname(TpValue self, TpValue v) {
  if (v == TP_NULL || !tp_is_str(v)) raiseTypeError("__qualname__ must be set to a string object");
  asGen(self)->qualname = v;
}
TpValue getRunning(TpValue self) { return tp_bool(asGen(self)->state == TP_GEN_RUNNING); }
TpValue getSuspended(TpValue self) { return tp_bool(asGen(self)->state == TP_GEN_SUSPENDED); }
TpValue getYieldFrom(TpValue self) {
  TpValue yf = asGen(self)->yf;
  return yf == TP_NULL ? TP_NONE : yf;
}

const MethodDef kGenMethods[] = {{"send", genSend}, {"throw", genThrow}, {"close", genClose}, {nullptr, nullptr}};
const GetSetDef kGenGetSets[] = {{"__name__", getName, setName}, {"__qualname__", getQualname, setQualname},
                                 {"gi_running", getRunning},     {"gi_suspended", getSuspended},
                                 {"gi_yieldfrom", getYieldFrom}, {nullptr, nullptr}};

TpValue iterSelf(TpValue v) { return v; }

// ---- coroutines: `async def` objects, awaited through __await__'s wrapper ----
struct TpCoroWrapper {
  TpObject ob;
  TpValue coro;
};
TpValue coroAwait(const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue wrapperNext(TpValue self) { return genIterNext(reinterpret_cast<TpCoroWrapper*>(tp_as_object(self))->coro); }
TpValue wrapperForward(const char* name, const TpValue* args, int64_t nargs, TpNativeFn fn) {
  if (nargs < 1 || tp_type_of(args[0]) != &tp_coroutine_wrapper_type)
    raiseTypeError("descriptor '%s' requires a 'coroutine_wrapper' object", name);
  std::vector<TpValue> a(args, args + nargs);
  a[0] = reinterpret_cast<TpCoroWrapper*>(tp_as_object(args[0]))->coro;
  return fn(a.data(), nargs, TP_NULL);
}
TpValue wrapperNextMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return wrapperForward("__next__", args, nargs, genNextMethod);
}
TpValue wrapperSend(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return wrapperForward("send", args, nargs, genSend);
}
TpValue wrapperThrow(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return wrapperForward("throw", args, nargs, genThrow);
}
TpValue wrapperClose(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return wrapperForward("close", args, nargs, genClose);
}
const MethodDef kWrapperMethods[] = {
    {"send", wrapperSend}, {"throw", wrapperThrow}, {"close", wrapperClose}, {nullptr, nullptr}};
const MethodDef kCoroMethods[] = {
    {"send", genSend}, {"throw", genThrow}, {"close", genClose}, {"__await__", coroAwait}, {nullptr, nullptr}};
TpValue getCoroAwait(TpValue self) { return getYieldFrom(self); }
const GetSetDef kCoroGetSets[] = {{"__name__", getName, setName}, {"__qualname__", getQualname, setQualname},
                                  {"cr_running", getRunning},     {"cr_suspended", getSuspended},
                                  {"cr_await", getCoroAwait},     {nullptr, nullptr}};

TpValue coroAwait(const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (nargs < 1 || tp_type_of(args[0]) != &tp_coroutine_type)
    raiseTypeError("descriptor '__await__' requires a 'coroutine' object");
  noKeywords("__await__", kwnames);
  if (nargs != 1) raiseTypeError("expected 0 arguments, got %lld", (long long)(nargs - 1));
  auto* w = allocObject<TpCoroWrapper>(&tp_coroutine_wrapper_type);
  w->coro = args[0];
  return tp_from_object(w);
}

// ---- async generators ----
struct TpAsyncWrapped {
  TpObject ob;
  TpValue value;
};
bool isWrapped(TpValue v) { return tp_is_object(v) && tp_type_of_object(v) == &tp_async_gen_wrapped_type; }

// The awaitable of __anext__/asend (kind 0), athrow (1) or aclose (2).
struct TpAsyncOp {
  TpObject ob;
  TpValue gen;
  TpValue arg;  // asend: the value to send; athrow: the exception to throw
  int kind;
  int state;  // 0 not started, 1 iterating, 2 done
};
enum { kAsend = 0, kAthrow = 1, kAclose = 2 };

TpAsyncOp* asOp(TpValue v) { return reinterpret_cast<TpAsyncOp*>(tp_as_object(v)); }

// One step of the async generator under `op`: what it yields to the event
// loop, or raises StopIteration(v) for a `yield v`, StopAsyncIteration when it
// returns, or what escapes it.
TpValue asyncStep(TpAsyncOp* op, TpValue sent, TpValue thrown) {
  TpGenerator* g = asGen(op->gen);
  TpValue r;
  try {
    r = genResume(g, sent, thrown);
  } catch (TpRaised& e) {
    op->state = 2;
    if (op->kind == kAclose &&
        (excIsInstance(e.exc, &tp_exc_GeneratorExit) || excIsInstance(e.exc, &tp_exc_StopAsyncIteration)))
      raiseStopIteration(TP_NULL);
    throw;
  }
  if (r == TP_NULL) {
    op->state = 2;
    if (op->kind == kAclose) raiseStopIteration(TP_NULL);
    tp_raise(tp_from_object(&tp_exc_StopAsyncIteration));
  }
  if (isWrapped(r)) {
    op->state = 2;
    if (op->kind == kAclose) raiseRuntimeError("async generator ignored GeneratorExit");
    raiseStopIteration(reinterpret_cast<TpAsyncWrapped*>(tp_as_object(r))->value);
  }
  return r;
}

TpValue opSendValue(TpAsyncOp* op, TpValue v) {
  if (op->state == 2)
    raiseRuntimeError(op->kind == kAsend ? "cannot reuse already awaited __anext__()/asend()"
                                         : "cannot reuse already awaited aclose()/athrow()");
  if (op->state == 0) {
    op->state = 1;
    if (op->kind != kAsend && asGen(op->gen)->state == TP_GEN_FINISHED) {
      op->state = 2;
      raiseStopIteration(TP_NULL);
    }
    if (op->kind == kAsend) return asyncStep(op, v == TP_NONE ? op->arg : v, TP_NULL);
    if (v != TP_NONE) raiseRuntimeError("can't send non-None value to a just-started coroutine");
    TpValue exc = op->kind == kAclose ? tp_call(tp_from_object(&tp_exc_GeneratorExit), nullptr, 0, TP_NULL) : op->arg;
    return asyncStep(op, TP_NONE, exc);
  }
  return asyncStep(op, v, TP_NULL);
}

TpAsyncOp* checkOp(const TpValue* args, int64_t nargs, const char* name) {
  if (nargs < 1 ||
      (tp_type_of(args[0]) != &tp_async_gen_asend_type && tp_type_of(args[0]) != &tp_async_gen_athrow_type))
    raiseTypeError("descriptor '%s' requires an async generator awaitable", name);
  return asOp(args[0]);
}
TpValue opNext(TpValue self) { return opSendValue(asOp(self), TP_NONE); }
TpValue opSend(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpAsyncOp* op = checkOp(args, nargs, "send");
  checkArgCount("send", nargs - 1, 1, 1);
  return opSendValue(op, args[1]);
}
TpValue opNextMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return opSendValue(checkOp(args, nargs, "__next__"), TP_NONE);
}
TpValue opThrow(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpAsyncOp* op = checkOp(args, nargs, "throw");
  if (nargs < 2) raiseTypeError("throw expected at least 1 argument, got 0");
  TpValue exc = thrownException(args[1], nargs > 2 ? args[2] : TP_NULL, nargs > 3 ? args[3] : TP_NULL);
  if (op->state == 2)
    raiseRuntimeError(op->kind == kAsend ? "cannot reuse already awaited __anext__()/asend()"
                                         : "cannot reuse already awaited aclose()/athrow()");
  op->state = 1;
  return asyncStep(op, TP_NONE, exc);
}
TpValue opClose(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkOp(args, nargs, "close")->state = 2;
  return TP_NONE;
}
TpValue opAwait(const TpValue* args, int64_t nargs, TpValue kwnames) { return args[0]; }
const MethodDef kOpMethods[] = {{"send", opSend},       {"throw", opThrow},         {"close", opClose},
                                {"__await__", opAwait}, {"__next__", opNextMethod}, {nullptr, nullptr}};

TpValue newOp(TpValue gen, TpValue arg, int kind) {
  auto* op = allocObject<TpAsyncOp>(kind == kAsend ? &tp_async_gen_asend_type : &tp_async_gen_athrow_type);
  op->gen = gen;
  op->arg = arg;
  op->kind = kind;
  return tp_from_object(op);
}
TpGenerator* checkAgen(const TpValue* args, int64_t nargs, const char* name) {
  if (nargs < 1 || tp_type_of(args[0]) != &tp_async_generator_type)
    raiseTypeError("descriptor '%s' requires a 'async_generator' object", name);
  return asGen(args[0]);
}
TpValue agenAiter(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkAgen(args, nargs, "__aiter__");
  return args[0];
}
TpValue agenAnext(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkAgen(args, nargs, "__anext__");
  return newOp(args[0], TP_NONE, kAsend);
}
TpValue agenAsend(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkAgen(args, nargs, "asend");
  checkArgCount("asend", nargs - 1, 1, 1);
  return newOp(args[0], args[1], kAsend);
}
TpValue agenAthrow(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkAgen(args, nargs, "athrow");
  if (nargs < 2) raiseTypeError("athrow expected at least 1 argument, got 0");
  if (nargs > 4) raiseTypeError("athrow expected at most 3 arguments, got %lld", (long long)(nargs - 1));
  TpValue exc = thrownException(args[1], nargs > 2 ? args[2] : TP_NULL, nargs > 3 ? args[3] : TP_NULL);
  return newOp(args[0], exc, kAthrow);
}
TpValue agenAclose(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkAgen(args, nargs, "aclose");
  return newOp(args[0], TP_NULL, kAclose);
}
const MethodDef kAgenMethods[] = {{"__aiter__", agenAiter}, {"__anext__", agenAnext}, {"asend", agenAsend},
                                  {"athrow", agenAthrow},   {"aclose", agenAclose},   {nullptr, nullptr}};
const GetSetDef kAgenGetSets[] = {{"__name__", getName, setName},
                                  {"__qualname__", getQualname, setQualname},
                                  {"ag_running", getRunning},
                                  {"ag_await", getCoroAwait},
                                  {nullptr, nullptr}};

// ---- aiter()/anext(): the builtins, and anext()'s awaitable with a default ----
struct TpAnextAwaitable {
  TpObject ob;
  TpValue wrapped;  // what __anext__() returned
  TpValue it;       // its __await__ iterator (TP_NULL until first used)
  TpValue dflt;
};
TpAnextAwaitable* asAnext(TpValue v) { return reinterpret_cast<TpAnextAwaitable*>(tp_as_object(v)); }

// Sends `sent` (or throws `thrown`) into the awaited __anext__(); a
// StopAsyncIteration out of it becomes StopIteration(default).
TpValue anextStep(TpValue self, TpValue sent, TpValue thrown) {
  TpAnextAwaitable* a = asAnext(self);
  try {
    if (a->it == TP_NULL) a->it = tp_await_iter(a->wrapped);
    TpValue result;
    TpValue r = subStep(a->it, sent, thrown, &result);
    if (r == TP_NULL) raiseStopIteration(result == TP_NONE ? TP_NULL : result);
    return r;
  } catch (TpRaised& e) {
    if (!excIsInstance(e.exc, &tp_exc_StopAsyncIteration)) throw;
    raiseStopIteration(a->dflt);
  }
}
TpAnextAwaitable* checkAnext(const TpValue* args, int64_t nargs, const char* name) {
  if (nargs < 1 || tp_type_of(args[0]) != &tp_anext_awaitable_type)
    raiseTypeError("descriptor '%s' requires a 'anext_awaitable' object", name);
  return asAnext(args[0]);
}
TpValue anextNext(TpValue self) { return anextStep(self, TP_NONE, TP_NULL); }
TpValue anextNextMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkAnext(args, nargs, "__next__");
  return anextStep(args[0], TP_NONE, TP_NULL);
}
TpValue anextSend(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkAnext(args, nargs, "send");
  checkArgCount("send", nargs - 1, 1, 1);
  return anextStep(args[0], args[1], TP_NULL);
}
TpValue anextThrow(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkAnext(args, nargs, "throw");
  if (nargs < 2) raiseTypeError("throw expected at least 1 argument, got 0");
  TpValue exc = thrownException(args[1], nargs > 2 ? args[2] : TP_NULL, nargs > 3 ? args[3] : TP_NULL);
  return anextStep(args[0], TP_NONE, exc);
}
TpValue anextClose(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpAnextAwaitable* a = checkAnext(args, nargs, "close");
  if (a->it != TP_NULL) closeSub(a->it);
  return TP_NONE;
}
TpValue anextAwait(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkAnext(args, nargs, "__await__");
  return args[0];
}
const MethodDef kAnextMethods[] = {{"send", anextSend},       {"throw", anextThrow},         {"close", anextClose},
                                   {"__await__", anextAwait}, {"__next__", anextNextMethod}, {nullptr, nullptr}};

TpValue builtinAiter(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("aiter", kwnames);
  checkArgCount("aiter", nargs, 1, 1);
  TpType* t = tp_type_of(args[0]);
  TpValue m = lookupTypeCStr(t, "__aiter__");
  if (m == TP_NULL) raiseTypeError("'%s' object is not an async iterable", t->name);
  TpValue it = tp_call(bindToInstance(m, args[0]), nullptr, 0, TP_NULL);
  if (lookupTypeCStr(tp_type_of(it), "__anext__") == TP_NULL)
    raiseTypeError("aiter() returned not an async iterator of type '%s'", typeName(it));
  return it;
}
TpValue builtinAnext(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("anext", kwnames);
  checkArgCount("anext", nargs, 1, 2);
  TpType* t = tp_type_of(args[0]);
  TpValue m = lookupTypeCStr(t, "__anext__");
  if (m == TP_NULL) raiseTypeError("'%s' object is not an async iterator", t->name);
  TpValue awaitable = tp_call(bindToInstance(m, args[0]), nullptr, 0, TP_NULL);
  if (nargs == 1) return awaitable;
  auto* a = allocObject<TpAnextAwaitable>(&tp_anext_awaitable_type);
  a->wrapped = awaitable;
  a->it = TP_NULL;
  a->dflt = args[1];
  return tp_from_object(a);
}
}  // namespace

TpType tp_async_gen_wrapped_type = {TP_TYPE_HEAD("async_generator_wrapped_value"),
                                    .instance_size = sizeof(TpAsyncWrapped)};
TpType tp_async_gen_asend_type = {TP_TYPE_HEAD("async_generator_asend"), .instance_size = sizeof(TpAsyncOp),
                                  .iter = iterSelf, .next = opNext};
TpType tp_async_gen_athrow_type = {TP_TYPE_HEAD("async_generator_athrow"), .instance_size = sizeof(TpAsyncOp),
                                   .iter = iterSelf, .next = opNext};
TpType tp_async_generator_type = {TP_TYPE_HEAD("async_generator"), .instance_size = sizeof(TpGenerator),
                                  .repr = genRepr};

TpType tp_anext_awaitable_type = {TP_TYPE_HEAD("anext_awaitable"), .instance_size = sizeof(TpAnextAwaitable),
                                  .iter = iterSelf, .next = anextNext};

TpType tp_coroutine_type = {TP_TYPE_HEAD("coroutine"), .instance_size = sizeof(TpGenerator), .repr = genRepr};
TpType tp_coroutine_wrapper_type = {TP_TYPE_HEAD("coroutine_wrapper"), .instance_size = sizeof(TpCoroWrapper),
                                    .iter = iterSelf, .next = wrapperNext};

TpType tp_generator_type = {TP_TYPE_HEAD("generator"), .instance_size = sizeof(TpGenerator), .repr = genRepr,
                            .iter = iterSelf, .next = genIterNext};

void initGenerators() {
  readyType(&tp_generator_type, kGenMethods, kGenGetSets, true);
  // __next__ raises StopIteration(value) itself: the slot wrapper would drop the value.
  addTypeMethod(&tp_generator_type, MethodDef{"__next__", genNextMethod});
  readyType(&tp_coroutine_type, kCoroMethods, kCoroGetSets, true);
  readyType(&tp_coroutine_wrapper_type, kWrapperMethods, nullptr, true);
  readyType(&tp_async_generator_type, kAgenMethods, kAgenGetSets, true);
  readyType(&tp_async_gen_wrapped_type, nullptr, nullptr, true);
  readyType(&tp_async_gen_asend_type, kOpMethods, nullptr, true);
  readyType(&tp_async_gen_athrow_type, kOpMethods, nullptr, true);
  readyType(&tp_anext_awaitable_type, kAnextMethods, nullptr, true);
  addTypeMethod(&tp_coroutine_wrapper_type, MethodDef{"__next__", wrapperNextMethod});
}

void tp::initAsyncBuiltins() {
  registerBuiltinFunction("aiter", builtinAiter);
  registerBuiltinFunction("anext", builtinAnext);
}

TpValue tp::iterReturnValue(TpValue it) {
  if (!isGen(it)) return TP_NULL;
  TpValue v = asGen(it)->value;
  return v == TP_NONE || asGen(it)->state != TP_GEN_FINISHED ? TP_NULL : v;
}

// ---------------------------------------------------------------------------
// The entry points of compiled generator bodies.
// ---------------------------------------------------------------------------
namespace {
TpValue newGen(TpType* type, void* frame, TpResumeFn resume, const TpFuncInfo* info, TpFunction* self) {
  auto* g = allocObject<TpGenerator>(type);
  g->frame = frame;
  g->resume = resume;
  if (self) {
    g->name = self->name;
    g->qualname = self->qualname;
  } else {
    g->name = tp_str_intern(info->name);
    g->qualname = tp_str_intern(info->qualname);
  }
  g->state = TP_GEN_CREATED;
  return tp_from_object(g);
}
}  // namespace

extern "C" TpValue tp_gen_next(TpValue g) { return genIterNext(g); }

extern "C" TpValue tp_gen_new(void* frame, TpResumeFn resume, const TpFuncInfo* info, TpFunction* self) {
  return newGen(&tp_generator_type, frame, resume, info, self);
}

extern "C" TpValue tp_coro_new(void* frame, TpResumeFn resume, const TpFuncInfo* info, TpFunction* self) {
  return newGen(&tp_coroutine_type, frame, resume, info, self);
}

extern "C" TpValue tp_asyncgen_new(void* frame, TpResumeFn resume, const TpFuncInfo* info, TpFunction* self) {
  return newGen(&tp_async_generator_type, frame, resume, info, self);
}

extern "C" TpValue tp_asyncgen_wrap(TpValue value) {
  auto* w = allocObject<TpAsyncWrapped>(&tp_async_gen_wrapped_type);
  w->value = value;
  return tp_from_object(w);
}

extern "C" TpValue tp_await_iter(TpValue obj) {
  TpType* t = tp_type_of(obj);
  if (t == &tp_coroutine_type) {
    if (asGen(obj)->yf != TP_NULL && asGen(obj)->state != TP_GEN_FINISHED)
      raiseRuntimeError("coroutine is being awaited already");
    return obj;
  }
  TpValue m = t == &tp_generator_type ? TP_NULL : lookupTypeCStr(t, "__await__");
  if (m == TP_NULL) raiseTypeError("object %s can't be used in 'await' expression", t->name);
  TpValue it = tp_call(bindToInstance(m, obj), nullptr, 0, TP_NULL);
  TpType* it_t = tp_type_of(it);
  if (it_t == &tp_coroutine_type) raiseTypeError("__await__() returned a coroutine");
  if (!it_t->next && lookupTypeCStr(it_t, "__next__") == TP_NULL)
    raiseTypeError("__await__() returned non-iterator of type '%s'", it_t->name);
  return it;
}

extern "C" void tp_gen_raise_thrown(TpValue gen) {
  TpGenerator* g = asGen(gen);
  TpValue thrown = g->thrown;
  g->thrown = TP_NULL;
  throwExisting(thrown);
}

extern "C" void tp_gen_return(TpValue gen, TpValue value) {
  TpGenerator* g = asGen(gen);
  g->value = value;
  g->state = TP_GEN_FINISHED;
}

extern "C" TpValue tp_gen_yield_from(TpValue gen, TpValue iterable) {
  TpGenerator* g = asGen(gen);
  TpValue it = isGen(iterable) ? iterable : tp_iter(iterable);
  TpValue result;
  TpValue r = subStep(it, TP_NONE, TP_NULL, &result);
  if (r == TP_NULL) return result;
  g->yf = it;
  g->value = r;
  return TP_NULL;
}
