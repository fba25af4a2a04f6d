// Unit tests of the BOOL storage kind of lists (list.h): which operations
// create a byte-per-item list, which keep it compact (reads, bool stores,
// searches, copies, sorting, the fastpath.h entry points) and which turn it
// into ordinary TpValue storage, always with the values CPython shows. The
// golden programs (tests/programs/lists/bool_*.py) check the observable
// behaviour; these check the representation, which programs cannot see.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../../../runtime/src/runtime.h"
#include "taipan/fastpath.h"
#include "taipan/int.h"
#include "taipan/list.h"
#include "taipan/ops.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

namespace {

class BoolList : public ::testing::Test {
 protected:
  void SetUp() override { tp_runtime_init(); }
};

TpValue I(int64_t i) { return tp_int_from_i64(i); }
TpValue L(std::vector<TpValue> v) { return tp_list_new((int64_t)v.size(), v.data()); }
std::string Repr(TpValue v) { return std::string(tp_str_view(tp_repr(v))); }
TpValue Mul(TpValue a, TpValue b) { return tp_binop(a, b, TP_BINOP_MUL); }
TpValue M(TpValue obj, const char* name, std::vector<TpValue> args = {}) {
  return tp_call(tp_getattr(obj, tp_str_intern(name)), args.data(), (int64_t)args.size(), TP_NULL);
}
bool IsBool(TpValue l) { return tp_list_is_bool_storage(tp_list_object(l)); }
// [True, False] * 10 as a BOOL list.
TpValue Pattern() { return Mul(L({TP_TRUE, TP_FALSE}), I(10)); }

TEST_F(BoolList, RepetitionOfBoolsOnly) {
  EXPECT_TRUE(IsBool(Mul(L({TP_TRUE}), I(16))));
  EXPECT_TRUE(IsBool(Mul(I(8), L({TP_FALSE, TP_TRUE}))));
  EXPECT_FALSE(IsBool(Mul(L({TP_TRUE}), I(15))));  // too short
  EXPECT_FALSE(IsBool(Mul(L({TP_TRUE, I(1)}), I(10))));
  EXPECT_FALSE(IsBool(Mul(L({I(1)}), I(20))));
  EXPECT_FALSE(IsBool(L({TP_TRUE, TP_TRUE})));
  TpValue p = Mul(L({TP_TRUE, TP_FALSE, TP_FALSE}), I(7));
  ASSERT_TRUE(IsBool(p));
  EXPECT_EQ(tp_list_size(p), 21);
  for (int64_t i = 0; i < 21; i++) EXPECT_EQ(tp_list_get(p, i), i % 3 == 0 ? TP_TRUE : TP_FALSE) << i;
  EXPECT_EQ(Repr(Mul(L({TP_FALSE}), I(16))),
            "[False, False, False, False, False, False, False, False, False, False, False, False, False, False, "
            "False, False]");
}

TEST_F(BoolList, BoolStoresStayCompact) {
  TpValue p = Pattern();
  tp_list_setitem_int(p, 1, TP_TRUE);
  tp_setitem(p, I(-1), TP_TRUE);
  tp_setitem_fast(p, I(2), TP_FALSE);
  tp_list_append(p, TP_FALSE);
  M(p, "insert", {I(0), TP_TRUE});
  M(p, "extend", {L({TP_TRUE, TP_FALSE})});
  EXPECT_TRUE(IsBool(p));
  EXPECT_EQ(tp_list_size(p), 24);
  EXPECT_EQ(tp_getitem_fast(p, I(0)), TP_TRUE);
  EXPECT_EQ(tp_getitem_fast(p, I(2)), TP_TRUE);
  EXPECT_EQ(tp_getitem_fast(p, I(3)), TP_FALSE);
  EXPECT_EQ(tp_getitem_fast(p, I(-3)), TP_FALSE);
  EXPECT_EQ(tp_list_getitem_int(p, 20), TP_TRUE);
  EXPECT_EQ(tp_list_pop(p, -1), TP_FALSE);
  EXPECT_EQ(tp_list_pop(p, 0), TP_TRUE);
  EXPECT_TRUE(IsBool(p));
}

TEST_F(BoolList, OtherValuesMaterialize) {
  TpValue p = Pattern();
  tp_setitem_fast(p, I(3), I(7));
  EXPECT_FALSE(IsBool(p));
  EXPECT_EQ(tp_list_items(p)[0], TP_TRUE);
  EXPECT_EQ(tp_list_items(p)[1], TP_FALSE);
  EXPECT_EQ(tp_list_items(p)[3], I(7));

  TpValue q = Pattern();
  tp_list_append(q, TP_NONE);
  EXPECT_FALSE(IsBool(q));
  EXPECT_EQ(Repr(tp_getitem(q, tp_slice_new(I(17), TP_NONE, TP_NONE))), "[False, True, False, None]");

  TpValue r = Pattern();
  TpValue* items = tp_list_items(r);  // generic code asks for words
  EXPECT_FALSE(IsBool(r));
  EXPECT_EQ(items[19], TP_FALSE);
  EXPECT_EQ(items[18], TP_TRUE);

  TpValue s = Pattern();
  M(s, "insert", {I(5), I(0)});
  EXPECT_FALSE(IsBool(s));
  EXPECT_EQ(tp_list_get(s, 5), I(0));
  EXPECT_EQ(tp_list_get(s, 6), TP_FALSE);
}

TEST_F(BoolList, ReadsDoNotMaterialize) {
  TpValue p = Pattern();
  EXPECT_EQ(Repr(M(p, "count", {TP_TRUE})), "10");
  EXPECT_EQ(Repr(M(p, "count", {I(0)})), "10");
  EXPECT_EQ(Repr(M(p, "index", {TP_FALSE, I(4)})), "5");
  EXPECT_EQ(tp_compare(TP_TRUE, p, TP_CMP_IN), TP_TRUE);
  EXPECT_EQ(tp_compare(I(2), p, TP_CMP_IN), TP_FALSE);
  EXPECT_EQ(Repr(tp_list_to_tuple(p)).substr(0, 20), "(True, False, True, ");
  EXPECT_EQ(tp_compare(p, Pattern(), TP_CMP_EQ), TP_TRUE);
  EXPECT_EQ(tp_compare(p, Mul(L({TP_TRUE}), I(20)), TP_CMP_LT), TP_TRUE);
  TpValue it = tp_iter(p);
  EXPECT_EQ(tp_next_fast(it), TP_TRUE);
  EXPECT_EQ(tp_next_fast(it), TP_FALSE);
  EXPECT_EQ(tp_next(it), TP_TRUE);
  TpValue parts = tp_unpack(p, 3, 1);
  EXPECT_EQ(Repr(parts).substr(0, 14), "(True, [False,");
  EXPECT_TRUE(tp_truth_fast(p));
  EXPECT_TRUE(IsBool(p));
}

TEST_F(BoolList, CopiesAndSortStayCompact) {
  TpValue p = Pattern();
  TpValue slice = tp_getitem(p, tp_slice_new(TP_NONE, TP_NONE, I(-1)));
  EXPECT_TRUE(IsBool(slice));
  EXPECT_EQ(tp_list_get(slice, 0), TP_FALSE);
  EXPECT_FALSE(IsBool(tp_getitem(p, tp_slice_new(I(0), I(4), TP_NONE))));  // short
  EXPECT_TRUE(IsBool(M(p, "copy")));
  EXPECT_TRUE(IsBool(tp_call(tp_from_object(&tp_list_type), &p, 1, TP_NULL)));
  EXPECT_TRUE(IsBool(tp_binop(p, p, TP_BINOP_ADD)));
  EXPECT_TRUE(IsBool(tp_binop(p, L({TP_TRUE}), TP_BINOP_ADD)));
  EXPECT_FALSE(IsBool(tp_binop(p, L({TP_NONE}), TP_BINOP_ADD)));
  M(p, "sort");
  EXPECT_TRUE(IsBool(p));
  EXPECT_EQ(tp_list_get(p, 0), TP_FALSE);
  EXPECT_EQ(tp_list_get(p, 9), TP_FALSE);
  EXPECT_EQ(tp_list_get(p, 10), TP_TRUE);
  M(p, "reverse");
  EXPECT_EQ(tp_list_get(p, 0), TP_TRUE);
  EXPECT_TRUE(IsBool(p));
  M(p, "clear");
  EXPECT_FALSE(IsBool(p));
  tp_list_append(p, I(1));
  EXPECT_EQ(Repr(p), "[1]");
}

}  // namespace
