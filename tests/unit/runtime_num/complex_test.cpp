// Unit tests of the runtime's complex type (runtime/src/complex.cpp) through
// the entry points compiled code uses: construction by the builtin, the
// dynamic operators, repr, hash, format() and the error messages. Expected
// values come from CPython 3.11.
#include "taipan/complex.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "../../../runtime/src/runtime.h"
#include "taipan/float.h"
#include "taipan/int.h"
#include "taipan/ops.h"
#include "taipan/str.h"

namespace {

class Complex : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { tp_runtime_init(); }
};

std::string Repr(TpValue v) { return std::string(tp_str_view(tp_repr(v))); }
TpValue C(double re, double im) { return tp_complex_new(re, im); }

template <class F>
std::string Outcome(F f) {
  try {
    return Repr(f());
  } catch (TpRaised& r) {
    return std::string("!") + tp::typeName(r.exc) + ": " + tp::strString(r.exc);
  }
}

TpValue Call(const char* name, std::vector<TpValue> args) {
  return tp_call(tp_builtin(name), args.data(), (int64_t)args.size(), TP_NULL);
}

TEST_F(Complex, Repr) {
  EXPECT_EQ(Repr(C(1, 2)), "(1+2j)");
  EXPECT_EQ(Repr(C(0, 2)), "2j");
  EXPECT_EQ(Repr(C(-0.0, -1)), "(-0-1j)");
  EXPECT_EQ(Repr(C(0, -0.0)), "-0j");
  EXPECT_EQ(Repr(C(NAN, INFINITY)), "(nan+infj)");
  EXPECT_EQ(Repr(C(0, 1e20)), "1e+20j");
  EXPECT_EQ(Repr(C(1.5, -0.25)), "(1.5-0.25j)");
}

TEST_F(Complex, Arithmetic) {
  EXPECT_EQ(Repr(tp_binop(C(1, 2), C(3, -4), TP_BINOP_MUL)), "(11+2j)");
  EXPECT_EQ(Repr(tp_binop(C(1, 2), C(3, 4), TP_BINOP_TRUEDIV)), "(0.44+0.08j)");
  EXPECT_EQ(Repr(tp_binop(tp_int_from_i64(2), C(0, 1), TP_BINOP_SUB)), "(2-1j)");
  EXPECT_EQ(Repr(tp_binop(tp_float_box(0.5), C(1, 1), TP_BINOP_ADD)), "(1.5+1j)");
  EXPECT_EQ(Repr(tp_binop(C(1, 2), tp_int_from_i64(2), TP_BINOP_POW)), "(-3+4j)");
  EXPECT_EQ(Repr(tp_binop(C(0, 2), tp_int_from_i64(3), TP_BINOP_POW)), "(-0-8j)");
  EXPECT_EQ(Repr(tp_unaryop(C(1, -2), TP_UNARY_NEG)), "(-1+2j)");
  EXPECT_EQ(Outcome([] { return tp_binop(C(1, 1), C(0, 0), TP_BINOP_TRUEDIV); }),
            "!ZeroDivisionError: complex division by zero");
  EXPECT_EQ(Outcome([] { return tp_binop(C(0, 0), tp_int_from_i64(-1), TP_BINOP_POW); }),
            "!ZeroDivisionError: 0.0 to a negative or complex power");
  EXPECT_EQ(Outcome([] { return tp_binop(C(1, 1), tp_int_from_i64(2), TP_BINOP_MOD); }),
            "!TypeError: unsupported operand type(s) for %: 'complex' and 'int'");
}

TEST_F(Complex, CompareAndHash) {
  EXPECT_TRUE(tp_truth(tp_compare(C(1, 0), tp_int_from_i64(1), TP_CMP_EQ)));
  EXPECT_FALSE(tp_truth(tp_compare(C(1, 1), tp_float_box(1.0), TP_CMP_EQ)));
  EXPECT_EQ(Outcome([] { return tp_compare(C(1, 0), C(2, 0), TP_CMP_LT); }),
            "!TypeError: '<' not supported between instances of 'complex' and 'complex'");
  EXPECT_EQ(tp::hashValue(C(1, 2)), 2000007);
  EXPECT_EQ(tp::hashValue(C(1.5, -2.5)), -2305843009215693957LL);
  EXPECT_EQ(tp::hashValue(C(3, 0)), tp::hashValue(tp_int_from_i64(3)));
}

TEST_F(Complex, Constructor) {
  EXPECT_EQ(Repr(Call("complex", {tp_str_from_cstr(" (1+2j) ")})), "(1+2j)");
  EXPECT_EQ(Repr(Call("complex", {tp_str_from_cstr("-j")})), "-1j");
  EXPECT_EQ(Repr(Call("complex", {C(1, 1), C(1, 1)})), "2j");
  EXPECT_EQ(Repr(Call("complex", {tp_float_box(1.0), tp_float_box(-0.0)})), "(1-0j)");
  EXPECT_EQ(Outcome([] { return Call("complex", {tp_str_from_cstr("1 + 2j")}); }),
            "!ValueError: complex() arg is a malformed string");
  EXPECT_EQ(Outcome([] {
              return Call("complex", {tp_str_from_cstr("1"), tp_int_from_i64(2)});
            }),
            "!TypeError: complex() can't take second arg if first is a string");
  EXPECT_EQ(Outcome([] { return Call("int", {C(1, 0)}); }),
            "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'complex'");
}

TEST_F(Complex, Format) {
  auto fmt = [](TpValue v, const char* spec) { return std::string(tp_str_view(tp_format(v, tp_str_from_cstr(spec)))); };
  EXPECT_EQ(fmt(C(1, 2), ""), "(1+2j)");
  EXPECT_EQ(fmt(C(1, 2), ".2f"), "1.00+2.00j");
  EXPECT_EQ(fmt(C(0, 1.5), "10"), "      1.5j");
  EXPECT_EQ(fmt(C(0, 0), "g"), "0+0j");
  EXPECT_EQ(fmt(C(2, 0), "+"), "(+2+0j)");
  EXPECT_EQ(Outcome([] { return tp_format(C(1, 1), tp_str_from_cstr("020")); }),
            "!ValueError: Zero padding is not allowed in complex format specifier");
}

TEST_F(Complex, NegativeFloatToFractionalPowerIsComplex) {
  TpValue r = tp_binop(tp_int_from_i64(-8), tp_float_box(1.0 / 3), TP_BINOP_POW);
  EXPECT_TRUE(tp_is_complex(r));
  EXPECT_EQ(Repr(r), "(1.0000000000000002+1.7320508075688772j)");
}

}  // namespace
