// The builtin descriptor types users write in class bodies (staticmethod,
// classmethod, property) and super(), in both its two-argument form and the
// zero-argument form the compiler lowers to tp_super(__class__, self).
#include <gc.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "runtime.h"
#include "taipan/dict.h"
#include "taipan/fastpath.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

namespace {

struct TpWrapDescr {  // staticmethod / classmethod
  TpObject ob;
  TpValue func;
  TpValue dict;
};

struct TpProperty {
  TpObject ob;
  TpValue fget, fset, fdel, doc;
  TpValue name;  // set by __set_name__, TP_NULL otherwise
};

struct TpSuper {
  TpObject ob;
  TpType* type;     // the class after which the MRO search starts
  TpValue obj;      // the instance (or class)
  TpType* objtype;  // type(obj), or obj itself when obj is a class
};

inline TpType* asType(TpValue v) { return reinterpret_cast<TpType*>(tp_as_object(v)); }
inline bool isTypeObject(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v)->flags & TP_TYPE_TYPE_SUBCLASS) != 0;
}

// ---- staticmethod / classmethod ----
TpValue wrapNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords(type->name, kwnames);
  checkArgCount(type->name, nargs, 1, 1);
  auto* w = reinterpret_cast<TpWrapDescr*>(tp_alloc(type, type->instance_size));
  w->func = args[0];
  return tp_from_object(w);
}
void wrapInit(TpValue, const TpValue*, int64_t, TpValue) {}
TpValue staticGet(TpValue descr, TpValue obj, TpValue type) {
  return reinterpret_cast<TpWrapDescr*>(tp_as_object(descr))->func;
}
TpValue staticCall(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_call(reinterpret_cast<TpWrapDescr*>(tp_as_object(self))->func, args, nargs, kwnames);
}
TpValue classGet(TpValue descr, TpValue obj, TpValue type) {
  TpValue f = reinterpret_cast<TpWrapDescr*>(tp_as_object(descr))->func;
  if (type == TP_NULL || type == TP_NONE) type = tp_from_object(tp_type_of(obj));
  if (tp_type_of(f) == &tp_builtin_function_type) {
    auto* b = allocObject<TpBuiltinFunction>(&tp_builtin_function_type);
    *b = *reinterpret_cast<TpBuiltinFunction*>(tp_as_object(f));
    b->self = type;
    return tp_from_object(b);
  }
  auto* m = allocObject<TpMethod>(&tp_method_type);
  m->func = f;
  m->self = type;
  return tp_from_object(m);
}
TpValue wrapGetFunc(TpValue self) { return reinterpret_cast<TpWrapDescr*>(tp_as_object(self))->func; }
TpValue wrapRepr(TpValue self) {
  std::string s = "<" + std::string(typeName(self)) + "(" + reprString(wrapGetFunc(self)) + ")>";
  return tp_str_from_utf8(s.data(), (int64_t)s.size());
}
const GetSetDef kWrapGetSets[] = {{"__func__", wrapGetFunc}, {nullptr, nullptr}};

