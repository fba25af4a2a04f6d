// The builtins registry (tp_builtin, registerBuiltin), module objects and
// globals (tp_module_new, tp_global_*), imports of the builtin modules
// (tp_import: sys, typing, and whatever other runtime files register, such
// as math) and of the program's compiled modules (tp_module_register,
// tp_import_from, tp_import_star), file objects for sys.stdout/stderr/stdin and open(), and the
// type-generic builtins the core owns: print, repr, type, isinstance,
// issubclass, id, hash, len, iter, next, getattr/setattr/hasattr/delattr,
// callable, input, format, ascii, vars, dir, open, object, super,
// staticmethod, classmethod, property.
//
// Global mutable state: g_builtins (the builtins dict), g_modules (the
// module registry, also sys.modules) and g_sys (the sys module). Written at
// start-up; must become locked or per-interpreter when threads arrive.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <stdio_ext.h>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "num_internal.h"
#include "runtime.h"
#include "taipan/dict.h"
#include "taipan/fastpath.h"
#include "taipan/int.h"
#include "taipan/list.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

// The native modules linked on demand (runtime.h, TP_NATIVE_MODULE), each
// named once here. Their entries are weak: null unless the link step pulled
// the module in.
#define TP_NATIVE_MODULES(X) \
  X(zlib) X(_json) X(_sqlite3) X(_random) X(_functools) X(_time) X(_hashlib) X(_re) X(_os) X(gc)
extern "C" {
#define TP_WEAK_ENTRY(NAME) void tp_native_##NAME(void) __attribute__((weak));
TP_NATIVE_MODULES(TP_WEAK_ENTRY)
#undef TP_WEAK_ENTRY
}

namespace {
TpValue g_builtins = TP_NULL;
TpValue g_modules = TP_NULL;
TpValue g_sys = TP_NULL;

TpValue builtinsDict() {
  if (g_builtins == TP_NULL) g_builtins = tp_dict_new();
  return g_builtins;
}
TpValue modulesDict() {
  if (g_modules == TP_NULL) g_modules = tp_dict_new();
  return g_modules;
}
inline TpType* asType(TpValue v) { return reinterpret_cast<TpType*>(tp_as_object(v)); }
inline bool isTypeObject(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v)->flags & TP_TYPE_TYPE_SUBCLASS) != 0;
}
}  // namespace

// ---------------------------------------------------------------------------
// Registry and modules.
// ---------------------------------------------------------------------------
void tp::registerBuiltin(const char* name, TpValue value) { tp_dict_setitem_str(builtinsDict(), name, value); }
void tp::registerBuiltinFunction(const char* name, TpNativeFn fn) {
  registerBuiltin(name, newBuiltinFunction(name, fn));
}

TpValue tp::newBuiltinModule(const char* name) {
  auto* m = allocObject<TpModule>(&tp_module_type);
  m->dict = tp_dict_new();
  m->name = tp_str_intern(name);
  tp_dict_setitem_str(m->dict, "__name__", m->name);
  tp_dict_setitem_str(m->dict, "__doc__", TP_NONE);
  TpValue mv = tp_from_object(m);
  tp_dict_setitem_str(modulesDict(), name, mv);
  return mv;
}
void tp::setModuleAttr(TpValue module, const char* name, TpValue value) {
  tp_dict_setitem_str(reinterpret_cast<TpModule*>(tp_as_object(module))->dict, name, value);
}
void tp::registerModuleFunction(TpValue module, const char* name, TpNativeFn fn) {
  setModuleAttr(module, name, newBuiltinFunction(name, fn));
}

extern "C" TpValue tp_builtin(const char* name) {
  tp_runtime_init();
  return tp_dict_getitem_str(builtinsDict(), name);
}

extern "C" TpValue tp_module_new(const char* name, const char* file) {
  tp_runtime_init();
  TpValue existing = tp_dict_getitem_str(modulesDict(), name);
  if (existing != TP_NULL && tp_type_of(existing) == &tp_module_type) {
    needModuleDict(existing);
    return reinterpret_cast<TpModule*>(tp_as_object(existing))->dict;
  }
  auto* m = allocObject<TpModule>(&tp_module_type);
  m->dict = tp_dict_new();
  m->name = tp_str_intern(name);
  tp_dict_setitem_str(m->dict, "__name__", m->name);
  tp_dict_setitem_str(m->dict, "__doc__", TP_NONE);
  tp_dict_setitem_str(m->dict, "__package__", TP_NONE);
  tp_dict_setitem_str(m->dict, "__spec__", TP_NONE);
  tp_dict_setitem_str(m->dict, "__loader__", TP_NONE);
  if (file) tp_dict_setitem_str(m->dict, "__file__", tp_str_from_cstr(file));
  TpValue bm = tp_dict_getitem_str(modulesDict(), "builtins");
  if (bm != TP_NULL) tp_dict_setitem_str(m->dict, "__builtins__", bm);
  tp_dict_setitem_str(modulesDict(), name, tp_from_object(m));
  return m->dict;
}

extern "C" TpValue tp_global_load(TpValue globals, TpValue name) {
  TpValue v = tp_dict_get(globals, name);
  if (v != TP_NULL) return v;
  v = tp_dict_get(builtinsDict(), name);
  if (v != TP_NULL) return v;
  raiseNameError("name '%s' is not defined", tp_str_data(name));
}
namespace {
// The entries index of str key `name` in dict d (known to hold it), or -1.
int64_t entryIndexOf(TpValue d, TpValue name) {
  TpDict* dd = tp_dict_object(d);
  for (int64_t i = 0; i < dd->nentries; i++)
    if (dd->entries[i].key == name) return i;
  for (int64_t i = 0; i < dd->nentries; i++) {
    TpValue k = dd->entries[i].key;
    if (k != TP_NULL && tp_is_str(k) && tp_str_eq(k, name)) return i;
  }
  return -1;
}
}  // namespace

// The miss path of a global.load site (fastpath.h TpGlobalCache): the lookup
// of tp_global_load, then the cache remembers where the value was found.
extern "C" TpValue tp_global_load_ic_slow(TpValue globals, TpValue name, TpGlobalCache* c) {
  c->gversion = 0;
  TpValue v = tp_dict_get(globals, name);
  if (v != TP_NULL) {
    int64_t i = tp_is_str(name) ? entryIndexOf(globals, name) : -1;
    if (i >= 0) {
      c->index = i;
      c->bdict = nullptr;
      c->gversion = tp_dict_object(globals)->version;
    }
    return v;
  }
  TpValue b = builtinsDict();
  v = tp_dict_get(b, name);
  if (v != TP_NULL) {
    int64_t i = tp_is_str(name) ? entryIndexOf(b, name) : -1;
    if (i >= 0) {
      c->index = i;
      c->bdict = tp_dict_object(b);
      c->bversion = tp_dict_object(b)->version;
      c->gversion = tp_dict_object(globals)->version;
    }
    return v;
  }
  raiseNameError("name '%s' is not defined", tp_str_data(name));
}

