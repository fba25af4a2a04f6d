// Functions and calls: compiled function objects (TpFunction) with their
// attributes, native builtin functions and methods, bound methods, closure
// cells, and tp_call / tp_call_ex with CPython's argument binding (defaults,
// keyword-only and positional-only parameters, *args and **kwargs) and its
// exact TypeError messages. Also the argument parsers native functions use
// (tp::parseArgs and friends).
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "runtime.h"
#include "taipan/dict.h"
#include "taipan/int.h"
#include "taipan/list.h"
#include "taipan/ops.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

namespace {

TpValue funcRepr(TpValue self) {
  auto* f = reinterpret_cast<TpFunction*>(tp_as_object(self));
  char buf[512];
  snprintf(buf, sizeof buf, "<function %s at %#llx>", tp_str_data(f->qualname), (unsigned long long)self);
  return tp_str_from_cstr(buf);
}
TpValue funcCall(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_call(self, args, nargs, kwnames);
}
TpValue funcDescrGet(TpValue descr, TpValue obj, TpValue type) {
  if (obj == TP_NULL) return descr;
  auto* m = allocObject<TpMethod>(&tp_method_type);
  m->func = descr;
  m->self = obj;
  return tp_from_object(m);
}
TpValue funcGetAttr(TpValue self, TpValue name) {
  auto* f = reinterpret_cast<TpFunction*>(tp_as_object(self));
  const char* n = tp_str_data(name);
  if (n[0] == '_' && n[1] == '_') {
    if (!strcmp(n, "__name__")) return f->name;
    if (!strcmp(n, "__qualname__")) return f->qualname;
    if (!strcmp(n, "__doc__")) return f->doc;
    if (!strcmp(n, "__module__")) return f->module;
    if (!strcmp(n, "__defaults__")) return f->defaults;
    if (!strcmp(n, "__kwdefaults__")) return f->kwdefaults;
    if (!strcmp(n, "__closure__")) return f->closure;
    if (!strcmp(n, "__annotations__")) {
      if (f->annotations == TP_NULL) f->annotations = tp_dict_new();
      return f->annotations;
    }
    if (!strcmp(n, "__dict__")) {
      if (f->dict == TP_NULL) f->dict = tp_dict_new();
      return f->dict;
    }
  }
  if (f->dict != TP_NULL) {
    TpValue v = tp_dict_get(f->dict, name);
    if (v != TP_NULL) return v;
  }
  return genericGetAttr(self, name);
}
void funcSetAttr(TpValue self, TpValue name, TpValue value) {
  auto* f = reinterpret_cast<TpFunction*>(tp_as_object(self));
  const char* n = tp_str_data(name);
  if (n[0] == '_' && n[1] == '_' && value != TP_NULL) {
    if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__")) {
      if (!tp_is_str(value)) raiseTypeError("%s must be set to a string object", n);
      (n[2] == 'n' ? f->name : f->qualname) = value;
      return;
    }
    if (!strcmp(n, "__doc__")) return void(f->doc = value);
    if (!strcmp(n, "__module__")) return void(f->module = value);
    if (!strcmp(n, "__defaults__")) return void(f->defaults = value);
    if (!strcmp(n, "__kwdefaults__")) return void(f->kwdefaults = value);
    if (!strcmp(n, "__annotations__")) return void(f->annotations = value);
    if (!strcmp(n, "__dict__")) return void(f->dict = value);
  }
  if (f->dict == TP_NULL) f->dict = tp_dict_new();
  if (value == TP_NULL) {
    if (!tp_dict_del(f->dict, name)) raiseAttributeError("'function' object has no attribute '%s'", n);
    return;
  }
  tp_dict_setitem(f->dict, name, value);
}

