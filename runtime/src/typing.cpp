// The typing module, built natively, and `X | Y` unions of types: special
// forms (Optional, Union, List, Callable, Final, Literal, ...) whose
// subscriptions are alias objects with CPython's reprs (`typing.Optional[int]`);
// TypeVar objects (`~T`); NamedTuple (class syntax with defaults and methods,
// and the functional form) building tuple subclasses with _fields, _replace,
// _asdict, _make and a field-naming repr; TypedDict (class and functional
// forms: calling one gives a plain dict); Protocol with @runtime_checkable
// isinstance checks (the protocol's members present on the object); Generic
// (Generic[T] is Generic; a user generic class subscripted is an alias whose
// __mro_entries__ gives the class back); get_type_hints, cast, overload, NewType;
// types.UnionType for `int | str` (isinstance accepts it); and the PEP 695
// objects compiled code makes through private helpers: type parameters
// (TypeVar, TypeVarTuple, ParamSpec) and TypeAliasType with a lazy __value__.
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

TpValue str(const std::string& s) { return tp_str_from_utf8(s.data(), (int64_t)s.size()); }
std::string view(TpValue s) { return std::string(tp_str_view(s)); }
bool isTypeObj(TpValue v) { return tp_is_object(v) && tp_is_subtype(tp_type_of(v), &tp_type_type); }

// ---- objects ----
struct TpTypingForm {
  TpObject ob;
  const char* name;
};
struct TpTypingAlias {  // Name[args]
  TpObject ob;
  const char* name;
  TpValue args;    // tuple
  TpValue origin;  // the class calls go to (list for List), or TP_NULL
};
struct TpTypeVar {  // also TypeVarTuple and ParamSpec (PEP 695 type parameters)
  TpObject ob;
  TpValue name;
  TpValue bound;        // TypeVar: None or the bound
  TpValue constraints;  // TypeVar: a tuple (TP_NULL: empty)
  bool covariant, contravariant;
  bool infer_variance;  // PEP 695 parameters: no variance prefix in the repr
};
// `type X = ...` (PEP 695): the value is computed by `value_fn` on first access.
struct TpTypeAlias {
  TpObject ob;
  TpValue name, type_params, value_fn, module;
  TpValue value;  // TP_NULL until evaluated
};
struct TpUnionType {  // int | str
  TpObject ob;
  TpValue args;  // tuple
};

}  // namespace

extern "C" TpType tp_typing_form_type;
extern "C" TpType tp_typing_alias_type;
extern "C" TpType tp_generic_alias_type;
extern "C" TpType tp_typevar_type;
extern "C" TpType tp_typevartuple_type;
extern "C" TpType tp_paramspec_type;
extern "C" TpType tp_type_alias_type;
extern "C" TpType tp_union_type;
extern "C" TpType tp_tuplegetter_type;