// ---- property ----
TpValue propertyNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  auto* p = reinterpret_cast<TpProperty*>(tp_alloc(type, type->instance_size));
  p->fget = p->fset = p->fdel = p->doc = TP_NONE;
  return tp_from_object(p);
}
void propertyInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[4];
  parseArgs("property", args, nargs, kwnames, {"fget", "fset", "fdel", "doc"}, 0, 0, out);
  auto* p = reinterpret_cast<TpProperty*>(tp_as_object(self));
  p->fget = out[0] != TP_NULL ? out[0] : TP_NONE;
  p->fset = out[1] != TP_NULL ? out[1] : TP_NONE;
  p->fdel = out[2] != TP_NULL ? out[2] : TP_NONE;
  p->doc = out[3] != TP_NULL ? out[3] : TP_NONE;
  if (p->doc == TP_NONE && p->fget != TP_NONE) {
    TpValue d = tp_getattr(p->fget, tp_str_intern("__doc__"));
    p->doc = d;
  }
}
// The attribute name (from __set_name__) for messages, quoted with a
// trailing space ("'p' "), or "" when the property was never named.
std::string propertyName(TpProperty* p) {
  if (p->name != TP_NULL && tp_is_str(p->name)) return "'" + std::string(tp_str_data(p->name)) + "' ";
  return "";
}
TpValue propertyGet(TpValue descr, TpValue obj, TpValue type) {
  if (obj == TP_NULL) return descr;
  auto* p = reinterpret_cast<TpProperty*>(tp_as_object(descr));
  if (p->fget == TP_NONE) {
    raiseAttributeError("property %sof '%s' object has no getter", propertyName(p).c_str(), typeName(obj));
  }
  return tp_call(p->fget, &obj, 1, TP_NULL);
}
void propertySet(TpValue descr, TpValue obj, TpValue value) {
  auto* p = reinterpret_cast<TpProperty*>(tp_as_object(descr));
  std::string n = propertyName(p);
  if (value == TP_NULL) {
    if (p->fdel == TP_NONE) raiseAttributeError("property %sof '%s' object has no deleter", n.c_str(), typeName(obj));
    tp_call(p->fdel, &obj, 1, TP_NULL);
    return;
  }
  if (p->fset == TP_NONE) raiseAttributeError("property %sof '%s' object has no setter", n.c_str(), typeName(obj));
  TpValue args[2] = {obj, value};
  tp_call(p->fset, args, 2, TP_NULL);
}
TpValue propertyCopy(TpValue self, int which, TpValue f) {
  auto* p = reinterpret_cast<TpProperty*>(tp_as_object(self));
  auto* q = reinterpret_cast<TpProperty*>(tp_alloc(tp_type_of(self), tp_type_of(self)->instance_size));
  *q = *p;
  if (which == 0) q->fget = f;
  if (which == 1) q->fset = f;
  if (which == 2) q->fdel = f;
  return tp_from_object(q);
}
TpValue propertyGetter(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("getter", nargs, 2, 2);
  return propertyCopy(args[0], 0, args[1]);
}
TpValue propertySetter(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("setter", nargs, 2, 2);
  return propertyCopy(args[0], 1, args[1]);
}
TpValue propertyDeleter(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("deleter", nargs, 2, 2);
  return propertyCopy(args[0], 2, args[1]);
}
TpValue propertySetName(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__set_name__", nargs, 3, 3);
  reinterpret_cast<TpProperty*>(tp_as_object(args[0]))->name = args[2];
  return TP_NONE;
}
TpValue propFget(TpValue s) { return reinterpret_cast<TpProperty*>(tp_as_object(s))->fget; }
TpValue propFset(TpValue s) { return reinterpret_cast<TpProperty*>(tp_as_object(s))->fset; }
TpValue propFdel(TpValue s) { return reinterpret_cast<TpProperty*>(tp_as_object(s))->fdel; }
TpValue propDoc(TpValue s) { return reinterpret_cast<TpProperty*>(tp_as_object(s))->doc; }
const MethodDef kPropertyMethods[] = {{"getter", propertyGetter},
                                      {"setter", propertySetter},
                                      {"deleter", propertyDeleter},
                                      {"__set_name__", propertySetName},
                                      {nullptr, nullptr}};
const GetSetDef kPropertyGetSets[] = {
    {"fget", propFget}, {"fset", propFset}, {"fdel", propFdel}, {"__doc__", propDoc}, {nullptr, nullptr}};

