// Unit tests of instance slots and attribute inline caches (object.h
// "Instance slots", fastpath.h): the layout tp_class_new gives a class from
// its __taipan_slots__ list, raw float storage, the move to the instance
// dict that keeps insertion order, and the tp_getattr_ic / tp_setattr_ic
// entry points including the float variants the compiler does not use yet:
// when they fill the cache, when they must not, and that a class change
// invalidates it.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "../../../runtime/src/runtime.h"
#include "taipan/abi.h"
#include "taipan/dict.h"
#include "taipan/fastpath.h"
#include "taipan/float.h"
#include "taipan/list.h"
#include "taipan/ops.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

namespace {

TpValue S(const char* s) { return tp_str_intern(s); }
// The name operand of an attribute cache site: a getter (fastpath.h TpNameFn).
#define N(lit) (+[]() -> TpValue { return tp_str_intern(lit); })
TpValue Int(int64_t i) { return tp_small_int(i); }
std::string Repr(TpValue v) {
  TpValue s = tp_repr(v);
  return std::string(tp_str_data(s), (size_t)tp_str_size(s));
}
template <class Fn>
std::string Raises(Fn fn) {
  try {
    fn();
  } catch (TpRaised& r) {
    return tp::exceptionLastLine(r.exc);
  }
  return "";
}

TpType* AsType(TpValue v) { return reinterpret_cast<TpType*>(tp_as_object(v)); }

// A class whose namespace lists `slots` as __taipan_slots__.
TpValue SlotClass(const char* name, std::initializer_list<const char*> slots, std::initializer_list<TpValue> bases = {},
                  TpValue ns = TP_NULL) {
  if (ns == TP_NULL) ns = tp_dict_new();
  std::vector<TpValue> names;
  for (const char* s : slots) names.push_back(tp_str_from_cstr(s));  // not interned: the runtime interns
  tp_dict_setitem_str(ns, "__taipan_slots__", tp_tuple_new((int64_t)names.size(), names.data()));
  return tp_class_new(S(name), tp_tuple_new((int64_t)bases.size(), bases.begin()), ns);
}

TpValue New(TpValue cls) { return tp_call(cls, nullptr, 0, TP_NULL); }
TpSlotWords* Words(TpValue obj) { return tp_slot_words(tp_as_object(obj), tp_type_of(obj)); }
TpValue Vars(TpValue obj) { return tp_getattr(obj, S("__dict__")); }
// The parts of a slot state word (object.h "Instance slots").
uint64_t Bits(const TpSlotWords* w, int shift) {
  uint64_t r = 0;
  if (w->state & 1)
    for (int i = 0; i < TP_MAX_SLOTS; i++)
      if (w->state >> (2 * i + shift) & 1) r |= UINT64_C(1) << i;
  return r;
}
uint64_t Pmask(const TpSlotWords* w) { return Bits(w, 1); }
uint64_t Fmask(const TpSlotWords* w) { return Bits(w, 2); }
bool DictMode(const TpSlotWords* w) { return !tp_slots_live(w->state); }

const char* const kParamsSelfName[] = {"self", "name"};
TpValue CodeGetAttribute(TpFunction*, const TpValue* args) { return S("intercepted"); }
const TpFuncInfo kInfoGetAttribute = {
    "__getattribute__", "G.__getattribute__", "__main__", "t.py", kParamsSelfName, 2, 0, 0, 0, 1, CodeGetAttribute};
TpValue CodeGetAttr(TpFunction*, const TpValue* args) { return S("fallback"); }
const TpFuncInfo kInfoGetAttr = {"__getattr__", "G.__getattr__", "__main__", "t.py", kParamsSelfName, 2, 0, 0, 0, 1,
                                 CodeGetAttr};
const char* const kParamsSelf[] = {"self"};
TpValue CodePropGet(TpFunction*, const TpValue* args) { return S("property"); }
const TpFuncInfo kInfoPropGet = {"x", "P.x", "__main__", "t.py", kParamsSelf, 1, 0, 0, 0, 1, CodePropGet};

class RuntimeSlots : public ::testing::Test {
 protected:
  void SetUp() override { tp_runtime_init(); }
};

TEST_F(RuntimeSlots, LayoutAndHiddenKey) {
  TpValue P = SlotClass("P", {"x", "y", "x"});
  TpType* t = AsType(P);
  EXPECT_EQ(t->nslots, 2);
  // The state word takes the __dict__ word's place: header, state, 2 slots.
  EXPECT_EQ(t->slots_offset, (int64_t)sizeof(TpObject));
  EXPECT_EQ(t->slots_offset, t->dict_offset);
  EXPECT_EQ(t->instance_size, 32);
  EXPECT_EQ(tp_dict_getitem_str(t->dict, "__taipan_slots__"), TP_NULL);
  EXPECT_EQ(tp_tuple_get(t->slot_names, 0), S("x"));  // interned
  // A subclass keeps the base's slots where they are and appends its own.
  TpValue Q = SlotClass("Q", {"z", "y"}, {P});
  TpType* q = AsType(Q);
  EXPECT_EQ(q->slots_offset, t->slots_offset);
  EXPECT_EQ(q->nslots, 3);
  EXPECT_EQ(tp_tuple_get(q->slot_names, 2), S("z"));
  // No new names: the base's layout is shared.
  TpValue R = SlotClass("R", {"x"}, {Q});
  EXPECT_EQ(AsType(R)->slot_names, q->slot_names);
  EXPECT_EQ(AsType(R)->instance_size, q->instance_size);
  // Exceptions: the slots follow the whole exception struct.
  TpValue E = SlotClass("E", {"code"}, {tp_from_object(&tp_exc_ValueError)});
  EXPECT_GE(AsType(E)->slots_offset, (int64_t)sizeof(TpBaseException));
  TpValue e = tp_call(E, nullptr, 0, TP_NULL);
  tp_setattr(e, Int(7), S("code"));
  EXPECT_EQ(Pmask(Words(e)), 1u);
  EXPECT_EQ(Repr(Vars(e)), "{'code': 7}");
  // Its dict word is separate: in dict mode the state word only says so.
  EXPECT_EQ(Words(e)->state, TP_SLOTS_DICT_STATE);
  tp_setattr(e, Int(8), S("code"));
  EXPECT_EQ(tp_getattr(e, S("code")), Int(8));
  // A list subclass: the state word replaces the dict word after the list.
  TpValue L = SlotClass("L", {"tag"}, {tp_from_object(&tp_list_type)});
  EXPECT_EQ(AsType(L)->slots_offset, AsType(L)->dict_offset);
  TpValue l = New(L);
  tp_setattr(l, Int(1), S("tag"));
  tp_setattr(l, Int(2), S("extra"));
  EXPECT_EQ(Repr(Vars(l)), "{'tag': 1, 'extra': 2}");
  // str subclasses keep variable-size text after the header: no slots.
  EXPECT_EQ(AsType(SlotClass("Text", {"a"}, {tp_from_object(&tp_str_type)}))->nslots, 0);
  // At most TP_MAX_SLOTS (31) slots; the rest live in the dict.
  TpValue names[70];
  char buf[70][8];
  for (int i = 0; i < 70; i++) {
    snprintf(buf[i], sizeof buf[i], "a%d", i);
    names[i] = S(buf[i]);
  }
  TpValue ns = tp_dict_new();
  tp_dict_setitem_str(ns, "__taipan_slots__", tp_tuple_new(70, names));
  TpValue W = tp_class_new(S("W"), tp_tuple_new(0, nullptr), ns);
  EXPECT_EQ(AsType(W)->nslots, TP_MAX_SLOTS);
  TpValue w = New(W);
  for (int i = 0; i < 70; i++) tp_setattr(w, Int(i), names[i]);
  EXPECT_TRUE(DictMode(Words(w)));      // a31 was not a slot: the dict took over
  EXPECT_EQ(Words(w)->state, Vars(w));  // the dict is the state word
  EXPECT_EQ(tp_dict_size(Vars(w)), 70);
  EXPECT_EQ(tp_getattr(w, S("a69")), Int(69));
}

TEST_F(RuntimeSlots, RawFloatsAndInsertionOrder) {
  TpValue P = SlotClass("P", {"x", "y", "z"});
  TpValue p = New(P);
  tp_setattr(p, tp_float_box(1.5), S("x"));
  tp_setattr(p, S("s"), S("y"));
  TpSlotWords* w = Words(p);
  EXPECT_EQ(Pmask(w), 3u);
  EXPECT_EQ(Fmask(w), 1u);
  double d;
  memcpy(&d, &w->slots[0], sizeof d);
  EXPECT_EQ(d, 1.5);
  TpValue a = tp_getattr(p, S("x")), b = tp_getattr(p, S("x"));
  EXPECT_EQ(tp_float_unbox(a), 1.5);
  EXPECT_NE(a, b);  // a new box per read
  EXPECT_EQ(tp_getattr(p, S("y")), S("s"));
  // Deleting the newest slot keeps the slots; any other delete moves to the dict.
  tp_delattr(p, S("y"));
  EXPECT_EQ(Pmask(w), 1u);
  tp_setattr(p, Int(2), S("y"));
  tp_setattr(p, Int(3), S("z"));
  tp_delattr(p, S("x"));
  EXPECT_TRUE(DictMode(w));
  EXPECT_EQ(Repr(Vars(p)), "{'y': 2, 'z': 3}");
  // Out-of-order first store.
  TpValue q = New(P);
  tp_setattr(q, Int(1), S("z"));
  tp_setattr(q, Int(2), S("x"));
  EXPECT_EQ(Repr(Vars(q)), "{'z': 1, 'x': 2}");
  // A non-slot attribute.
  TpValue r = New(P);
  tp_setattr(r, Int(1), S("x"));
  tp_setattr(r, Int(2), S("other"));
  tp_setattr(r, Int(3), S("y"));
  EXPECT_EQ(Repr(Vars(r)), "{'x': 1, 'other': 2, 'y': 3}");
  // Reading __dict__ hands out the real dict for good.
  TpValue s = New(P);
  tp_setattr(s, tp_float_box(0.5), S("x"));
  TpValue d1 = Vars(s);
  tp_setattr(s, Int(9), S("y"));
  EXPECT_EQ(Repr(d1), "{'x': 0.5, 'y': 9}");
  EXPECT_EQ(Raises([&] { tp_getattr(New(P), S("x")); }), "AttributeError: 'P' object has no attribute 'x'");
  EXPECT_EQ(Raises([&] { tp_delattr(New(P), S("y")); }), "AttributeError: 'P' object has no attribute 'y'");
}

TEST_F(RuntimeSlots, CachesFillAndHit) {
  TpValue P = SlotClass("P", {"x", "y"});
  TpValue p = New(P);
  TpAttrCache c = {};
  tp_setattr_ic_f(p, N("x"), 2.25, &c);  // the first store of slot 0: allowed
  EXPECT_EQ(c.type, AsType(P));
  EXPECT_EQ(c.slot, 0);
  EXPECT_EQ(c.epoch, tp_type_epoch);
  EXPECT_EQ(Fmask(Words(p)), 1u);
  TpAttrCache g = {};
  double out = 0;
  EXPECT_EQ(tp_getattr_ic_f(p, N("x"), &g, &out), TP_NULL);  // slow path, raw float
  EXPECT_EQ(out, 2.25);
  EXPECT_EQ(g.type, AsType(P));
  out = 0;
  EXPECT_EQ(tp_getattr_ic_f(p, N("x"), &g, &out), TP_NULL);  // fast path
  EXPECT_EQ(out, 2.25);
  EXPECT_EQ(tp_float_unbox(tp_getattr_ic(p, N("x"), &g)), 2.25);
  // A non-float through the float getter comes back as the value.
  TpAttrCache sy = {}, gy = {};
  tp_setattr_ic(p, N("y"), S("word"), &sy);
  EXPECT_EQ(sy.slot, 1);
  EXPECT_EQ(tp_getattr_ic_f(p, N("y"), &gy, &out), S("word"));
  EXPECT_EQ(tp_getattr_ic_f(p, N("y"), &gy, &out), S("word"));
  // A boxed exact float through the generic setter is stored raw; other values clear the bit.
  tp_setattr_ic(p, N("y"), tp_float_box(-0.0), &sy);
  EXPECT_EQ(Fmask(Words(p)), 3u);
  EXPECT_EQ(Repr(tp_getattr_ic(p, N("y"), &gy)), "-0.0");
  tp_setattr_ic(p, N("x"), Int(5), &c);
  EXPECT_EQ(Fmask(Words(p)), 2u);
  EXPECT_EQ(tp_getattr_ic_f(p, N("x"), &g, &out), Int(5));
  // Another instance of the same class: the set site stores slot 0 first.
  TpValue q = New(P);
  tp_setattr_ic_f(q, N("x"), 1.0, &c);
  EXPECT_EQ(Pmask(Words(q)), 1u);
  // ...but not slot 1 before slot 0: the instance moves to its dict.
  TpValue r = New(P);
  tp_setattr_ic_f(r, N("y"), 3.0, &sy);
  tp_setattr_ic_f(r, N("x"), 4.0, &c);
  EXPECT_TRUE(DictMode(Words(r)));
  EXPECT_EQ(Repr(Vars(r)), "{'y': 3.0, 'x': 4.0}");
  EXPECT_EQ(tp_getattr_ic_f(r, N("x"), &g, &out), tp_dict_getitem_str(Vars(r), "x"));
  // Missing attributes raise like tp_getattr.
  EXPECT_EQ(Raises([&] { tp_getattr_ic_f(New(P), N("x"), &g, &out); }),
            "AttributeError: 'P' object has no attribute 'x'");
  // Anything that is not a slotted instance works and is never cached.
  TpAttrCache m = {};
  EXPECT_EQ(tp_getattr_ic(S("abc"), N("upper"), &m) != TP_NULL, true);
  EXPECT_EQ(m.type, nullptr);
  EXPECT_EQ(Raises([&] { tp_getattr_ic(Int(1), N("nope"), &m); }),
            "AttributeError: 'int' object has no attribute 'nope'");
  EXPECT_EQ(Raises([&] { tp_setattr_ic_f(Int(1), N("nope"), 1.0, &m); }),
            "AttributeError: 'int' object has no attribute 'nope'");
  EXPECT_EQ(m.type, nullptr);
}

TEST_F(RuntimeSlots, CachesRespectDescriptorsAndOverrides) {
  // A data descriptor of the slot's name: never cached; a class change
  // (a property added later) invalidates caches filled before.
  TpValue P = SlotClass("P", {"x"});
  TpValue p = New(P);
  TpAttrCache s = {}, g = {};
  double out;
  tp_setattr_ic_f(p, N("x"), 1.0, &s);
  EXPECT_EQ(tp_getattr_ic_f(p, N("x"), &g, &out), TP_NULL);
  uint64_t epoch = tp_type_epoch;
  tp_setattr(P, S("plain class attribute"), S("unrelated"));
  EXPECT_EQ(tp_type_epoch, epoch);  // a plain class attribute changes no cached lookup
  TpValue getter = tp_func_new(&kInfoPropGet, TP_NONE, TP_NONE, TP_NONE);
  TpValue prop = tp_call(tp_from_object(&tp_property_type), &getter, 1, TP_NULL);
  EXPECT_EQ(g.type, AsType(P));
  tp_setattr(P, prop, S("x"));
  EXPECT_NE(tp_type_epoch, epoch);
  // The change emptied every filled cache (decision 0048): hits test only the type.
  EXPECT_EQ(g.type, nullptr);
  EXPECT_EQ(s.type, nullptr);
  EXPECT_EQ(tp_getattr_ic_f(p, N("x"), &g, &out), S("property"));
  EXPECT_EQ(tp_getattr_ic(p, N("x"), &g), S("property"));
  EXPECT_EQ(Raises([&] { tp_setattr_ic_f(p, N("x"), 2.0, &s); }),
            "AttributeError: property of 'P' object has no setter");  // no __set_name__ after the class statement
  tp_delattr(P, S("x"));
  EXPECT_EQ(tp_getattr_ic_f(p, N("x"), &g, &out), TP_NULL);
  EXPECT_EQ(out, 1.0);
  EXPECT_EQ(g.type, AsType(P));

  // __getattribute__ anywhere in the MRO: get sites are not cached.
  TpValue ns = tp_dict_new();
  tp_dict_setitem_str(ns, "__getattribute__", tp_func_new(&kInfoGetAttribute, TP_NONE, TP_NONE, TP_NONE));
  TpValue G = SlotClass("G", {"a"}, {}, ns);
  TpValue Gsub = SlotClass("Gsub", {"b"}, {G});
  TpValue gs = New(Gsub);
  TpAttrCache ga = {}, sa = {};
  tp_setattr_ic(gs, N("a"), Int(1), &sa);
  EXPECT_EQ(sa.type, AsType(Gsub));  // setting is still generic
  EXPECT_EQ(tp_getattr_ic(gs, N("a"), &ga), S("intercepted"));
  EXPECT_EQ(tp_getattr_ic(gs, N("a"), &ga), S("intercepted"));
  EXPECT_EQ(ga.type, nullptr);

  // __getattr__ only runs after a failed lookup: present slots are cached.
  TpValue ns2 = tp_dict_new();
  tp_dict_setitem_str(ns2, "__getattr__", tp_func_new(&kInfoGetAttr, TP_NONE, TP_NONE, TP_NONE));
  TpValue F = SlotClass("F", {"a", "b"}, {}, ns2);
  TpValue f = New(F);
  TpAttrCache fa = {}, fb = {};
  tp_setattr(f, Int(3), S("a"));
  EXPECT_EQ(tp_getattr_ic(f, N("a"), &fa), Int(3));
  EXPECT_EQ(fa.type, AsType(F));
  EXPECT_EQ(tp_getattr_ic(f, N("b"), &fb), S("fallback"));
  EXPECT_EQ(tp_getattr_ic(f, N("b"), &fb), S("fallback"));
}

}  // namespace