namespace {

const char* formName(TpValue v) { return reinterpret_cast<TpTypingForm*>(tp_as_object(v))->name; }
TpTypingAlias* asAlias(TpValue v) { return reinterpret_cast<TpTypingAlias*>(tp_as_object(v)); }
bool isForm(TpValue v, const char* name = nullptr) {
  return tp_is_object(v) && tp_type_of(v) == &tp_typing_form_type && (!name || !strcmp(formName(v), name));
}
bool isAlias(TpValue v, const char* name = nullptr) {
  return tp_is_object(v) && (tp_type_of(v) == &tp_typing_alias_type || tp_type_of(v) == &tp_generic_alias_type) &&
         (!name || !strcmp(asAlias(v)->name, name));
}

// typing's _type_repr: classes by (module.)qualname, None, ..., else repr().
std::string typeRepr(TpValue v) {
  if (v == TP_NONE) return "None";
  if (v == tp_from_object(&tp_Ellipsis_object)) return "...";
  if (isTypeObj(v)) {
    std::string q = view(tp_getattr(v, tp_str_intern("__qualname__")));
    std::string m = view(tp_getattr(v, tp_str_intern("__module__")));
    return m == "builtins" ? q : m + "." + q;
  }
  if (tp_is_list(v)) {
    std::string s = "[";
    for (int64_t i = 0; i < tp_list_size(v); i++) s += (i ? ", " : "") + typeRepr(tp_list_get(v, i));
    return s + "]";
  }
  if (tp_type_of(v) == &tp_function_type) return view(tp_getattr(v, tp_str_intern("__qualname__")));
  return view(tp_repr(v));
}

TpValue newAlias(const char* name, TpValue args, TpValue origin = TP_NULL, TpType* type = &tp_typing_alias_type) {
  auto* a = allocObject<TpTypingAlias>(type);
  a->name = name;
  a->args = args;
  a->origin = origin;
  return tp_from_object(a);
}

TpValue noneType() { return tp_from_object(tp_type_of(TP_NONE)); }

// Union members, flattened and without duplicates; None becomes NoneType.
void addUnionArg(std::vector<TpValue>& out, TpValue v) {
  if (v == TP_NONE) v = noneType();
  if (isAlias(v, "Union") || isAlias(v, "Optional")) {
    TpValue a = asAlias(v)->args;
    for (int64_t i = 0; i < tp_tuple_size(a); i++) addUnionArg(out, tp_tuple_get(a, i));
    return;
  }
  if (tp_is_object(v) && tp_type_of(v) == &tp_union_type) {
    TpValue a = reinterpret_cast<TpUnionType*>(tp_as_object(v))->args;
    for (int64_t i = 0; i < tp_tuple_size(a); i++) addUnionArg(out, tp_tuple_get(a, i));
    return;
  }
  for (TpValue o : out)
    if (o == v || equalValues(o, v)) return;
  out.push_back(v);
}

TpValue makeUnion(const std::vector<TpValue>& parts) {
  std::vector<TpValue> args;
  for (TpValue p : parts) addUnionArg(args, p);
  if (args.size() == 1) return args[0];
  TpValue t = tp_tuple_new((int64_t)args.size(), args.data());
  bool optional = args.size() == 2 && args[1] == noneType();
  return newAlias(optional ? "Optional" : "Union", t);
}

TpValue originFor(const char* n) {
  struct {
    const char* form;
    TpType* type;
  } static const kOrigins[] = {{"List", &tp_list_type},           {"Dict", &tp_dict_type},   {"Set", &tp_set_type},
                               {"FrozenSet", &tp_frozenset_type}, {"Tuple", &tp_tuple_type}, {"Type", &tp_type_type}};
  for (auto& o : kOrigins)
    if (!strcmp(o.form, n)) return tp_from_object(o.type);
  return TP_NULL;
}

// ---- _SpecialForm ----
TpValue formRepr(TpValue self) { return str(std::string("typing.") + formName(self)); }

TpValue formGetItem(TpValue self, TpValue key) {
  const char* n = formName(self);
  std::vector<TpValue> parts;
  if (tp_is_tuple(key))
    for (int64_t i = 0; i < tp_tuple_size(key); i++) parts.push_back(tp_tuple_get(key, i));
  else
    parts.push_back(key);
  if (!strcmp(n, "Union")) return makeUnion(parts);
  if (!strcmp(n, "Optional")) {
    if (parts.size() != 1)
      raiseTypeError("typing.Optional requires a single type. Got %s.", view(tp_repr(key)).c_str());
    parts.push_back(TP_NONE);
    return makeUnion(parts);
  }
  if (!strcmp(n, "Generic") || !strcmp(n, "Protocol")) return self;
  // None stands for NoneType in the arguments (and in Callable's list).
  if (strcmp(n, "Literal") && strcmp(n, "Annotated"))
    for (TpValue& p : parts) {
      if (p == TP_NONE) p = noneType();
      if (tp_is_list(p)) {
        TpValue l = tp_list_new(0, nullptr);
        for (int64_t i = 0; i < tp_list_size(p); i++) {
          TpValue e = tp_list_get(p, i);
          tp_list_append(l, e == TP_NONE ? noneType() : e);
        }
        p = l;
      }
    }
  return newAlias(n, tp_tuple_new((int64_t)parts.size(), parts.data()), originFor(n));
}

TpValue buildNamedTuple(TpValue name, TpValue fields, TpValue types, TpValue defaults, TpValue ns);
TpValue buildTypedDict(TpValue name, TpValue annotations, TpValue ns, TpValue bases);
TpValue newTypeVar(const TpValue* args, int64_t nargs, TpValue kwnames);

TpValue formCall(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  const char* n = formName(self);
  int64_t nkw = kwCount(kwnames);
  if (!strcmp(n, "cast")) {
    checkArgCount("cast", nargs, 2, 2);
    return args[1];
  }
  if (!strcmp(n, "TypeVar")) return newTypeVar(args, nargs, kwnames);
  if (!strcmp(n, "NamedTuple")) {
    // NamedTuple("P", [("x", int), ...]) or NamedTuple("P", x=int, ...).
    if (nargs < 1 || !tp_is_str(args[0])) raiseTypeError("NamedTuple() missing required argument 'typename'");
    TpValue names = tp_list_new(0, nullptr), types = tp_list_new(0, nullptr);
    if (nargs > 1) {
      TpValue it = tp_iter(args[1]);
      while (TpValue item = tp_next(it)) {
        TpValue pair = tp_call(tp_from_object(&tp_tuple_type), &item, 1, TP_NULL);
        if (tp_tuple_size(pair) != 2) raiseTypeError("NamedTuple fields must be (name, type) pairs");
        tp_list_append(names, tp_tuple_get(pair, 0));
        tp_list_append(types, tp_tuple_get(pair, 1));
      }
    }
    for (int64_t i = 0; i < nkw; i++) {
      tp_list_append(names, tp_tuple_get(kwnames, i));
      tp_list_append(types, args[nargs + i]);
    }
    return buildNamedTuple(args[0], names, types, tp_dict_new(), TP_NULL);
  }
  if (!strcmp(n, "TypedDict")) {
    if (nargs < 1 || !tp_is_str(args[0])) raiseTypeError("TypedDict() missing required argument 'typename'");
    TpValue ann = tp_dict_new();
    if (nargs > 1) tp_dict_update(ann, args[1]);
    TpValue ns = tp_dict_new();
    for (int64_t i = 0; i < nkw; i++)
      if (!strcmp(kwName(kwnames, i), "total")) tp_dict_setitem_str(ns, "__total__", args[nargs + i]);
    return buildTypedDict(args[0], ann, ns, TP_NULL);
  }
  if (!strcmp(n, "NewType")) {
    checkArgCount("NewType", nargs, 2, 2);
    return newAlias("NewType", tp_tuple_new(2, args));  // NewType('X', int)(v) is v
  }
  if (nargs == 1 && nkw == 0) return args[0];
  raiseTypeError("Cannot instantiate typing.%s", n);
}

TpValue unionOf(TpValue a, TpValue b);
bool unionable(TpValue v) {
  return v == TP_NONE || isTypeObj(v) || isAlias(v) || isForm(v) ||
         (tp_is_object(v) && (tp_type_of(v) == &tp_union_type || tp_type_of(v) == &tp_typevar_type));
}

TpValue formBinop(TpValue a, TpValue b, int32_t op, bool reflected) {
  if (op == TP_BINOP_OR && unionable(a) && unionable(b)) return makeUnion({a, b});
  return tp_from_object(&tp_NotImplemented_object);
}
TpValue formGetAttr(TpValue self, TpValue name) {
  TpValue v = genericGetAttr(self, name);
  if (v != TP_NULL) return v;
  raiseAttributeError("'_SpecialForm' object has no attribute '%s'", tp_str_data(name));
}

// The class statement `class P(NamedTuple)` / `class M(TypedDict)` calls the
// base's type with (name, bases, ns): build the real class.
TpValue formNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (nargs == 3 && tp_is_str(args[0]) && tp_is_tuple(args[1]) && tp_is_dict(args[2])) {
    TpValue bases = args[1], ns = args[2];
    TpValue ann = tp_dict_getitem_str(ns, "__annotations__");
    if (ann == TP_NULL) ann = tp_dict_new();
    for (int64_t i = 0; i < tp_tuple_size(bases); i++) {
      TpValue b = tp_tuple_get(bases, i);
      if (isForm(b, "NamedTuple")) {
        TpValue names = tp_list_new(0, nullptr), types = tp_list_new(0, nullptr), defaults = tp_dict_new();
        int64_t pos = 0;
        TpValue k, v;
        TpValue first_default = TP_NULL;
        while (tp_dict_next(ann, &pos, &k, &v)) {
          tp_list_append(names, k);
          tp_list_append(types, v);
          TpValue d = tp_dict_get(ns, k);
          if (d != TP_NULL) {
            tp_dict_setitem(defaults, k, d);
            if (first_default == TP_NULL) first_default = k;
          } else if (first_default != TP_NULL) {
            raiseTypeError("Non-default namedtuple field %s cannot follow default field%s %s", tp_str_data(k),
                           tp_dict_size(defaults) > 1 ? "s" : "", tp_str_data(first_default));
          }
        }
        return buildNamedTuple(args[0], names, types, defaults, ns);
      }
      if (isForm(b, "TypedDict")) {
        for (int64_t j = 0; j < kwCount(kwnames); j++)
          if (!strcmp(kwName(kwnames, j), "total")) tp_dict_setitem_str(ns, "__total__", args[nargs + j]);
        return buildTypedDict(args[0], ann, ns, TP_NULL);
      }
    }
  }
  raiseTypeError("Cannot subclass %s", view(tp_repr(tp_from_object(type))).c_str());
}

