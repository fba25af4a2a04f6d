// Internal C++ interface for runtime implementers (not part of the compiler
// ABI; compiled code sees only runtime/include/taipan/*.h). It gives every
// runtime file the same tools: GC allocation, raising builtin exceptions with
// CPython's wording, defining builtin types statically and readying them
// (name, MRO, method table), native functions and their argument parsing,
// the builtins registry, the layouts of the core objects (functions, methods,
// cells, instances, exceptions, modules) and the initialisation order.
//
// Conventions:
//  - A builtin type is a static `TpType` defined with designated initializers
//    (TP_TYPE_HEAD first, then the slots in declaration order) and readied in
//    the owner's init function with tp::readyType(), which creates name_str,
//    bases and mro and records the method/getset tables for its dict, built
//    on first use (tp::typeDict, decision 0075).
//  - A NULL getattr/setattr slot means "generic attribute access": the type's
//    MRO (descriptors: methods bind, getsets call, properties call), then the
//    instance __dict__ if dict_offset != 0. Most builtin types leave them NULL.
//  - new_ functions must allocate `type->instance_size` bytes for the `type`
//    they are given (not their static type) so that user subclasses work.
//  - Native functions take (args, nargs, kwnames) like tp_call; a method gets
//    its receiver as args[0] (nargs includes it).
//  - binop(a, b, op, reflected) always receives the operands in expression
//    order; `reflected` means the slot's own type is b's (b.__radd__(a)).
//    op may carry TP_BINOP_INPLACE (never together with reflected); a type
//    with no in-place behaviour returns NotImplemented for it (or ignores the
//    bit when the result is the same, as for immutable types).
//  - richcompare(a, b, op) is called with the slot's own object as `a` (the
//    dispatcher swaps the operands and mirrors op for the reflected try).
//  - hash: a type that sets richcompare but not hash is unhashable (hash is
//    inherited from the base only together with richcompare).
//
// Global mutable state (must become thread-local or locked when threads come):
//  - the handled-exception stack and the "current" exception (exceptions.cpp),
//  - the builtins dict and the module registry for tp_import (builtins.cpp),
//  - the interned-str table (owned by SEQUENCES, str.cpp),
//  - the runtime-initialised flags (core.cpp), set once at start-up (re-entrant,
//    not yet thread-safe).
#pragma once

// Static TpType definitions name only the slots they set (designated
// initializers); the rest are zero by design.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

#include <cstdarg>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <vector>

#include "taipan/abi.h"
#include "taipan/object.h"
#include "taipan/ops.h"
#include "taipan/value.h"

// ---------------------------------------------------------------------------
// Core object layouts owned by the runtime core (object/function/class/exc).
// ---------------------------------------------------------------------------

// A native function: the builtin `len`, or `list.append` (bound when `self`
// is not TP_NULL; the call then prepends self).
typedef TpValue (*TpNativeFn)(const TpValue* args, int64_t nargs, TpValue kwnames);

struct TpFunction {
  TpObject ob;
  const TpFuncInfo* info;
  TpValue defaults;     // tuple or TP_NONE
  TpValue kwdefaults;   // dict or TP_NONE
  TpValue closure;      // tuple of cells or TP_NONE
  TpValue dict;         // __dict__ (created lazily), TP_NULL until then
  TpValue name;         // __name__ (str)
  TpValue qualname;     // __qualname__ (str)
  TpValue doc;          // __doc__
  TpValue module;       // __module__ (str)
  TpValue annotations;  // TP_NULL until set
};

extern "C" TpType tp_slot_wrapper_type;  // wrapper_descriptor (core.cpp)

struct TpBuiltinFunction {
  TpObject ob;
  const char* name;  // "len", "append"
  TpNativeFn fn;
  TpValue self;   // bound receiver or TP_NULL
  TpType* owner;  // the type a method belongs to (for repr), or NULL
};

struct TpMethod {  // a bound method of a Python function
  TpObject ob;
  TpValue func;
  TpValue self;
};

struct TpCell {
  TpObject ob;
  TpValue value;  // TP_NULL when empty
};

// Instances of user classes deriving from object: header, then __dict__,
// then (when the class has instance slots) the slot words of object.h at
// type->slots_offset. Subclasses of other builtins keep the base's layout and
// put __dict__ at type->dict_offset.
struct TpInstance {
  TpObject ob;
  TpValue dict;  // dict or TP_NULL (created on first attribute store)
};