// ---- super ----
TpValue makeSuper(TpValue cls, TpValue obj) {
  if (!isTypeObject(cls)) raiseTypeError("super() argument 1 must be a type, not %s", typeName(cls));
  TpType* t = asType(cls);
  TpType* objtype;
  if (isTypeObject(obj) && tp_is_subtype(asType(obj), t)) {
    objtype = asType(obj);
  } else if (tp_is_subtype(tp_type_of(obj), t)) {
    objtype = tp_type_of(obj);
  } else {
    raiseTypeError("super(type, obj): obj must be an instance or subtype of type");
  }
  auto* s = allocObject<TpSuper>(&tp_super_type);
  s->type = t;
  s->obj = obj;
  s->objtype = objtype;
  return tp_from_object(s);
}
TpValue superNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("super", kwnames);
  if (nargs == 0) raiseRuntimeError("super(): no arguments");
  if (nargs == 1) raiseTypeError("super() with one argument is not supported");
  if (nargs > 2) raiseTypeError("super() takes at most 2 arguments (%lld given)", (long long)nargs);
  return makeSuper(args[0], args[1]);
}
void superInit(TpValue, const TpValue*, int64_t, TpValue) {}
// What super(type, obj).name finds before binding: `name` in the dict of the
// first class after `type` on `objtype`'s MRO that has it, or TP_NULL.
TpValue superLookup(TpType* type, TpType* objtype, TpValue name) {
  TpValue mro = objtype->mro;
  int64_t len = tp_tuple_size(mro), i = 0;
  while (i < len && tp_tuple_get(mro, i) != tp_from_object(type)) i++;
  for (i++; i < len; i++) {
    TpType* k = asType(tp_tuple_get(mro, i));
    if (typeDict(k) == TP_NULL) continue;
    TpValue v = tp_dict_get(k->dict, name);
    if (v != TP_NULL) return v;
  }
  return TP_NULL;
}
TpValue superGetAttr(TpValue self, TpValue name) {
  auto* s = reinterpret_cast<TpSuper*>(tp_as_object(self));
  const char* n = tp_str_data(name);
  if (strcmp(n, "__class__") != 0) {
    if (TpValue v = superLookup(s->type, s->objtype, name); v != TP_NULL) {
      TpType* vt = tp_type_of(v);
      if (vt->descr_get)
        return vt->descr_get(v, s->obj == tp_from_object(s->objtype) ? TP_NULL : s->obj, tp_from_object(s->objtype));
      return v;
    }
  }
  TpValue v = genericGetAttr(self, name);
  if (v == TP_NULL) raiseAttributeError("'super' object has no attribute '%s'", n);
  return v;
}
TpValue superRepr(TpValue self) {
  auto* s = reinterpret_cast<TpSuper*>(tp_as_object(self));
  char buf[256];
  snprintf(buf, sizeof buf, "<super: <class '%s'>, <%s object>>", s->type->name, s->objtype->name);
  return tp_str_from_cstr(buf);
}

// ---- modules ----
TpValue moduleGetAttr(TpValue self, TpValue name) {
  auto* m = reinterpret_cast<TpModule*>(tp_as_object(self));
  needModuleDict(self, name);
  TpValue v = tp_dict_get(m->dict, name);
  if (v != TP_NULL) return v;
  if (!strcmp(tp_str_data(name), "__dict__")) return m->dict;
  v = genericGetAttr(self, name);
  if (v == TP_NULL) raiseAttributeError("module '%s' has no attribute '%s'", tp_str_data(m->name), tp_str_data(name));
  return v;
}
void moduleSetAttr(TpValue self, TpValue name, TpValue value) {
  auto* m = reinterpret_cast<TpModule*>(tp_as_object(self));
  needModuleDict(self, name);
  if (value == TP_NULL) {
    if (!tp_dict_del(m->dict, name))
      raiseAttributeError("module '%s' has no attribute '%s'", tp_str_data(m->name), tp_str_data(name));
    return;
  }
  tp_dict_setitem(m->dict, name, value);
}
TpValue moduleRepr(TpValue self) {
  auto* m = reinterpret_cast<TpModule*>(tp_as_object(self));
  // A compiled module has a __file__: <module 'name' from 'path'>.
  TpValue file = tp_dict_getitem_str(m->dict, "__file__");
  std::string s =
      "<module '" + std::string(tp_str_data(m->name)) + "' " +
      (file != TP_NULL && tp_is_str(file) ? "from '" + std::string(tp_str_data(file)) + "'>" : "(built-in)>");
  return tp_str_from_utf8(s.data(), (int64_t)s.size());
}

}  // namespace

extern "C" {
TpType tp_staticmethod_type = {TP_TYPE_HEAD("staticmethod"),
                               .instance_size = sizeof(TpWrapDescr),
                               .dict_offset = offsetof(TpWrapDescr, dict),
                               .new_ = wrapNew,
                               .init = wrapInit,
                               .repr = wrapRepr,
                               .call = staticCall,
                               .descr_get = staticGet};
TpType tp_classmethod_type = {TP_TYPE_HEAD("classmethod"),
                              .instance_size = sizeof(TpWrapDescr),
                              .dict_offset = offsetof(TpWrapDescr, dict),
                              .new_ = wrapNew,
                              .init = wrapInit,
                              .repr = wrapRepr,
                              .descr_get = classGet};
TpType tp_property_type = {TP_TYPE_HEAD("property"), .instance_size = sizeof(TpProperty),
                           .new_ = propertyNew,      .init = propertyInit,
                           .descr_get = propertyGet, .descr_set = propertySet};
TpType tp_super_type = {TP_TYPE_HEAD("super"), .instance_size = sizeof(TpSuper), .new_ = superNew, .init = superInit,
                        .repr = superRepr,     .getattr = superGetAttr};
TpType tp_module_type = {TP_TYPE_HEAD("module"), .instance_size = sizeof(TpModule), .repr = moduleRepr,
                         .getattr = moduleGetAttr, .setattr = moduleSetAttr};
}

