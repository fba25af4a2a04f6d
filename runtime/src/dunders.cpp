// Dunder methods of builtin types that no slot stands for, so that the type
// dicts (and dir()) hold what CPython's do: object.__dir__, __sizeof__,
// __subclasshook__, __getstate__, __reduce__/__reduce_ex__ (pickling is not
// supported: they raise TypeError); __class_getitem__ of the generic
// containers; __getnewargs__ of the immutable builtins; int/float
// __divmod__/__rdivmod__ (NotImplemented for another kind of operand);
// dict.__reversed__, float.__getformat__ and bytes.__bytes__.
#include <cstring>

#include "runtime.h"
#include "taipan/bytes.h"
#include "taipan/dict.h"
#include "taipan/fastpath.h"
#include "taipan/int.h"
#include "taipan/iter.h"
#include "taipan/list.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

namespace {

TpValue notImpl() { return tp_from_object(&tp_NotImplemented_object); }

void need(const char* name, int64_t nargs, int64_t n) {
  if (nargs - 1 != n)
    raiseTypeError("%s() takes exactly %s (%lld given)", name, n == 0 ? "no arguments" : "one argument",
                   (long long)(nargs - 1));
}

TpValue objectDir(const TpValue* args, int64_t nargs, TpValue kwnames) {
  need("__dir__", nargs, 0);
  return call(tp_builtin("dir"), {args[0]});
}
TpValue objectSizeof(const TpValue* args, int64_t nargs, TpValue kwnames) {
  need("__sizeof__", nargs, 0);
  return tp_int_from_i64((int64_t)tp_type_of(args[0])->instance_size);
}
TpValue objectSubclasshook(const TpValue* args, int64_t nargs, TpValue kwnames) { return notImpl(); }
TpValue objectGetstate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  need("__getstate__", nargs, 0);
  TpType* t = tp_type_of(args[0]);
  if (!(t->flags & TP_TYPE_HEAPTYPE)) return TP_NONE;
  try {
    TpValue d = tp_getattr(args[0], tp_str_intern("__dict__"));
    if (tp_is_dict(d) && tp_dict_size(d) > 0) return d;
  } catch (TpRaised& r) {
    if (!excIsInstance(r.exc, &tp_exc_AttributeError)) throw;
  }
  return TP_NONE;
}
TpValue objectReduce(const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (nargs < 1) raiseTypeError("descriptor '__reduce__' of 'object' object needs an argument");
  raiseTypeError("cannot pickle '%s' object", typeName(args[0]));
}

TpValue classGetItem(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__class_getitem__", nargs - 1, 1, 1);
  return newGenericAlias(args[0], args[1]);
}

TpValue getNewArgs(const TpValue* args, int64_t nargs, TpValue kwnames) {
  need("__getnewargs__", nargs, 0);
  TpType* t = tp_type_of(args[0]);
  TpType* exact = tp_is_subtype(t, &tp_bool_type) || tp_is_subtype(t, &tp_int_type) ? &tp_int_type
                  : tp_is_subtype(t, &tp_float_type)                                ? &tp_float_type
                  : tp_is_subtype(t, &tp_str_type)                                  ? &tp_str_type
                  : tp_is_subtype(t, &tp_bytes_type)                                ? &tp_bytes_type
                                                                                    : &tp_tuple_type;
  TpValue v = call(tp_from_object(exact), {args[0]});
  return tp_tuple_new(1, &v);
}

bool numberOperand(TpType* owner, TpValue v) {
  if (owner == &tp_int_type) return isInstance(v, &tp_int_type);
  return isInstance(v, &tp_int_type) || isInstance(v, &tp_float_type);
}
TpValue divmodOf(const TpValue* args, int64_t nargs, TpType* owner, bool reflected) {
  need(reflected ? "__rdivmod__" : "__divmod__", nargs, 1);
  if (!isInstance(args[0], owner))
    raiseTypeError("descriptor '%s' requires a '%s' object but received a '%s'",
                   reflected ? "__rdivmod__" : "__divmod__", owner->name, typeName(args[0]));
  if (!numberOperand(owner, args[1])) return notImpl();
  TpValue divmod = tp_builtin("divmod");
  return reflected ? call(divmod, {args[1], args[0]}) : call(divmod, {args[0], args[1]});
}
TpValue intDivmod(const TpValue* a, int64_t n, TpValue kw) { return divmodOf(a, n, &tp_int_type, false); }
TpValue intRDivmod(const TpValue* a, int64_t n, TpValue kw) { return divmodOf(a, n, &tp_int_type, true); }
TpValue floatDivmod(const TpValue* a, int64_t n, TpValue kw) { return divmodOf(a, n, &tp_float_type, false); }
TpValue floatRDivmod(const TpValue* a, int64_t n, TpValue kw) { return divmodOf(a, n, &tp_float_type, true); }

TpValue dictReversed(const TpValue* args, int64_t nargs, TpValue kwnames) {
  need("__reversed__", nargs, 0);
  return call(tp_builtin("reversed"), {args[0]});
}
// dict views: reversed in the dict's reverse insertion order (CPython 3.8+).
TpValue dictViewReversed(const TpValue* args, int64_t nargs, TpValue kwnames) {
  need("__reversed__", nargs, 0);
  return call(tp_builtin("reversed"), {call(tp_builtin("list"), {args[0]})});
}
TpValue floatGetformat(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__getformat__", nargs - 1, 1, 1);
  TpValue s = args[1];
  if (!tp_is_str(s)) raiseTypeError("__getformat__() argument must be str, not %s", typeName(s));
  if (strcmp(tp_str_data(s), "double") && strcmp(tp_str_data(s), "float"))
    raiseValueError("__getformat__() argument 1 must be 'double' or 'float'");
  return tp_str_from_cstr("IEEE, little-endian");
}
TpValue bytesBytes(const TpValue* args, int64_t nargs, TpValue kwnames) {
  need("__bytes__", nargs, 0);
  if (tp_type_of(args[0]) == &tp_bytes_type) return args[0];
  return call(tp_from_object(&tp_bytes_type), {args[0]});
}