// ---- builtin functions ----
TpValue builtinRepr(TpValue self) {
  auto* f = reinterpret_cast<TpBuiltinFunction*>(tp_as_object(self));
  char buf[512];
  if (f->self != TP_NULL) {
    if (f->owner == &tp_type_type || (tp_is_object(f->self) && (tp_type_of(f->self)->flags & TP_TYPE_TYPE_SUBCLASS)))
      snprintf(buf, sizeof buf, "<built-in method %s of type object at %#llx>", f->name, (unsigned long long)f->self);
    else
      snprintf(buf, sizeof buf, "<built-in method %s of %s object at %#llx>", f->name, typeName(f->self),
               (unsigned long long)f->self);
  } else if (f->owner) {
    snprintf(buf, sizeof buf, "<method '%s' of '%s' objects>", f->name, f->owner->name);
  } else {
    snprintf(buf, sizeof buf, "<built-in function %s>", f->name);
  }
  return tp_str_from_cstr(buf);
}
TpValue builtinDescrGet(TpValue descr, TpValue obj, TpValue type) {
  auto* f = reinterpret_cast<TpBuiltinFunction*>(tp_as_object(descr));
  if (obj == TP_NULL || f->owner == nullptr || f->self != TP_NULL) return descr;
  auto* b = allocObject<TpBuiltinFunction>(&tp_builtin_function_type);
  *b = *f;
  b->self = obj;
  return tp_from_object(b);
}
TpValue builtinGetAttr(TpValue self, TpValue name) {
  auto* f = reinterpret_cast<TpBuiltinFunction*>(tp_as_object(self));
  const char* n = tp_str_data(name);
  if (!strcmp(n, "__name__")) return tp_str_from_cstr(f->name);
  if (!strcmp(n, "__qualname__")) {
    if (f->owner && f->owner != &tp_type_type) {
      std::string q = std::string(f->owner->name) + "." + f->name;
      return tp_str_from_utf8(q.data(), (int64_t)q.size());
    }
    return tp_str_from_cstr(f->name);
  }
  if (!strcmp(n, "__self__")) return f->self != TP_NULL ? f->self : TP_NONE;
  if (!strcmp(n, "__doc__")) return TP_NONE;
  if (!strcmp(n, "__module__")) return f->owner ? TP_NONE : tp_str_intern("builtins");
  return genericGetAttr(self, name);
}

// ---- bound methods ----
TpValue methodRepr(TpValue self) {
  auto* m = reinterpret_cast<TpMethod*>(tp_as_object(self));
  TpValue qn = tp_getattr(m->func, tp_str_intern("__qualname__"));
  std::string s = "<bound method " + std::string(tp_str_data(qn)) + " of " + reprString(m->self) + ">";
  return tp_str_from_utf8(s.data(), (int64_t)s.size());
}
TpValue methodGetAttr(TpValue self, TpValue name) {
  auto* m = reinterpret_cast<TpMethod*>(tp_as_object(self));
  const char* n = tp_str_data(name);
  if (!strcmp(n, "__self__")) return m->self;
  if (!strcmp(n, "__func__")) return m->func;
  TpValue v = genericGetAttr(self, name);
  if (v != TP_NULL) return v;
  return tp_getattr(m->func, name);
}
TpValue methodRichCompare(TpValue a, TpValue b, int32_t op) {
  if ((op != TP_CMP_EQ && op != TP_CMP_NE) || tp_type_of(b) != &tp_method_type)
    return tp_from_object(&tp_NotImplemented_object);
  auto* x = reinterpret_cast<TpMethod*>(tp_as_object(a));
  auto* y = reinterpret_cast<TpMethod*>(tp_as_object(b));
  bool eq = x->func == y->func && x->self == y->self;
  return tp_bool(op == TP_CMP_EQ ? eq : !eq);
}
int64_t methodHash(TpValue self) {
  auto* m = reinterpret_cast<TpMethod*>(tp_as_object(self));
  return hashValue(m->func) ^ (int64_t)(m->self >> 4);
}

// ---- cells ----
TpValue cellRepr(TpValue self) {
  auto* c = reinterpret_cast<TpCell*>(tp_as_object(self));
  char buf[256];
  if (c->value == TP_NULL)
    snprintf(buf, sizeof buf, "<cell at %#llx: empty>", (unsigned long long)self);
  else
    snprintf(buf, sizeof buf, "<cell at %#llx: %s object at %#llx>", (unsigned long long)self, typeName(c->value),
             (unsigned long long)c->value);
  return tp_str_from_cstr(buf);
}
TpValue cellGetAttr(TpValue self, TpValue name) {
  if (!strcmp(tp_str_data(name), "cell_contents")) {
    auto* c = reinterpret_cast<TpCell*>(tp_as_object(self));
    if (c->value == TP_NULL) raiseValueError("Cell is empty");
    return c->value;
  }
  return genericGetAttr(self, name);
}

}  // namespace