// A traceback entry. Frames are prepended while unwinding outwards, so the
// list starts at the outermost frame, the order in which they are printed.
struct TpTraceFrame {
  const TpFuncInfo* info;
  int32_t line;
  const TpSrcPos* pos;       // the columns for the carets, or NULL
  const TpTraceFrame* next;  // the next frame inwards; records are never changed once made
};

// BaseException and every builtin exception class share this layout; the
// __dict__ word sits at the same offset as in TpInstance.
struct TpBaseException {
  TpObject ob;
  TpValue dict;
  TpValue args;     // tuple
  TpValue cause;    // __cause__ or TP_NONE
  TpValue context;  // __context__ or TP_NONE
  bool suppress_context;
  const TpTraceFrame* traceback;  // outermost first
  TpValue extra;                  // StopIteration.value, SystemExit.code, KeyError key... (class-specific), or TP_NULL
  TpValue extra2;                 // class-specific
  // Re-raising an exception caught in the same frame (bare `raise`, the end
  // of a finally or with, an unmatched except) must not record the line of
  // the re-raise: the frame's record keeps the line where the exception was
  // caught (tp_landing_at), as CPython's traceback does.
  bool reraised;
  const TpFuncInfo* caught_info;  // the function whose handler caught it last, or NULL
};

struct TpModule {
  TpObject ob;
  TpValue dict;  // the module globals
  TpValue name;  // str
};

// The C++ exception every runtime function throws for a Python exception.
// Thrown by value (throw TpRaised{...}); `magic` lets the unwinder hooks
// recognise it without RTTI.
struct TpRaised {
  static constexpr uint64_t kMagic = 0x5450524149534544ull;  // "TPRAISED"
  uint64_t magic = kMagic;
  TpValue exc;  // an instance of BaseException
};

// Extra builtin type objects owned by the core.
TP_EXTERN_C TpType tp_module_type, tp_staticmethod_type, tp_classmethod_type, tp_property_type, tp_super_type,
    tp_getset_type;
// abc.ABCMeta (a heap metaclass the abc module creates at start-up): the
// classes it makes get __abstractmethods__.
TP_EXTERN_C TpType* tp_abc_meta;

// The builtin exception classes (static type objects, real classes users can
// subclass). Named tp_exc_<Name>.
#define TP_EXCEPTION_CLASSES(X)                                                                                      \
  X(BaseException)                                                                                                   \
  X(BaseExceptionGroup)                                                                                              \
  X(Exception) X(GeneratorExit) X(KeyboardInterrupt) X(SystemExit) X(ArithmeticError) X(FloatingPointError)          \
      X(OverflowError) X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(BufferError) X(EOFError)           \
          X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) X(KeyError) X(MemoryError) X(NameError) \
              X(UnboundLocalError) X(OSError) X(BlockingIOError) X(ChildProcessError) X(ConnectionError)             \
                  X(BrokenPipeError) X(ConnectionAbortedError) X(ConnectionRefusedError) X(ConnectionResetError)     \
                      X(FileExistsError) X(FileNotFoundError) X(InterruptedError) X(IsADirectoryError)               \
                          X(NotADirectoryError) X(PermissionError) X(ProcessLookupError) X(TimeoutError)             \
                              X(ReferenceError) X(RuntimeError) X(NotImplementedError) X(RecursionError)             \
                                  X(StopAsyncIteration) X(StopIteration) X(SyntaxError) X(IndentationError)          \
                                      X(TabError) X(SystemError) X(TypeError) X(ValueError) X(UnicodeError)          \
                                          X(UnicodeDecodeError) X(UnicodeEncodeError) X(UnicodeTranslateError)       \
                                              X(Warning) X(BytesWarning) X(DeprecationWarning) X(EncodingWarning)    \
                                                  X(FutureWarning) X(ImportWarning) X(PendingDeprecationWarning)     \
                                                      X(ResourceWarning) X(RuntimeWarning) X(SyntaxWarning)          \
                                                          X(UnicodeWarning) X(UserWarning) X(ExceptionGroup)
#define TP_DECLARE_EXC(N) TP_EXTERN_C TpType tp_exc_##N;
TP_EXCEPTION_CLASSES(TP_DECLARE_EXC)
#undef TP_DECLARE_EXC

