// Python exceptions: the builtin exception hierarchy as static type objects
// (subclassable like any class), their args/str/repr rules, raising
// (tp_raise*, with __context__/__cause__ chaining), the pending-exception
// protocol generated code uses (tp_exc_pending, tp_raise_set, tp_pending_*;
// decision 0017) and the older unwinding hooks (tp_landing, tp_traceback_add),
// the handled-exception stack (tp_exc_push/pop/current, bare `raise`), and
// printing an uncaught exception with its traceback exactly as CPython does.
//
// Global mutable state: g_handled (the stack of exceptions being handled by
// except blocks), g_current (the exception most recently landed or pushed)
// and tp_exc_pending (the exception compiled code is propagating). All must
// become thread-local when threads arrive.
#include <gc.h>
#include <utf8proc.h>
#include <sys/sysinfo.h>
#include <unwind.h>

#include <cerrno>
#include <cstdarg>
#include <cstring>
#include <fstream>
#include <map>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "runtime.h"
#include "taipan/dict.h"
#include "taipan/int.h"
#include "taipan/list.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

// ---------------------------------------------------------------------------
// The hierarchy.
// ---------------------------------------------------------------------------
#define TP_EXC_DEF(N, B)                                                                      \
  TpType tp_exc_##N = {TP_TYPE_HEAD(#N), .base = B, .instance_size = sizeof(TpBaseException), \
                       .dict_offset = offsetof(TpBaseException, dict), .flags = TP_TYPE_EXC_SUBCLASS};
extern "C" {
TP_EXC_DEF(BaseException, &tp_object_type)
TP_EXC_DEF(BaseExceptionGroup, &tp_exc_BaseException)
TP_EXC_DEF(GeneratorExit, &tp_exc_BaseException)
TP_EXC_DEF(KeyboardInterrupt, &tp_exc_BaseException)
TP_EXC_DEF(SystemExit, &tp_exc_BaseException)
TP_EXC_DEF(Exception, &tp_exc_BaseException)
TP_EXC_DEF(ArithmeticError, &tp_exc_Exception)
TP_EXC_DEF(FloatingPointError, &tp_exc_ArithmeticError)
TP_EXC_DEF(OverflowError, &tp_exc_ArithmeticError)
TP_EXC_DEF(ZeroDivisionError, &tp_exc_ArithmeticError)
TP_EXC_DEF(AssertionError, &tp_exc_Exception)
TP_EXC_DEF(AttributeError, &tp_exc_Exception)
TP_EXC_DEF(BufferError, &tp_exc_Exception)
TP_EXC_DEF(EOFError, &tp_exc_Exception)
TP_EXC_DEF(ExceptionGroup, &tp_exc_BaseExceptionGroup)
TP_EXC_DEF(ImportError, &tp_exc_Exception)
TP_EXC_DEF(ModuleNotFoundError, &tp_exc_ImportError)
TP_EXC_DEF(LookupError, &tp_exc_Exception)
TP_EXC_DEF(IndexError, &tp_exc_LookupError)
TP_EXC_DEF(KeyError, &tp_exc_LookupError)
TP_EXC_DEF(MemoryError, &tp_exc_Exception)
TP_EXC_DEF(NameError, &tp_exc_Exception)
TP_EXC_DEF(UnboundLocalError, &tp_exc_NameError)
TP_EXC_DEF(OSError, &tp_exc_Exception)
TP_EXC_DEF(BlockingIOError, &tp_exc_OSError)
TP_EXC_DEF(ChildProcessError, &tp_exc_OSError)
TP_EXC_DEF(ConnectionError, &tp_exc_OSError)
TP_EXC_DEF(BrokenPipeError, &tp_exc_ConnectionError)
TP_EXC_DEF(ConnectionAbortedError, &tp_exc_ConnectionError)
TP_EXC_DEF(ConnectionRefusedError, &tp_exc_ConnectionError)
TP_EXC_DEF(ConnectionResetError, &tp_exc_ConnectionError)
TP_EXC_DEF(FileExistsError, &tp_exc_OSError)
TP_EXC_DEF(FileNotFoundError, &tp_exc_OSError)
TP_EXC_DEF(InterruptedError, &tp_exc_OSError)
TP_EXC_DEF(IsADirectoryError, &tp_exc_OSError)
TP_EXC_DEF(NotADirectoryError, &tp_exc_OSError)
TP_EXC_DEF(PermissionError, &tp_exc_OSError)
TP_EXC_DEF(ProcessLookupError, &tp_exc_OSError)
TP_EXC_DEF(TimeoutError, &tp_exc_OSError)
TP_EXC_DEF(ReferenceError, &tp_exc_Exception)
TP_EXC_DEF(RuntimeError, &tp_exc_Exception)
TP_EXC_DEF(NotImplementedError, &tp_exc_RuntimeError)
TP_EXC_DEF(RecursionError, &tp_exc_RuntimeError)
TP_EXC_DEF(StopAsyncIteration, &tp_exc_Exception)
TP_EXC_DEF(StopIteration, &tp_exc_Exception)
TP_EXC_DEF(SyntaxError, &tp_exc_Exception)
TP_EXC_DEF(IndentationError, &tp_exc_SyntaxError)
TP_EXC_DEF(TabError, &tp_exc_IndentationError)
TP_EXC_DEF(SystemError, &tp_exc_Exception)
TP_EXC_DEF(TypeError, &tp_exc_Exception)
TP_EXC_DEF(ValueError, &tp_exc_Exception)
TP_EXC_DEF(UnicodeError, &tp_exc_ValueError)
TP_EXC_DEF(UnicodeDecodeError, &tp_exc_UnicodeError)
TP_EXC_DEF(UnicodeEncodeError, &tp_exc_UnicodeError)
TP_EXC_DEF(UnicodeTranslateError, &tp_exc_UnicodeError)
TP_EXC_DEF(Warning, &tp_exc_Exception)
TP_EXC_DEF(BytesWarning, &tp_exc_Warning)
TP_EXC_DEF(DeprecationWarning, &tp_exc_Warning)
TP_EXC_DEF(EncodingWarning, &tp_exc_Warning)
TP_EXC_DEF(FutureWarning, &tp_exc_Warning)
TP_EXC_DEF(ImportWarning, &tp_exc_Warning)
TP_EXC_DEF(PendingDeprecationWarning, &tp_exc_Warning)
TP_EXC_DEF(ResourceWarning, &tp_exc_Warning)
TP_EXC_DEF(RuntimeWarning, &tp_exc_Warning)
TP_EXC_DEF(SyntaxWarning, &tp_exc_Warning)
TP_EXC_DEF(UnicodeWarning, &tp_exc_Warning)
TP_EXC_DEF(UserWarning, &tp_exc_Warning)
}

