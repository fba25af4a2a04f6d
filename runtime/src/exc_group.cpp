// Exception groups (PEP 654): BaseExceptionGroup/ExceptionGroup construction
// with CPython's checks, message/exceptions, str, subgroup/split/derive (the
// split parts copy __cause__, __context__, the traceback and __notes__ from
// the group they come from), and the run-time half of `except*`: the state
// that one try/except* statement threads through its clauses
// (tp_excstar_begin/match/raised/end), which splits the group clause by
// clause and combines what the clauses raised with the unhandled rest, as
// CPython's CHECK_EG_MATCH and PREP_RERAISE_STAR do.
//
// Layout: a group is a TpBaseException whose `extra` is the message (str) and
// `extra2` the exceptions (tuple); `args` is (message, the sequence given).
#include <gc.h>

#include <cstring>
#include <vector>

#include "runtime.h"
#include "taipan/list.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

namespace {

inline TpBaseException* asExc(TpValue v) { return reinterpret_cast<TpBaseException*>(tp_as_object(v)); }
inline bool isType(TpValue v) { return tp_is_object(v) && (tp_type_of_object(v)->flags & TP_TYPE_TYPE_SUBCLASS); }
inline TpType* asType(TpValue v) { return reinterpret_cast<TpType*>(tp_as_object(v)); }
inline bool isExcClass(TpValue v) { return isType(v) && (asType(v)->flags & TP_TYPE_EXC_SUBCLASS); }

bool isGroup(TpValue v) { return isExcInstance(v) && isInstance(v, &tp_exc_BaseExceptionGroup); }

TpValue groupNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (kwCount(kwnames)) raiseTypeError("%s() takes no keyword arguments", type->name);
  if (nargs != 2)
    raiseTypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%lld given)", (long long)nargs);
  if (!tp_is_str(args[0]))
    raiseTypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", typeName(args[0]));
  TpValue seq = args[1];
  bool sequence = tp_is_tuple(seq) || tp_is_list(seq) || tp_is_str(seq);
  if (!sequence && tp_is_object(seq) && !isType(seq)) {
    TpType* t = tp_type_of(seq);
    sequence = (t->flags & TP_TYPE_HEAPTYPE) && lookupTypeCStr(t, "__getitem__") != TP_NULL &&
               lookupTypeCStr(t, "__len__") != TP_NULL;
  }
  if (!sequence) raiseTypeError("second argument (exceptions) must be a sequence");
  TpValue excs = tp_tuple_from_iter(seq);
  int64_t n = tp_tuple_size(excs);
  if (n == 0) raiseValueError("second argument (exceptions) must be a non-empty sequence");
  bool nested_base = false;
  for (int64_t i = 0; i < n; i++) {
    TpValue e = tp_tuple_get(excs, i);
    if (!isExcInstance(e))
      raiseValueError("Item %lld of second argument (exceptions) is not an exception", (long long)i);
    if (!isInstance(e, &tp_exc_Exception)) nested_base = true;
  }
  if (type == &tp_exc_BaseExceptionGroup) {
    if (!nested_base) type = &tp_exc_ExceptionGroup;
  } else if (type == &tp_exc_ExceptionGroup) {
    if (nested_base) raiseTypeError("Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nested_base && tp_is_subtype(type, &tp_exc_Exception)) {
    raiseTypeError("Cannot nest BaseExceptions in '%s'", type->name);
  }
  auto* e = reinterpret_cast<TpBaseException*>(tp_alloc(type, type->instance_size));
  e->args = tp_tuple_new(2, args);
  e->cause = TP_NONE;
  e->context = TP_NONE;
  e->extra = args[0];
  e->extra2 = excs;
  return tp_from_object(e);
}

// BaseException.__init__ would store every argument in args; a group keeps
// the (message, exceptions) pair that __new__ set.
void groupInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {}

TpValue groupStr(TpValue self) {
  int64_t n = tp_tuple_size(asExc(self)->extra2);
  std::string s = strString(asExc(self)->extra);
  s += " (" + std::to_string(n) + (n == 1 ? " sub-exception)" : " sub-exceptions)");
  return tp_str_from_utf8(s.data(), (int64_t)s.size());
}

TpValue getMessage(TpValue s) { return asExc(s)->extra; }
TpValue getExceptions(TpValue s) { return asExc(s)->extra2; }

bool isCallable(TpValue v) {
  TpType* t = tp_type_of(v);
  return t->call != nullptr || t == &tp_function_type || t == &tp_builtin_function_type || t == &tp_method_type;
}

// What split/subgroup accept: an exception type, a tuple of them, or a predicate.
enum class MatcherKind { Type, Predicate };
MatcherKind matcherKind(TpValue m) {
  if (isExcClass(m)) return MatcherKind::Type;
  if (tp_is_tuple(m)) {
    bool ok = true;
    for (int64_t i = 0, n = tp_tuple_size(m); i < n; i++)
      if (!isExcClass(tp_tuple_get(m, i))) ok = false;
    if (ok) return MatcherKind::Type;
  } else if (!isType(m) && isCallable(m)) {
    return MatcherKind::Predicate;
  }
  raiseTypeError("expected a function, exception type or tuple of exception types");
}