namespace tp {

// ---------------------------------------------------------------------------
// Allocation (Boehm GC). Memory is zeroed; tp_alloc sets the type header.
// ---------------------------------------------------------------------------
template <class T>
inline T* allocObject(TpType* type, int64_t size = sizeof(T)) {
  return static_cast<T*>(tp_alloc(type, size));
}
// Zeroed raw arrays in slots of exactly round_up(size, 16) bytes, for arrays
// only reached through their start or interior pointers (list items, dict and
// set tables; not temporary buffers, whose one-past-the-end pointer may be the
// last reference). Decision 0043.
void* gcMallocExact(int64_t size);
void* gcMallocAtomicExact(int64_t size);
// A list's item array (zeroed): gcMallocExact, or from kLargeArray bytes on
// an "ignore off page" block, which the collector keeps alive only through
// pointers into its first page (the list's pointer to its start). Decision 0047.
void* gcMallocItems(int64_t size);
// The same, with only the bytes past `filled` cleared: the caller writes
// the first `filled` bytes before anything else allocates.
void* gcMallocItemsFilled(int64_t size, int64_t filled);
// Hands an array of `size` bytes that its owner has just replaced (a list or
// dict that grew) back to the collector at once when it is large (decision
// 0047); small ones are left to the sweep. No one else may hold it.
void gcFreeReplaced(void* p, int64_t size);
// Item arrays mapped outside the collected heap (decision 0080): from
// kMappedItems bytes on, a list's OBJECT array is an anonymous mapping whose
// words the collector scans as roots. mapItems returns a zeroed mapping of
// `size` bytes, or null when none can be made (the caller then takes the
// collector's memory); remapItems grows one in place or moves its pages
// (null: unchanged); isMappedItems tells whether p is one; dropItems hands
// one back (any other pointer, null included, is ignored). A dropped array stays readable and scanned until the next
// collection starts, so a runtime frame that still holds it while its list
// dies finishes safely.
constexpr int64_t kMappedItems = int64_t(1) << 20;
// Keeps a value in a register or stack slot until the end of its scope, so
// that the collector sees it (runtime code that works on a list's item array
// after its last use of the list itself). Decision 0080.
struct KeepAlive {
  TpValue value = 0;
  KeepAlive() = default;
  explicit KeepAlive(TpValue v) : value(v) {}
  KeepAlive(const KeepAlive&) = delete;
  KeepAlive& operator=(const KeepAlive&) = delete;
  ~KeepAlive() { __asm__ volatile("" : : "r"(value) : "memory"); }
};
void* mapItems(int64_t size);
void* remapItems(void* p, int64_t size);
bool isMappedItems(const void* p);
void dropItems(void* p);
// Returns a dead big int's slot to libgc at once (tp_int_release, decision 0049).
void gcFreeDead(void* p);
// The bytes of the slot libgc gave p (GC_size).
int64_t gcSlotSize(void* p);
// A GC-owned copy of a C string (for type names built at run time).
char* gcStrdup(const char* s, size_t n);
// tp_type_epoch++ that also empties every filled attribute cache and layout
// site (their inline hit tests compare only the type).
void bumpTypeEpoch();

// ---------------------------------------------------------------------------
// Raising. Every helper formats printf-style (CPython's wording is the
// caller's job) and throws TpRaised; none returns.
// ---------------------------------------------------------------------------
[[noreturn]] void raise(TpType* cls, const char* fmt, ...) __attribute__((format(printf, 2, 3)));
[[noreturn]] void raiseV(TpType* cls, const char* fmt, va_list ap);
[[noreturn]] void raiseValue(TpValue exc);  // an instance (or class, instantiated)
#define TP_DECLARE_RAISER(N) [[noreturn]] void raise##N(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
TP_DECLARE_RAISER(TypeError)
TP_DECLARE_RAISER(ValueError)
TP_DECLARE_RAISER(IndexError)
TP_DECLARE_RAISER(AttributeError)
TP_DECLARE_RAISER(ZeroDivisionError)
TP_DECLARE_RAISER(OverflowError)
TP_DECLARE_RAISER(RuntimeError)
TP_DECLARE_RAISER(NameError)
TP_DECLARE_RAISER(NotImplementedError)
TP_DECLARE_RAISER(AssertionError)
TP_DECLARE_RAISER(RecursionError)
TP_DECLARE_RAISER(SystemError)
TP_DECLARE_RAISER(OSError)
TP_DECLARE_RAISER(EOFError)
TP_DECLARE_RAISER(ImportError)
TP_DECLARE_RAISER(ModuleNotFoundError)
TP_DECLARE_RAISER(UnicodeError)
TP_DECLARE_RAISER(LookupError)
#undef TP_DECLARE_RAISER
// KeyError carries the key itself (its str is repr(key)).
[[noreturn]] void raiseKeyError(TpValue key);
[[noreturn]] void raiseStopIteration(TpValue value);  // value may be TP_NULL
[[noreturn]] void raiseMemoryError();
// MemoryError when `bytes` is more than the machine's RAM and swap together: a
// request that could never be met fails before it reaches an allocator (the
// sanitizers' allocators end the process instead of failing a huge request).
void checkAllocation(uint64_t bytes);
// tp_alloc_atomic without zeroing: a pointer-free object with its header set,
// for a caller that writes every byte it later reads (big-int limbs). NULL
// when the collector cannot allocate (core.cpp).
void* allocAtomicUninit(TpType* type, int64_t size);
// Interrupts and the recursion limit (signals.cpp, decision 0023).
void initFrameStack();                  // maps tp_frames (decision 0031), before any compiled code runs
void installSigint();                   // SIGINT sets the interrupt flag and lowers tp_rec_limit
void checkInterrupt();                  // raises KeyboardInterrupt if a SIGINT is waiting
int64_t recursionLimit();               // sys.getrecursionlimit()
void setRecursionLimit(TpValue limit);  // sys.setrecursionlimit, with CPython's checks
int stdoutExitFlush();  // the final flush of stdout: 0, or 120 after reporting its failure (builtins.cpp)
// Creates an exception instance of `cls` with the given args (no raise).
TpValue newException(TpType* cls, std::initializer_list<TpValue> args);
// True when `exc` (an instance) is an instance of `cls`.
bool excIsInstance(TpValue exc, TpType* cls);
// Throws `exc` (an instance) as it is: no __context__ chaining, its
// traceback kept (an exception re-raised in another frame, e.g. one a
// generator's sub-iterator raised, or one thrown into a generator).
[[noreturn]] void throwExisting(TpValue exc);
// The handled-exception stack (except blocks, sys.exc_info) and the current
// exception (what a bare `raise` re-raises), owned by exceptions.cpp. For
// generators: one suspended inside an except block takes its entries with
// it and puts them back when resumed.
// The runtime -> compiled-code boundary (abi.h, decision 0017): after every
// call of a compiled function (its generic entry, a module init, a
// generator resume), throw the exception it returned pending, if any.
[[noreturn]] void throwPending();
inline void checkPending() {
  if (__builtin_expect(tp_exc_pending != TP_NULL, 0)) throwPending();
}
extern TpValue* g_handled;
extern int64_t g_handled_size, g_handled_cap;
extern TpValue g_current;
inline int64_t excStackDepth() { return g_handled_size; }
TpValue excStackTake(int64_t depth);  // pops the entries above depth: a tuple, or TP_NULL if none
void excStackPut(TpValue saved);      // pushes entries excStackTake returned
// The return value of a generator that has just finished (for next()'s
// StopIteration), or TP_NULL (None, or not a finished generator) (gen.cpp).
TpValue iterReturnValue(TpValue it);
// Exception groups (exc_group.cpp): BaseExceptionGroup(msg, list) (an
// ExceptionGroup when every item is an Exception), and the group test.
TpValue newExceptionGroup(TpValue msg, TpValue list);
bool isExceptionGroup(TpValue v);
// An instance of BaseException or a subclass (not the class itself).
inline bool isExcInstance(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v)->flags & TP_TYPE_EXC_SUBCLASS) != 0 &&
         !(tp_type_of_object(v)->flags & TP_TYPE_TYPE_SUBCLASS);
}
// Prints `exc` (with its chained causes/contexts and tracebacks) the way
// CPython prints an uncaught exception.
void printException(TpValue exc, FILE* out);
// The text printException writes (chain: with the causes and contexts), and
// the exception-only part, its last line and notes (the traceback module).
// limit: the traceback module's (first `limit` frames, or the last -limit).
constexpr int64_t kNoTracebackLimit = INT64_MIN;
std::string formatException(TpValue exc, bool chain, int64_t limit);
std::string formatExceptionLine(TpValue exc);
// The carets under a traceback frame's source line for position `pos` (or
// ""): `raw` is the line without its newline, `stripped` it as printed.
std::string caretLine(const std::string& raw, const std::string& stripped, const TpSrcPos* pos);
// Traceback objects (traceback.cpp): `traceback` over a frame list, or None
// for NULL; and back (None gives NULL, anything else is a TypeError).
TpValue tracebackObject(const TpTraceFrame* frames);
const TpTraceFrame* tracebackFrames(TpValue tb);
bool isTracebackObject(TpValue v);
// The text of format_exception_only's last line ("ZeroDivisionError: division by zero").
std::string exceptionLastLine(TpValue exc);