namespace {

inline TpBaseException* asExc(TpValue v) { return reinterpret_cast<TpBaseException*>(tp_as_object(v)); }
inline TpType* asType(TpValue v) { return reinterpret_cast<TpType*>(tp_as_object(v)); }
inline bool isExcClass(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v)->flags & TP_TYPE_TYPE_SUBCLASS) &&
         (asType(v)->flags & TP_TYPE_EXC_SUBCLASS);
}

TpType* osErrorSubclass(TpValue err) {
  if (!tp_is_small_int(err)) return nullptr;
  switch (tp_small_int_value(err)) {
    case ENOENT:
      return &tp_exc_FileNotFoundError;
    case EEXIST:
      return &tp_exc_FileExistsError;
    case EACCES:
    case EPERM:
      return &tp_exc_PermissionError;
    case EISDIR:
      return &tp_exc_IsADirectoryError;
    case ENOTDIR:
      return &tp_exc_NotADirectoryError;
    case EINTR:
      return &tp_exc_InterruptedError;
    case ECHILD:
      return &tp_exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return &tp_exc_BrokenPipeError;
    case ECONNABORTED:
      return &tp_exc_ConnectionAbortedError;
    case ECONNREFUSED:
      return &tp_exc_ConnectionRefusedError;
    case ECONNRESET:
      return &tp_exc_ConnectionResetError;
    case ETIMEDOUT:
      return &tp_exc_TimeoutError;
    case ESRCH:
      return &tp_exc_ProcessLookupError;
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
      return &tp_exc_BlockingIOError;
  }
  return nullptr;
}

TpValue excNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (type == &tp_exc_OSError && nargs >= 2) {
    TpType* sub = osErrorSubclass(args[0]);
    if (sub) type = sub;
  }
  auto* e = reinterpret_cast<TpBaseException*>(tp_alloc(type, type->instance_size));
  e->args = tp_tuple_new(nargs, args);
  e->cause = TP_NONE;
  e->context = TP_NONE;
  return tp_from_object(e);
}

void excInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpType* t = tp_type_of(self);
  if (kwCount(kwnames)) {
    if (tp_is_subtype(t, &tp_exc_ImportError)) {
      for (int64_t i = 0; i < kwCount(kwnames); i++) {
        const char* k = kwName(kwnames, i);
        TpValue v = args[nargs + i];
        if (!strcmp(k, "name"))
          asExc(self)->extra = v;
        else if (!strcmp(k, "path"))
          asExc(self)->extra2 = v;
        else
          raiseTypeError("'%s' is an invalid keyword argument for %s()", k, t->name);
      }
    } else {
      raiseTypeError("%s() takes no keyword arguments", t->name);
    }
  }
  // Called right after excNew with the same arguments (the usual case),
  // args already holds an equal tuple: keep it rather than allocate another.
  TpValue cur = asExc(self)->args;
  if (cur != TP_NULL && tp_is_tuple(cur) && tp_tuple_size(cur) == nargs) {
    int64_t i = 0;
    while (i < nargs && tp_tuple_get(cur, i) == args[i]) i++;
    if (i == nargs) return;
  }
  asExc(self)->args = tp_tuple_new(nargs, args);
}

TpValue excStr(TpValue self) {
  TpValue args = asExc(self)->args;
  int64_t n = tp_tuple_size(args);
  if (n == 0) return tp_str_empty();
  if (n == 1) return tp_str(tp_tuple_get(args, 0));
  return tp_str(args);
}

TpValue excRepr(TpValue self) {
  TpValue args = asExc(self)->args;
  std::string s = tp_type_of(self)->name;
  if (tp_tuple_size(args) == 1) {
    s += "(" + reprString(tp_tuple_get(args, 0)) + ")";
  } else {
    s += reprString(args);
  }
  return tp_str_from_utf8(s.data(), (int64_t)s.size());
}

TpValue keyErrorStr(TpValue self) {
  TpValue args = asExc(self)->args;
  if (tp_tuple_size(args) == 1) return tp_repr(tp_tuple_get(args, 0));
  return excStr(self);
}

TpValue osErrorStr(TpValue self) {
  TpValue args = asExc(self)->args;
  int64_t n = tp_tuple_size(args);
  if (n >= 2 && n <= 5) {
    std::string s = "[Errno " + strString(tp_tuple_get(args, 0)) + "] " + strString(tp_tuple_get(args, 1));
    if (n >= 3) s += ": " + reprString(tp_tuple_get(args, 2));
    if (n >= 5 && tp_tuple_get(args, 4) != TP_NONE) s += " -> " + reprString(tp_tuple_get(args, 4));
    return tp_str_from_utf8(s.data(), (int64_t)s.size());
  }
  return excStr(self);
}

std::string escapeCodepoint(int64_t cp) {
  char buf[16];
  if (cp < 0x100)
    snprintf(buf, sizeof buf, "\\x%02x", (unsigned)cp);
  else if (cp < 0x10000)
    snprintf(buf, sizeof buf, "\\u%04x", (unsigned)cp);
  else
    snprintf(buf, sizeof buf, "\\U%08x", (unsigned)cp);
  return buf;
}