extern "C" void tp_global_store(TpValue globals, TpValue name, TpValue value) { tp_dict_setitem(globals, name, value); }
extern "C" void tp_global_del(TpValue globals, TpValue name) {
  if (!tp_dict_del(globals, name)) raiseNameError("name '%s' is not defined", tp_str_data(name));
}

// ---------------------------------------------------------------------------
// Imports. Built-in modules are created at start-up in g_modules; modules
// compiled into the program (user modules and packages) are registered by
// the main module's init (tp_module_register) and run on first import, the
// way CPython's import system does (docs/decisions/0016-modules.md).
// ---------------------------------------------------------------------------
namespace {
struct UserModule {
  std::string file;
  bool is_package;
  TpValue (*init)(void);
};
// Registered program modules by dotted name, and the ones whose body is
// running now (for the "partially initialized module" message).
std::map<std::string, UserModule>& userModules() {
  static std::map<std::string, UserModule> m;
  return m;
}
std::set<std::string>& initializing() {
  static std::set<std::string> s;
  return s;
}

[[noreturn]] void raiseModuleNotFound(const std::string& name, const std::string& message) {
  TpValue exc = newException(&tp_exc_ModuleNotFoundError, {tp_str_from_cstr(message.c_str())});
  reinterpret_cast<TpBaseException*>(tp_as_object(exc))->extra = tp_str_from_cstr(name.c_str());
  tp_raise(exc);
}

// ImportError(message) with .name (the module) and .path (its file or None).
[[noreturn]] void raiseCannotImport(const std::string& message, const std::string& module, TpValue path) {
  TpValue exc = newException(&tp_exc_ImportError, {tp_str_from_cstr(message.c_str())});
  auto* e = reinterpret_cast<TpBaseException*>(tp_as_object(exc));
  e->extra = tp_str_from_cstr(module.c_str());
  if (path != TP_NULL) e->extra2 = path;
  tp_raise(exc);
}

TpValue moduleDict(TpValue m) { return reinterpret_cast<TpModule*>(tp_as_object(m))->dict; }

// An entry's init is null when the program was linked without the module.
struct NativeModule {
  const char* name;
  void (*init)(void);
};
#define TP_TABLE_ENTRY(NAME) {#NAME, tp_native_##NAME},
const NativeModule kNativeModules[] = {TP_NATIVE_MODULES(TP_TABLE_ENTRY)};
#undef TP_TABLE_ENTRY

// Sets up a native module linked on demand the first time it is imported;
// its init registers it in sys.modules. False when NAME is not one of them
// or the program was linked without it.
bool initNativeModule(const std::string& name) {
  for (const NativeModule& m : kNativeModules)
    if (name == m.name) {
      if (m.init == nullptr) return false;
      m.init();
      return true;
    }
  return false;
}

// Imports one dotted name whose parent package (if any) is imported already.
TpValue importOne(const std::string& name) {
  TpValue m = tp_dict_getitem_str(modulesDict(), name.c_str());
  if (m != TP_NULL) return m;
  if (initNativeModule(name)) return tp_dict_getitem_str(modulesDict(), name.c_str());
  size_t dot = name.rfind('.');
  std::string parent = dot == std::string::npos ? "" : name.substr(0, dot);
  auto it = userModules().find(name);
  if (it == userModules().end()) {
    if (!parent.empty()) {
      TpValue p = tp_dict_getitem_str(modulesDict(), parent.c_str());
      if (p != TP_NULL && tp_type_of(p) == &tp_module_type && tp_dict_getitem_str(moduleDict(p), "__path__") == TP_NULL)
        raiseModuleNotFound(name, "No module named '" + name + "'; '" + parent + "' is not a package");
    }
    raiseModuleNotFound(name, "No module named '" + name + "'");
  }
  const UserModule& um = it->second;
  // Registered in sys.modules before its body runs: a circular import sees
  // the partially initialised module.
  TpValue dict = tp_module_new(name.c_str(), um.file.c_str());
  tp_dict_setitem_str(dict, "__package__", tp_str_from_cstr(um.is_package ? name.c_str() : parent.c_str()));
  if (um.is_package) {
    std::string dir = um.file.substr(0, um.file.rfind('/'));
    TpValue path = tp_list_new(0, nullptr);
    tp_list_append(path, tp_str_from_cstr(dir.c_str()));
    tp_dict_setitem_str(dict, "__path__", path);
  }
  initializing().insert(name);
  try {
    um.init();
    checkPending();
  } catch (...) {
    initializing().erase(name);
    TpValue key = tp_str_from_cstr(name.c_str());
    if (tp_dict_get(modulesDict(), key) != TP_NULL) tp_dict_del(modulesDict(), key);
    throw;
  }
  initializing().erase(name);
  m = tp_dict_getitem_str(modulesDict(), name.c_str());
  if (m == TP_NULL) raiseImportError("Loaded module %s not found in sys.modules", name.c_str());
  if (!parent.empty()) {
    TpValue p = tp_dict_getitem_str(modulesDict(), parent.c_str());
    if (p != TP_NULL) tp_setattr(p, m, tp_str_from_cstr(name.substr(dot + 1).c_str()));
  }
  return m;
}
}  // namespace

extern "C" void tp_module_register(const char* name, const char* file, int32_t is_package, TpValue (*init)(void)) {
  userModules()[name] = UserModule{file, is_package != 0, init};
}

extern "C" TpValue tp_import(const char* name) {
  tp_runtime_init();
  std::string full(name);
  TpValue m = tp_dict_getitem_str(modulesDict(), name);
  if (m != TP_NULL) return m;
  // Each enclosing package first: `import a.b.c` runs a, a.b, then a.b.c.
  for (size_t dot = full.find('.'); dot != std::string::npos; dot = full.find('.', dot + 1))
    importOne(full.substr(0, dot));
  return importOne(full);
}