// ---- aliases ----
TpValue aliasRepr(TpValue self) {
  TpTypingAlias* a = asAlias(self);
  if (!a->name[0]) {  // list[int]
    std::string s = typeRepr(a->origin) + "[";
    if (tp_tuple_size(a->args) == 0) s += "()";
    for (int64_t i = 0; i < tp_tuple_size(a->args); i++) {
      TpValue v = tp_tuple_get(a->args, i);
      s += (i ? ", " : "") + (tp_is_tuple(v) && tp_tuple_size(v) == 0 ? std::string("()") : typeRepr(v));
    }
    return str(s + "]");
  }
  if (!strcmp(a->name, "NewType")) return str("__main__." + view(tp_tuple_get(a->args, 0)));
  std::string s = std::string("typing.") + a->name + "[";
  int64_t n = tp_tuple_size(a->args);
  bool literal = !strcmp(a->name, "Literal");
  bool annotated = !strcmp(a->name, "Annotated");
  if (!strcmp(a->name, "Optional")) {
    s += typeRepr(tp_tuple_get(a->args, 0));
  } else {
    for (int64_t i = 0; i < n; i++) {
      TpValue v = tp_tuple_get(a->args, i);
      s += i ? ", " : "";
      s += literal || (annotated && i > 0) ? view(tp_repr(v)) : typeRepr(v);
    }
  }
  return str(s + "]");
}
TpValue aliasGetItem(TpValue self, TpValue key) { return self; }
TpValue aliasCall(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpTypingAlias* a = asAlias(self);
  if (!strcmp(a->name, "NewType")) {
    checkArgCount(tp_str_data(tp_tuple_get(a->args, 0)), nargs, 1, 1);
    return args[0];
  }
  if (!a->name[0]) {
    TpValue r = tp_call(a->origin, args, nargs, kwnames);
    if (tp_type_of(self) == &tp_typing_alias_type) {  // Box[int](): r.__orig_class__ = Box[int]
      try {
        tp_setattr(r, self, tp_str_intern("__orig_class__"));
      } catch (TpRaised&) {
      }
    }
    return r;
  }
  if (a->origin == TP_NULL) raiseTypeError("Type %s cannot be instantiated", a->name);
  raiseTypeError("Type %s cannot be instantiated; use %s() instead", a->name,
                 reinterpret_cast<TpType*>(tp_as_object(a->origin))->name);
}
TpValue aliasGetAttr(TpValue self, TpValue name) {
  TpTypingAlias* a = asAlias(self);
  const char* n = tp_str_data(name);
  if (!strcmp(n, "__args__")) return a->args;
  if (!strcmp(n, "__name__") && !strcmp(a->name, "NewType")) return tp_tuple_get(a->args, 0);
  if (!strcmp(n, "__supertype__") && !strcmp(a->name, "NewType")) return tp_tuple_get(a->args, 1);
  if (!strcmp(n, "__origin__")) {
    if (a->origin != TP_NULL) return a->origin;
    TpValue m = tp_import("typing");
    return tp_getattr(m, tp_str_intern(!strcmp(a->name, "Optional") ? "Union" : a->name));
  }
  TpValue v = genericGetAttr(self, name);
  if (v != TP_NULL) return v;
  // Box[int].attr: the class's attribute (not dunders, as typing does).
  if (!a->name[0] && a->origin != TP_NULL && !(n[0] == '_' && n[1] == '_')) return tp_getattr(a->origin, name);
  raiseAttributeError("'_GenericAlias' object has no attribute '%s'", n);
}
TpValue aliasBinop(TpValue a, TpValue b, int32_t op, bool reflected) { return formBinop(a, b, op, reflected); }
TpValue aliasInstanceCheck(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__instancecheck__", nargs - 1, 1, 1);
  TpTypingAlias* a = asAlias(args[0]);
  if (!a->name[0] && tp_type_of(args[0]) == &tp_generic_alias_type)
    raiseTypeError("isinstance() argument 2 cannot be a parameterized generic");
  if (strcmp(a->name, "Union") && strcmp(a->name, "Optional"))
    raiseTypeError("Subscripted generics cannot be used with class and instance checks");
  for (int64_t i = 0; i < tp_tuple_size(a->args); i++)
    if (isInstanceOfClass(args[1], tp_tuple_get(a->args, i))) return TP_TRUE;
  return TP_FALSE;
}
// class C(Box[int]): the base is Box (PEP 560).
TpValue aliasMroEntries(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__mro_entries__", nargs - 1, 1, 1);
  TpTypingAlias* a = asAlias(args[0]);
  if (a->origin == TP_NULL || !isTypeObj(a->origin))
    raiseTypeError("Cannot subclass %s", view(tp_repr(args[0])).c_str());
  return tp_tuple_new(1, &a->origin);
}
const MethodDef kAliasMethods[] = {
    {"__instancecheck__", aliasInstanceCheck}, {"__mro_entries__", aliasMroEntries}, {nullptr, nullptr}};

// ---- types.UnionType (int | str) ----
TpValue unionRepr(TpValue self) {
  TpValue a = reinterpret_cast<TpUnionType*>(tp_as_object(self))->args;
  std::string s;
  for (int64_t i = 0; i < tp_tuple_size(a); i++) {
    TpValue v = tp_tuple_get(a, i);
    s += (i ? " | " : "") + (v == noneType() ? std::string("None") : typeRepr(v));
  }
  return str(s);
}
TpValue unionInstanceCheck(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__instancecheck__", nargs - 1, 1, 1);
  TpValue a = reinterpret_cast<TpUnionType*>(tp_as_object(args[0]))->args;
  for (int64_t i = 0; i < tp_tuple_size(a); i++)
    if (isInstanceOfClass(args[1], tp_tuple_get(a, i))) return TP_TRUE;
  return TP_FALSE;
}
TpValue unionSubclassCheck(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__subclasscheck__", nargs - 1, 1, 1);
  TpValue a = reinterpret_cast<TpUnionType*>(tp_as_object(args[0]))->args;
  for (int64_t i = 0; i < tp_tuple_size(a); i++) {
    TpValue c = tp_tuple_get(a, i);
    if (isTypeObj(c) && isTypeObj(args[1]) &&
        tp_is_subtype(reinterpret_cast<TpType*>(tp_as_object(args[1])), reinterpret_cast<TpType*>(tp_as_object(c))))
      return TP_TRUE;
  }
  return TP_FALSE;
}
TpValue unionArgs(TpValue self) { return reinterpret_cast<TpUnionType*>(tp_as_object(self))->args; }
const MethodDef kUnionMethods[] = {
    {"__instancecheck__", unionInstanceCheck}, {"__subclasscheck__", unionSubclassCheck}, {nullptr, nullptr}};
const GetSetDef kUnionGetSets[] = {{"__args__", unionArgs}, {nullptr, nullptr}};