TpValue unicodeErrorStr(TpValue self) {
  TpValue args = asExc(self)->args;
  TpType* t = tp_type_of(self);
  if (tp_tuple_size(args) != 5 || !tp_is_small_int(tp_tuple_get(args, 2)) || !tp_is_small_int(tp_tuple_get(args, 3)))
    return excStr(self);
  std::string enc = strString(tp_tuple_get(args, 0));
  int64_t start = tp_small_int_value(tp_tuple_get(args, 2)), end = tp_small_int_value(tp_tuple_get(args, 3));
  std::string reason = strString(tp_tuple_get(args, 4));
  TpValue obj = tp_tuple_get(args, 1);
  std::string s;
  char buf[128];
  if (tp_is_subtype(t, &tp_exc_UnicodeDecodeError)) {
    if (end == start + 1) {
      TpValue b = tp_getitem(obj, tp_small_int(start));
      snprintf(buf, sizeof buf, "byte 0x%02llx in position %lld", (long long)tp_small_int_value(b), (long long)start);
    } else {
      snprintf(buf, sizeof buf, "bytes in position %lld-%lld", (long long)start, (long long)(end - 1));
    }
    s = "'" + enc + "' codec can't decode " + buf + ": " + reason;
  } else {
    const char* verb = tp_is_subtype(t, &tp_exc_UnicodeEncodeError) ? "encode" : "translate";
    if (end == start + 1 && tp_is_str(obj)) {
      std::string ch = "'" + escapeCodepoint(tp_str_codepoint_at(obj, start)) + "'";
      snprintf(buf, sizeof buf, " in position %lld", (long long)start);
      s = (verb[0] == 'e' ? "'" + enc + "' codec" : std::string("")) + "can't " + verb + " character " + ch + buf +
          ": " + reason;
      if (verb[0] == 'e') s.insert(enc.size() + 8, " ");
    } else {
      snprintf(buf, sizeof buf, " in position %lld-%lld", (long long)start, (long long)(end - 1));
      s = (verb[0] == 'e' ? "'" + enc + "' codec " : std::string("")) + "can't " + verb + " characters" + buf + ": " +
          reason;
    }
  }
  return tp_str_from_utf8(s.data(), (int64_t)s.size());
}

// ---- getsets ----
TpValue getArgs(TpValue s) { return asExc(s)->args; }
void setArgs(TpValue s, TpValue v) {
  if (v == TP_NULL) raiseTypeError("args may not be deleted");
  asExc(s)->args = tp_is_tuple(v) ? v : tp_tuple_from_iter(v);
}
TpValue getCause(TpValue s) { return asExc(s)->cause; }
void setCause(TpValue s, TpValue v) {
  if (v == TP_NULL) raiseTypeError("__cause__ may not be deleted");
  if (v != TP_NONE && !isExcInstance(v)) raiseTypeError("exception cause must be None or derive from BaseException");
  asExc(s)->cause = v;
  asExc(s)->suppress_context = true;
}
TpValue getContext(TpValue s) { return asExc(s)->context; }
void setContext(TpValue s, TpValue v) {
  if (v == TP_NULL) raiseTypeError("__context__ may not be deleted");
  if (v != TP_NONE && !isExcInstance(v)) raiseTypeError("exception context must be None or derive from BaseException");
  asExc(s)->context = v;
}
TpValue getSuppress(TpValue s) { return tp_bool(asExc(s)->suppress_context); }
void setSuppress(TpValue s, TpValue v) { asExc(s)->suppress_context = tp_truth(v); }
TpValue getTraceback(TpValue s) { return tracebackObject(asExc(s)->traceback); }
void setTraceback(TpValue s, TpValue v) {
  if (v == TP_NULL) raiseTypeError("__traceback__ may not be deleted");
  asExc(s)->traceback = tracebackFrames(v);
}
TpValue argOrNone(TpValue s, int64_t i) {
  TpValue a = asExc(s)->args;
  return tp_tuple_size(a) > i ? tp_tuple_get(a, i) : TP_NONE;
}
TpValue getValue(TpValue s) { return asExc(s)->extra != TP_NULL ? asExc(s)->extra : argOrNone(s, 0); }
void setExtra(TpValue s, TpValue v) { asExc(s)->extra = v == TP_NULL ? TP_NONE : v; }
TpValue getCode(TpValue s) {
  if (asExc(s)->extra != TP_NULL) return asExc(s)->extra;
  TpValue a = asExc(s)->args;
  return tp_tuple_size(a) > 1 ? a : argOrNone(s, 0);
}
bool osArgsForm(TpValue s) {
  int64_t n = tp_tuple_size(asExc(s)->args);
  return n >= 2 && n <= 5;
}
TpValue getErrno(TpValue s) { return osArgsForm(s) ? argOrNone(s, 0) : TP_NONE; }
TpValue getStrerror(TpValue s) { return osArgsForm(s) ? argOrNone(s, 1) : TP_NONE; }
TpValue getFilename(TpValue s) { return osArgsForm(s) ? argOrNone(s, 2) : TP_NONE; }
TpValue getFilename2(TpValue s) { return osArgsForm(s) ? argOrNone(s, 4) : TP_NONE; }
TpValue getImportName(TpValue s) { return asExc(s)->extra != TP_NULL ? asExc(s)->extra : TP_NONE; }
TpValue getImportPath(TpValue s) { return asExc(s)->extra2 != TP_NULL ? asExc(s)->extra2 : TP_NONE; }
TpValue getImportMsg(TpValue s) { return argOrNone(s, 0); }
TpValue getUniEncoding(TpValue s) { return argOrNone(s, 0); }
TpValue getUniObject(TpValue s) { return argOrNone(s, 1); }
TpValue getUniStart(TpValue s) { return argOrNone(s, 2); }
TpValue getUniEnd(TpValue s) { return argOrNone(s, 3); }
TpValue getUniReason(TpValue s) { return argOrNone(s, 4); }

const GetSetDef kBaseGetSets[] = {{"args", getArgs, setArgs},
                                  {"__cause__", getCause, setCause},
                                  {"__context__", getContext, setContext},
                                  {"__suppress_context__", getSuppress, setSuppress},
                                  {"__traceback__", getTraceback, setTraceback},
                                  {nullptr, nullptr}};