extern "C" {
TpType tp_function_type = {TP_TYPE_HEAD("function"), .instance_size = sizeof(TpFunction),
                           .repr = funcRepr,         .call = funcCall,
                           .getattr = funcGetAttr,   .setattr = funcSetAttr,
                           .descr_get = funcDescrGet};
TpType tp_builtin_function_type = {TP_TYPE_HEAD("builtin_function_or_method"),
                                   .instance_size = sizeof(TpBuiltinFunction), .repr = builtinRepr,
                                   .getattr = builtinGetAttr, .descr_get = builtinDescrGet};
TpType tp_method_type = {TP_TYPE_HEAD("method"), .instance_size = sizeof(TpMethod), .repr = methodRepr,
                         .hash = methodHash,     .richcompare = methodRichCompare,  .getattr = methodGetAttr};
TpType tp_cell_type = {TP_TYPE_HEAD("cell"), .instance_size = sizeof(TpCell), .repr = cellRepr, .getattr = cellGetAttr};
}

void initFunctions() {
  readyType(&tp_function_type, nullptr, nullptr, true);
  readyType(&tp_builtin_function_type, nullptr, nullptr, true);
  readyType(&tp_method_type, nullptr, nullptr, true);
  readyType(&tp_cell_type, nullptr, nullptr, true);
}

// ---------------------------------------------------------------------------
// Construction.
// ---------------------------------------------------------------------------
extern "C" TpValue tp_func_new(const TpFuncInfo* info, TpValue defaults, TpValue kwdefaults, TpValue closure) {
  tp_runtime_init();
  auto* f = allocObject<TpFunction>(&tp_function_type);
  f->info = info;
  f->defaults = defaults == TP_NULL ? TP_NONE : defaults;
  f->kwdefaults = kwdefaults == TP_NULL ? TP_NONE : kwdefaults;
  f->closure = closure == TP_NULL ? TP_NONE : closure;
  f->name = tp_str_intern(info->name);
  f->qualname = tp_str_intern(info->qualname ? info->qualname : info->name);
  f->module = tp_str_intern(info->module ? info->module : "__main__");
  f->doc = TP_NONE;
  return tp_from_object(f);
}

// Lowering loads a function's closure tuple (func.closure) itself
// (compiler/lower/lower.cpp, FuncClosure).
static_assert(offsetof(TpFunction, closure) == 4 * sizeof(TpValue), "lowering reads a function's closure at word 4");

TpValue tp::newBuiltinFunction(const char* name, TpNativeFn fn, TpType* owner) {
  auto* f = allocObject<TpBuiltinFunction>(&tp_builtin_function_type);
  f->name = name;
  f->fn = fn;
  f->owner = owner;
  return tp_from_object(f);
}

extern "C" TpValue tp_cell_new(TpValue initial) {
  auto* c = allocObject<TpCell>(&tp_cell_type);
  c->value = initial;
  return tp_from_object(c);
}
static_assert(offsetof(TpCell, value) == 8, "lowering reads a cell's value at offset 8 (cell.get)");
extern "C" TpValue tp_cell_get(TpValue cell, const char* name) {
  TpValue v = reinterpret_cast<TpCell*>(tp_as_object(cell))->value;
  if (v == TP_NULL)
    raiseNameError("cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
  return v;
}
extern "C" TpValue tp_cell_get_local(TpValue cell, const char* name) {
  TpValue v = reinterpret_cast<TpCell*>(tp_as_object(cell))->value;
  if (v == TP_NULL) tp_raise_unbound_local(name);
  return v;
}
extern "C" void tp_cell_set(TpValue cell, TpValue value) {
  reinterpret_cast<TpCell*>(tp_as_object(cell))->value = value;
}

// ---------------------------------------------------------------------------
// Argument binding for compiled functions.
// ---------------------------------------------------------------------------
namespace {

const char* funcDisplayName(TpFunction* f) { return tp_str_data(f->qualname); }

std::string quotedList(const std::vector<const char*>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) s += names.size() > 2 ? ", " : " ";
    if (i && i == names.size() - 1) s += "and ";
    s += "'";
    s += names[i];
    s += "'";
  }
  return s;
}

bool strEqualsC(TpValue s, const char* c) {
  return (size_t)tp_str_size(s) == strlen(c) && memcmp(tp_str_data(s), c, (size_t)tp_str_size(s)) == 0;
}