extern "C" TpValue tp_import_from(TpValue module, TpValue name) {
  TpType* t = tp_type_of(module);
  TpValue v = t->getattr == nullptr ? genericGetAttr(module, name) : TP_NULL;
  if (t == &tp_module_type) {
    needModuleDict(module, name);
    v = tp_dict_get(moduleDict(module), name);
  } else if (v == TP_NULL) {
    v = getAttrOrNull(module, name);
  }
  if (v != TP_NULL) return v;
  if (t != &tp_module_type)
    raiseImportError("cannot import name '%s' from '<unknown module name>' (unknown location)", tp_str_data(name));
  std::string mod = tp_str_data(reinterpret_cast<TpModule*>(tp_as_object(module))->name);
  // `from package import submodule` imports the submodule.
  std::string sub = mod + "." + tp_str_data(name);
  if (userModules().count(sub)) return importOne(sub);
  TpValue file = tp_dict_getitem_str(moduleDict(module), "__file__");
  if (file != TP_NULL && !tp_is_str(file)) file = TP_NULL;
  std::string where = file != TP_NULL ? std::string(tp_str_data(file)) : "unknown location";
  std::string what = std::string("cannot import name '") + tp_str_data(name) + "' from ";
  if (initializing().count(mod))
    raiseCannotImport(
        what + "partially initialized module '" + mod + "' (most likely due to a circular import) (" + where + ")", mod,
        file);
  raiseCannotImport(what + "'" + mod + "' (" + where + ")", mod, file);
}

// `from module import *` into `globals`: the names in __all__, else every
// name not starting with an underscore.
extern "C" void tp_import_star(TpValue module, TpValue globals) {
  if (tp_type_of(module) != &tp_module_type) return;
  needModuleDict(module);
  TpValue dict = moduleDict(module);
  TpValue all = tp_dict_getitem_str(dict, "__all__");
  if (all != TP_NULL) {
    TpValue it = tp_iter(all);
    for (TpValue n = tp_next(it); n != TP_NULL; n = tp_next(it)) {
      if (!tp_is_str(n))
        raiseTypeError("Item in %s.__all__ must be str, not %s",
                       tp_str_data(reinterpret_cast<TpModule*>(tp_as_object(module))->name), typeName(n));
      tp_dict_setitem(globals, n, tp_getattr(module, n));
    }
    return;
  }
  int64_t pos = 0;
  TpValue k, v;
  std::vector<std::pair<TpValue, TpValue>> items;
  while (tp_dict_next(dict, &pos, &k, &v))
    if (tp_is_str(k) && tp_str_data(k)[0] != '_') items.emplace_back(k, v);
  for (auto& [key, value] : items) tp_dict_setitem(globals, key, value);
}

// ---------------------------------------------------------------------------
// File objects (text mode, UTF-8, stdio): sys.stdin/stdout/stderr. open() is io.cpp.
// ---------------------------------------------------------------------------
namespace {

struct TpFile {
  TpObject ob;
  FILE* fp;
  TpValue name;
  TpValue mode;
  bool readable, writable, closed, is_std;
};

TpFile* asFile(TpValue v) { return reinterpret_cast<TpFile*>(tp_as_object(v)); }
void checkOpen(TpFile* f) {
  if (f->closed || !f->fp) raiseValueError("I/O operation on closed file.");
}

TpValue fileRepr(TpValue self) {
  TpFile* f = asFile(self);
  std::string s =
      "<_io.TextIOWrapper name=" + reprString(f->name) + " mode=" + reprString(f->mode) + " encoding='utf-8'>";
  return tp_str_from_utf8(s.data(), (int64_t)s.size());
}

// A failed write or flush (EPIPE once the reader of a pipe has gone, ENOSPC,
// ...) raises the OSError subclass of its errno, as CPython's io does. The
// stream's buffer is dropped (__fpurge) and its error flag cleared, as
// CPython's BufferedWriter drops what a failed write could not write. A failed flush of
// stdout is remembered: CPython keeps that data and fails again at exit
// ("Exception ignored in: ...", status 120), see tp::stdoutExitFlush.
int g_stdout_flush_errno = 0;
void raiseIoError(int err) {
  tp_raise(newException(&tp_exc_OSError, {tp_small_int(err), tp_str_from_cstr(strerror(err))}));
}
void checkWritten(TpFile* f) {
  if (__builtin_expect(!ferror(f->fp), 1)) return;
  int err = errno ? errno : EIO;
  __fpurge(f->fp);
  clearerr(f->fp);
  raiseIoError(err);
}
void flushChecked(TpFile* f) {
  if (fflush(f->fp) == 0) return;
  int err = errno ? errno : EIO;
  __fpurge(f->fp);
  clearerr(f->fp);
  if (f->fp == stdout) g_stdout_flush_errno = err;
  raiseIoError(err);
}

TpValue fileWrite(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("write", nargs, 2, 2);
  TpFile* f = asFile(args[0]);
  checkOpen(f);
  if (!tp_is_str(args[1])) raiseTypeError("write() argument must be str, not %s", typeName(args[1]));
  if (!f->writable) {
    TpValue exc = newException(&tp_exc_OSError, {tp_str_from_cstr("not writable")});
    tp_raise(exc);
  }
  fwrite(tp_str_data(args[1]), 1, (size_t)tp_str_size(args[1]), f->fp);
  if (f->fp == stderr) fflush(stderr);
  checkWritten(f);
  return tp_int_from_i64(tp_str_length(args[1]));
}
TpValue fileFlush(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpFile* f = asFile(args[0]);
  if (!f->closed && f->fp) flushChecked(f);
  return TP_NONE;
}
TpValue readLine(TpFile* f) {
  std::string line;
  int c;
  while ((c = fgetc(f->fp)) != EOF) {
    line += (char)c;
    if (c == '\n') break;
  }
  return tp_str_from_utf8(line.data(), (int64_t)line.size());
}
TpValue fileReadline(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpFile* f = asFile(args[0]);
  checkOpen(f);
  return readLine(f);
}
TpValue fileRead(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("read", nargs, 1, 2);
  TpFile* f = asFile(args[0]);
  checkOpen(f);
  std::string data;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f->fp)) > 0) data.append(buf, n);
  return tp_str_from_utf8(data.data(), (int64_t)data.size());
}
TpValue fileReadlines(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpFile* f = asFile(args[0]);
  checkOpen(f);
  TpValue out = tp_list_new(0, nullptr);
  for (;;) {
    TpValue l = readLine(f);
    if (tp_str_size(l) == 0) break;
    tp_list_append(out, l);
  }
  return out;
}
TpValue fileClose(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpFile* f = asFile(args[0]);
  if (!f->closed && f->fp) {
    if (f->is_std)
      fflush(f->fp);
    else
      fclose(f->fp);
  }
  f->closed = true;
  return TP_NONE;
}
TpValue fileEnter(const TpValue* args, int64_t nargs, TpValue kwnames) { return args[0]; }
TpValue fileExit(const TpValue* args, int64_t nargs, TpValue kwnames) {
  fileClose(args, 1, TP_NULL);
  return TP_FALSE;
}
TpValue fileFileno(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpFile* f = asFile(args[0]);
  checkOpen(f);
  return tp_int_from_i64(fileno(f->fp));
}
TpValue fileIsatty(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpFile* f = asFile(args[0]);
  checkOpen(f);
  return tp_bool(isatty(fileno(f->fp)));
}
TpValue fileIter(TpValue self) {
  checkOpen(asFile(self));
  return self;
}
TpValue fileNext(TpValue self) {
  TpFile* f = asFile(self);
  checkOpen(f);
  TpValue l = readLine(f);
  return tp_str_size(l) == 0 ? TP_NULL : l;
}
TpValue fileClosed(TpValue self) { return tp_bool(asFile(self)->closed); }
TpValue fileName(TpValue self) { return asFile(self)->name; }
TpValue fileMode(TpValue self) { return asFile(self)->mode; }