// ---------------------------------------------------------------------------
// Strings for messages. Returned pointers are GC-owned and NUL-terminated.
// ---------------------------------------------------------------------------
const char* typeName(TpValue v);  // type(v).__name__ ("int", "Point")
const char* reprCStr(TpValue v);  // repr(v) as UTF-8
const char* strCStr(TpValue v);   // str(v) as UTF-8
std::string reprString(TpValue v);
std::string strString(TpValue v);
TpValue newStr(const char* utf8);     // -> str (not interned)
TpValue internStr(const char* utf8);  // -> interned str (tp_const_str)

// ---------------------------------------------------------------------------
// Builtin types: definition and readying.
// ---------------------------------------------------------------------------
// First two fields of a static TpType: header (metatype `type`) and name.
#define TP_TYPE_HEAD(NAME) .ob = {&tp_type_type}, .name = NAME

enum MethodFlags { kMethodInstance = 0, kMethodStatic = 1, kMethodClass = 2 };
struct MethodDef {
  const char* name;
  TpNativeFn fn;
  int flags = kMethodInstance;  // static: no receiver; class: args[0] is the type
};
struct GetSetDef {
  const char* name;
  TpValue (*get)(TpValue self);
  void (*set)(TpValue self,
              TpValue value) = nullptr;  // NULL: read-only ("attribute 'x' of 'T' objects is not writable")
};
// Fills name_str/qualname/bases/mro of a static type (base defaults to
// object, flags |= TP_TYPE_BASETYPE unless `final`), and records the tables
// for its dict (built by typeDict on first use)
// (each terminated by an entry with name == nullptr; either may be nullptr).
// Inherits NULL slots from the base (like CPython's inherit_slots), except
// new_/init which fall back through the base chain at call time.
void readyType(TpType* type, const MethodDef* methods = nullptr, const GetSetDef* getsets = nullptr,
               bool final = false);
