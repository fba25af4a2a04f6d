// The contract between generated code and the runtime beyond single values:
// runtime start-up, function objects and calls, module globals, exceptions
// and tracebacks. Type-specific entry points live in one header per builtin
// type (int.h, float.h, str.h, list.h, ...); the dynamic operations
// (CPython's dunder dispatch) in ops.h.
//
// Start-up. The runtime initialises itself on first use (tp_runtime_init is
// idempotent and called by every entry that needs it), so it can live inside
// a CPython extension module that does not own main(). Executables link
// runtime/main.cpp, whose main() calls tp_main().
//
// Functions. Every compiled Python function has a generic entry
//     TpValue entry(TpFunction* self, const TpValue* args)
// where `args` holds exactly one value per parameter of its signature, in
// order (positional-only, positional-or-keyword, keyword-only, then the *args
// tuple and the **kwargs dict when present), already bound and defaulted by
// the runtime (tp_call). Direct calls to known functions may use a typed entry
// with the same parameters as separate arguments.
//
// Exceptions (decision 0017). A runtime function raises a Python exception by
// throwing a C++ TpRaised (runtime/src/exceptions.h) through the Itanium ABI.
// Generated code calls such functions with invoke and a catch-all landing pad
// (personality __gxx_personality_v0) that moves the exception into
// tp_exc_pending (tp_pending_catch). Between compiled functions an exception
// travels by return: the callee returns with tp_exc_pending set, the caller
// tests it. A handler takes it with tp_pending_land (it becomes current,
// tp_exc_current); a function that does not handle it records its traceback
// frame with tp_pending_traceback and returns. The runtime throws a pending
// exception again wherever it calls compiled code. Foreign C++ exceptions
// become Python exceptions (std::bad_alloc -> MemoryError).
#pragma once

#include "taipan/value.h"

typedef struct TpFunction TpFunction;
typedef TpValue (*TpCode)(TpFunction* self, const TpValue* args);

// Static description of a compiled function, emitted by the compiler as a
// constant. The parameter names array has nparams entries.
typedef struct TpFuncInfo {
  const char* name;
  const char* qualname;
  const char* module;  // "__main__"
  const char* file;    // source path, for tracebacks
  const char* const* params;
  int32_t nparams;  // all parameters incl. *args and **kwargs
  int32_t posonly;
  int32_t kwonly;
  int32_t flags;  // TP_FUNC_VARARGS | TP_FUNC_VARKW
  int32_t line;   // first line
  TpCode code;
} TpFuncInfo;

// Where a raising instruction is (its expression), for a traceback's source
// line and carets: 1-based lines; 0-based UTF-8 byte columns in their lines,
// -1 when unknown; anchor_lo/hi, the '^' part within a '~' range (a binary
// operator, a subscript's brackets) in the first line's columns, or -1.
typedef struct TpSrcPos {
  int32_t line;
  int32_t end_line;
  int32_t col;
  int32_t end_col;
  int32_t anchor_lo;
  int32_t anchor_hi;
} TpSrcPos;
#define TP_FUNC_VARARGS 1
#define TP_FUNC_VARKW 2
// True when a compiled function takes plain positional parameters only (no
// *args, **kwargs or keyword-only): a call with exactly info->nparams
// positional arguments enters info->code directly.
static inline bool tp_func_positional_only(const TpFuncInfo* info) {
  return !(info->flags & (TP_FUNC_VARARGS | TP_FUNC_VARKW)) && info->kwonly == 0;
}

// ---- start-up and shutdown ----
TP_API TP_NOTHROW void tp_runtime_init(void);
// Runs a program: initialises the runtime, sets sys.argv, runs the module
// init function, handles SystemExit, prints an uncaught exception's traceback
// and returns the process exit status (flushing stdout/stderr).
TP_API TP_NOTHROW int tp_main(int argc, char** argv, TpValue (*module_init)(void));