const GetSetDef kStopGetSets[] = {{"value", getValue, setExtra}, {nullptr, nullptr}};
const GetSetDef kExitGetSets[] = {{"code", getCode, setExtra}, {nullptr, nullptr}};
const GetSetDef kOSGetSets[] = {
    {"errno", getErrno}, {"strerror", getStrerror}, {"filename", getFilename}, {"filename2", getFilename2},
    {nullptr, nullptr}};
const GetSetDef kImportGetSets[] = {
    {"name", getImportName}, {"path", getImportPath}, {"msg", getImportMsg}, {nullptr, nullptr}};
const GetSetDef kUnicodeGetSets[] = {{"encoding", getUniEncoding}, {"object", getUniObject}, {"start", getUniStart},
                                     {"end", getUniEnd},           {"reason", getUniReason}, {nullptr, nullptr}};

TpValue withTraceback(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("with_traceback", nargs, 2, 2);
  asExc(args[0])->traceback = tracebackFrames(args[1]);
  return args[0];
}
TpValue addNote(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("add_note", nargs, 2, 2);
  if (!tp_is_str(args[1])) raiseTypeError("note must be a str, not '%s'", typeName(args[1]));
  TpValue notes = genericGetAttr(args[0], tp_str_intern("__notes__"));
  if (notes == TP_NULL) {
    notes = tp_list_new(0, nullptr);
    genericSetAttr(args[0], tp_str_intern("__notes__"), notes);
  }
  tp_list_append(notes, args[1]);
  return TP_NONE;
}
const MethodDef kBaseMethods[] = {{"with_traceback", withTraceback}, {"add_note", addNote}, {nullptr, nullptr}};

}  // namespace

// ---- state (see the file comment; runtime.h declares it for generators) ----
namespace tp {
TpValue* g_handled = nullptr;  // GC-allocated so the GC sees the exceptions
int64_t g_handled_size = 0, g_handled_cap = 0;
TpValue g_current = TP_NULL;
}  // namespace tp
extern "C" {
TpValue tp_exc_pending = TP_NULL;
}

namespace {

[[noreturn]] void throwExc(TpValue exc) { throw TpRaised{TpRaised::kMagic, exc}; }

TpValue instantiate(TpValue cls_or_exc, const char* what) {
  if (isExcInstance(cls_or_exc)) return cls_or_exc;
  if (isExcClass(cls_or_exc)) {
    TpType* cls = asType(cls_or_exc);
    if (!(cls->flags & TP_TYPE_HEAPTYPE) && cls->new_ == excNew && cls->init == excInit)
      return excNew(cls, nullptr, 0, TP_NULL);
    TpValue e = tp_call(cls_or_exc, nullptr, 0, TP_NULL);
    if (!isExcInstance(e))
      raiseTypeError("calling %s should have returned an instance of BaseException, not %s", reprCStr(cls_or_exc),
                     typeName(e));
    return e;
  }
  raiseTypeError("%s", what);
}

void setContextFromCurrent(TpValue exc) {
  TpValue ctx = g_handled_size ? g_handled[g_handled_size - 1] : TP_NULL;
  if (ctx == TP_NULL || ctx == exc) return;
  // Avoid cycles: cut the chain where it would reach exc again.
  TpValue o = ctx;
  for (int guard = 0; guard < 1000 && o != TP_NONE && o != TP_NULL; guard++) {
    TpValue next = asExc(o)->context;
    if (next == exc) {
      asExc(o)->context = TP_NONE;
      break;
    }
    o = next;
  }
  asExc(exc)->context = ctx;
}

}  // namespace

void initExceptionGroups();  // exc_group.cpp

void initExceptions() {
  tp_exc_BaseException.new_ = excNew;
  tp_exc_BaseException.init = excInit;
  tp_exc_BaseException.repr = excRepr;
  tp_exc_BaseException.str = excStr;
  tp_exc_KeyError.str = keyErrorStr;
  tp_exc_OSError.str = osErrorStr;
  tp_exc_UnicodeError.str = unicodeErrorStr;
  readyType(&tp_exc_BaseException, kBaseMethods, kBaseGetSets);
  readyType(&tp_exc_StopIteration, nullptr, kStopGetSets);
  readyType(&tp_exc_SystemExit, nullptr, kExitGetSets);
  readyType(&tp_exc_OSError, nullptr, kOSGetSets);
  readyType(&tp_exc_ImportError, nullptr, kImportGetSets);
  readyType(&tp_exc_UnicodeError, nullptr, kUnicodeGetSets);
  initExceptionGroups();
#define TP_READY_EXC(N) readyType(&tp_exc_##N);
  TP_EXCEPTION_CLASSES(TP_READY_EXC)
#undef TP_READY_EXC
#define TP_REGISTER_EXC(N) registerBuiltin(#N, tp_from_object(&tp_exc_##N));
  TP_EXCEPTION_CLASSES(TP_REGISTER_EXC)
#undef TP_REGISTER_EXC
  registerBuiltin("EnvironmentError", tp_from_object(&tp_exc_OSError));
  registerBuiltin("IOError", tp_from_object(&tp_exc_OSError));
}

// ---------------------------------------------------------------------------
// Raising from C++.
// ---------------------------------------------------------------------------
TpValue tp::newException(TpType* cls, std::initializer_list<TpValue> args) {
  // A builtin class with the base __new__/__init__: what calling it does,
  // without the generic call.
  if (!(cls->flags & TP_TYPE_HEAPTYPE) && cls->new_ == excNew && cls->init == excInit)
    return excNew(cls, args.begin(), (int64_t)args.size(), TP_NULL);
  return tp_call(tp_from_object(cls), args.begin(), (int64_t)args.size(), TP_NULL);
}

bool tp::excIsInstance(TpValue exc, TpType* cls) { return tp_is_subtype(tp_type_of(exc), cls); }

void tp::raiseV(TpType* cls, const char* fmt, va_list ap) {
  char buf[512];
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  TpValue msg;
  if (n < (int)sizeof buf) {
    msg = tp_str_from_utf8(buf, n);
  } else {
    std::string big((size_t)n + 1, '\0');
    vsnprintf(big.data(), big.size(), fmt, ap2);
    msg = tp_str_from_utf8(big.data(), n);
  }
  va_end(ap2);
  tp_raise(newException(cls, {msg}));
}

