// The sys module's descriptive attributes (issue #6): the struct sequences
// version_info, float_info, int_info, hash_info and flags (tuple subclasses
// whose fields are also attributes, with CPython's reprs), maxunicode,
// executable, getsizeof (an approximation: the object's allocated size as
// the runtime lays it out; documented in language-support.md), and the
// encoding queries. Struct-sequence classes are made with type() and
// property(), so they behave as CPython's do for indexing, comparison,
// unpacking and attribute access.
#include <float.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>

#include <algorithm>
#include <string>

#include "seq_internal.h"
#include "taipan/float.h"

using namespace tp;

namespace {

template <int I>
TpValue fieldGet(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_tuple_get(args[0], I);
}
const TpNativeFn kGetters[] = {fieldGet<0>, fieldGet<1>, fieldGet<2>, fieldGet<3>,  fieldGet<4>,  fieldGet<5>,
                               fieldGet<6>, fieldGet<7>, fieldGet<8>, fieldGet<9>, fieldGet<10>, fieldGet<11>};

// repr: "module.name(field=value, ...)" from the class's _fields.
TpValue structSeqRepr(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue self = args[0];
  TpType* t = tp_type_of(self);
  TpValue fields = tp_dict_getitem_str(t->dict, "_fields");
  TpValue full = tp_dict_getitem_str(t->dict, "_repr_name");
  std::string s = strString(full) + "(";
  int64_t n = tp_tuple_size(fields);
  for (int64_t i = 0; i < n; i++) {
    if (i) s += ", ";
    s += strString(tp_tuple_get(fields, i)) + "=" + strString(tp_repr(tp_tuple_get(self, i)));
  }
  s += ")";
  return tp_str_from(s);
}

// A struct-sequence instance: a new tuple subclass `repr_name` with one property per field.
TpValue structSeq(const char* repr_name, std::initializer_list<const char*> fields, std::initializer_list<TpValue> values) {
  TpValue ns = tp_dict_new();
  const char* dot = strrchr(repr_name, '.');
  tp_dict_setitem_str(ns, "__module__", tp_str_from_utf8(repr_name, dot ? dot - repr_name : 0));
  TpValue names = tp_tuple_new((int64_t)fields.size(), nullptr);
  int i = 0;
  TpValue property = tp_builtin("property");
  for (const char* f : fields) {
    tp_tuple_items(names)[i] = tp_str_intern(f);
    TpValue getter = newBuiltinFunction(f, kGetters[i]);
    tp_dict_setitem_str(ns, f, tp_call(property, &getter, 1, TP_NULL));
    i++;
  }
  tp_dict_setitem_str(ns, "_fields", names);
  // Method descriptors owned by tuple, so they bind to the struct sequence's instances.
  tp_dict_setitem_str(ns, "__repr__", newBuiltinFunction("__repr__", structSeqRepr, &tp_tuple_type));
  tp_dict_setitem_str(ns, "__str__", newBuiltinFunction("__str__", structSeqRepr, &tp_tuple_type));
  tp_dict_setitem_str(ns, "_repr_name", tp_str_from_cstr(repr_name));
  tp_dict_setitem_str(ns, "n_fields", tp_int_from_i64((int64_t)fields.size()));
  tp_dict_setitem_str(ns, "n_sequence_fields", tp_int_from_i64((int64_t)fields.size()));
  tp_dict_setitem_str(ns, "n_unnamed_fields", tp_small_int(0));
  TpValue base = tp_from_object(&tp_tuple_type);
  TpValue targs[3] = {tp_str_from_cstr(dot ? dot + 1 : repr_name), tp_tuple_new(1, &base), ns};
  TpValue cls = tp_call(tp_from_object(&tp_type_type), targs, 3, TP_NULL);
  TpValue items = tp_tuple_new((int64_t)values.size(), values.begin());
  return tp_call(cls, &items, 1, TP_NULL);
}

TpValue sysGetsizeof(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("getsizeof", nargs, 1, 2);
  TpValue v = args[0];
  // An approximation of CPython's figures from the runtime's own layouts.
  if (tp_is_small_int(v)) return tp_small_int(28);
  if (v == TP_NONE) return tp_small_int(16);
  if (v == TP_TRUE || v == TP_FALSE) return tp_small_int(28);
  if (tp_is_str(v)) return tp_int_from_i64(49 + tp_str_size(v));
  if (tp_is_float(v)) return tp_small_int(24);
  if (tp_is_list(v)) return tp_int_from_i64(56 + 8 * tp_list_size(v));
  if (tp_is_tuple(v)) return tp_int_from_i64(40 + 8 * tp_tuple_size(v));
  if (tp_is_dict(v)) return tp_int_from_i64(64 + 24 * tp_dict_size(v));
  TpType* t = tp_type_of(v);
  return tp_int_from_i64(t->instance_size > 0 ? t->instance_size : 16);
}

TpValue sysGetDefaultEncoding(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("getdefaultencoding", nargs, 0, 0);
  return tp_str_intern("utf-8");
}

TpValue sysGetFsEncodingErrors(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_str_intern("surrogateescape");
}

}  // namespace