// ---- functions and calls ----
// Creates a function object. defaults: tuple or TP_NONE; kwdefaults: dict or
// TP_NONE; closure: tuple of cells or TP_NONE.
TP_API TpValue tp_func_new(const TpFuncInfo* info, TpValue defaults, TpValue kwdefaults, TpValue closure);
// Calls any callable: args[0..nargs) are positional, followed by one value
// per keyword name in `kwnames` (a tuple of str, or TP_NULL for none).
TP_API TpValue tp_call(TpValue callee, const TpValue* args, int64_t nargs, TpValue kwnames);
// tp_call for compiled callers: a compiled function's exception is left in
// tp_exc_pending (the result is then undefined) instead of thrown; other
// exceptions are thrown as usual. Inline (runtime/bitcode/fastpath.cpp): a
// compiled function called with exactly its positional parameters runs its
// code directly; everything else is tp_call_pending_slow.
TP_API TpValue tp_call_pending(TpValue callee, const TpValue* args, int64_t nargs, TpValue kwnames);
TP_API TpValue tp_call_pending_slow(TpValue callee, const TpValue* args, int64_t nargs, TpValue kwnames);
// f(*args, **kwargs): args is a tuple, kwargs a dict or TP_NULL.
TP_API TpValue tp_call_ex(TpValue callee, TpValue args, TpValue kwargs);
// Building the arguments of a call with unpacking, with CPython's TypeErrors
// naming the callee: `*it` extends the positional list; `**m` merges a
// mapping into the keyword dict; `name=v` adds one keyword. A repeated
// keyword is "got multiple values for keyword argument".
TP_API void tp_call_star_arg(TpValue args_list, TpValue iterable, TpValue callee);
TP_API void tp_call_kw_args(TpValue kwargs, TpValue mapping, TpValue callee);
TP_API void tp_call_kw_arg(TpValue kwargs, TpValue name, TpValue value, TpValue callee);

// ---- modules and globals ----
// The globals dict of the module being initialised (created on first use).
TP_API TpValue tp_module_new(const char* name, const char* file);
// Looks `name` (a str) up in the globals dict, then in builtins; NameError
// "name 'x' is not defined" if absent.
TP_API TpValue tp_global_load(TpValue globals, TpValue name);
TP_API TP_NOTHROW void tp_global_store(TpValue globals, TpValue name, TpValue value);
TP_API void tp_global_del(TpValue globals, TpValue name);
// A builtin by its name (print, len, ValueError, ...), or TP_NULL.
TP_API TP_NOTHROW TpValue tp_builtin(const char* name);
// Interns a str constant (called once per constant and cached by the caller).
TP_API TP_NOTHROW TpValue tp_const_str(const char* utf8, int64_t size);
// An int constant too large for a small int, from decimal digits.
TP_API TP_NOTHROW TpValue tp_const_bigint(const char* digits);
TP_API TP_NOTHROW TpValue tp_const_bytes(const char* data, int64_t size);