// Adds one attribute to a type's dict after readying (e.g. float.fromhex).
void setTypeAttr(TpType* type, const char* name, TpValue value);
// A static type's dict is built on its first use, not by readyType
// (decision 0075): the methods, getsets and slot wrappers readyType was
// given, then the attributes added since, in the order they were added, so
// the dict is the one readyType would have built. Every reader (and writer)
// of a type's dict that may see a static type goes through typeDict.
TpValue buildTypeDict(TpType* type);
inline TpValue typeDict(TpType* type) {
  return __builtin_expect((type->flags & TP_TYPE_DICT_PENDING) != 0, 0) ? buildTypeDict(type) : type->dict;
}
// Adds a method (a MethodDef's kind: instance, static or class method) to a
// readied static type, when its dict is built if it is not yet. With
// `if_absent`, only when the dict has no such name then.
void addTypeMethod(TpType* type, const MethodDef& def, bool if_absent = false);
// setTypeAttr of None (the unhashable types' __hash__), deferred the same way.
void setTypeAttrNone(TpType* type, const char* name, bool if_absent = false);
// Adds a method table to a readied static type (object's and type's, which
// need the descriptor types readied after them), deferred the same way.
void addTypeMethods(TpType* type, const MethodDef* methods);

// A native function object (unbound; `owner` for methods, else NULL).
TpValue newBuiltinFunction(const char* name, TpNativeFn fn, TpType* owner = nullptr);
// Calls compiled function f with CPython's argument binding (func.cpp).
// check: throw an exception the code returns pending (decision 0017); false
// leaves it pending for a compiled caller.
TpValue callCompiled(TpFunction* f, const TpValue* args, int64_t nargs, TpValue kwnames, bool check = true);