const MethodDef kFileMethods[] = {
    {"write", fileWrite},         {"flush", fileFlush},   {"readline", fileReadline}, {"read", fileRead},
    {"readlines", fileReadlines}, {"close", fileClose},   {"__enter__", fileEnter},   {"__exit__", fileExit},
    {"fileno", fileFileno},       {"isatty", fileIsatty}, {nullptr, nullptr}};
const GetSetDef kFileGetSets[] = {{"closed", fileClosed}, {"name", fileName}, {"mode", fileMode}, {nullptr, nullptr}};

}  // namespace

// At exit: flushes stdout; a failure (or an explicit flush that failed
// earlier) is reported as CPython's finalisation reports it, and the exit
// status becomes 120.
int tp::stdoutExitFlush() {
  int err = 0;
  if (fflush(stdout) != 0) err = errno ? errno : EIO;
  if (!err) err = g_stdout_flush_errno;
  if (!err) return 0;
  clearerr(stdout);
  fputs("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n", stderr);
  try {
    TpValue exc = newException(&tp_exc_OSError, {tp_small_int(err), tp_str_from_cstr(strerror(err))});
    TpValue s = tp_str(exc);
    fprintf(stderr, "%s: %.*s\n", typeName(exc), (int)tp_str_size(s), tp_str_data(s));
  } catch (TpRaised&) {
    fprintf(stderr, "OSError: [Errno %d] %s\n", err, strerror(err));
  }
  return 120;
}

extern "C" TpType tp_file_type;
TpType tp_file_type = {TP_TYPE_HEAD("TextIOWrapper"), .instance_size = sizeof(TpFile), .repr = fileRepr,
                       .iter = fileIter, .next = fileNext};

namespace {

TpValue newFile(FILE* fp, TpValue name, const char* mode, bool is_std) {
  auto* f = allocObject<TpFile>(&tp_file_type);
  f->fp = fp;
  f->name = name;
  f->mode = tp_str_from_cstr(mode);
  f->readable = strchr(mode, 'r') || strchr(mode, '+');
  f->writable = strchr(mode, 'w') || strchr(mode, 'a') || strchr(mode, 'x') || strchr(mode, '+');
  f->is_std = is_std;
  return tp_from_object(f);
}

// ---------------------------------------------------------------------------
// The builtins.
// ---------------------------------------------------------------------------
TpValue sysAttr(const char* name) {
  return tp_dict_getitem_str(reinterpret_cast<TpModule*>(tp_as_object(g_sys))->dict, name);
}

void writeTo(TpValue file, const char* data, size_t n) {
  if (tp_type_of(file) == &tp_file_type) {
    TpFile* f = asFile(file);
    checkOpen(f);
    fwrite(data, 1, n, f->fp);
    checkWritten(f);
    return;
  }
  TpValue s = tp_str_from_utf8(data, (int64_t)n);
  callMethod(file, "write", &s, 1);
}

TpValue builtinPrint(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue sep = TP_NONE, end = TP_NONE, file = TP_NONE, flush = TP_FALSE;
  for (int64_t i = 0; i < kwCount(kwnames); i++) {
    const char* k = kwName(kwnames, i);
    TpValue v = args[nargs + i];
    if (!strcmp(k, "sep"))
      sep = v;
    else if (!strcmp(k, "end"))
      end = v;
    else if (!strcmp(k, "file"))
      file = v;
    else if (!strcmp(k, "flush"))
      flush = v;
    else
      raiseTypeError("'%s' is an invalid keyword argument for print()", k);
  }
  if (sep != TP_NONE && !tp_is_str(sep)) raiseTypeError("sep must be None or a string, not %s", typeName(sep));
  if (end != TP_NONE && !tp_is_str(end)) raiseTypeError("end must be None or a string, not %s", typeName(end));
  if (file == TP_NONE) {
    file = sysAttr("stdout");
    if (file == TP_NULL || file == TP_NONE) return TP_NONE;
  }
  bool native = tp_type_of(file) == &tp_file_type;
  if (native) {
    TpFile* f = asFile(file);
    checkOpen(f);
    for (int64_t i = 0; i < nargs; i++) {
      if (i) {
        if (sep == TP_NONE)
          fputc(' ', f->fp);
        else
          fwrite(tp_str_data(sep), 1, (size_t)tp_str_size(sep), f->fp);
      }
      TpValue s = tp_str(args[i]);
      fwrite(tp_str_data(s), 1, (size_t)tp_str_size(s), f->fp);
    }
    if (end == TP_NONE)
      fputc('\n', f->fp);
    else
      fwrite(tp_str_data(end), 1, (size_t)tp_str_size(end), f->fp);
    if (tp_truth(flush) || f->fp == stderr)
      flushChecked(f);
    else
      checkWritten(f);
    return TP_NONE;
  }
  for (int64_t i = 0; i < nargs; i++) {
    if (i) {
      if (sep == TP_NONE)
        writeTo(file, " ", 1);
      else
        writeTo(file, tp_str_data(sep), (size_t)tp_str_size(sep));
    }
    TpValue s = tp_str(args[i]);
    callMethod(file, "write", &s, 1);
  }
  if (end == TP_NONE)
    writeTo(file, "\n", 1);
  else
    callMethod(file, "write", &end, 1);
  if (tp_truth(flush)) callMethod(file, "flush", nullptr, 0);
  return TP_NONE;
}

TpValue builtinRepr(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("repr", kwnames);
  checkArgCount("repr", nargs, 1, 1);
  return tp_repr(args[0]);
}
TpValue builtinAscii(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("ascii", kwnames);
  checkArgCount("ascii", nargs, 1, 1);
  return tp_ascii(args[0]);
}
TpValue builtinFormat(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("format", kwnames);
  checkArgCount("format", nargs, 1, 2);
  TpValue spec = nargs > 1 ? args[1] : tp_str_empty();
  if (!tp_is_str(spec)) raiseTypeError("format() argument 2 must be str, not %s", typeName(spec));
  return tp_format(args[0], spec);
}

// The __instancecheck__ / __subclasscheck__ a user metaclass of `cls`
// defines (type's own are the plain subtype tests): TP_NULL if none.
bool metaOverrides(TpValue cls, const char* name) {
  TpType* mt = tp_type_of(cls);
  if (mt == &tp_type_type || !(mt->flags & TP_TYPE_HEAPTYPE)) return false;
  TpValue f = lookupTypeCStr(mt, name);
  return f != TP_NULL && f != tp_dict_getitem_str(typeDict(&tp_type_type), name);
}

bool isSubclassOf(TpValue cls, TpValue classinfo, const char* fname) {
  if (tp_is_tuple(classinfo)) {
    for (int64_t i = 0; i < tp_tuple_size(classinfo); i++)
      if (isSubclassOf(cls, tp_tuple_get(classinfo, i), fname)) return true;
    return false;
  }
  if (isTypeObject(classinfo) && metaOverrides(classinfo, "__subclasscheck__"))
    return tp_truth(callMethodIfExists(classinfo, "__subclasscheck__", &cls, 1));
  if (!isTypeObject(classinfo)) {
    TpValue check = callMethodIfExists(classinfo, "__subclasscheck__", &cls, 1);
    if (check != TP_NULL) return tp_truth(check);
    raiseTypeError("%s() arg 2 must be a type, a tuple of types, or a union", fname);
  }
  return tp_is_subtype(asType(cls), asType(classinfo));
}

// isinstance(obj, classinfo): the exact type first, then a metaclass's
// __instancecheck__, then the subtype test.
bool isInstanceOf(TpValue obj, TpValue classinfo) {
  TpValue cls = tp_from_object(tp_type_of(obj));
  if (cls == classinfo) return true;
  if (tp_is_tuple(classinfo)) {
    for (int64_t i = 0; i < tp_tuple_size(classinfo); i++)
      if (isInstanceOf(obj, tp_tuple_get(classinfo, i))) return true;
    return false;
  }
  if (isTypeObject(classinfo)) {
    if (metaOverrides(classinfo, "__instancecheck__"))
      return tp_truth(callMethodIfExists(classinfo, "__instancecheck__", &obj, 1));
    return tp_is_subtype(asType(cls), asType(classinfo));
  }
  TpValue check = callMethodIfExists(classinfo, "__instancecheck__", &obj, 1);
  if (check != TP_NULL) return tp_truth(check);
  return isSubclassOf(cls, classinfo, "isinstance");
}

}  // namespace