bool matches(TpValue exc, TpValue m, MatcherKind k) {
  if (k == MatcherKind::Type) return tp_exc_matches(exc, m);
  return tp_truth(tp_call(m, &exc, 1, TP_NULL));
}

TpValue notesOf(TpValue exc) { return genericGetAttr(exc, tp_str_intern("__notes__")); }

// The derived group gets the metadata of `from`, as CPython's split does.
TpValue deriveAndCopy(TpValue from, const std::vector<TpValue>& items) {
  TpValue list = tp_list_new((int64_t)items.size(), items.data());
  TpValue eg = callMethod(from, "derive", &list, 1);
  if (!isGroup(eg)) raiseTypeError("derive must return an instance of BaseExceptionGroup");
  TpBaseException *d = asExc(eg), *s = asExc(from);
  d->cause = s->cause;
  d->context = s->context;
  d->suppress_context = s->suppress_context;
  d->traceback = s->traceback;
  TpValue notes = notesOf(from);
  if (notes != TP_NULL) {
    TpValue copy = tp_is_list(notes) ? tp_list_new(tp_list_size(notes), nullptr) : notes;
    if (tp_is_list(notes))
      for (int64_t i = 0; i < tp_list_size(notes); i++) tp_list_items(copy)[i] = tp_list_get(notes, i);
    genericSetAttr(eg, tp_str_intern("__notes__"), copy);
  }
  return eg;
}

// (match, rest); either may be TP_NULL. With want_rest false only match is built.
void splitRec(TpValue exc, TpValue m, MatcherKind k, bool want_rest, TpValue* match, TpValue* rest) {
  *match = *rest = TP_NULL;
  if (matches(exc, m, k)) {
    *match = exc;
    return;
  }
  if (!isGroup(exc)) {
    *rest = exc;
    return;
  }
  std::vector<TpValue> ms, rs;
  TpValue excs = asExc(exc)->extra2;
  for (int64_t i = 0, n = tp_tuple_size(excs); i < n; i++) {
    TpValue a, b;
    splitRec(tp_tuple_get(excs, i), m, k, want_rest, &a, &b);
    if (a != TP_NULL) ms.push_back(a);
    if (b != TP_NULL) rs.push_back(b);
  }
  if (!ms.empty()) *match = deriveAndCopy(exc, ms);
  if (want_rest && !rs.empty()) *rest = deriveAndCopy(exc, rs);
}

TpValue orNone(TpValue v) { return v == TP_NULL ? TP_NONE : v; }

TpValue groupSplit(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("split", nargs, 2, 2);
  MatcherKind k = matcherKind(args[1]);
  TpValue match, rest;
  splitRec(args[0], args[1], k, true, &match, &rest);
  TpValue pair[2] = {orNone(match), orNone(rest)};
  return tp_tuple_new(2, pair);
}

TpValue groupSubgroup(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("subgroup", nargs, 2, 2);
  MatcherKind k = matcherKind(args[1]);
  TpValue match, rest;
  splitRec(args[0], args[1], k, false, &match, &rest);
  return orNone(match);
}

TpValue groupDerive(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("derive", nargs, 2, 2);
  TpValue a[2] = {asExc(args[0])->extra, args[1]};
  return tp_call(tp_from_object(&tp_exc_BaseExceptionGroup), a, 2, TP_NULL);
}

const GetSetDef kGroupGetSets[] = {{"message", getMessage}, {"exceptions", getExceptions}, {nullptr, nullptr}};
const MethodDef kGroupMethods[] = {
    {"split", groupSplit}, {"subgroup", groupSubgroup}, {"derive", groupDerive}, {nullptr, nullptr}};

// ---- except* ----
// The state of one try/except* statement is a list:
// [orig, rest (TP_NONE once everything matched), raised...].
bool typeIsGroupClass(TpValue cls) {
  if (tp_is_tuple(cls)) {
    for (int64_t i = 0, n = tp_tuple_size(cls); i < n; i++)
      if (typeIsGroupClass(tp_tuple_get(cls, i))) return true;
    return false;
  }
  return isType(cls) && tp_is_subtype(asType(cls), &tp_exc_BaseExceptionGroup);
}

void collectLeaves(TpValue exc, std::vector<TpValue>& out) {
  if (exc == TP_NONE || exc == TP_NULL) return;
  if (!isGroup(exc)) {
    out.push_back(exc);
    return;
  }
  TpValue excs = asExc(exc)->extra2;
  for (int64_t i = 0, n = tp_tuple_size(excs); i < n; i++) collectLeaves(tp_tuple_get(excs, i), out);
}

bool contains(const std::vector<TpValue>& v, TpValue x) {
  for (TpValue y : v)
    if (y == x) return true;
  return false;
}