extern "C" TpValue tp_super(TpValue cls, TpValue self) {
  if (cls == TP_NULL) raiseRuntimeError("super(): __class__ cell not found");
  if (self == TP_NULL) raiseRuntimeError("super(): no arguments");
  return makeSuper(cls, self);
}

// super().name as the callee of a call (compiler/lower/lower.cpp fuses
// `super(__class__, self)`, the attribute read and the call): the method as
// tp_getmethod_ic returns it, a TP_METHOD_TAG word the call completes with
// `self` in front of the arguments, when `super_fn` is the builtin super, self
// is an instance of cls and the attribute found after cls on type(self)'s MRO
// is a plain function, a builtin method descriptor or a slot wrapper (no
// super object, no bound method). Anything else is super(cls, self).name.
namespace {
// The method word tp_super_getmethod finds for super(cls, obj).name, or 0
// when that case takes the general path.
TpValue superMethod(TpValue cls, TpType* objtype, TpValue name) {
  const char* n = tp_str_data(name);
  if (!isTypeObject(cls) || (objtype->flags & TP_TYPE_TYPE_SUBCLASS) || !tp_is_subtype(objtype, asType(cls)) ||
      strcmp(n, "__class__") == 0 || strcmp(n, "__new__") == 0)
    return 0;
  TpValue v = superLookup(asType(cls), objtype, name);
  if (v == TP_NULL) return 0;
  TpType* vt = tp_type_of(v);
  bool plain = vt == &tp_function_type || vt == &tp_slot_wrapper_type;
  if (vt == &tp_builtin_function_type) {
    auto* b = reinterpret_cast<TpBuiltinFunction*>(tp_as_object(v));
    plain = b->owner != nullptr && b->self == TP_NULL;
  }
  return plain ? v | TP_METHOD_TAG : 0;
}

// superMethod's results for interned names, keyed by the class, the name and
// the version tag of type(obj): every change to a class on its MRO (cls
// included, a base of it) or to the MRO itself changes that version
// (typeModified), and versions are never reused. Excluded from the roots
// for the type cache's reason (core.cpp): a cached function is reachable
// from a class dict while its entry can be used.
struct SuperCacheEntry {
  uint64_t version;
  TpValue cls;
  TpValue name;
  TpValue method;
};
constexpr size_t kSuperCacheSize = 256;
SuperCacheEntry g_super_cache[kSuperCacheSize];
}  // namespace

void tp::excludeSuperCacheRoots() { GC_exclude_static_roots(&g_super_cache[0], &g_super_cache[kSuperCacheSize]); }

extern "C" TpValue tp_super_getmethod(TpValue super_fn, TpValue cls, TpValue self, TpValue name) {
  if (super_fn == tp_from_object(reinterpret_cast<TpObject*>(&tp_super_type))) {
    TpType* objtype = tp_type_of(self);
    TpValue m;
    if (tp_str_object(name)->flags & TP_STR_INTERNED) {
      uint64_t v = typeVersion(objtype);
      uint64_t x = (name >> 4) * UINT64_C(0x9E3779B97F4A7C15) ^ (cls >> 4) * UINT64_C(0xD6E8FEB86659FD93) ^
                   v * UINT64_C(0xC2B2AE3D27D4EB4F);
      SuperCacheEntry& e = g_super_cache[x >> 56];
      if (e.version == v && e.cls == cls && e.name == name) {
        m = e.method;
      } else {
        m = superMethod(cls, objtype, name);
        e = {v, cls, name, m};
      }
    } else {
      m = superMethod(cls, objtype, name);
    }
    if (m != 0) return m;
  }
  TpValue args[2] = {cls, self};
  return tp_getattr(tp_call(super_fn, args, 2, TP_NULL), name);
}

void initDescriptors() {
  readyType(&tp_staticmethod_type, nullptr, kWrapGetSets);
  readyType(&tp_classmethod_type, nullptr, kWrapGetSets);
  readyType(&tp_property_type, kPropertyMethods, kPropertyGetSets);
  readyType(&tp_super_type);
  readyType(&tp_module_type);
}