void method(TpType* t, const char* name, TpNativeFn fn) { addTypeMethod(t, MethodDef{name, fn}); }
void classMethod(TpType* t, const char* name, TpNativeFn fn) { addTypeMethod(t, MethodDef{name, fn, kMethodClass}); }

// __get__/__set__/__delete__ of the builtin descriptors whose behaviour is a
// slot (functions, staticmethod, classmethod, property), for code that calls
// them by name (functools.partialmethod, hand-written descriptors).
TpValue descrGet(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("__get__", kwnames);
  checkArgCount("__get__", nargs - 1, 1, 2);
  TpValue obj = args[1] == TP_NONE ? TP_NULL : args[1];
  TpValue type = nargs > 2 ? args[2] : TP_NONE;
  if (obj == TP_NULL && type == TP_NONE) raiseTypeError("__get__(None, None) is invalid");
  if (type == TP_NONE) type = tp_from_object(tp_type_of(obj));
  return tp_type_of(args[0])->descr_get(args[0], obj, type);
}
TpValue descrSet(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("__set__", kwnames);
  checkArgCount("__set__", nargs - 1, 2, 2);
  tp_type_of(args[0])->descr_set(args[0], args[1], args[2]);
  return TP_NONE;
}
TpValue descrDelete(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("__delete__", kwnames);
  checkArgCount("__delete__", nargs - 1, 1, 1);
  tp_type_of(args[0])->descr_set(args[0], args[1], TP_NULL);
  return TP_NONE;
}

// __call__ of the callable builtin types, for code that looks it up by
// name (collections.abc.Callable, hasattr(f, "__call__")).
TpValue callDunder(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_call(args[0], args + 1, nargs - 1, kwnames);
}

// __length_hint__ of the sequence iterators: the items left.
TpValue seqIterLengthHint(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("__length_hint__", kwnames);
  need("__length_hint__", nargs, 0);
  TpSeqIter* it = tp_seq_iter_object(args[0]);
  TpType* t = tp_type_of(args[0]);
  int64_t left = 0;
  if (t == &tp_range_iter_type)
    left = it->aux2 - it->index;
  else if (it->seq != TP_NULL)
    left = (t == &tp_list_iter_type ? tp_list_size(it->seq) : tp_tuple_size(it->seq)) - it->index;
  return tp_int_from_i64(left > 0 ? left : 0);
}

}  // namespace

void tp::initExtraDunders() {
  method(&tp_object_type, "__dir__", objectDir);
  method(&tp_object_type, "__sizeof__", objectSizeof);
  method(&tp_object_type, "__getstate__", objectGetstate);
  method(&tp_object_type, "__reduce__", objectReduce);
  method(&tp_object_type, "__reduce_ex__", objectReduce);
  classMethod(&tp_object_type, "__subclasshook__", objectSubclasshook);
  for (TpType* t : {&tp_list_type, &tp_dict_type, &tp_tuple_type, &tp_set_type, &tp_frozenset_type})
    classMethod(t, "__class_getitem__", classGetItem);
  for (TpType* t : {&tp_tuple_type, &tp_str_type, &tp_int_type, &tp_float_type, &tp_bytes_type})
    method(t, "__getnewargs__", getNewArgs);
  method(&tp_int_type, "__divmod__", intDivmod);
  method(&tp_int_type, "__rdivmod__", intRDivmod);
  method(&tp_float_type, "__divmod__", floatDivmod);
  method(&tp_float_type, "__rdivmod__", floatRDivmod);
  method(&tp_dict_type, "__reversed__", dictReversed);
  for (TpType* t : {&tp_dict_keys_type, &tp_dict_values_type, &tp_dict_items_type})
    method(t, "__reversed__", dictViewReversed);
  // Set-like views compare by value: unhashable, as CPython's.
  for (TpType* t : {&tp_dict_keys_type, &tp_dict_items_type}) setTypeAttrNone(t, "__hash__", /*if_absent=*/true);
  classMethod(&tp_float_type, "__getformat__", floatGetformat);
  method(&tp_bytes_type, "__bytes__", bytesBytes);
  // The unhashable builtins say so in their dicts, as CPython's do.
  for (TpType* t : {&tp_list_type, &tp_dict_type, &tp_set_type, &tp_bytearray_type})
    setTypeAttrNone(t, "__hash__", /*if_absent=*/true);
  for (TpType* t : {&tp_function_type, &tp_builtin_function_type, &tp_method_type})
    addTypeMethod(t, MethodDef{"__call__", callDunder}, /*if_absent=*/true);
  for (TpType* t : {&tp_list_iter_type, &tp_tuple_iter_type, &tp_range_iter_type})
    method(t, "__length_hint__", seqIterLengthHint);
  for (TpType* t : {&tp_function_type, &tp_staticmethod_type, &tp_classmethod_type, &tp_property_type})
    if (t->descr_get) method(t, "__get__", descrGet);
  if (tp_property_type.descr_set) {
    method(&tp_property_type, "__set__", descrSet);
    method(&tp_property_type, "__delete__", descrDelete);
  }
  tp::bumpTypeEpoch();
}