// ---------------------------------------------------------------------------
// Builtins registry and modules.
// ---------------------------------------------------------------------------
// Registers a builtin name (print, len, int, ValueError, ...).
void registerBuiltin(const char* name, TpValue value);
// Convenience: registerBuiltin(name, newBuiltinFunction(name, fn)).
void registerBuiltinFunction(const char* name, TpNativeFn fn);
// Registers aiter() and anext() (gen.cpp).
void initAsyncBuiltins();
// Adds the builtin types' dunders no slot stands for (dunders.cpp).
void initExtraDunders();
// Creates a builtin module object that `import name` returns (math, sys...).
// Register its attributes with setModuleAttr.
TpValue newBuiltinModule(const char* name);
void setModuleAttr(TpValue module, const char* name, TpValue value);
void registerModuleFunction(TpValue module, const char* name, TpNativeFn fn);

// ---------------------------------------------------------------------------
// Argument parsing for native functions, with CPython's messages.
// ---------------------------------------------------------------------------
// Number of keyword arguments (len of kwnames, 0 for TP_NULL) and the i-th
// keyword name as UTF-8.
int64_t kwCount(TpValue kwnames);
const char* kwName(TpValue kwnames, int64_t i);
// "len() takes no keyword arguments"
void noKeywords(const char* fname, TpValue kwnames);
// Checks the positional count for a function without keywords:
//  "len() takes exactly one argument (2 given)" (min == max == 1),
//  "f expected 2 arguments, got 1" (min == max),
//  "f expected at least 1 argument, got 0", "f expected at most 3 arguments, got 4".
void checkArgCount(const char* fname, int64_t nargs, int64_t min, int64_t max);
// General parser: `names` lists the parameters in order; the first `posonly`
// are positional-only; names starting with '*' (the '*' is skipped) are
// keyword-only; the first `required` are required. Fills out[i] for every
// name (TP_NULL when not given). Messages as CPython's Argument Clinic:
//  "round() takes at most 2 arguments (3 given)",
//  "sort() takes no positional arguments" (when no positional parameter),
//  "round() missing required argument 'number' (pos 1)",
//  "'foo' is an invalid keyword argument for int()",
//  "argument for round() given by name ('number') and position (1)".
// fname is the name used in messages without "()" ("round", "list.append").
void parseArgs(const char* fname, const TpValue* args, int64_t nargs, TpValue kwnames,
               std::initializer_list<const char*> names, int required, int posonly, TpValue* out);

// ---------------------------------------------------------------------------
// Dispatch helpers shared by all runtime files.
// ---------------------------------------------------------------------------
// Looks `name` up along type(obj)'s MRO (no instance dict, no binding).
TpValue lookupType(TpType* type, TpValue name);
TpValue lookupTypeCStr(TpType* type, const char* name);
// The interned str of a C string (cached: no allocation on a hit).
TpValue internCStr(const char* name);
// The type's version tag, assigned if it has none (docs/decisions/0018).
uint64_t typeVersion(TpType* type);
// Must be called after any change to a type's namespace (its dict), bases or
// MRO: drops the cached lookups of the type and of all its subclasses.
void typeModified(TpType* type);
// Keeps descr.cpp's super() method cache out of the collector's roots.
void excludeSuperCacheRoots();
// f, found on type(obj)'s MRO, bound to obj the way attribute lookup binds
// it (its type's __get__, if any: a bound method for a function).
inline TpValue bindToInstance(TpValue f, TpValue obj) {
  TpType* ft = tp_type_of(f);
  return ft->descr_get ? ft->descr_get(f, obj, tp_from_object(tp_type_of(obj))) : f;
}
// Calls a special method of a value if defined: returns TP_NULL if absent.
TpValue callMethodIfExists(TpValue obj, const char* name, const TpValue* args, int64_t nargs);
// obj.name(*args) (raises AttributeError if absent).
TpValue callMethod(TpValue obj, const char* name, const TpValue* args, int64_t nargs);
// The result of rich comparison `op` (TP_CMP_LT..TP_CMP_GE) from a three-way
// comparison c: negative, zero, positive, or 2 for unordered (a NaN), where
// only != holds. NotImplemented for any other op.
TpValue cmpResult(int c, int32_t op);
// getattr(obj, name), or TP_NULL when that raises AttributeError (other
// exceptions propagate).
TpValue getAttrOrNull(TpValue obj, TpValue name);
// How CPython names a callable in call-site TypeErrors: "mod.f()", "len()".
std::string functionStr(TpValue callee);
// Generic getattr/setattr (what a NULL slot means); getattr returns TP_NULL if absent.
TpValue genericGetAttr(TpValue obj, TpValue name);
void genericSetAttr(TpValue obj, TpValue name, TpValue value);
// Instance slots (object.h "Instance slots"). The index of `name` among
// type t's slots, or -1.
int64_t slotIndex(TpType* t, TpValue name);
// Moves the slots of `obj` (an instance of t, which has slots) into its
// __dict__ and puts it in dict mode for good; a no-op if already there.
// Anything that hands out or replaces the instance dict calls this first.
void slotsToDict(TpValue obj, TpType* t);
// Appends the names of the attributes `obj` holds in slots, in insertion order.
void presentSlotNames(TpValue obj, std::vector<TpValue>& out);
// hash(v) with CPython's rules ("unhashable type: 'list'").
int64_t hashValue(TpValue v);
// v1 == v2 as a bool (identity shortcut first, like CPython's containers).
bool equalValues(TpValue a, TpValue b);
// Calls with positional arguments only.
TpValue call(TpValue callee, std::initializer_list<TpValue> args);
// isinstance(obj, classinfo) (__instancecheck__ included), as the builtin does.
bool isInstanceOfClass(TpValue obj, TpValue classinfo);
inline bool isNone(TpValue v) { return v == TP_NONE; }
inline bool isType(TpValue v, TpType* t) { return tp_type_of(v) == t; }
inline bool isInstance(TpValue v, TpType* t) { return tp_is_subtype(tp_type_of(v), t); }