[[noreturn]] void raiseTooManyPositional(TpFunction* f, int64_t npos_params, int64_t ndefaults, int64_t given,
                                         int64_t kwonly_given) {
  std::string takes;
  char buf[128];
  if (ndefaults > 0 && ndefaults <= npos_params && npos_params - ndefaults != npos_params) {
    snprintf(buf, sizeof buf, "from %lld to %lld positional arguments", (long long)(npos_params - ndefaults),
             (long long)npos_params);
  } else {
    snprintf(buf, sizeof buf, "%lld positional argument%s", (long long)npos_params, npos_params == 1 ? "" : "s");
  }
  takes = buf;
  std::string gv;
  if (kwonly_given) {
    snprintf(buf, sizeof buf, "%lld positional argument%s (and %lld keyword-only argument%s) were", (long long)given,
             given == 1 ? "" : "s", (long long)kwonly_given, kwonly_given == 1 ? "" : "s");
  } else {
    snprintf(buf, sizeof buf, "%lld %s", (long long)given, given == 1 ? "was" : "were");
  }
  gv = buf;
  raiseTypeError("%s() takes %s but %s given", funcDisplayName(f), takes.c_str(), gv.c_str());
}

// Binds (args, nargs, kwnames) to the parameter slots of `f` (see abi.h for
// the slot order) and calls its code.
// check: throw an exception the code returns pending (the runtime's callers);
// false leaves it pending (tp_call_pending, for compiled callers).
}  // namespace

TpValue tp::callCompiled(TpFunction* f, const TpValue* args, int64_t nargs, TpValue kwnames, bool check) {
  const TpFuncInfo* info = f->info;
  int64_t nkw = kwCount(kwnames);
  bool varargs = info->flags & TP_FUNC_VARARGS, varkw = info->flags & TP_FUNC_VARKW;
  int64_t npos = info->nparams - info->kwonly - varargs - varkw;
  int64_t nkwonly = info->kwonly;
  // Fast path: exact positional call.
  if (nkw == 0 && tp_func_positional_only(info) && nargs == info->nparams) {
    TpValue r = info->code(f, args);
    if (check) checkPending();
    return r;
  }

  TpValue stack_slots[16];
  std::vector<TpValue> heap_slots;
  TpValue* slots = stack_slots;
  if (info->nparams > 16) {
    heap_slots.resize((size_t)info->nparams);
    slots = heap_slots.data();
  }
  for (int32_t i = 0; i < info->nparams; i++) slots[i] = TP_NULL;

  int64_t ncopy = nargs < npos ? nargs : npos;
  for (int64_t i = 0; i < ncopy; i++) slots[i] = args[i];
  int64_t var_index = npos + nkwonly;
  if (varargs) slots[var_index] = tp_tuple_new(nargs > npos ? nargs - npos : 0, args + ncopy);
  TpValue kwdict = TP_NULL;
  if (varkw) {
    kwdict = tp_dict_new();
    slots[var_index + varargs] = kwdict;
  }
  std::vector<const char*> posonly_as_kw;
  for (int64_t k = 0; k < nkw; k++) {
    TpValue key = tp_tuple_get(kwnames, k);
    TpValue val = args[nargs + k];
    int64_t j = -1;
    for (int64_t p = info->posonly; p < npos + nkwonly; p++)
      if (strEqualsC(key, info->params[p])) {
        j = p;
        break;
      }
    if (j < 0) {
      if (varkw) {
        tp_dict_setitem(kwdict, key, val);
        continue;
      }
      for (int64_t p = 0; p < info->posonly; p++)
        if (strEqualsC(key, info->params[p])) j = p;
      if (j >= 0) {
        posonly_as_kw.push_back(info->params[j]);
        continue;
      }
      raiseTypeError("%s() got an unexpected keyword argument '%s'", funcDisplayName(f), tp_str_data(key));
    }
    if (slots[j] != TP_NULL)
      raiseTypeError("%s() got multiple values for argument '%s'", funcDisplayName(f), info->params[j]);
    slots[j] = val;
  }
  if (!posonly_as_kw.empty()) {
    std::string s;
    for (size_t i = 0; i < posonly_as_kw.size(); i++) {
      if (i) s += ", ";
      s += "'";
      s += posonly_as_kw[i];
      s += "'";
    }
    raiseTypeError("%s() got some positional-only arguments passed as keyword arguments: %s", funcDisplayName(f),
                   s.c_str());
  }
  int64_t ndefaults = f->defaults == TP_NONE ? 0 : tp_tuple_size(f->defaults);
  if (nargs > npos && !varargs) {
    int64_t kwonly_given = 0;
    for (int64_t p = npos; p < npos + nkwonly; p++)
      if (slots[p] != TP_NULL) kwonly_given++;
    raiseTooManyPositional(f, npos, ndefaults, nargs, kwonly_given);
  }
  // Defaults for the trailing positional parameters.
  std::vector<const char*> missing;
  int64_t first_default = npos - ndefaults;
  for (int64_t p = 0; p < npos; p++) {
    if (slots[p] != TP_NULL) continue;
    if (p >= first_default)
      slots[p] = tp_tuple_get(f->defaults, p - first_default);
    else
      missing.push_back(info->params[p]);
  }
  if (!missing.empty())
    raiseTypeError("%s() missing %zu required positional argument%s: %s", funcDisplayName(f), missing.size(),
                   missing.size() == 1 ? "" : "s", quotedList(missing).c_str());
  for (int64_t p = npos; p < npos + nkwonly; p++) {
    if (slots[p] != TP_NULL) continue;
    TpValue d = f->kwdefaults != TP_NONE ? tp_dict_getitem_str(f->kwdefaults, info->params[p]) : TP_NULL;
    if (d != TP_NULL)
      slots[p] = d;
    else
      missing.push_back(info->params[p]);
  }
  if (!missing.empty())
    raiseTypeError("%s() missing %zu required keyword-only argument%s: %s", funcDisplayName(f), missing.size(),
                   missing.size() == 1 ? "" : "s", quotedList(missing).c_str());
  TpValue r = info->code(f, slots);
  if (check) checkPending();
  return r;
}