bool tp::isInstanceOfClass(TpValue obj, TpValue classinfo) { return isInstanceOf(obj, classinfo); }

// The builtins whose calls compiled code makes through tp_call_len & co.
// (fastpath.h), and those calls' out-of-line halves.
TpValue tp_builtin_len_obj = TP_NULL;
TpValue tp_builtin_isinstance_obj = TP_NULL;
TpValue tp_builtin_ord_obj = TP_NULL;
TpValue tp_builtin_repr_obj = TP_NULL;

extern "C" TpValue tp_isinstance_slow(TpValue x, TpValue cls) { return tp_bool(isInstanceOf(x, cls)); }

extern "C" TpValue tp_len_slow(TpValue x) {
  TpType* t = tp_type_of(x);
  if (!t->len) raiseTypeError("object of type '%s' has no len()", t->name);
  return tp_int_from_i64(t->len(x));
}

namespace {

TpValue builtinIsinstance(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("isinstance", kwnames);
  checkArgCount("isinstance", nargs, 2, 2);
  return tp_isinstance_slow(args[0], args[1]);
}
TpValue builtinIssubclass(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("issubclass", kwnames);
  checkArgCount("issubclass", nargs, 2, 2);
  if (!isTypeObject(args[0])) raiseTypeError("issubclass() arg 1 must be a class");
  return tp_bool(isSubclassOf(args[0], args[1], "issubclass"));
}
TpValue builtinId(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("id", kwnames);
  checkArgCount("id", nargs, 1, 1);
  return tp_int_from_u64(args[0]);
}
TpValue builtinHash(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("hash", kwnames);
  checkArgCount("hash", nargs, 1, 1);
  return tp_int_from_i64(hashValue(args[0]));
}
TpValue builtinLen(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("len", kwnames);
  checkArgCount("len", nargs, 1, 1);
  return tp_len_slow(args[0]);
}
TpValue builtinCallable(const TpValue* args, int64_t nargs, TpValue kwnames);

// iter(callable, sentinel): calls the callable until it returns a value
// equal to the sentinel.
struct TpCallableIter {
  TpObject ob;
  TpValue callable;
  TpValue sentinel;
};
TpValue callableIterSelf(TpValue self) { return self; }
TpValue callableIterNext(TpValue self) {
  auto* it = reinterpret_cast<TpCallableIter*>(tp_as_object(self));
  if (it->callable == TP_NULL) return TP_NULL;
  TpValue v = tp_call(it->callable, nullptr, 0, TP_NULL);
  if (tp_truth(tp_compare(v, it->sentinel, TP_CMP_EQ))) {
    it->callable = TP_NULL;
    return TP_NULL;
  }
  return v;
}
TpType tp_callable_iterator_type = {TP_TYPE_HEAD("callable_iterator"), .instance_size = sizeof(TpCallableIter),
                                    .iter = callableIterSelf, .next = callableIterNext};

TpValue builtinIter(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("iter", kwnames);
  checkArgCount("iter", nargs, 1, 2);
  if (nargs == 2) {
    if (!tp_truth(builtinCallable(args, 1, TP_NULL))) raiseTypeError("iter(v, w): v must be callable");
    auto* it = allocObject<TpCallableIter>(&tp_callable_iterator_type);
    it->callable = args[0];
    it->sentinel = args[1];
    return tp_from_object(it);
  }
  return tp_iter(args[0]);
}
TpValue builtinNext(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("next", kwnames);
  checkArgCount("next", nargs, 1, 2);
  TpType* t = tp_type_of(args[0]);
  if (!t->next) raiseTypeError("'%s' object is not an iterator", t->name);
  TpValue v = t->next(args[0]);
  if (v != TP_NULL) return v;
  if (nargs == 2) return args[1];
  raiseStopIteration(iterReturnValue(args[0]));
}
TpValue attrName(TpValue v, const char* fname) {
  if (!tp_is_str(v)) raiseTypeError("attribute name must be string, not '%s'", typeName(v));
  return v;
}
TpValue builtinGetattr(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("getattr", kwnames);
  checkArgCount("getattr", nargs, 2, 3);
  TpValue name = attrName(args[1], "getattr");
  if (nargs == 2) return tp_getattr(args[0], name);
  TpValue v = getAttrOrNull(args[0], name);
  return v != TP_NULL ? v : args[2];
}
TpValue builtinSetattr(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("setattr", kwnames);
  checkArgCount("setattr", nargs, 3, 3);
  tp_setattr(args[0], args[2], attrName(args[1], "setattr"));
  return TP_NONE;
}
TpValue builtinDelattr(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("delattr", kwnames);
  checkArgCount("delattr", nargs, 2, 2);
  tp_delattr(args[0], attrName(args[1], "delattr"));
  return TP_NONE;
}
TpValue builtinHasattr(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("hasattr", kwnames);
  checkArgCount("hasattr", nargs, 2, 2);
  TpValue name = attrName(args[1], "hasattr");
  return tp_bool(getAttrOrNull(args[0], name) != TP_NULL);
}
TpValue builtinCallable(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("callable", kwnames);
  checkArgCount("callable", nargs, 1, 1);
  TpType* t = tp_type_of(args[0]);
  return tp_bool(t->call != nullptr || t == &tp_function_type || t == &tp_builtin_function_type ||
                 t == &tp_method_type);
}
TpValue builtinInput(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("input", kwnames);
  checkArgCount("input", nargs, 0, 1);
  TpValue out = sysAttr("stdout");
  if (nargs == 1) {
    TpValue s = tp_str(args[0]);
    writeTo(out, tp_str_data(s), (size_t)tp_str_size(s));
  }
  if (tp_type_of(out) == &tp_file_type)
    fflush(asFile(out)->fp);
  else
    callMethodIfExists(out, "flush", nullptr, 0);
  TpValue in = sysAttr("stdin");
  TpValue line;
  if (tp_type_of(in) == &tp_file_type) {
    checkOpen(asFile(in));
    line = readLine(asFile(in));
  } else {
    line = callMethod(in, "readline", nullptr, 0);
  }
  int64_t n = tp_str_size(line);
  if (n == 0) raise(&tp_exc_EOFError, "EOF when reading a line");
  if (tp_str_data(line)[n - 1] == '\n') n--;
  return tp_str_from_utf8(tp_str_data(line), n);
}
TpValue builtinVars(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("vars", kwnames);
  checkArgCount("vars", nargs, 1, 1);
  try {
    return tp_getattr(args[0], tp_str_intern("__dict__"));
  } catch (TpRaised& r) {
    if (!excIsInstance(r.exc, &tp_exc_AttributeError)) throw;
    raiseTypeError("vars() argument must have __dict__ attribute");
  }
}
// globals(): the __main__ module's dict (Taipan programs are one module).
// Module code that names `globals` keeps every global in that dict, so
// reads and writes through it are seen by the program.
TpValue builtinGlobals(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("globals", kwnames);
  checkArgCount("globals", nargs, 0, 0);
  TpValue m = tp_dict_getitem_str(modulesDict(), "__main__");
  if (m == TP_NULL || tp_type_of(m) != &tp_module_type) return tp_dict_new();
  needModuleDict(m);
  return reinterpret_cast<TpModule*>(tp_as_object(m))->dict;
}
// breakpoint(): there is no debugger to enter; does nothing.
TpValue builtinBreakpoint(const TpValue* args, int64_t nargs, TpValue kwnames) { return TP_NONE; }
// __import__(name): the builtin and runtime modules Taipan knows.
TpValue builtinImport(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__import__", nargs, 1, 5);
  if (!tp_is_str(args[0])) raiseTypeError("__import__() argument 1 must be str, not %s", typeName(args[0]));
  std::string name(tp_str_view(args[0]));
  if (name.empty()) raiseValueError("Empty module name");
  tp_import(name.c_str());
  return tp_import(name.substr(0, name.find('.')).c_str());
}
TpValue builtinDir(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("dir", kwnames);
  checkArgCount("dir", nargs, 1, 1);
  TpValue names = tp_dict_new();
  TpValue obj = args[0];
  auto addKeys = [&](TpValue d) {
    if (d == TP_NULL || !tp_is_dict(d)) return;
    int64_t pos = 0;
    TpValue k;
    while (tp_dict_next(d, &pos, &k, nullptr)) tp_dict_setitem(names, k, TP_NONE);
  };
  TpType* t = tp_type_of(obj);
  if (t == &tp_module_type) {
    needModuleDict(obj);
    addKeys(reinterpret_cast<TpModule*>(tp_as_object(obj))->dict);
  } else {
    TpType* scan = isTypeObject(obj) ? asType(obj) : t;
    if (!isTypeObject(obj) && t->dict_offset && tp_is_object(obj)) {
      // Attributes held in instance slots are instance-dict entries too.
      std::vector<TpValue> slot_names;
      presentSlotNames(obj, slot_names);
      for (TpValue k : slot_names) tp_dict_setitem(names, k, TP_NONE);
      addKeys(tp_instance_dict(tp_as_object(obj), t));
    }
    for (int64_t i = 0; i < tp_tuple_size(scan->mro); i++) {
      TpType* c = asType(tp_tuple_get(scan->mro, i));
      addKeys(typeDict(c));
      // The getsets CPython keeps in a class without __slots__.
      if ((c->flags & TP_TYPE_HEAPTYPE) && c->dict != TP_NULL && tp_dict_getitem_str(c->dict, "__slots__") == TP_NULL &&
          !tp_is_subtype(c, &tp_exc_BaseException))
        for (const char* n : {"__dict__", "__weakref__"}) tp_dict_setitem(names, tp_str_intern(n), TP_NONE);
    }
    // Served by attribute lookup itself rather than by a type dict.
    for (const char* n : {"__class__", "__doc__"}) tp_dict_setitem(names, tp_str_intern(n), TP_NONE);
  }
  TpValue list = tp_list_new(0, nullptr);
  int64_t pos = 0;
  TpValue k;
  while (tp_dict_next(names, &pos, &k, nullptr)) tp_list_append(list, k);
  tp_list_sort(list, TP_NULL, false);
  return list;
}

// ---- sys ----
TpValue sysExit(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("exit", kwnames);
  checkArgCount("exit", nargs, 0, 1);
  if (nargs == 0) tp_raise(newException(&tp_exc_SystemExit, {}));
  tp_raise(newException(&tp_exc_SystemExit, {args[0]}));
}
TpValue sysGetRecursionLimit(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("getrecursionlimit", nargs, 0, 0);
  return tp_small_int(recursionLimit());
}
TpValue sysSetRecursionLimit(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("setrecursionlimit", kwnames);
  checkArgCount("setrecursionlimit", nargs, 1, 1);
  setRecursionLimit(args[0]);
  return TP_NONE;
}
TpValue sysIntern(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("intern", nargs, 1, 1);
  if (!tp_is_str(args[0])) raiseTypeError("intern() argument must be str, not %s", typeName(args[0]));
  return tp_const_str(tp_str_data(args[0]), tp_str_size(args[0]));
}

// sys.exception() / sys.exc_info(): the exception being handled, if any.
TpValue sysException(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("exception", nargs, 0, 0);
  return tp_exc_current();
}
TpValue sysExcInfo(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("exc_info", nargs, 0, 0);
  TpValue e = tp_exc_current();
  TpValue info[3] = {TP_NONE, TP_NONE, TP_NONE};
  if (e != TP_NONE) {
    info[0] = tp_from_object(tp_type_of(e));
    info[1] = e;
    info[2] = tp_getattr(e, tp_str_intern("__traceback__"));
  }
  return tp_tuple_new(3, info);
}

TpValue sysGetIntMaxStrDigits(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("get_int_max_str_digits", nargs, 0, 0);
  return tp_int_from_i64(taipan::num::g_int_max_str_digits);
}
TpValue sysSetIntMaxStrDigits(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[1];
  parseArgs("set_int_max_str_digits", args, nargs, kwnames, {"maxdigits"}, 1, 0, a);
  int64_t n = tp_int_as_i64(a[0]);
  if (n != 0 && n < 640) raiseValueError("maxdigits must be 0 or larger than 640");
  taipan::num::g_int_max_str_digits = n;
  return TP_NONE;
}

void initSys() {
  g_sys = newBuiltinModule("sys");
  setModuleAttr(g_sys, "argv", tp_list_new(0, nullptr));
  setModuleAttr(g_sys, "stdout", newFile(stdout, tp_str_intern("<stdout>"), "w", true));
  setModuleAttr(g_sys, "stderr", newFile(stderr, tp_str_intern("<stderr>"), "w", true));
  setModuleAttr(g_sys, "stdin", newFile(stdin, tp_str_intern("<stdin>"), "r", true));
  setModuleAttr(g_sys, "__stdout__", sysAttr("stdout"));
  setModuleAttr(g_sys, "__stderr__", sysAttr("stderr"));
  setModuleAttr(g_sys, "__stdin__", sysAttr("stdin"));
  setModuleAttr(g_sys, "maxsize", tp_int_from_i64(INT64_MAX));
  setModuleAttr(g_sys, "byteorder", tp_str_intern("little"));
  setModuleAttr(g_sys, "platform", tp_str_intern("linux"));
  setModuleAttr(g_sys, "version", tp_str_intern("3.12.0 (taipan)"));
  TpValue vi[5] = {tp_small_int(3), tp_small_int(12), tp_small_int(0), tp_str_intern("final"), tp_small_int(0)};
  setModuleAttr(g_sys, "version_info", tp_tuple_new(5, vi));
  setModuleAttr(g_sys, "executable", tp_str_empty());
  setModuleAttr(g_sys, "path", tp_list_new(0, nullptr));
  setModuleAttr(g_sys, "modules", modulesDict());
  setModuleAttr(g_sys, "builtin_module_names", tp_tuple_new(0, nullptr));
  registerModuleFunction(g_sys, "exit", sysExit);
  registerModuleFunction(g_sys, "getrecursionlimit", sysGetRecursionLimit);
  registerModuleFunction(g_sys, "setrecursionlimit", sysSetRecursionLimit);
  registerModuleFunction(g_sys, "intern", sysIntern);
  registerModuleFunction(g_sys, "exception", sysException);
  registerModuleFunction(g_sys, "exc_info", sysExcInfo);
  registerModuleFunction(g_sys, "get_int_max_str_digits", sysGetIntMaxStrDigits);
  registerModuleFunction(g_sys, "set_int_max_str_digits", sysSetIntMaxStrDigits);
}

// abc.abstractmethod: marks the function; tp_class_new collects the names
// into __abstractmethods__ for classes deriving from abc.ABC.
TpValue abcAbstractmethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("abstractmethod", nargs, 1, 1);
  try {
    tp_setattr(args[0], TP_TRUE, tp_str_intern("__isabstractmethod__"));
  } catch (TpRaised&) {
  }
  return args[0];
}