// ---- exceptions ----
// Landing-pad protocol (the throwing one, still supported and checked
// against the runtime by hand-written IR; compiled code now uses the pending
// protocol below):
//  - a frame that does not handle: `landingpad cleanup`, tp_traceback_add(exn,
//    info, pos), `resume`;
//  - a try/except: `landingpad catch ptr null`, tp_traceback_add (so the
//    catching frame is in the traceback, as in CPython), e = tp_landing(exn),
//    tp_exc_matches per clause; on a match tp_exc_push(e) ... tp_exc_pop()
//    (also on the handler's own unwind path, so the stack stays balanced);
//    on no match tp_reraise(), which skips the duplicate frame record.
//  - an exception nobody catches reaches tp_main's C++ catch.
TP_API TP_NORETURN void tp_raise(TpValue exc);  // exc: an instance or a class
TP_API TP_NORETURN void tp_raise_from(TpValue exc, TpValue cause);
TP_API TP_NORETURN void tp_reraise(void);  // bare `raise`
// Re-raises exc, caught in this frame, after a finally or with (the
// traceback keeps the line where it was caught).
TP_API TP_NORETURN void tp_reraise_exc(TpValue exc);
// Called first in a landing pad that handles an exception: ends the C++
// catch of `exn` and returns the Python exception, which becomes current.
TP_API TP_NOTHROW TpValue tp_landing(void* exn);
// The same for a handler of function `info`, reached from an instruction on
// position `pos`: remembered so that a re-raise records that position.
TP_API TP_NOTHROW TpValue tp_landing_at(void* exn, const TpFuncInfo* info, const TpSrcPos* pos);
// Records a traceback frame (info, pos) on the exception in flight `exn`
// before the landing pad resumes unwinding.
TP_API TP_NOTHROW void tp_traceback_add(void* exn, const TpFuncInfo* info, const TpSrcPos* pos);
// Pending-exception returns (decision 0017). Compiled Python functions
// propagate an exception by returning (any value) with tp_exc_pending set;
// a caller in compiled code tests it after every call into compiled code and
// after the *_set/_pending runtime entries below. Runtime functions still
// throw TpRaised; compiled code catches it in a catch-all landing pad and
// moves it here with tp_pending_catch. Every runtime call into compiled code
// tests it and throws (so the runtime's C++ keeps throw/catch semantics).
// TP_NULL when nothing propagates. A plain global: the runtime is
// single-threaded (like the handled-exception stack).
TP_EXTERN_C TpValue tp_exc_pending;
// raise/raise-from/bare raise/re-raise of a caught exc, without throwing:
// instantiate and chain as tp_raise* do, then store into tp_exc_pending and
// return. Instantiation may itself raise (thrown as usual).
TP_API void tp_raise_set(TpValue exc);
TP_API void tp_raise_from_set(TpValue exc, TpValue cause);
TP_API void tp_reraise_set(void);
TP_API void tp_reraise_exc_set(TpValue exc);
// In a catch-all landing pad: ends the C++ catch of `exn` and stores its
// Python exception into tp_exc_pending.
TP_API TP_NOTHROW void tp_pending_catch(void* exn);
// A handler of function `info` takes the pending exception raised at `pos`
// (clears tp_exc_pending, makes it current, records the frame as
// tp_landing_at does).
TP_API TP_NOTHROW TpValue tp_pending_land(const TpFuncInfo* info, const TpSrcPos* pos);
// The error exit of function `info`: records the traceback frame (info,
// pos) on the pending exception, as tp_traceback_add does.
TP_API TP_NOTHROW void tp_pending_traceback(const TpFuncInfo* info, const TpSrcPos* pos);
// Recursion depth and interrupts (decision 0023). tp_rec_depth counts the
// compiled frames running (the module's init is 1): every compiled
// non-generator function's prologue stores depth + 1 and compares it with
// tp_rec_limit, and every return stores its entry depth back. tp_rec_limit
// is sys.getrecursionlimit(), or -1 while a SIGINT waits to be raised (the
// signal handler lowers it, so the prologue's one compare also polls for
// interrupts); loop back edges compare it with 0 (check.interrupt).
TP_EXTERN_C int64_t tp_rec_depth;
TP_EXTERN_C int64_t tp_rec_limit;
// The frame stack behind sys._getframe (decision 0031): slot d & (slots - 1)
// holds the function running at depth d (stored by the prologue of every
// counted non-quiet function) and the position of the last call it made
// (stored before each call). Quiet functions and generator bodies store
// nothing; a frame deeper than the slot count overwrites a shallower one.
typedef struct TpFrameSlot {
  const TpFuncInfo* info;
  const TpSrcPos* call;
} TpFrameSlot;
#define TP_FRAME_SLOTS (1 << 20)
TP_EXTERN_C TpFrameSlot* tp_frames;  // TP_FRAME_SLOTS slots, mapped at start-up
// The prologue's slow path (depth > tp_rec_limit): makes KeyboardInterrupt
// (an interrupt is waiting) or RecursionError pending and returns 1, or
// returns 0 when neither applies (the limit was lowered for an interrupt
// that has already been raised).
TP_API TP_NOTHROW int32_t tp_rec_overflow(int64_t depth);
// A loop back edge's slow path (tp_rec_limit < 0): makes KeyboardInterrupt
// pending if an interrupt is waiting.
TP_API TP_NOTHROW void tp_interrupt_poll(void);
TP_API TP_NOTHROW TpValue tp_exc_current(void);
TP_API bool tp_exc_matches(TpValue exc, TpValue cls_or_tuple);
TP_API TP_NOTHROW void tp_exc_push(TpValue exc);
TP_API TP_NOTHROW void tp_exc_pop(void);
// `except*` (PEP 654; runtime/src/exc_group.cpp). One try/except* threads
// a state through its clauses: tp_excstar_begin(exc) at the dispatch;
// tp_excstar_match(state, cls) per clause gives the matching part (a group;
// a naked exception is wrapped in ExceptionGroup('', [exc])) or TP_NULL, and
// TypeError for a group class; tp_excstar_raised records what a clause
// raised; tp_excstar_end raises the raised exceptions combined with the
// unhandled rest, or returns when there is nothing left.
TP_API TP_NOTHROW TpValue tp_excstar_begin(TpValue exc);
TP_API TpValue tp_excstar_match(TpValue state, TpValue cls);
TP_API TP_NOTHROW void tp_excstar_raised(TpValue state, TpValue exc);
TP_API void tp_excstar_end(TpValue state);
// `with` statements. tp_with_exit looks up __enter__ and __exit__ on the
// manager's type (TypeError "... does not support the context manager
// protocol" when one is missing) and returns the bound __exit__;
// tp_with_enter calls __enter__. tp_with_exit_exc calls exit(type(exc), exc,
// traceback) for an exception leaving the body and returns whether __exit__
// asked to suppress it (its result's truth).
TP_API TpValue tp_with_exit(TpValue mgr);
TP_API TpValue tp_with_enter(TpValue mgr);
TP_API bool tp_with_exit_exc(TpValue exit, TpValue exc);
// `async with` and `async for` (the awaitables they return are awaited by
// the caller): the bound __aexit__ (TypeError "... does not support the
// asynchronous context manager protocol"), __aenter__(), exit(type(exc),
// exc, tb) itself, __aiter__() and __anext__() with CPython's TypeErrors.
TP_API TpValue tp_async_with_exit(TpValue mgr);
TP_API TpValue tp_async_with_enter(TpValue mgr);
TP_API TpValue tp_with_exit_call(TpValue exit, TpValue exc);
TP_API TpValue tp_async_iter(TpValue obj);
TP_API TpValue tp_async_next(TpValue it);
// Raise helpers with CPython's messages.
TP_API TP_NORETURN void tp_raise_unbound_local(const char* name);
TP_API TP_NORETURN void tp_raise_name_error(const char* name);
TP_API TP_NORETURN void tp_raise_assertion(TpValue message_or_null);