// The part of `exc` whose leaves are in `keep`, keeping its structure.
TpValue projection(TpValue exc, const std::vector<TpValue>& keep) {
  if (!isGroup(exc)) return contains(keep, exc) ? exc : TP_NULL;
  std::vector<TpValue> parts;
  TpValue excs = asExc(exc)->extra2;
  bool all = true;
  for (int64_t i = 0, n = tp_tuple_size(excs); i < n; i++) {
    TpValue sub = tp_tuple_get(excs, i);
    TpValue p = projection(sub, keep);
    if (p != sub) all = false;
    if (p != TP_NULL) parts.push_back(p);
  }
  if (all) return exc;
  if (parts.empty()) return TP_NULL;
  return deriveAndCopy(exc, parts);
}

// The part of `from` a clause handles counts as caught by this frame, so a
// bare `raise` of it adds no traceback entry here (as CPython's RERAISE).
TpValue caughtHere(TpValue part, TpValue from) {
  if (part != from) {
    asExc(part)->caught_info = asExc(from)->caught_info;
  }
  return part;
}

// Re-raises an exception this frame caught (orig) or a part of it: the
// frame is already in its traceback (tp_landing_at recorded it).
[[noreturn]] void reraiseCaught(TpValue e, TpValue orig) {
  if (!asExc(e)->caught_info) asExc(e)->caught_info = asExc(orig)->caught_info;
  tp_reraise_exc(e);
}

}  // namespace

void initExceptionGroups() {
  tp_exc_BaseExceptionGroup.new_ = groupNew;
  tp_exc_BaseExceptionGroup.init = groupInit;
  tp_exc_BaseExceptionGroup.str = groupStr;
  readyType(&tp_exc_BaseExceptionGroup, kGroupMethods, kGroupGetSets);
  // ExceptionGroup derives from both BaseExceptionGroup and Exception.
  readyType(&tp_exc_ExceptionGroup);
  TpValue bases[2] = {tp_from_object(&tp_exc_BaseExceptionGroup), tp_from_object(&tp_exc_Exception)};
  tp_exc_ExceptionGroup.bases = tp_tuple_new(2, bases);
  TpValue mro[5] = {tp_from_object(&tp_exc_ExceptionGroup), bases[0], bases[1], tp_from_object(&tp_exc_BaseException),
                    tp_from_object(&tp_object_type)};
  tp_exc_ExceptionGroup.mro = tp_tuple_new(5, mro);
}

TpValue tp::newExceptionGroup(TpValue msg, TpValue list) {
  TpValue a[2] = {msg, list};
  return tp_call(tp_from_object(&tp_exc_BaseExceptionGroup), a, 2, TP_NULL);
}

bool tp::isExceptionGroup(TpValue v) { return isGroup(v); }

extern "C" TpValue tp_excstar_begin(TpValue exc) {
  TpValue items[2] = {exc, exc};
  return tp_list_new(2, items);
}

extern "C" TpValue tp_excstar_match(TpValue state, TpValue cls) {
  if (typeIsGroupClass(cls)) raiseTypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
  TpValue rest = tp_list_get(state, 1);
  if (rest == TP_NONE) {
    tp_exc_matches(tp_list_get(state, 0), cls);  // still checks the class
    return TP_NULL;
  }
  if (!isGroup(rest)) {
    if (!tp_exc_matches(rest, cls)) return TP_NULL;
    TpValue one = tp_tuple_new(1, &rest);
    TpValue wrapped = newExceptionGroup(tp_str_empty(), one);
    tp_list_items(state)[1] = TP_NONE;
    return caughtHere(wrapped, rest);
  }
  if (!isExcClass(cls) && !tp_is_tuple(cls))
    raiseTypeError("catching classes that do not inherit from BaseException is not allowed");
  TpValue match, r;
  splitRec(rest, cls, MatcherKind::Type, true, &match, &r);
  if (match == TP_NULL) return TP_NULL;
  tp_list_items(state)[1] = orNone(r);
  return caughtHere(match, rest);
}

extern "C" void tp_excstar_raised(TpValue state, TpValue exc) { tp_list_append(state, exc); }

extern "C" void tp_excstar_end(TpValue state) {
  TpValue orig = tp_list_get(state, 0);
  TpValue rest = tp_list_get(state, 1);
  int64_t n = tp_list_size(state);
  if (!isGroup(orig)) {
    // A naked exception: at most one clause ran.
    TpValue r = n > 2 ? tp_list_get(state, 2) : rest;
    if (r == TP_NONE) return;
    reraiseCaught(r, orig);
  }
  std::vector<TpValue> raised, keep;
  collectLeaves(rest, keep);
  TpBaseException* o = asExc(orig);
  for (int64_t i = 2; i < n; i++) {
    TpValue e = tp_list_get(state, i);
    TpBaseException* x = asExc(e);
    if (x->cause == o->cause && x->context == o->context)
      collectLeaves(e, keep);
    else
      raised.push_back(e);
  }
  TpValue reraised = keep.empty() ? TP_NULL : projection(orig, keep);
  if (reraised != TP_NULL) raised.push_back(reraised);
  if (raised.empty()) return;
  if (raised.size() == 1) reraiseCaught(raised[0], orig);
  TpValue eg = newExceptionGroup(tp_str_empty(), tp_list_new((int64_t)raised.size(), raised.data()));
  reraiseCaught(eg, orig);
}