namespace {

TpValue callWithSelf(TpValue func, TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  int64_t total = nargs + kwCount(kwnames);
  TpValue buf[16];
  std::vector<TpValue> big;
  TpValue* all = buf;
  if (total + 1 > 16) {
    big.resize((size_t)total + 1);
    all = big.data();
  }
  all[0] = self;
  for (int64_t i = 0; i < total; i++) all[i + 1] = args[i];
  return tp_call(func, all, nargs + 1, kwnames);
}

}  // namespace

extern "C" TpValue tp_call_pending_slow(TpValue callee, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (tp_is_object(callee)) {
    TpType* t = tp_type_of_object(callee);
    if (t == &tp_function_type)
      return callCompiled(reinterpret_cast<TpFunction*>(tp_as_object(callee)), args, nargs, kwnames, false);
    // A bound method of a compiled function (obj.method(...)).
    auto* m = reinterpret_cast<TpMethod*>(tp_as_object(callee));
    int64_t total = nargs + kwCount(kwnames);
    if (t == &tp_method_type && tp_is_object(m->func) && tp_type_of_object(m->func) == &tp_function_type &&
        total < 16) {
      TpValue all[16];
      all[0] = m->self;
      for (int64_t i = 0; i < total; i++) all[i + 1] = args[i];
      return callCompiled(reinterpret_cast<TpFunction*>(tp_as_object(m->func)), all, nargs + 1, kwnames, false);
    }
  }
  return tp_call(callee, args, nargs, kwnames);
}

extern "C" TpValue tp_call_one(TpValue callee, TpValue x) { return tp_call(callee, &x, 1, TP_NULL); }

extern "C" TpValue tp_call(TpValue callee, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (tp_is_object(callee)) {
    TpType* t = tp_type_of_object(callee);
    if (t == &tp_function_type)
      return callCompiled(reinterpret_cast<TpFunction*>(tp_as_object(callee)), args, nargs, kwnames);
    if (t == &tp_builtin_function_type) {
      auto* b = reinterpret_cast<TpBuiltinFunction*>(tp_as_object(callee));
      if (b->self == TP_NULL) {
        if (b->owner && b->owner != &tp_type_type) {
          // An unbound method descriptor: list.append(l, x).
          if (nargs < 1) raiseTypeError("unbound method %s.%s() needs an argument", b->owner->name, b->name);
          if (!isInstance(args[0], b->owner))
            raiseTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b->name, b->owner->name,
                           typeName(args[0]));
        }
        return b->fn(args, nargs, kwnames);
      }
      int64_t total = nargs + kwCount(kwnames);
      TpValue buf[16];
      std::vector<TpValue> big;
      TpValue* all = buf;
      if (total + 1 > 16) {
        big.resize((size_t)total + 1);
        all = big.data();
      }
      all[0] = b->self;
      for (int64_t i = 0; i < total; i++) all[i + 1] = args[i];
      return b->fn(all, nargs + 1, kwnames);
    }
    if (t == &tp_method_type) {
      auto* m = reinterpret_cast<TpMethod*>(tp_as_object(callee));
      return callWithSelf(m->func, m->self, args, nargs, kwnames);
    }
    if (t->call) return t->call(callee, args, nargs, kwnames);
  }
  raiseTypeError("'%s' object is not callable", typeName(callee));
}