// ---- closures, classes and imports (runtime core) ----
// Reads a closure cell; an empty cell raises NameError "cannot access free
// variable 'x' where it is not associated with a value in enclosing scope".
TP_API TpValue tp_cell_get(TpValue cell, const char* name);
// Same for a cell holding the function's own local (UnboundLocalError).
TP_API TpValue tp_cell_get_local(TpValue cell, const char* name);
TP_API TP_NOTHROW void tp_cell_set(TpValue cell, TpValue value);
// Zero-argument super(): `cls` is the __class__ cell's value, `self` the
// function's first argument. super(C, self) is the builtin `super`.
TP_API TpValue tp_super(TpValue cls, TpValue self);
// `import a.b.c`: imports a, a.b and a.b.c in turn and returns a.b.c. Looks
// in sys.modules (built-in modules: sys, math, typing...), then among the
// program's compiled modules (tp_module_register), whose body runs once, in
// a module registered in sys.modules before it runs and removed again if it
// raises. ModuleNotFoundError "No module named 'x'" otherwise.
TP_API TpValue tp_import(const char* name);
// `from module import name`: the attribute, else the submodule module.name
// when the program has it; ImportError "cannot import name 'x' from 'm'
// (file)" (with "partially initialized module" while m's body runs).
TP_API TpValue tp_import_from(TpValue module, TpValue name);
// `from module import *`: copies __all__'s names, else every public name,
// into the globals dict `globals`.
TP_API void tp_import_star(TpValue module, TpValue globals);
// Registers a compiled module of the program (called by the main module's
// init before its body runs): its dotted name, its __file__, whether it is a
// package (an __init__.py) and its init function.
TP_API TP_NOTHROW void tp_module_register(const char* name, const char* file, int32_t is_package,
                                          TpValue (*init)(void));