namespace {
TpValue g_lazy_sys = TP_NULL;  // the sys module while its struct sequences are pending

void setStructSeqs(TpValue sys) {
  setModuleAttr(
      sys, "version_info",
      structSeq("sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"},
                {tp_small_int(3), tp_small_int(12), tp_small_int(0), tp_str_intern("final"), tp_small_int(0)}));
  setModuleAttr(
      sys, "float_info",
      structSeq("sys.float_info",
                {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
                 "radix", "rounds"},
                {tp_float_box(DBL_MAX), tp_small_int(DBL_MAX_EXP), tp_small_int(DBL_MAX_10_EXP), tp_float_box(DBL_MIN),
                 tp_small_int(DBL_MIN_EXP), tp_small_int(DBL_MIN_10_EXP), tp_small_int(DBL_DIG),
                 tp_small_int(DBL_MANT_DIG), tp_float_box(DBL_EPSILON), tp_small_int(FLT_RADIX), tp_small_int(1)}));
  setModuleAttr(sys, "int_info",
                structSeq("sys.int_info",
                          {"bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"},
                          {tp_small_int(30), tp_small_int(4), tp_small_int(4300), tp_small_int(640)}));
  setModuleAttr(sys, "hash_info",
                structSeq("sys.hash_info", {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                                            "seed_bits", "cutoff"},
                          {tp_small_int(64), tp_int_from_i64(2305843009213693951), tp_small_int(314159),
                           tp_small_int(0), tp_small_int(1000003), tp_str_intern("siphash13"), tp_small_int(64),
                           tp_small_int(128), tp_small_int(0)}));
  setModuleAttr(sys, "flags",
                structSeq("sys.flags",
                          {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
                           "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization"},
                          {tp_small_int(0), tp_small_int(0), tp_small_int(0), tp_small_int(0), tp_small_int(0),
                           tp_small_int(0), tp_small_int(0), tp_small_int(0), tp_small_int(0), tp_small_int(0),
                           tp_small_int(0), tp_small_int(1)}));
}
}  // namespace

namespace tp {

bool g_sys_structs_pending = false;

// Each of the five is a new class made with type() (about 50,000
// instructions apiece): a program that never reads them does not pay.
void makeSysStructs(TpValue module, TpValue name) {
  if (module == TP_NULL) module = g_lazy_sys;
  if (!g_sys_structs_pending || module != g_lazy_sys) return;
  if (name != TP_NULL) {
    if (!tp_is_str(name)) return;
    const char* n = tp_str_data(name);
    bool needed = false;
    for (const char* k : {"version_info", "float_info", "int_info", "hash_info", "flags", "__dict__"})
      needed = needed || !strcmp(n, k);
    if (!needed) return;
  }
  g_sys_structs_pending = false;
  g_lazy_sys = TP_NULL;
  TpValue subs = tp_tuple_type.subclasses;
  int64_t before = subs != TP_NULL ? tp_list_size(subs) : 0;
  setStructSeqs(module);
  // Their classes come first in tuple.__subclasses__(), where start-up put
  // them: before any tuple subclass the program made since.
  subs = tp_tuple_type.subclasses;
  int64_t n = tp_list_size(subs);
  if (before > 0) std::rotate(tp_list_items(subs), tp_list_items(subs) + before, tp_list_items(subs) + n);
}

void initSysInfo(TpValue sys) {
  // The keys now, in the order the struct sequences take in sys's dict
  // (version_info is initSys's plain tuple until then); the values on first
  // use (makeSysStructs).
  setModuleAttr(sys, "hexversion", tp_int_from_i64(0x030C00F0));
  for (const char* k : {"float_info", "int_info", "hash_info", "flags"}) setModuleAttr(sys, k, TP_NONE);
  g_lazy_sys = sys;
  g_sys_structs_pending = true;
  setModuleAttr(sys, "maxunicode", tp_int_from_i64(0x10FFFF));
  setModuleAttr(sys, "float_repr_style", tp_str_intern("short"));
  char exe[4096];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  setModuleAttr(sys, "executable", n > 0 ? tp_str_from_utf8(exe, n) : tp_str_empty());
  registerModuleFunction(sys, "getsizeof", sysGetsizeof);
  registerModuleFunction(sys, "getdefaultencoding", sysGetDefaultEncoding);
  registerModuleFunction(sys, "getfilesystemencoding", sysGetDefaultEncoding);
  registerModuleFunction(sys, "getfilesystemencodeerrors", sysGetFsEncodingErrors);
}

}  // namespace tp