// type | type (and None, unions, typing aliases): a UnionType, or a typing
// Union when a typing alias takes part.
TpValue unionOf(TpValue a, TpValue b) {
  if (isAlias(a) || isAlias(b) || isForm(a) || isForm(b) || (tp_is_object(a) && tp_type_of(a) == &tp_typevar_type) ||
      (tp_is_object(b) && tp_type_of(b) == &tp_typevar_type))
    return makeUnion({a, b});
  std::vector<TpValue> args;
  addUnionArg(args, a);
  addUnionArg(args, b);
  if (args.size() == 1) return args[0];
  auto* u = allocObject<TpUnionType>(&tp_union_type);
  u->args = tp_tuple_new((int64_t)args.size(), args.data());
  return tp_from_object(u);
}
TpValue typeOrBinop(TpValue a, TpValue b, int32_t op, bool reflected) {
  if (op == TP_BINOP_OR && unionable(a) && unionable(b)) return unionOf(a, b);
  return tp_from_object(&tp_NotImplemented_object);
}

// ---- TypeVar ----
TpValue newTypeVar(const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (nargs < 1 || !tp_is_str(args[0])) raiseTypeError("TypeVar() missing required argument 'name'");
  auto* t = allocObject<TpTypeVar>(&tp_typevar_type);
  t->name = args[0];
  for (int64_t i = 0; i < kwCount(kwnames); i++) {
    const char* k = kwName(kwnames, i);
    if (!strcmp(k, "covariant")) t->covariant = tp_truth(args[nargs + i]);
    if (!strcmp(k, "contravariant")) t->contravariant = tp_truth(args[nargs + i]);
  }
  return tp_from_object(t);
}
TpTypeVar* asTypeVar(TpValue v) { return reinterpret_cast<TpTypeVar*>(tp_as_object(v)); }
TpValue typeVarRepr(TpValue self) {
  auto* t = asTypeVar(self);
  if (t->infer_variance || tp_type_of(self) == &tp_typevartuple_type) return t->name;
  return str(std::string(t->covariant ? "+" : t->contravariant ? "-" : "~") + view(t->name));
}
TpValue typeVarName(TpValue self) { return asTypeVar(self)->name; }
TpValue typeVarBound(TpValue self) { return asTypeVar(self)->bound == TP_NULL ? TP_NONE : asTypeVar(self)->bound; }
TpValue typeVarConstraints(TpValue self) {
  return asTypeVar(self)->constraints == TP_NULL ? tp_tuple_new(0, nullptr) : asTypeVar(self)->constraints;
}
TpValue typeVarCovariant(TpValue self) { return asTypeVar(self)->covariant ? TP_TRUE : TP_FALSE; }
TpValue typeVarContravariant(TpValue self) { return asTypeVar(self)->contravariant ? TP_TRUE : TP_FALSE; }
TpValue typeVarInferVariance(TpValue self) { return asTypeVar(self)->infer_variance ? TP_TRUE : TP_FALSE; }
const GetSetDef kTypeVarGetSets[] = {{"__name__", typeVarName},
                                     {"__bound__", typeVarBound},
                                     {"__constraints__", typeVarConstraints},
                                     {"__covariant__", typeVarCovariant},
                                     {"__contravariant__", typeVarContravariant},
                                     {"__infer_variance__", typeVarInferVariance},
                                     {nullptr, nullptr}};
const GetSetDef kTypeParamGetSets[] = {{"__name__", typeVarName}, {nullptr, nullptr}};

// ---- PEP 695 helpers (called by compiled code through the typing module) ----
// _pep695_typevar(name, bound, constraints): bound and constraints may be None.
TpValue pep695TypeVar(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("_pep695_typevar", nargs, 3, 3);
  auto* t = allocObject<TpTypeVar>(&tp_typevar_type);
  t->name = args[0];
  if (args[1] != TP_NONE) t->bound = args[1];
  if (args[2] != TP_NONE) t->constraints = args[2];
  t->infer_variance = true;
  return tp_from_object(t);
}
// _pep695_typevartuple(name) / _pep695_paramspec(name).
TpValue pep695TypeVarTuple(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("_pep695_typevartuple", nargs, 1, 1);
  auto* t = allocObject<TpTypeVar>(&tp_typevartuple_type);
  t->name = args[0];
  return tp_from_object(t);
}
TpValue pep695ParamSpec(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("_pep695_paramspec", nargs, 1, 1);
  auto* t = allocObject<TpTypeVar>(&tp_paramspec_type);
  t->name = args[0];
  t->infer_variance = true;
  return tp_from_object(t);
}
// _pep695_alias(name, type_params, value_fn, module): a TypeAliasType.
TpValue pep695Alias(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("_pep695_alias", nargs, 4, 4);
  auto* a = allocObject<TpTypeAlias>(&tp_type_alias_type);
  a->name = args[0];
  a->type_params = args[1];
  a->value_fn = args[2];
  a->module = args[3];
  return tp_from_object(a);
}
TpTypeAlias* asTypeAlias(TpValue v) { return reinterpret_cast<TpTypeAlias*>(tp_as_object(v)); }
TpValue typeAliasRepr(TpValue self) { return asTypeAlias(self)->name; }
TpValue typeAliasName(TpValue self) { return asTypeAlias(self)->name; }
TpValue typeAliasModule(TpValue self) { return asTypeAlias(self)->module; }
TpValue typeAliasTypeParams(TpValue self) { return asTypeAlias(self)->type_params; }
TpValue typeAliasValue(TpValue self) {
  TpTypeAlias* a = asTypeAlias(self);
  if (a->value == TP_NULL) a->value = tp_call(a->value_fn, nullptr, 0, TP_NULL);
  return a->value;
}
const GetSetDef kTypeAliasGetSets[] = {{"__name__", typeAliasName},
                                       {"__module__", typeAliasModule},
                                       {"__type_params__", typeAliasTypeParams},
                                       {"__value__", typeAliasValue},
                                       {nullptr, nullptr}};
TpValue typeAliasGetItem(TpValue self, TpValue key) {
  if (tp_tuple_size(asTypeAlias(self)->type_params) == 0) raiseTypeError("Only generic type aliases are subscriptable");
  return tp::newGenericAlias(self, key);
}

// ---- NamedTuple ----
TpValue clsAttr(TpValue cls, const char* name) { return tp_getattr(cls, tp_str_intern(name)); }
TpValue clsName(TpValue cls) { return clsAttr(cls, "__name__"); }

TpValue makeInstance(TpValue cls, TpValue values) {
  TpType* t = reinterpret_cast<TpType*>(tp_as_object(cls));
  return tp_tuple_type.new_(t, &values, 1, TP_NULL);
}