// ABCMeta's virtual subclasses: ABCMeta.register stores them in the class's
// own "_abc_registry" list; __subclasscheck__ consults, in CPython's order,
// the real subtype test, __subclasshook__, the registry, and the registries
// of the class's subclasses.
bool abcSubclassCheck(TpValue cls, TpValue sub) {
  if (!isTypeObject(sub)) raiseTypeError("issubclass() arg 1 must be a class");
  if (tp_is_subtype(asType(sub), asType(cls))) return true;
  TpValue hook = getAttrOrNull(cls, tp_str_intern("__subclasshook__"));
  if (hook != TP_NULL) {
    TpValue r = tp_call(hook, &sub, 1, TP_NULL);
    if (r != tp_from_object(&tp_NotImplemented_object)) return tp_truth(r);
  }
  TpValue reg = tp_dict_getitem_str(typeDict(asType(cls)), "_abc_registry");
  if (reg != TP_NULL && tp_is_list(reg))
    for (int64_t i = 0; i < tp_list_size(reg); i++)
      if (isSubclassOf(sub, tp_list_get(reg, i), "issubclass")) return true;
  TpValue subs = callMethod(cls, "__subclasses__", nullptr, 0);
  for (int64_t i = 0; i < tp_list_size(subs); i++)
    if (isSubclassOf(sub, tp_list_get(subs, i), "issubclass")) return true;
  return false;
}
TpValue abcRegister(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("register", kwnames);
  checkArgCount("register", nargs - 1, 1, 1);
  TpValue cls = args[0], sub = args[1];
  if (!isTypeObject(sub)) raiseTypeError("Can only register classes");
  if (isSubclassOf(sub, cls, "issubclass")) return sub;
  if (isSubclassOf(cls, sub, "issubclass")) raise(&tp_exc_RuntimeError, "Refusing to create an inheritance cycle");
  TpValue reg = tp_dict_getitem_str(typeDict(asType(cls)), "_abc_registry");
  if (reg == TP_NULL) {
    reg = tp_list_new(0, nullptr);
    tp_dict_setitem_str(asType(cls)->dict, "_abc_registry", reg);
    typeModified(asType(cls));
  }
  tp_list_append(reg, sub);
  return sub;
}
TpValue abcSubclassCheckMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("__subclasscheck__", kwnames);
  checkArgCount("__subclasscheck__", nargs - 1, 1, 1);
  return tp_bool(abcSubclassCheck(args[0], args[1]));
}
TpValue abcInstanceCheckMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("__instancecheck__", kwnames);
  checkArgCount("__instancecheck__", nargs - 1, 1, 1);
  TpValue t = tp_from_object(tp_type_of(args[1]));
  if (tp_is_subtype(asType(t), asType(args[0]))) return TP_TRUE;
  return tp_bool(abcSubclassCheck(args[0], t));
}