void tp::raise(TpType* cls, const char* fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  raiseV(cls, fmt, ap);
}

void tp::raiseValue(TpValue exc) { tp_raise(exc); }

#define TP_DEFINE_RAISER(N)                 \
  void tp::raise##N(const char* fmt, ...) { \
    va_list ap;                             \
    va_start(ap, fmt);                      \
    raiseV(&tp_exc_##N, fmt, ap);           \
  }
TP_DEFINE_RAISER(TypeError)
TP_DEFINE_RAISER(ValueError)
TP_DEFINE_RAISER(IndexError)
TP_DEFINE_RAISER(AttributeError)
TP_DEFINE_RAISER(ZeroDivisionError)
TP_DEFINE_RAISER(OverflowError)
TP_DEFINE_RAISER(RuntimeError)
TP_DEFINE_RAISER(NameError)
TP_DEFINE_RAISER(NotImplementedError)
TP_DEFINE_RAISER(AssertionError)
TP_DEFINE_RAISER(RecursionError)
TP_DEFINE_RAISER(SystemError)
TP_DEFINE_RAISER(OSError)
TP_DEFINE_RAISER(EOFError)
TP_DEFINE_RAISER(ImportError)
TP_DEFINE_RAISER(ModuleNotFoundError)
TP_DEFINE_RAISER(UnicodeError)
TP_DEFINE_RAISER(LookupError)
#undef TP_DEFINE_RAISER

void tp::raiseKeyError(TpValue key) { tp_raise(newException(&tp_exc_KeyError, {key})); }
void tp::raiseStopIteration(TpValue value) {
  if (value == TP_NULL) tp_raise(newException(&tp_exc_StopIteration, {}));
  tp_raise(newException(&tp_exc_StopIteration, {value}));
}
void tp::raiseMemoryError() { tp_raise(newException(&tp_exc_MemoryError, {})); }
void tp::checkAllocation(uint64_t bytes) {
  static const uint64_t limit = [] {
    struct sysinfo si {};
    if (sysinfo(&si) != 0) return UINT64_MAX;
    return ((uint64_t)si.totalram + (uint64_t)si.totalswap) * si.mem_unit;
  }();
  if (bytes > limit) raiseMemoryError();
}

// ---------------------------------------------------------------------------
// The C ABI.
// ---------------------------------------------------------------------------
// The exception a `raise` statement raises, with __context__/__cause__ set
// (shared by the throwing and the pending forms below).
namespace {
TpValue prepareRaise(TpValue exc) {
  TpValue e = instantiate(exc, "exceptions must derive from BaseException");
  setContextFromCurrent(e);
  asExc(e)->reraised = false;
  return e;
}
TpValue prepareRaiseFrom(TpValue exc, TpValue cause) {
  TpValue e = instantiate(exc, "exceptions must derive from BaseException");
  if (cause == TP_NONE || cause == TP_NULL) {
    asExc(e)->cause = TP_NONE;
  } else {
    asExc(e)->cause = instantiate(cause, "exception causes must derive from BaseException");
  }
  asExc(e)->suppress_context = true;
  setContextFromCurrent(e);
  asExc(e)->reraised = false;
  return e;
}
// The exception a bare `raise` re-raises.
TpValue prepareReraise() {
  TpValue e = g_current != TP_NULL ? g_current : (g_handled_size ? g_handled[g_handled_size - 1] : TP_NULL);
  if (e == TP_NULL) raiseRuntimeError("No active exception to reraise");
  asExc(e)->reraised = true;
  return e;
}
}  // namespace

extern "C" void tp_raise(TpValue exc) { throwExc(prepareRaise(exc)); }

extern "C" void tp_raise_from(TpValue exc, TpValue cause) { throwExc(prepareRaiseFrom(exc, cause)); }

extern "C" void tp_reraise(void) { throwExc(prepareReraise()); }

extern "C" void tp_reraise_exc(TpValue exc) {
  asExc(exc)->reraised = true;
  throwExc(exc);
}

// ---- pending-exception returns (abi.h, decision 0017) ----
extern "C" void tp_raise_set(TpValue exc) { tp_exc_pending = prepareRaise(exc); }

extern "C" void tp_raise_from_set(TpValue exc, TpValue cause) { tp_exc_pending = prepareRaiseFrom(exc, cause); }

extern "C" void tp_reraise_set(void) { tp_exc_pending = prepareReraise(); }

extern "C" void tp_reraise_exc_set(TpValue exc) {
  asExc(exc)->reraised = true;
  tp_exc_pending = exc;
}

void tp::throwPending() {
  TpValue e = tp_exc_pending;
  tp_exc_pending = TP_NULL;
  throwExc(e);
}

namespace {
const uint64_t kGnuCxxClass = 0x474E5543432B2B00ull;  // "GNUCC++\0": a primary C++ exception

TpRaised* raisedOf(void* exn) {
  auto* ue = static_cast<_Unwind_Exception*>(exn);
  if (ue->exception_class != kGnuCxxClass) return nullptr;
  // libstdc++/libc++abi place the thrown object right after the unwind header.
  auto* r = reinterpret_cast<TpRaised*>(ue + 1);
  return r->magic == TpRaised::kMagic ? r : nullptr;
}
}  // namespace

extern "C" void* __cxa_begin_catch(void*) noexcept;
extern "C" void __cxa_end_catch();