std::string quotedList(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

TpValue ntNew(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue cls = args[0];
  TpValue fields = clsAttr(cls, "_fields");
  TpValue defaults = clsAttr(cls, "_field_defaults");
  int64_t n = tp_tuple_size(fields), npos = nargs - 1, nkw = kwCount(kwnames);
  std::string cname = view(clsName(cls));
  if (npos > n) {
    int64_t lo = n - tp_dict_size(defaults) + 1;
    if (lo == n + 1)
      raiseTypeError("%s.__new__() takes %lld positional arguments but %lld were given", cname.c_str(),
                     (long long)n + 1, (long long)npos + 1);
    raiseTypeError("%s.__new__() takes from %lld to %lld positional arguments but %lld were given", cname.c_str(),
                   (long long)lo, (long long)n + 1, (long long)npos + 1);
  }
  std::vector<TpValue> vals((size_t)n, TP_NULL);
  for (int64_t i = 0; i < npos; i++) vals[(size_t)i] = args[1 + i];
  for (int64_t k = 0; k < nkw; k++) {
    TpValue key = tp_tuple_get(kwnames, k);
    int64_t idx = -1;
    for (int64_t i = 0; i < n; i++)
      if (equalValues(tp_tuple_get(fields, i), key)) idx = i;
    if (idx < 0)
      raiseTypeError("%s.__new__() got an unexpected keyword argument '%s'", cname.c_str(), tp_str_data(key));
    if (vals[(size_t)idx] != TP_NULL)
      raiseTypeError("%s.__new__() got multiple values for argument '%s'", cname.c_str(), tp_str_data(key));
    vals[(size_t)idx] = args[nargs + k];
  }
  std::vector<std::string> missing;
  for (int64_t i = 0; i < n; i++) {
    if (vals[(size_t)i] != TP_NULL) continue;
    TpValue d = tp_dict_get(defaults, tp_tuple_get(fields, i));
    if (d != TP_NULL)
      vals[(size_t)i] = d;
    else
      missing.push_back(view(tp_tuple_get(fields, i)));
  }
  if (!missing.empty())
    raiseTypeError("%s.__new__() missing %zu required positional argument%s: %s", cname.c_str(), missing.size(),
                   missing.size() > 1 ? "s" : "", quotedList(missing).c_str());
  return makeInstance(cls, tp_tuple_new(n, vals.data()));
}
TpValue ntRepr(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue self = args[0];
  TpValue cls = tp_from_object(tp_type_of(self));
  TpValue fields = clsAttr(cls, "_fields");
  std::string s = view(clsName(cls)) + "(";
  for (int64_t i = 0; i < tp_tuple_size(fields) && i < tp_tuple_size(self); i++)
    s += (i ? ", " : "") + view(tp_tuple_get(fields, i)) + "=" + view(tp_repr(tp_tuple_get(self, i)));
  return str(s + ")");
}
TpValue ntAsDict(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("_asdict", nargs - 1, 0, 0);
  TpValue self = args[0];
  TpValue fields = clsAttr(tp_from_object(tp_type_of(self)), "_fields");
  TpValue d = tp_dict_new();
  for (int64_t i = 0; i < tp_tuple_size(fields); i++)
    tp_dict_setitem(d, tp_tuple_get(fields, i), tp_tuple_get(self, i));
  return d;
}
TpValue ntMake(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("_make", nargs - 1, 1, 1);
  TpValue cls = args[0];
  TpValue t = tp_call(tp_from_object(&tp_tuple_type), &args[1], 1, TP_NULL);
  int64_t n = tp_tuple_size(clsAttr(cls, "_fields"));
  if (tp_tuple_size(t) != n)
    raiseTypeError("Expected %lld arguments, got %lld", (long long)n, (long long)tp_tuple_size(t));
  return makeInstance(cls, t);
}
TpValue ntReplace(const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (nargs != 1) raiseTypeError("_replace() takes 1 positional argument but %lld were given", (long long)nargs);
  TpValue self = args[0];
  TpValue cls = tp_from_object(tp_type_of(self));
  TpValue fields = clsAttr(cls, "_fields");
  int64_t n = tp_tuple_size(fields);
  std::vector<TpValue> vals(tp_tuple_items(self), tp_tuple_items(self) + n);
  std::vector<std::string> bad;
  for (int64_t k = 0; k < kwCount(kwnames); k++) {
    TpValue key = tp_tuple_get(kwnames, k);
    int64_t idx = -1;
    for (int64_t i = 0; i < n; i++)
      if (equalValues(tp_tuple_get(fields, i), key)) idx = i;
    if (idx < 0)
      bad.push_back(view(tp_repr(key)));
    else
      vals[(size_t)idx] = args[nargs + k];
  }
  if (!bad.empty()) {
    std::string s = "[";
    for (size_t i = 0; i < bad.size(); i++) s += (i ? ", " : "") + bad[i];
    raiseValueError("Got unexpected field names: %s]", s.c_str());
  }
  return makeInstance(cls, tp_tuple_new(n, vals.data()));
}
TpValue ntGetNewArgs(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_tuple_new(tp_tuple_size(args[0]), tp_tuple_items(args[0]));
}
// _collections._tuplegetter: a NamedTuple field, read-only ("can't set attribute").
struct TpTupleGetter {
  TpObject ob;
  int64_t index;
  TpValue doc;
};
TpTupleGetter* asGetter(TpValue v) { return reinterpret_cast<TpTupleGetter*>(tp_as_object(v)); }
TpValue getterGet(TpValue descr, TpValue obj, TpValue type) {
  if (obj == TP_NULL || obj == TP_NONE) return descr;
  TpTupleGetter* g = asGetter(descr);
  if (!tp_is_tuple(obj))
    raiseTypeError("descriptor for index '%lld' for tuple subclasses doesn't apply to '%s' object", (long long)g->index,
                   typeName(obj));
  if (g->index >= tp_tuple_size(obj)) raiseIndexError("tuple index out of range");
  return tp_tuple_get(obj, g->index);
}
void getterSet(TpValue descr, TpValue obj, TpValue value) {
  raiseAttributeError(value == TP_NULL ? "can't delete attribute" : "can't set attribute");
}
TpValue getterRepr(TpValue self) {
  TpTupleGetter* g = asGetter(self);
  return str("_tuplegetter(" + std::to_string(g->index) + ", " + view(tp_repr(g->doc)) + ")");
}
TpValue getterDoc(TpValue self) { return asGetter(self)->doc; }
void getterSetDoc(TpValue self, TpValue v) { asGetter(self)->doc = v == TP_NULL ? TP_NONE : v; }
const GetSetDef kGetterGetSets[] = {{"__doc__", getterDoc, getterSetDoc}, {nullptr, nullptr}};
TpValue getterGetMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__get__", nargs - 1, 1, 2);
  return getterGet(args[0], args[1], nargs > 2 ? args[2] : TP_NONE);
}
TpValue getterSetMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__set__", nargs - 1, 2, 2);
  getterSet(args[0], args[1], args[2]);
  return TP_NONE;
}
TpValue getterDeleteMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__delete__", nargs - 1, 1, 1);
  getterSet(args[0], args[1], TP_NULL);
  return TP_NONE;
}
const MethodDef kGetterMethods[] = {
    {"__get__", getterGetMethod}, {"__set__", getterSetMethod}, {"__delete__", getterDeleteMethod}, {nullptr, nullptr}};