// How CPython names a callable in call-site errors: "mod.qualname()", or
// "qualname()" for builtins, or str(callee) when it has no __qualname__.
std::string tp::functionStr(TpValue callee) {
  TpValue qn = getAttrOrNull(callee, tp_str_intern("__qualname__"));
  if (qn == TP_NULL || !tp_is_str(qn)) return tp_str_data(tp_str(callee));
  TpValue mod = getAttrOrNull(callee, tp_str_intern("__module__"));
  std::string q = tp_str_data(qn);
  if (mod != TP_NULL && tp_is_str(mod) && strcmp(tp_str_data(mod), "builtins") != 0)
    return std::string(tp_str_data(mod)) + "." + q + "()";
  return q + "()";
}

extern "C" void tp_call_star_arg(TpValue args_list, TpValue iterable, TpValue callee) {
  TpType* t = tp_type_of(iterable);
  if (!t->iter && !t->getitem && lookupTypeCStr(t, "__iter__") == TP_NULL &&
      lookupTypeCStr(t, "__getitem__") == TP_NULL)
    raiseTypeError("%s argument after * must be an iterable, not %s", functionStr(callee).c_str(), t->name);
  tp_list_extend(args_list, iterable);
}

extern "C" void tp_call_kw_arg(TpValue kwargs, TpValue name, TpValue value, TpValue callee) {
  if (!tp_is_str(name)) raiseTypeError("keywords must be strings");
  if (tp_dict_get(kwargs, name) != TP_NULL)
    raiseTypeError("%s got multiple values for keyword argument '%s'", functionStr(callee).c_str(), tp_str_data(name));
  tp_dict_setitem(kwargs, name, value);
}

extern "C" void tp_call_kw_args(TpValue kwargs, TpValue mapping, TpValue callee) {
  if (tp_is_dict(mapping)) {
    int64_t pos = 0;
    TpValue k, v;
    while (tp_dict_next(mapping, &pos, &k, &v)) tp_call_kw_arg(kwargs, k, v, callee);
    return;
  }
  if (lookupTypeCStr(tp_type_of(mapping), "keys") == TP_NULL)
    raiseTypeError("%s argument after ** must be a mapping, not %s", functionStr(callee).c_str(), typeName(mapping));
  TpValue keys = tp_iter(callMethod(mapping, "keys", nullptr, 0));
  for (TpValue k; (k = tp_next(keys)) != TP_NULL;) tp_call_kw_arg(kwargs, k, tp_getitem(mapping, k), callee);
}

extern "C" TpValue tp_call_ex(TpValue callee, TpValue args, TpValue kwargs) {
  if (args == TP_NULL || args == TP_NONE) args = tp_tuple_new(0, nullptr);
  if (!tp_is_tuple(args)) {
    TpType* at = tp_type_of(args);
    if (!at->iter && !at->getitem) {
      raiseTypeError("%s argument after * must be an iterable, not %s", functionStr(callee).c_str(), at->name);
    }
    args = tp_tuple_from_iter(args);
  }
  int64_t nargs = tp_tuple_size(args);
  if (kwargs == TP_NULL || kwargs == TP_NONE || (tp_is_dict(kwargs) && tp_dict_size(kwargs) == 0))
    return tp_call(callee, tp_tuple_items(args), nargs, TP_NULL);
  if (!tp_is_dict(kwargs)) {
    TpValue d = tp_dict_new();
    if (lookupTypeCStr(tp_type_of(kwargs), "keys") == TP_NULL) {
      raiseTypeError("%s argument after ** must be a mapping, not %s", functionStr(callee).c_str(), typeName(kwargs));
    }
    tp_dict_update(d, kwargs);
    kwargs = d;
  }
  int64_t nkw = tp_dict_size(kwargs);
  std::vector<TpValue> all(tp_tuple_items(args), tp_tuple_items(args) + nargs);
  TpValue names = tp_tuple_new(nkw, nullptr);
  int64_t pos = 0, i = 0;
  TpValue k, v;
  while (tp_dict_next(kwargs, &pos, &k, &v)) {
    if (!tp_is_str(k)) raiseTypeError("keywords must be strings");
    tp_tuple_items(names)[i++] = k;
    all.push_back(v);
  }
  return tp_call(callee, all.data(), nargs, names);
}

