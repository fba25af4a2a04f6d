// Unit tests of the pattern-matching helpers (taipan/match.h) without the
// compiler: which subjects count as sequences and mappings, the tuples the
// helpers return, wildcard stars, `get`-based key lookup with **rest, class
// patterns through __match_args__ and the self-matching builtins, and the
// TypeError/ValueError messages of CPython 3.11.
#include "taipan/match.h"

#include <gtest/gtest.h>

#include <string>

#include "../../../runtime/src/runtime.h"
#include "taipan/dict.h"
#include "taipan/int.h"
#include "taipan/list.h"
#include "taipan/ops.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

namespace {

TpValue S(const char* s) { return tp_str_intern(s); }
TpValue I(int64_t v) { return tp_int_from_i64(v); }
std::string Repr(TpValue v) {
  if (v == TP_NULL) return "NULL";
  TpValue s = tp_repr(v);
  return std::string(tp_str_data(s), (size_t)tp_str_size(s));
}
TpValue Tuple(std::initializer_list<TpValue> items) {
  return tp_tuple_new((int64_t)items.size(), items.size() ? items.begin() : nullptr);
}
TpValue List(std::initializer_list<TpValue> items) {
  return tp_list_new((int64_t)items.size(), items.size() ? items.begin() : nullptr);
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

class RuntimeMatch : public ::testing::Test {
 protected:
  void SetUp() override { tp_runtime_init(); }
};

TEST_F(RuntimeMatch, Sequences) {
  TpValue l = List({I(1), I(2), I(3)});
  EXPECT_EQ(Repr(tp_match_sequence(l, 3, -1)), "(1, 2, 3)");
  EXPECT_EQ(Repr(tp_match_sequence(l, 2, -1)), "NULL");
  EXPECT_EQ(Repr(tp_match_sequence(l, 2, 1)), "(1, [2, 3])");
  EXPECT_EQ(Repr(tp_match_sequence(l, 5, 1)), "NULL");
  EXPECT_EQ(Repr(tp_match_sequence(l, 3, -2 - 1)), "(1, None, 3)");  // [a, *_, c]
  EXPECT_EQ(Repr(tp_match_sequence(Tuple({I(4), I(5)}), 2, -2 - 0)), "(None, 5)");
  EXPECT_EQ(Repr(tp_match_sequence(S("ab"), 2, -1)), "NULL");
  EXPECT_EQ(Repr(tp_match_sequence(tp_dict_new(), 0, -1)), "NULL");
}

TEST_F(RuntimeMatch, Mappings) {
  TpValue d = tp_dict_new();
  tp_dict_setitem(d, S("a"), I(1));
  tp_dict_setitem(d, S("b"), I(2));
  EXPECT_TRUE(tp_match_mapping(d, 2));
  EXPECT_FALSE(tp_match_mapping(d, 3));
  EXPECT_FALSE(tp_match_mapping(List({}), 0));
  EXPECT_EQ(Repr(tp_match_keys(d, Tuple({S("b")}), 1)), "(2, {'a': 1})");
  EXPECT_EQ(Repr(tp_match_keys(d, Tuple({S("c")}), 0)), "NULL");
  EXPECT_EQ(Raises([&] {
              tp_match_keys(d, Tuple({S("a"), S("a")}), 0);
            }),
            "ValueError: mapping pattern checks duplicate key ('a')");
}

TEST_F(RuntimeMatch, Classes) {
  TpValue int_type = tp_builtin("int");
  EXPECT_EQ(Repr(tp_match_class(I(7), int_type, Tuple({}), 1)), "(7,)");
  EXPECT_EQ(Repr(tp_match_class(S("x"), int_type, Tuple({}), 0)), "NULL");
  EXPECT_EQ(Repr(tp_match_class(I(7), int_type, Tuple({S("real")}), 0)), "(7,)");
  EXPECT_EQ(Raises([&] { tp_match_class(I(7), int_type, Tuple({}), 2); }),
            "TypeError: int() accepts 1 positional sub-pattern (2 given)");
  EXPECT_EQ(Raises([&] { tp_match_class(I(7), I(1), Tuple({}), 0); }),
            "TypeError: called match pattern must be a type");
  EXPECT_EQ(Raises([&] {
              tp_match_class(I(7), int_type, Tuple({S("real"), S("real")}), 0);
            }),
            "TypeError: int() got multiple sub-patterns for attribute 'real'");
  TpValue ns = tp_dict_new();
  tp_dict_setitem(ns, S("__match_args__"), Tuple({S("x"), S("y")}));
  TpValue point = tp_class_new(S("Point"), Tuple({}), ns);
  TpValue p = tp::call(point, {});
  tp_setattr(p, I(1), S("x"));
  EXPECT_EQ(Repr(tp_match_class(p, point, Tuple({}), 1)), "(1,)");
  EXPECT_EQ(Repr(tp_match_class(p, point, Tuple({}), 2)), "NULL");  // no attribute y
  EXPECT_EQ(Raises([&] { tp_match_class(p, point, Tuple({}), 3); }),
            "TypeError: Point() accepts 2 positional sub-patterns (3 given)");
}

}  // namespace