TpValue method(const char* name, TpNativeFn fn) { return newBuiltinFunction(name, fn, &tp_tuple_type); }

TpValue buildNamedTuple(TpValue name, TpValue fields, TpValue types, TpValue defaults, TpValue ns) {
  TpValue ns2 = tp_dict_new();
  tp_dict_setitem_str(ns2, "__module__", tp_str_intern("__main__"));
  std::string doc = view(name) + "(";
  for (int64_t i = 0; i < tp_list_size(fields); i++) {
    TpValue f = tp_list_get(fields, i);  // a str (checked by the callers)
    doc += (i ? ", " : "") + (tp_is_str(f) ? view(f) : std::string());
  }
  tp_dict_setitem_str(ns2, "__doc__", str(doc + ")"));
  if (ns != TP_NULL) tp_dict_update(ns2, ns);
  TpValue field_tuple = tp_tuple_new(tp_list_size(fields), tp_list_items(fields));
  TpValue ann = tp_dict_new();
  for (int64_t i = 0; i < tp_list_size(fields); i++) {
    TpValue f = tp_list_get(fields, i);
    if (!tp_is_str(f)) raiseTypeError("Type names and field names must be strings");
    if (tp_str_size(f) > 0 && tp_str_data(f)[0] == '_')
      raiseValueError("Field names cannot start with an underscore: %s", view(tp_repr(f)).c_str());
    tp_dict_setitem(ann, f, tp_list_get(types, i));
    auto* acc = allocObject<TpTupleGetter>(&tp_tuplegetter_type);
    acc->index = i;
    acc->doc = str("Alias for field number " + std::to_string(i));
    tp_dict_setitem(ns2, f, tp_from_object(acc));
  }
  tp_dict_setitem_str(ns2, "__annotations__", ann);
  tp_dict_setitem_str(ns2, "_fields", field_tuple);
  tp_dict_setitem_str(ns2, "__match_args__", field_tuple);
  tp_dict_setitem_str(ns2, "_field_defaults", defaults);
  tp_dict_setitem_str(ns2, "__new__", newBuiltinFunction("__new__", ntNew));
  tp_dict_setitem_str(ns2, "__repr__", method("__repr__", ntRepr));
  tp_dict_setitem_str(ns2, "_asdict", method("_asdict", ntAsDict));
  tp_dict_setitem_str(ns2, "_replace", method("_replace", ntReplace));
  tp_dict_setitem_str(ns2, "__getnewargs__", method("__getnewargs__", ntGetNewArgs));
  tp_dict_setitem_str(ns2, "_make", call(tp_from_object(&tp_classmethod_type), {newBuiltinFunction("_make", ntMake)}));
  for (const char* k : {"__classcell__", "__taipan_slots__"}) tp_dict_del(ns2, tp_str_intern(k));
  TpValue base = tp_from_object(&tp_tuple_type);
  return tp_class_new(name, tp_tuple_new(1, &base), ns2);
}

// ---- TypedDict: calling the class gives a plain dict ----
TpValue tdNew(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_call(tp_from_object(&tp_dict_type), args + 1, nargs - 1, kwnames);
}
// class Ext(Movie, total=False): a TypedDict's subclass merges the
// annotations of its bases and records `total`.
TpValue tdInitSubclass(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue cls = args[0];
  TpType* t = reinterpret_cast<TpType*>(tp_as_object(cls));
  TpValue total = TP_TRUE;
  for (int64_t i = 0; i < kwCount(kwnames); i++) {
    if (strcmp(kwName(kwnames, i), "total"))
      raiseTypeError("TypedDict() got an unexpected keyword argument '%s'", kwName(kwnames, i));
    total = args[nargs + i];
  }
  TpValue merged = tp_dict_new();
  TpValue mro = clsAttr(cls, "__mro__");
  for (int64_t i = tp_tuple_size(mro); i-- > 0;) {
    TpType* b = reinterpret_cast<TpType*>(tp_as_object(tp_tuple_get(mro, i)));
    TpValue ann = typeDict(b) != TP_NULL ? tp_dict_getitem_str(b->dict, "__annotations__") : TP_NULL;
    if (ann != TP_NULL && tp_is_dict(ann)) tp_dict_update(merged, ann);
  }
  tp_dict_setitem_str(t->dict, "__annotations__", merged);
  tp_dict_setitem_str(t->dict, "__total__", total);
  typeModified(t);
  return TP_NONE;
}

TpValue buildTypedDict(TpValue name, TpValue annotations, TpValue ns, TpValue bases) {
  TpValue ns2 = tp_dict_new();
  tp_dict_setitem_str(ns2, "__module__", tp_str_intern("__main__"));
  tp_dict_update(ns2, ns);
  tp_dict_setitem_str(ns2, "__annotations__", annotations);
  if (tp_dict_getitem_str(ns2, "__total__") == TP_NULL) tp_dict_setitem_str(ns2, "__total__", TP_TRUE);
  tp_dict_setitem_str(ns2, "__new__", newBuiltinFunction("__new__", tdNew));
  tp_dict_setitem_str(
      ns2, "__init_subclass__",
      call(tp_from_object(&tp_classmethod_type), {newBuiltinFunction("__init_subclass__", tdInitSubclass)}));
  for (const char* k : {"__classcell__", "__taipan_slots__"}) tp_dict_del(ns2, tp_str_intern(k));
  TpValue base = tp_from_object(&tp_dict_type);
  return tp_class_new(name, tp_tuple_new(1, &base), ns2);
}

// ---- Protocol ----
TpValue g_protocol = TP_NULL;

bool isProtocolClass(TpValue cls) {
  if (cls == g_protocol) return true;
  TpValue bases = clsAttr(cls, "__bases__");
  for (int64_t i = 0; i < tp_tuple_size(bases); i++)
    if (tp_tuple_get(bases, i) == g_protocol) return true;
  return false;
}

bool skippedMember(const char* n) {
  static const char* const kSkip[] = {"__module__",        "__qualname__",         "__doc__",
                                      "__dict__",          "__weakref__",          "__annotations__",
                                      "__init__",          "__taipan_slots__",     "__classcell__",
                                      "__slots__",         "__abstractmethods__",  "__parameters__",
                                      "__class_getitem__", "__init_subclass__",    "__orig_bases__",
                                      "_is_protocol",      "_is_runtime_protocol", "__protocol_attrs__",
                                      "__new__",           "__subclasshook__"};
  for (const char* s : kSkip)
    if (!strcmp(s, n)) return true;
  return false;
}