namespace {
// Ends the C++ catch of `exn` and returns its Python exception (a foreign
// C++ exception translated).
TpValue caughtException(void* exn) {
  TpRaised* r = raisedOf(exn);
  TpValue exc;
  __cxa_begin_catch(exn);
  if (r) {
    exc = r->exc;
  } else {
    // A foreign C++ exception: translate it.
    try {
      throw;
    } catch (const std::bad_alloc&) {
      exc = tp_call(tp_from_object(&tp_exc_MemoryError), nullptr, 0, TP_NULL);
    } catch (const std::exception& e) {
      TpValue msg = tp_str_from_cstr(e.what());
      exc = tp_call(tp_from_object(&tp_exc_SystemError), &msg, 1, TP_NULL);
    } catch (...) {
      TpValue msg = tp_str_from_cstr("unknown C++ exception");
      exc = tp_call(tp_from_object(&tp_exc_SystemError), &msg, 1, TP_NULL);
    }
  }
  __cxa_end_catch();
  return exc;
}

// A new traceback record in front of `next`.
// From the collector's inline free lists (gcMallocExact), as objects are:
// try_except makes a record per frame an exception passes, 1 M in all, and
// GC_MALLOC's own path cost it 6 % of its instructions.
const TpTraceFrame* traceFrame(const TpFuncInfo* info, const TpSrcPos* pos, const TpTraceFrame* next) {
  auto* f = static_cast<TpTraceFrame*>(tp::gcMallocExact(sizeof(TpTraceFrame)));
  f->info = info;
  f->line = pos ? pos->line : 0;
  f->pos = pos;
  f->next = next;
  return f;
}

// The frame (info, pos) of a handler entered: recorded unless it is the
// frame that re-raised the exception (see tp_landing_at).
void landAt(TpValue exc, const TpFuncInfo* info, const TpSrcPos* pos) {
  TpBaseException* e = asExc(exc);
  if (!(e->reraised && e->caught_info == info)) {
    e->caught_info = info;
    e->traceback = traceFrame(info, pos, e->traceback);
  }
  e->reraised = false;
}

// The frame (info, pos) of a function the exception leaves.
void traceAdd(TpBaseException* e, const TpFuncInfo* info, const TpSrcPos* pos) {
  if (e->reraised) {
    // Re-raised in the frame that caught it: the landing recorded the frame.
    e->reraised = false;
    if (e->caught_info == info) return;
  }
  e->traceback = traceFrame(info, pos, e->traceback);
}
}  // namespace

extern "C" TpValue tp_landing(void* exn) {
  TpValue exc = caughtException(exn);
  g_current = exc;
  return exc;
}

extern "C" void tp_pending_catch(void* exn) { tp_exc_pending = caughtException(exn); }

extern "C" TpValue tp_pending_land(const TpFuncInfo* info, const TpSrcPos* pos) {
  TpValue exc = tp_exc_pending;
  tp_exc_pending = TP_NULL;
  g_current = exc;
  landAt(exc, info, pos);
  return exc;
}

extern "C" void tp_pending_traceback(const TpFuncInfo* info, const TpSrcPos* pos) {
  traceAdd(asExc(tp_exc_pending), info, pos);
}

extern "C" TpValue tp_landing_at(void* exn, const TpFuncInfo* info, const TpSrcPos* pos) {
  TpValue exc = tp_landing(exn);
  // Caught again in the frame that re-raised it: keep the original line and
  // record. Otherwise the catching frame enters the traceback now (as in
  // CPython, a caught exception's __traceback__ ends at the handler's frame).
  landAt(exc, info, pos);
  return exc;
}

extern "C" void tp_traceback_add(void* exn, const TpFuncInfo* info, const TpSrcPos* pos) {
  TpRaised* r = raisedOf(exn);
  if (!r) return;
  traceAdd(asExc(r->exc), info, pos);
}

extern "C" TpValue tp_exc_current(void) { return g_current != TP_NULL ? g_current : TP_NONE; }

extern "C" bool tp_exc_matches(TpValue exc, TpValue cls) {
  if (tp_is_tuple(cls)) {
    int64_t n = tp_tuple_size(cls);
    for (int64_t i = 0; i < n; i++)
      if (tp_exc_matches(exc, tp_tuple_get(cls, i))) return true;
    return false;
  }
  if (!isExcClass(cls)) raiseTypeError("catching classes that do not inherit from BaseException is not allowed");
  return tp_is_subtype(tp_type_of(exc), asType(cls));
}

extern "C" void tp_exc_push(TpValue exc) {
  if (g_handled_size == g_handled_cap) {
    int64_t cap = g_handled_cap ? g_handled_cap * 2 : 16;
    auto* n = static_cast<TpValue*>(GC_MALLOC(sizeof(TpValue) * (size_t)cap));
    if (g_handled_size) memcpy(n, g_handled, sizeof(TpValue) * (size_t)g_handled_size);
    g_handled = n;
    g_handled_cap = cap;
  }
  g_handled[g_handled_size++] = exc;
  g_current = exc;
}

extern "C" void tp_exc_pop(void) {
  if (g_handled_size) g_handled[--g_handled_size] = TP_NULL;
  g_current = g_handled_size ? g_handled[g_handled_size - 1] : TP_NULL;
}

void tp::throwExisting(TpValue exc) {
  asExc(exc)->reraised = false;
  throwExc(exc);
}

TpValue tp::excStackTake(int64_t depth) {
  if (g_handled_size <= depth) return TP_NULL;
  TpValue saved = tp_tuple_new(g_handled_size - depth, g_handled + depth);
  while (g_handled_size > depth) g_handled[--g_handled_size] = TP_NULL;
  return saved;
}

void tp::excStackPut(TpValue saved) {
  if (saved == TP_NULL) return;
  for (int64_t i = 0, n = tp_tuple_size(saved); i < n; i++) tp_exc_push(tp_tuple_get(saved, i));
}

extern "C" void tp_raise_unbound_local(const char* name) {
  raise(&tp_exc_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name);
}
extern "C" void tp_raise_name_error(const char* name) { raiseNameError("name '%s' is not defined", name); }
extern "C" void tp_raise_assertion(TpValue message) {
  if (message == TP_NULL) tp_raise(newException(&tp_exc_AssertionError, {}));
  tp_raise(newException(&tp_exc_AssertionError, {message}));
}

// ---------------------------------------------------------------------------
// Printing uncaught exceptions.
// ---------------------------------------------------------------------------
namespace {

struct SourceCache {
  std::map<std::string, std::vector<std::string>> files;
  const std::string* line(const char* path, int32_t n) {
    if (!path || n <= 0) return nullptr;
    auto it = files.find(path);
    if (it == files.end()) {
      std::vector<std::string> lines;
      std::ifstream in(path);
      std::string l;
      while (in && std::getline(in, l)) {
        if (!l.empty() && l.back() == '\r') l.pop_back();  // read with universal newlines, as linecache does
        lines.push_back(l);
      }
      it = files.emplace(path, std::move(lines)).first;
    }
    if ((size_t)n > it->second.size()) return nullptr;
    return &it->second[(size_t)n - 1];
  }
};

std::string strip(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\f\r\n\v");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\f\r\n\v");
  return s.substr(b, e - b + 1);
}

