// Unit tests of str interning on the allocation path (decision 0019):
// tp_str_intern / tp_const_str return the one interned str per text, find a
// known name without allocating, and the address-keyed memo of
// tp_str_intern never returns a stale str when a buffer is reused for
// other text (shorter, longer, same length).
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include "../../../runtime/src/runtime.h"
#include "taipan/str.h"

namespace {

class Intern : public ::testing::Test {
 protected:
  void SetUp() override { tp_runtime_init(); }
};

std::string Text(TpValue s) { return std::string(tp_str_view(s)); }

TEST_F(Intern, SameTextSameObject) {
  TpValue a = tp_str_intern("__init__");
  TpValue b = tp_str_intern("__init__");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, tp_const_str("__init__", 8));
  std::string copy = "__init__";
  EXPECT_EQ(a, tp_str_intern(copy.c_str()));
  EXPECT_TRUE(tp_str_object(a)->flags & TP_STR_INTERNED);
}

TEST_F(Intern, ReusedBufferNeverStale) {
  char buf[32];
  const char* texts[] = {"alpha", "al", "alphabet", "gamma", "alpha", "", "zeta_long_name", "alpha"};
  for (const char* t : texts) {
    std::strcpy(buf, t);
    TpValue s = tp_str_intern(buf);
    EXPECT_EQ(Text(s), t);
    EXPECT_EQ(s, tp_const_str(t, (int64_t)std::strlen(t)));
  }
}

TEST_F(Intern, DistinctTextsDistinctObjects) {
  TpValue a = tp_str_intern("__repr__");
  TpValue b = tp_str_intern("__str__");
  EXPECT_NE(a, b);
  EXPECT_EQ(Text(a), "__repr__");
  EXPECT_EQ(Text(b), "__str__");
}

}  // namespace