TpValue protocolInstanceCheck(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__instancecheck__", nargs - 1, 1, 1);
  TpValue cls = args[0], obj = args[1];
  TpType* ct = reinterpret_cast<TpType*>(tp_as_object(cls));
  if (tp_is_subtype(tp_type_of(obj), ct)) return TP_TRUE;
  if (!isProtocolClass(cls)) return TP_FALSE;
  TpValue rt = tp_dict_getitem_str(ct->dict, "_is_runtime_protocol");
  if (cls == g_protocol || rt == TP_NULL || !tp_truth(rt))
    raiseTypeError("Instance and class checks can only be used with @runtime_checkable protocols");
  TpValue mro = clsAttr(cls, "__mro__");
  for (int64_t i = 0; i < tp_tuple_size(mro); i++) {
    TpValue c = tp_tuple_get(mro, i);
    if (c == g_protocol || c == tp_from_object(&tp_object_type) || !isProtocolClass(c)) continue;
    TpValue d = reinterpret_cast<TpType*>(tp_as_object(c))->dict;
    std::vector<TpValue> names;
    int64_t pos = 0;
    TpValue k, v;
    while (tp_dict_next(d, &pos, &k, &v))
      if (!skippedMember(tp_str_data(k))) names.push_back(k);
    TpValue ann = tp_dict_getitem_str(d, "__annotations__");
    if (ann != TP_NULL && tp_is_dict(ann)) {
      pos = 0;
      while (tp_dict_next(ann, &pos, &k, &v)) names.push_back(k);
    }
    for (TpValue n : names) {
      TpValue got;
      try {
        got = tp_getattr(obj, n);
      } catch (TpRaised& r) {
        if (!excIsInstance(r.exc, &tp_exc_AttributeError)) throw;
        return TP_FALSE;
      }
      TpValue mine = tp_dict_get(d, n);
      if (got == TP_NONE && mine != TP_NULL && tp_truth(call(tp_builtin("callable"), {mine}))) return TP_FALSE;
    }
  }
  return TP_TRUE;
}

TpValue runtimeCheckable(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("runtime_checkable", nargs, 1, 1);
  TpValue cls = args[0];
  if (!isTypeObj(cls) || !isProtocolClass(cls))
    raiseTypeError("@runtime_checkable can be only applied to protocol classes, got %s", view(tp_repr(cls)).c_str());
  tp_dict_setitem_str(reinterpret_cast<TpType*>(tp_as_object(cls))->dict, "_is_runtime_protocol", TP_TRUE);
  return cls;
}

// ---- helpers of the module ----
TpValue identityDecorator(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return nargs == 1 ? args[0] : TP_NONE;
}
TpValue g_generic = TP_NULL;
// Generic[T] and Protocol[T] are the classes themselves; a user generic
// class subscripted (Box[int]) is an alias: repr __main__.Box[int],
// __origin__/__args__, calling it makes a Box, a base class resolves to Box.
TpValue classGetItemSelf(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__class_getitem__", nargs, 2, 2);
  TpValue cls = args[0];
  if (cls == g_generic || cls == g_protocol) return cls;
  TpValue key = args[1];
  std::vector<TpValue> parts;
  if (tp_is_tuple(key))
    for (int64_t i = 0; i < tp_tuple_size(key); i++) parts.push_back(tp_tuple_get(key, i));
  else
    parts.push_back(key);
  for (TpValue& p : parts)
    if (p == TP_NONE) p = noneType();
  return newAlias("", tp_tuple_new((int64_t)parts.size(), parts.data()), cls);
}

// A plain class `name` in module `module` whose subscription returns itself.
TpValue makeSimpleClass(const char* name, const char* module, TpValue meta = TP_NULL) {
  TpValue ns = tp_dict_new();
  tp_dict_setitem_str(ns, "__module__", tp_str_intern(module));
  TpValue cg = newBuiltinFunction("__class_getitem__", classGetItemSelf);
  tp_dict_setitem_str(ns, "__class_getitem__", call(tp_from_object(&tp_classmethod_type), {cg}));
  if (meta != TP_NULL) return call(meta, {tp_str_intern(name), tp_tuple_new(0, nullptr), ns});
  return tp_class_new(tp_str_intern(name), tp_tuple_new(0, nullptr), ns);
}

// A string annotation naming a global or builtin resolves to it.
TpValue resolveHint(TpValue v) {
  if (v == TP_NONE) return noneType();
  if (!tp_is_str(v)) return v;
  try {
    TpValue main = tp_import("__main__");
    needModuleDict(main, v);
    TpValue g = reinterpret_cast<TpModule*>(tp_as_object(main))->dict;
    TpValue r = tp_dict_get(g, v);
    if (r == TP_NULL) r = tp_builtin(tp_str_data(v));
    if (r != TP_NULL) return r;
  } catch (TpRaised&) {
  }
  raiseNameError("name '%s' is not defined", tp_str_data(v));
}
TpValue getTypeHints(const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (nargs < 1) raiseTypeError("get_type_hints() missing 1 required positional argument: 'obj'");
  TpValue obj = args[0];
  TpValue out = tp_dict_new();
  auto addFrom = [&](TpValue ann) {
    if (ann == TP_NULL || !tp_is_dict(ann)) return;
    int64_t pos = 0;
    TpValue k, v;
    while (tp_dict_next(ann, &pos, &k, &v)) tp_dict_setitem(out, k, resolveHint(v));
  };
  if (isTypeObj(obj)) {
    TpValue mro = clsAttr(obj, "__mro__");
    for (int64_t i = tp_tuple_size(mro); i-- > 0;) {
      TpType* t = reinterpret_cast<TpType*>(tp_as_object(tp_tuple_get(mro, i)));
      if (typeDict(t) != TP_NULL) addFrom(tp_dict_getitem_str(t->dict, "__annotations__"));
    }
    return out;
  }
  TpValue ann;
  try {
    ann = tp_getattr(obj, tp_str_intern("__annotations__"));
  } catch (TpRaised& r) {
    if (!excIsInstance(r.exc, &tp_exc_AttributeError)) throw;
    raiseTypeError("%s is not a module, class, method, or function.", view(tp_repr(obj)).c_str());
  }
  addFrom(ann);
  return out;
}

}  // namespace

TpType tp_typing_form_type = {TP_TYPE_HEAD("_SpecialForm"),
                              .instance_size = sizeof(TpTypingForm),
                              .new_ = formNew,
                              .repr = formRepr,
                              .binop = formBinop,
                              .getitem = formGetItem,
                              .call = formCall,
                              .getattr = formGetAttr};