void initAbc() {
  TpValue m = newBuiltinModule("abc");
  // ABCMeta: a metaclass (subclass of type) whose classes get
  // __abstractmethods__; ABC is its plain instance.
  TpValue mns = tp_dict_new();
  tp_dict_setitem_str(mns, "__module__", tp_str_intern("abc"));
  TpValue type_base = tp_from_object(&tp_type_type);
  TpValue meta = tp_class_new(tp_str_intern("ABCMeta"), tp_tuple_new(1, &type_base), mns);
  tp_abc_meta = asType(meta);
  TpValue mdict = tp_abc_meta->dict;
  tp_dict_setitem_str(mdict, "register", newBuiltinFunction("register", abcRegister, tp_abc_meta));
  tp_dict_setitem_str(mdict, "__subclasscheck__",
                      newBuiltinFunction("__subclasscheck__", abcSubclassCheckMethod, tp_abc_meta));
  tp_dict_setitem_str(mdict, "__instancecheck__",
                      newBuiltinFunction("__instancecheck__", abcInstanceCheckMethod, tp_abc_meta));
  TpValue ns = tp_dict_new();
  tp_dict_setitem_str(ns, "__module__", tp_str_intern("abc"));
  tp_dict_setitem_str(ns, "_abc_impl", TP_TRUE);
  TpValue abc = call(meta, {tp_str_intern("ABC"), tp_tuple_new(0, nullptr), ns});
  setModuleAttr(m, "ABC", abc);
  setModuleAttr(m, "ABCMeta", meta);
  registerModuleFunction(m, "abstractmethod", abcAbstractmethod);
  for (const char* d : {"abstractproperty"}) setModuleAttr(m, d, tp_from_object(&tp_property_type));
  setModuleAttr(m, "abstractclassmethod", tp_from_object(&tp_classmethod_type));
  setModuleAttr(m, "abstractstaticmethod", tp_from_object(&tp_staticmethod_type));
}