// ---------------------------------------------------------------------------
// Argument parsing helpers for native functions.
// ---------------------------------------------------------------------------
int64_t tp::kwCount(TpValue kwnames) { return kwnames == TP_NULL ? 0 : tp_tuple_size(kwnames); }
const char* tp::kwName(TpValue kwnames, int64_t i) { return tp_str_data(tp_tuple_get(kwnames, i)); }

void tp::noKeywords(const char* fname, TpValue kwnames) {
  if (kwCount(kwnames)) raiseTypeError("%s() takes no keyword arguments", fname);
}

void tp::checkArgCount(const char* fname, int64_t nargs, int64_t min, int64_t max) {
  if (nargs >= min && nargs <= max) return;
  if (min == 1 && max == 1) raiseTypeError("%s() takes exactly one argument (%lld given)", fname, (long long)nargs);
  if (min == 0 && max == 0) raiseTypeError("%s() takes no arguments (%lld given)", fname, (long long)nargs);
  if (min == max)
    raiseTypeError("%s expected %lld argument%s, got %lld", fname, (long long)min, min == 1 ? "" : "s",
                   (long long)nargs);
  if (nargs < min)
    raiseTypeError("%s expected at least %lld argument%s, got %lld", fname, (long long)min, min == 1 ? "" : "s",
                   (long long)nargs);
  raiseTypeError("%s expected at most %lld argument%s, got %lld", fname, (long long)max, max == 1 ? "" : "s",
                 (long long)nargs);
}

void tp::parseArgs(const char* fname, const TpValue* args, int64_t nargs, TpValue kwnames,
                   std::initializer_list<const char*> names, int required, int posonly, TpValue* out) {
  int64_t n = (int64_t)names.size();
  const char* const* nm = names.begin();
  int64_t npos = 0;
  while (npos < n && nm[npos][0] != '*') npos++;
  for (int64_t i = 0; i < n; i++) out[i] = TP_NULL;
  if (nargs > npos) {
    if (npos == 0) raiseTypeError("%s() takes no positional arguments", fname);
    if (kwCount(kwnames) == 0 && npos == required && required == posonly) checkArgCount(fname, nargs, required, npos);
    raiseTypeError("%s() takes at most %lld argument%s (%lld given)", fname, (long long)npos, npos == 1 ? "" : "s",
                   (long long)nargs);
  }
  for (int64_t i = 0; i < nargs; i++) out[i] = args[i];
  int64_t nkw = kwCount(kwnames);
  for (int64_t k = 0; k < nkw; k++) {
    TpValue key = tp_tuple_get(kwnames, k);
    int64_t j = -1;
    for (int64_t p = posonly; p < n; p++) {
      const char* pn = nm[p][0] == '*' ? nm[p] + 1 : nm[p];
      if (strEqualsC(key, pn)) {
        j = p;
        break;
      }
    }
    if (j < 0) raiseTypeError("'%s' is an invalid keyword argument for %s()", tp_str_data(key), fname);
    if (out[j] != TP_NULL)
      raiseTypeError("argument for %s() given by name ('%s') and position (%lld)", fname, tp_str_data(key),
                     (long long)(j + 1));
    out[j] = args[nargs + k];
  }
  for (int64_t i = 0; i < required; i++)
    if (out[i] == TP_NULL) {
      const char* pn = nm[i][0] == '*' ? nm[i] + 1 : nm[i];
      if (i < npos) raiseTypeError("%s() missing required argument '%s' (pos %lld)", fname, pn, (long long)(i + 1));
      raiseTypeError("%s() missing required argument '%s'", fname, pn);
    }
}