// typing's aliases (List[int]) and types.GenericAlias (list[int]) behave
// alike under two type names.
#define TP_ALIAS_TYPE(name)                                                                             \
  {                                                                                                     \
    TP_TYPE_HEAD(name), .instance_size = sizeof(TpTypingAlias), .repr = aliasRepr, .binop = aliasBinop, \
                        .getitem = aliasGetItem, .call = aliasCall, .getattr = aliasGetAttr             \
  }
TpType tp_typing_alias_type = TP_ALIAS_TYPE("_GenericAlias");
TpType tp_generic_alias_type = TP_ALIAS_TYPE("GenericAlias");
#undef TP_ALIAS_TYPE
TpType tp_tuplegetter_type = {TP_TYPE_HEAD("_tuplegetter"), .instance_size = sizeof(TpTupleGetter), .repr = getterRepr,
                              .descr_get = getterGet, .descr_set = getterSet};
TpType tp_typevar_type = {TP_TYPE_HEAD("TypeVar"), .instance_size = sizeof(TpTypeVar), .repr = typeVarRepr,
                          .binop = formBinop};
TpType tp_typevartuple_type = {TP_TYPE_HEAD("TypeVarTuple"), .instance_size = sizeof(TpTypeVar), .repr = typeVarRepr};
TpType tp_paramspec_type = {TP_TYPE_HEAD("ParamSpec"), .instance_size = sizeof(TpTypeVar), .repr = typeVarRepr,
                            .binop = formBinop};
TpType tp_type_alias_type = {TP_TYPE_HEAD("TypeAliasType"), .instance_size = sizeof(TpTypeAlias), .repr = typeAliasRepr,
                             .binop = formBinop, .getitem = typeAliasGetItem};
TpType tp_union_type = {TP_TYPE_HEAD("UnionType"), .instance_size = sizeof(TpUnionType), .repr = unionRepr,
                        .binop = typeOrBinop};

// list[int], dict[str, int], ...: a types.GenericAlias stand-in.
TpValue tp::newGenericAlias(TpValue origin, TpValue key) {
  TpValue args = tp_is_tuple(key) ? key : tp_tuple_new(1, &key);
  return newAlias("", args, origin, &tp_generic_alias_type);
}

void tp::initTyping() {
  readyType(&tp_typing_form_type, nullptr, nullptr, true);
  readyType(&tp_typing_alias_type, kAliasMethods, nullptr, true);
  readyType(&tp_typevar_type, nullptr, kTypeVarGetSets, true);
  readyType(&tp_typevartuple_type, nullptr, kTypeParamGetSets, true);
  readyType(&tp_paramspec_type, nullptr, kTypeParamGetSets, true);
  readyType(&tp_type_alias_type, nullptr, kTypeAliasGetSets, true);
  readyType(&tp_union_type, kUnionMethods, kUnionGetSets, true);
  readyType(&tp_generic_alias_type, kAliasMethods, nullptr, true);
  readyType(&tp_tuplegetter_type, kGetterMethods, kGetterGetSets, true);
  tp_tuplegetter_type.module = tp_str_intern("_collections");
  tp_typing_form_type.module = tp_str_intern("typing");
  tp_typing_alias_type.module = tp_str_intern("typing");
  tp_union_type.module = tp_str_intern("types");
  tp_generic_alias_type.module = tp_str_intern("types");
  tp_type_type.binop = typeOrBinop;  // int | str
  TpValue m = newBuiltinModule("typing");
  static const char* const forms[] = {"Any",
                                      "Union",
                                      "Optional",
                                      "List",
                                      "Dict",
                                      "Set",
                                      "FrozenSet",
                                      "Tuple",
                                      "Callable",
                                      "Iterable",
                                      "Iterator",
                                      "Generator",
                                      "Sequence",
                                      "MutableSequence",
                                      "Mapping",
                                      "MutableMapping",
                                      "AbstractSet",
                                      "MutableSet",
                                      "Type",
                                      "TypeVar",
                                      "ClassVar",
                                      "Final",
                                      "Literal",
                                      "NamedTuple",
                                      "NoReturn",
                                      "Never",
                                      "DefaultDict",
                                      "Deque",
                                      "Counter",
                                      "OrderedDict",
                                      "Hashable",
                                      "Sized",
                                      "Container",
                                      "Collection",
                                      "Reversible",
                                      "Awaitable",
                                      "Coroutine",
                                      "AsyncIterator",
                                      "AsyncIterable",
                                      "SupportsInt",
                                      "SupportsFloat",
                                      "SupportsAbs",
                                      "IO",
                                      "TextIO",
                                      "BinaryIO",
                                      "Pattern",
                                      "Match",
                                      "AnyStr",
                                      "Text",
                                      "NewType",
                                      "cast",
                                      "Annotated",
                                      "TypeAlias",
                                      "ParamSpec",
                                      "Concatenate",
                                      "Self",
                                      "LiteralString",
                                      "TypedDict",
                                      "Required",
                                      "NotRequired",
                                      "TypeGuard",
                                      "Unpack",
                                      "TypeVarTuple",
                                      "ChainMap"};
  for (const char* f : forms) {
    auto* o = allocObject<TpTypingForm>(&tp_typing_form_type);
    o->name = f;
    setModuleAttr(m, f, tp_from_object(o));
  }
  for (const char* d : {"overload", "final", "no_type_check", "override"})
    registerModuleFunction(m, d, identityDecorator);
  registerModuleFunction(m, "runtime_checkable", runtimeCheckable);
  registerModuleFunction(m, "get_type_hints", getTypeHints);
  registerModuleFunction(m, "_pep695_typevar", pep695TypeVar);
  registerModuleFunction(m, "_pep695_typevartuple", pep695TypeVarTuple);
  registerModuleFunction(m, "_pep695_paramspec", pep695ParamSpec);
  registerModuleFunction(m, "_pep695_alias", pep695Alias);
  setModuleAttr(m, "TYPE_CHECKING", TP_FALSE);
  // Generic and Protocol are real classes so user classes can derive from
  // them (and from Generic[T]); subscripting returns the class itself.
  // Protocol's metaclass checks @runtime_checkable protocols' members.
  g_generic = makeSimpleClass("Generic", "typing");
  setModuleAttr(m, "Generic", g_generic);
  TpValue mns = tp_dict_new();
  tp_dict_setitem_str(mns, "__module__", tp_str_intern("typing"));
  tp_dict_setitem_str(mns, "__instancecheck__",
                      newBuiltinFunction("__instancecheck__", protocolInstanceCheck, &tp_type_type));
  TpValue type_base = tp_from_object(&tp_type_type);
  TpValue meta = tp_class_new(tp_str_intern("_ProtocolMeta"), tp_tuple_new(1, &type_base), mns);
  g_protocol = makeSimpleClass("Protocol", "typing", meta);
  setModuleAttr(m, "Protocol", g_protocol);
}