// ---------------------------------------------------------------------------
// Initialisation. tp_runtime_init (core.cpp) initialises the GC, then calls,
// in this order: initCore() (object, type, function, exceptions), initNumbers()
// (NUMBERS: int, float, bool, complex?, math module, GMP memory functions),
// initSequences() (SEQUENCES: str, bytes, list, tuple, dict, set, range,
// slice, iterators and their builtins), then initBuiltins() (core: the
// remaining builtins, sys/typing modules). Each owner defines its function
// in a .cpp that is always linked (one that defines a type object).
// Static type objects are usable before their owner's init runs (allocation
// needs only the type pointer); readyType must run before attribute lookup.
// ---------------------------------------------------------------------------
void initCore();
void initNumbers();
void initSequences();
void initBuiltins();
// typing.cpp: the typing module and `X | Y` unions (called by initBuiltins),
// and list[int]-style GenericAlias objects (for tp_getitem on builtin classes).
void initTyping();
// Native modules linked on demand (decision 0060): their init functions are
// reached only through the extern "C" entry tp_native_NAME, which builtins.cpp
// references weakly and the driver's link step asks for (-u) when a program
// imports NAME. A program that does not import them does not link them (nor
// libcrypto, libsqlite3, PCRE2 or zlib behind them) and does not run their
// set-up; `import NAME` runs it then.
#define TP_NATIVE_MODULE(NAME, INIT) \
  extern "C" void tp_native_##NAME(void) { INIT(); }
void initZlib();                  // zlib.cpp
void initIo();                    // io.cpp: open() and _io
void ioFlushAll();                // io.cpp: flush every open writable file
void initOsCore();                // os_core.cpp: _os
void initJsonCore();              // json_core.cpp: _json
void initSqliteCore();            // sqlite_core.cpp: _sqlite3
void initRandomCore();            // random_core.cpp: _random (MT19937)
void initFunctoolsCore();         // functools_core.cpp: _functools (cmp_to_key)
void initDeque();                 // deque.cpp: _collections (deque)
void initTraceback(TpValue sys);  // traceback.cpp: traceback/frame/code objects, _traceback
void initSysInfo(TpValue sys);    // sys_info.cpp: version_info, float_info, getsizeof, ...
// sys's struct sequences (version_info, float_info, int_info, hash_info,
// flags) are made on first use (decision 0075): until then sys's dict holds
// their keys, in order, with placeholder values. Every reader of a module's
// dict calls needModuleDict first, with the name it reads (TP_NULL: any);
// tuple.__subclasses__() calls makeSysStructs(TP_NULL, TP_NULL).
extern bool g_sys_structs_pending;
void makeSysStructs(TpValue module, TpValue name);
inline void needModuleDict(TpValue module, TpValue name = TP_NULL) {
  if (__builtin_expect(g_sys_structs_pending, 0)) makeSysStructs(module, name);
}
void initTimeCore();              // time_core.cpp: _time
void initHashlibCore();           // hashlib_core.cpp: _hashlib
void initReCore();                // re_core.cpp: _re (PCRE2)
TpValue newGenericAlias(TpValue origin, TpValue key);

}  // namespace tp