// The code points of UTF-8 text (an invalid byte counts as one, as
// CPython's decoding with errors="replace" does).
std::vector<int32_t> codePoints(const std::string& s) {
  std::vector<int32_t> out;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  utf8proc_ssize_t left = (utf8proc_ssize_t)s.size();
  while (left > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(p, left, &cp);
    if (n <= 0) n = 1, cp = 0xFFFD;
    out.push_back(cp);
    p += n;
    left -= n;
  }
  return out;
}

}  // namespace

// CPython 3.11's traceback module, which the interpreter's printer agrees
// with: the segment [col, end_col) of the first line is underlined with '^',
// or with '~' and '^' under its anchors; a multi-line expression to the end
// of its first line; nothing when that would underline the whole line and
// there are no anchors. Offsets count code points, except the indentation
// and underline widths, which count display columns (2 for an East Asian
// wide character), and `skipped`, which counts the line's newline too.
std::string tp::caretLine(const std::string& raw, const std::string& stripped, const TpSrcPos* p) {
  if (!p || p->col < 0 || p->end_col < 0) return "";
  std::vector<int32_t> line = codePoints(raw + "\n");
  int64_t len = (int64_t)line.size();
  int64_t stripped_len = (int64_t)codePoints(stripped).size();
  int64_t skipped = len - stripped_len;
  auto charAt = [&](int32_t byte) {  // the code point index of a byte column
    int64_t n = 0;
    for (int32_t i = 0; i < byte && i < (int32_t)raw.size(); i++)
      if ((static_cast<unsigned char>(raw[(size_t)i]) & 0xC0) != 0x80) n++;
    return n;
  };
  bool ascii = true;
  for (int32_t c : line) ascii = ascii && c < 0x80;
  auto width = [&](int64_t chars) {
    if (ascii) return chars;
    int64_t w = 0;
    for (int64_t i = 0; i < chars && i < len; i++) w += utf8proc_charwidth(line[(size_t)i]) == 2 ? 2 : 1;
    return w;
  };
  int64_t start = charAt(p->col), end = charAt(p->end_col);
  bool anchored = false;
  int64_t lo = 0, hi = 0;
  if (p->line == p->end_line) {
    if (p->anchor_lo >= 0 && p->anchor_hi >= 0) {
      anchored = true;
      lo = charAt(p->anchor_lo);
      hi = charAt(p->anchor_hi);
    }
  } else {
    end = len;  // the first line without its trailing space (and newline)
    while (end > 0 && (line[(size_t)end - 1] < 0x80 && std::isspace(line[(size_t)end - 1]))) end--;
  }
  if (!(end - start < stripped_len || (anchored && hi - lo > 0))) return "";
  auto run = [](char c, int64_t n) { return std::string((size_t)std::max<int64_t>(n, 0), c); };
  int64_t dp_start = width(start) + 1, dp_end = width(end) + 1;
  std::string out = "    " + run(' ', dp_start - skipped);
  if (anchored) {
    int64_t dp_lo = width(lo) - width(start), dp_hi = width(hi) - width(start);
    out += run('~', dp_lo) + run('^', dp_hi - dp_lo) + run('~', dp_end - dp_start - dp_hi);
  } else {
    out += run('^', dp_end - dp_start);
  }
  return out + "\n";
}