void initFuture() {
  TpValue m = newBuiltinModule("__future__");
  for (const char* f : {"annotations", "division", "absolute_import", "print_function", "unicode_literals",
                        "generator_stop", "nested_scopes", "generators", "with_statement"})
    setModuleAttr(m, f, TP_TRUE);
}

}  // namespace

// ---------------------------------------------------------------------------
// Start-up registration.
// ---------------------------------------------------------------------------
void tp::initBuiltins() {
  readyType(&tp_file_type, kFileMethods, kFileGetSets, true);
  readyType(&tp_callable_iterator_type, nullptr, nullptr, true);
  registerBuiltin("object", tp_from_object(&tp_object_type));
  registerBuiltin("type", tp_from_object(&tp_type_type));
  registerBuiltin("super", tp_from_object(&tp_super_type));
  registerBuiltin("staticmethod", tp_from_object(&tp_staticmethod_type));
  registerBuiltin("classmethod", tp_from_object(&tp_classmethod_type));
  registerBuiltin("property", tp_from_object(&tp_property_type));
  registerBuiltin("None", TP_NONE);
  registerBuiltin("True", TP_TRUE);
  registerBuiltin("False", TP_FALSE);
  registerBuiltin("NotImplemented", tp_from_object(&tp_NotImplemented_object));
  registerBuiltin("Ellipsis", tp_from_object(&tp_Ellipsis_object));
  registerBuiltin("__debug__", TP_TRUE);
  registerBuiltinFunction("print", builtinPrint);
  registerBuiltinFunction("repr", builtinRepr);
  tp_builtin_repr_obj = tp_builtin("repr");
  registerBuiltinFunction("ascii", builtinAscii);
  registerBuiltinFunction("format", builtinFormat);
  registerBuiltinFunction("isinstance", builtinIsinstance);
  tp_builtin_isinstance_obj = tp_builtin("isinstance");
  registerBuiltinFunction("issubclass", builtinIssubclass);
  registerBuiltinFunction("id", builtinId);
  registerBuiltinFunction("hash", builtinHash);
  registerBuiltinFunction("len", builtinLen);
  tp_builtin_len_obj = tp_builtin("len");
  registerBuiltinFunction("iter", builtinIter);
  registerBuiltinFunction("next", builtinNext);
  initAsyncBuiltins();
  registerBuiltinFunction("getattr", builtinGetattr);
  registerBuiltinFunction("setattr", builtinSetattr);
  registerBuiltinFunction("delattr", builtinDelattr);
  registerBuiltinFunction("hasattr", builtinHasattr);
  registerBuiltinFunction("callable", builtinCallable);
  registerBuiltinFunction("input", builtinInput);
  registerBuiltinFunction("vars", builtinVars);
  registerBuiltinFunction("dir", builtinDir);
  registerBuiltinFunction("globals", builtinGlobals);
  // locals() called directly is compiled inline (the function's locals);
  // the builtin itself (reached indirectly) answers the module's dict.
  registerBuiltin("locals", newBuiltinFunction("locals", builtinGlobals));
  registerBuiltinFunction("breakpoint", builtinBreakpoint);
  registerBuiltin("exit", newBuiltinFunction("exit", sysExit));
  registerBuiltin("quit", newBuiltinFunction("quit", sysExit));
  registerBuiltinFunction("__import__", builtinImport);
  initSys();
  tp::initTyping();
  tp::initIo();
  tp::initSysInfo(g_sys);
  tp::initDeque();
  tp::initTraceback(g_sys);
  initAbc();
  initFuture();
  initExtraDunders();
  TpValue bm = newBuiltinModule("builtins");
  reinterpret_cast<TpModule*>(tp_as_object(bm))->dict = builtinsDict();
}

// ---------------------------------------------------------------------------
// sys.argv (called by tp_main).
// ---------------------------------------------------------------------------
void setSysArgv(int argc, char** argv) {
  TpValue list = tp_list_new(0, nullptr);
  for (int i = 0; i < argc; i++) tp_list_append(list, tp_str_from_cstr(argv[i]));
  setModuleAttr(g_sys, "argv", list);
}
