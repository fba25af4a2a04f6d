// The runtime side of the `match` statement (runtime/include/taipan/match.h):
// the sequence, mapping and class pattern tests with PEP 634's rules as
// CPython 3.11 applies them (which types count as sequences and mappings,
// `get` lookups for mapping keys, __match_args__ and the builtin types that
// match themselves for class patterns) and CPython's error messages.
#include "taipan/match.h"

#include <vector>

#include "runtime.h"
#include "taipan/dict.h"
#include "taipan/int.h"
#include "taipan/list.h"
#include "taipan/tuple.h"

using namespace tp;

namespace {

// Sequences for pattern matching: list, tuple and range and their subclasses
// (str, bytes and bytearray never are).
bool isMatchSequence(TpValue v) {
  TpType* t = tp_type_of(v);
  return tp_is_subtype(t, &tp_list_type) || tp_is_subtype(t, &tp_tuple_type) || tp_is_subtype(t, &tp_range_type);
}

int64_t lengthOf(TpValue v) {
  TpType* t = tp_type_of(v);
  if (!t->len) raiseTypeError("object of type '%s' has no len()", t->name);
  return t->len(v);
}

// The marker subject.get(key, marker) returns for a missing key.
TpValue missingMarker() {
  static TpValue marker = TP_NULL;
  if (marker == TP_NULL) marker = call(tp_from_object(&tp_object_type), {});
  return marker;
}

// Classes whose instances a single positional sub-pattern matches as a whole
// (`case int(x)`), inherited by their subclasses unless they define
// __match_args__.
bool matchesSelf(TpType* t) {
  static TpType* const kSelf[] = {&tp_bool_type, &tp_bytes_type, &tp_dict_type, &tp_float_type, &tp_frozenset_type,
                                  &tp_int_type,  &tp_list_type,  &tp_set_type,  &tp_str_type,   &tp_tuple_type};
  for (TpType* s : kSelf)
    if (tp_is_subtype(t, s)) return true;
  return false;
}

// One attribute of a class pattern; TypeError when `name` was already used.
TpValue classAttr(TpValue subject, TpType* cls, TpValue name, std::vector<TpValue>& seen) {
  for (TpValue s : seen)
    if (equalValues(s, name))
      raiseTypeError("%s() got multiple sub-patterns for attribute %s", cls->name, reprCStr(name));
  seen.push_back(name);
  return getAttrOrNull(subject, name);
}

}  // namespace

extern "C" TpValue tp_match_sequence(TpValue subject, int64_t n, int64_t star) {
  if (!isMatchSequence(subject)) return TP_NULL;
  int64_t len = lengthOf(subject);
  bool wild = star < -1;  // a `*_` at index -2 - star: its items are not collected
  int64_t at = wild ? -2 - star : star;
  if (at < 0 ? len != n : len < n - 1) return TP_NULL;
  if (!wild) return tp_unpack(subject, n, star);
  tp::KeepAlive hold(subject);  // the owner of `items`
  // `[a, *_, b]`: the items around the star are subscripted (negative indices
  // after it), as CPython does, so a long subject is not copied.
  TpValue out = tp_tuple_new(n, nullptr);
  TpType* t = tp_type_of(subject);
  const TpValue* items = nullptr;
  if (t == &tp_tuple_type) {
    items = tp_tuple_items(subject);
  } else if (t == &tp_list_type && tp_list_object(subject)->kind == TP_LIST_OBJECT) {
    items = tp_list_items(subject);
  }
  for (int64_t i = 0; i < n; i++) {
    TpValue v = TP_NONE;
    if (i != at) {
      int64_t index = i < at ? i : len - (n - i);
      v = items ? items[index] : tp_getitem(subject, tp_int_from_i64(i < at ? i : i - n));
    }
    tp_tuple_items(out)[i] = v;
  }
  return out;
}

extern "C" bool tp_match_mapping(TpValue subject, int64_t n) {
  if (!tp_is_dict(subject)) return false;
  return n == 0 || lengthOf(subject) >= n;
}

extern "C" TpValue tp_match_keys(TpValue subject, TpValue keys, int64_t want_rest) {
  int64_t n = tp_tuple_size(keys);
  const TpValue* k = tp_tuple_items(keys);
  std::vector<TpValue> values(n + (want_rest ? 1 : 0));
  TpValue get = TP_NULL;
  bool exact = tp_type_of(subject) == &tp_dict_type;
  if (!exact && n > 0) get = tp_getattr(subject, internStr("get"));
  for (int64_t i = 0; i < n; i++) {
    for (int64_t j = 0; j < i; j++)
      if (equalValues(k[j], k[i])) raiseValueError("mapping pattern checks duplicate key (%s)", reprCStr(k[i]));
    TpValue v;
    if (exact) {
      v = tp_dict_get(subject, k[i]);
    } else {
      v = call(get, {k[i], missingMarker()});
      if (v == missingMarker()) v = TP_NULL;
    }
    if (v == TP_NULL) return TP_NULL;
    values[i] = v;
  }
  if (want_rest) {
    TpValue rest = tp_dict_new();
    tp_dict_update(rest, subject);
    for (int64_t i = 0; i < n; i++) tp_dict_delitem(rest, k[i]);
    values[n] = rest;
  }
  return tp_tuple_new(static_cast<int64_t>(values.size()), values.data());
}

extern "C" TpValue tp_match_class(TpValue subject, TpValue cls, TpValue kwnames, int64_t npos) {
  if (!tp_is_object(cls) || !(tp_type_of_object(cls)->flags & TP_TYPE_TYPE_SUBCLASS))
    raiseTypeError("called match pattern must be a type");
  if (!isInstanceOfClass(subject, cls)) return TP_NULL;
  TpType* type = reinterpret_cast<TpType*>(tp_as_object(cls));
  std::vector<TpValue> attrs, seen;
  if (npos > 0) {
    TpValue match_args = getAttrOrNull(cls, internStr("__match_args__"));
    bool self = false;
    if (match_args != TP_NULL) {
      if (tp_type_of(match_args) != &tp_tuple_type)
        raiseTypeError("%s.__match_args__ must be a tuple (got %s)", type->name, typeName(match_args));
    } else {
      match_args = tp_tuple_new(0, nullptr);
      self = matchesSelf(type);
    }
    int64_t allowed = self ? 1 : tp_tuple_size(match_args);
    if (npos > allowed)
      raiseTypeError("%s() accepts %lld positional sub-pattern%s (%lld given)", type->name, (long long)allowed,
                     allowed == 1 ? "" : "s", (long long)npos);
    if (self) {
      attrs.push_back(subject);
    } else {
      for (int64_t i = 0; i < npos; i++) {
        TpValue name = tp_tuple_items(match_args)[i];
        if (tp_type_of(name) != &tp_str_type)
          raiseTypeError("__match_args__ elements must be strings (got %s)", typeName(name));
        TpValue attr = classAttr(subject, type, name, seen);
        if (attr == TP_NULL) return TP_NULL;
        attrs.push_back(attr);
      }
    }
  }
  for (int64_t i = 0; i < tp_tuple_size(kwnames); i++) {
    TpValue attr = classAttr(subject, type, tp_tuple_items(kwnames)[i], seen);
    if (attr == TP_NULL) return TP_NULL;
    attrs.push_back(attr);
  }
  return tp_tuple_new(static_cast<int64_t>(attrs.size()), attrs.data());
}