namespace {

// CPython's exception printer (traceback.TracebackException.format): every
// line goes through emit(), which indents it and adds the "| " margin of the
// exception groups it is nested in.
struct PrintCtx {
  std::string& out;
  SourceCache& cache;
  std::vector<TpValue> seen;
  int depth = 0;  // exception-group nesting
  int64_t limit = tp::kNoTracebackLimit;
  bool need_close = false;
  std::string indent() const { return std::string((size_t)(2 * depth), ' '); }
  void emit(const std::string& text, char margin = '|') {
    std::string pre = indent();
    if (depth) pre += std::string(1, margin) + " ";
    size_t i = 0;
    while (i < text.size()) {
      size_t j = text.find('\n', i);
      if (j == std::string::npos) j = text.size();
      out += pre;
      out.append(text, i, j - i);
      out += '\n';
      i = j + 1;
    }
  }
};

// The "  File ..." lines of a frame list. limit as in the traceback module:
// the first `limit` frames, or the last -limit when it is negative.
std::string formatStack(const TpTraceFrame* frames, SourceCache& cache, int64_t limit = tp::kNoTracebackLimit) {
  if (limit != tp::kNoTracebackLimit) {
    std::vector<const TpTraceFrame*> all;
    for (const TpTraceFrame* f = frames; f; f = f->next) all.push_back(f);
    size_t keep = (size_t)std::min<uint64_t>(all.size(), limit < 0 ? (uint64_t)-limit : (uint64_t)limit);
    size_t from = limit < 0 ? all.size() - keep : 0;
    // A copy of the kept records, linked in the same order.
    TpTraceFrame* head = nullptr;
    for (size_t i = from + keep; i-- > from;) {
      auto* c = static_cast<TpTraceFrame*>(GC_MALLOC(sizeof(TpTraceFrame)));
      *c = *all[i];
      c->next = head;
      head = c;
    }
    frames = head;
  }
  std::string outs;
  char buf[64];
  const TpTraceFrame* last = nullptr;
  int repeat = 0;
  auto flushRepeat = [&] {
    if (repeat > 3) {
      snprintf(buf, sizeof buf, "  [Previous line repeated %d more time%s]\n", repeat - 3, repeat - 3 == 1 ? "" : "s");
      outs += buf;
    }
  };
  // The list head is the outermost frame: frames are recorded while unwinding outwards.
  for (const TpTraceFrame* f = frames; f; f = f->next) {
    if (last && last->info == f->info && last->line == f->line) {
      repeat++;
    } else {
      flushRepeat();
      repeat = 1;
    }
    last = f;
    if (repeat > 3) continue;
    const char* file = f->info->file ? f->info->file : "<unknown>";
    outs += std::string("  File \"") + file + "\", line " + std::to_string(f->line) + ", in " +
            (f->info->name ? f->info->name : "<module>") + "\n";
    const std::string* src = cache.line(f->info->file, f->line);
    if (src) {
      std::string t = strip(*src);
      if (!t.empty()) outs += "    " + t + "\n" + tp::caretLine(*src, t, f->pos);
    }
  }
  flushRepeat();
  return outs;
}

// The exception line and the notes (format_exception_only).
std::string formatExceptionOnly(TpValue exc) {
  std::string s = exceptionLastLine(exc) + "\n";
  TpValue notes = TP_NULL;
  try {
    notes = genericGetAttr(exc, tp_str_intern("__notes__"));
  } catch (TpRaised&) {
  }
  if (notes != TP_NULL && (tp_is_list(notes) || tp_is_tuple(notes))) {
    int64_t n = tp_is_list(notes) ? tp_list_size(notes) : tp_tuple_size(notes);
    for (int64_t i = 0; i < n; i++) {
      TpValue note = tp_is_list(notes) ? tp_list_get(notes, i) : tp_tuple_get(notes, i);
      std::string text;
      try {
        text = strString(note);
      } catch (TpRaised&) {
        text = "<note str() failed>";
      }
      s += text + "\n";
    }
  } else if (notes != TP_NULL) {
    try {
      s += reprString(notes) + "\n";
    } catch (TpRaised&) {
      s += "<__notes__ repr() failed>\n";
    }
  }
  return s;
}

void formatExc(TpValue exc, PrintCtx& ctx, bool chain = true) {
  auto unseen = [&](TpValue v) {
    for (TpValue s : ctx.seen)
      if (s == v) return false;
    return true;
  };
  // The chain, innermost cause first.
  std::vector<std::pair<const char*, TpValue>> output;
  const char* msg = nullptr;
  for (TpValue e = exc; e != TP_NULL;) {
    ctx.seen.push_back(e);
    output.push_back({msg, e});
    TpBaseException* b = asExc(e);
    TpValue next = TP_NULL;
    if (!chain) {
    } else if (b->cause != TP_NONE && b->cause != TP_NULL && isExcInstance(b->cause) && unseen(b->cause)) {
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
      next = b->cause;
    } else if (!b->suppress_context && b->context != TP_NONE && b->context != TP_NULL && isExcInstance(b->context) &&
               unseen(b->context)) {
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
      next = b->context;
    }
    e = next;
  }
  for (size_t k = output.size(); k-- > 0;) {
    TpValue e = output[k].second;
    if (k + 1 < output.size() && output[k + 1].first) ctx.emit(output[k + 1].first);
    TpBaseException* b = asExc(e);
    if (!isExceptionGroup(e)) {
      std::string stack = formatStack(b->traceback, ctx.cache, ctx.limit);
      if (!stack.empty()) {
        ctx.emit("Traceback (most recent call last):\n");
        ctx.emit(stack);
      }
      ctx.emit(formatExceptionOnly(e));
      continue;
    }
    if (ctx.depth > 10) {
      ctx.emit("... (max_group_depth is 10)\n");
      continue;
    }
    bool top = ctx.depth == 0;
    if (top) ctx.depth++;
    std::string stack = formatStack(b->traceback, ctx.cache, ctx.limit);
    if (!stack.empty()) {
      ctx.emit("Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
      ctx.emit(stack);
    }
    ctx.emit(formatExceptionOnly(e));
    TpValue excs = b->extra2;
    int64_t num = tp_tuple_size(excs);
    int64_t n = num <= 15 ? num : 16;
    ctx.need_close = false;
    for (int64_t i = 0; i < n; i++) {
      bool last = i == n - 1;
      if (last) ctx.need_close = true;
      bool truncated = i >= 15;
      std::string title = truncated ? "..." : std::to_string(i + 1);
      std::string line = ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " + title + " ----------------\n";
      ctx.out += line;
      ctx.depth++;
      if (!truncated) {
        formatExc(tp_tuple_get(excs, i), ctx);
      } else {
        int64_t remaining = num - 15;
        ctx.emit("and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n");
      }
      if (last && ctx.need_close) {
        std::string close = ctx.indent() + "+------------------------------------\n";
        ctx.out += close;
        ctx.need_close = false;
      }
      ctx.depth--;
    }
    if (top) ctx.depth = 0;
  }
}

}  // namespace

std::string tp::exceptionLastLine(TpValue exc) {
  TpType* t = tp_type_of(exc);
  std::string name = t->qualname != TP_NULL ? std::string(tp_str_data(t->qualname)) : std::string(t->name);
  if (t->flags & TP_TYPE_HEAPTYPE) {
    TpValue mod = t->module;
    if (t->dict != TP_NULL) {
      TpValue m = tp_dict_getitem_str(t->dict, "__module__");
      if (m != TP_NULL) mod = m;
    }
    if (mod != TP_NULL && tp_is_str(mod)) {
      std::string m = tp_str_data(mod);
      if (m != "__main__" && m != "builtins") name = m + "." + name;
    }
  }
  std::string msg;
  try {
    TpValue s = tp_str(exc);
    msg.assign(tp_str_data(s), (size_t)tp_str_size(s));
  } catch (TpRaised&) {
    msg = "<exception str() failed>";
  }
  if (msg.empty()) return name;
  return name + ": " + msg;
}

void tp::printException(TpValue exc, FILE* out) {
  std::string text = formatException(exc, true, kNoTracebackLimit);
  fputs(text.c_str(), out);
  fflush(out);
}

std::string tp::formatException(TpValue exc, bool chain, int64_t limit) {
  std::string text;
  SourceCache cache;
  PrintCtx ctx{text, cache};
  ctx.limit = limit;
  formatExc(exc, ctx, chain);
  return text;
}

std::string tp::formatExceptionLine(TpValue exc) { return formatExceptionOnly(exc); }

