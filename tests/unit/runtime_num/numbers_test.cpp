// Unit tests of the runtime's numbers (int, float, bool, math, format(),
// round, int()/float() parsing, hashing) against CPython: every expected value
// in expected.inc was produced by running python3 (gen_expected.py beside
// this file regenerates it). Results are compared as repr strings, and errors
// as "!Type: message", through the same entry points compiled code uses.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "../../../runtime/src/runtime.h"
#include "taipan/float.h"
#include "taipan/int.h"
#include "taipan/ops.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

namespace {

struct IntOpCase {
  const char* a;
  const char* b;
  int op;
  const char* expected;
};
struct HashCase {
  const char* value;
  long long hash;
};
struct FloatHashCase {
  double value;
  long long hash;
};
struct ReprCase {
  double value;
  const char* repr;
};
struct FormatCase {
  bool is_int;
  const char* int_value;
  double float_value;
  const char* spec;
  const char* expected;
};
struct RoundCase {
  double x;
  int64_t ndigits;  // INT64_MIN: round(x)
  const char* expected;
};
struct IntRoundCase {
  const char* x;
  int64_t ndigits;
  const char* expected;
};
struct ParseIntCase {
  const char* text;
  int base;
  const char* expected;
};
struct ParseFloatCase {
  const char* text;
  const char* expected;
};
struct CompareCase {
  const char* a;
  double b;
  int lt, le, eq, ne, gt, ge;
};
struct MathCase {
  const char* name;
  const char* args;
  const char* expected;
};

#include "expected.inc"

class Numbers : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { tp_runtime_init(); }
};

std::string Text(TpValue s) { return std::string(tp_str_view(s)); }
std::string Repr(TpValue v) { return Text(tp_repr(v)); }
TpValue Str(const char* s) { return tp_str_from_cstr(s); }
TpValue Int(const char* decimal) { return tp_const_bigint(decimal); }

// Runs f and returns the repr of its result, or "!Type: message" if it raised.
template <class F>
std::string Outcome(F f) {
  try {
    return Repr(f());
  } catch (TpRaised& r) {
    return std::string("!") + tp::typeName(r.exc) + ": " + tp::strString(r.exc);
  }
}

TpValue CallBuiltin(const char* name, std::vector<TpValue> args) {
  return tp_call(tp_builtin(name), args.data(), (int64_t)args.size(), TP_NULL);
}

TpValue Arg(std::string_view s) {
  if (s[0] == 'I') return Int(std::string(s.substr(1)).c_str());
  if (s[0] == 'F') return tp_float_box(std::strtod(std::string(s.substr(1)).c_str(), nullptr));
  std::vector<TpValue> items;
  s.remove_prefix(1);
  while (!s.empty()) {
    size_t comma = s.find(',');
    items.push_back(Arg(s.substr(0, comma)));
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return tp_tuple_new((int64_t)items.size(), items.data());
}

TEST_F(Numbers, IntArithmeticMatchesCPython) {
  int failures = 0;
  for (const IntOpCase& c : kIntOps) {
    std::string got = Outcome([&] { return tp_binop(Int(c.a), Int(c.b), c.op); });
    EXPECT_EQ(got, c.expected) << c.a << " op" << c.op << " " << c.b;
    if (got != c.expected && ++failures > 20) break;
  }
}

TEST_F(Numbers, CanonicalSmallInts) {
  TpValue big = Int("4611686018427387904");  // 2**62: a big int
  EXPECT_FALSE(tp_is_small_int(big));
  TpValue back = tp_int_sub(big, tp_small_int(1));
  EXPECT_TRUE(tp_is_small_int(back));
  EXPECT_EQ(tp_small_int_value(back), TP_SMALL_INT_MAX);
  EXPECT_TRUE(tp_is_small_int(tp_int_neg(Int("-4611686018427387904"))) == false);
  EXPECT_EQ(Repr(tp_int_from_i64(INT64_MIN)), "-9223372036854775808");
  EXPECT_EQ(Repr(tp_int_from_u64(UINT64_MAX)), "18446744073709551615");
}

TEST_F(Numbers, Factorial100) {
  TpValue math = tp_import("math");
  TpValue f = tp_getattr(math, tp_str_intern("factorial"));
  TpValue n = tp_small_int(100);
  EXPECT_EQ(Repr(tp_call(f, &n, 1, TP_NULL)),
            "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253"
            "697920827223758251185210916864000000000000000000000000");
}

TEST_F(Numbers, IntHashes) {
  for (const HashCase& c : kIntHashes) EXPECT_EQ(tp_int_hash(Int(c.value)), c.hash) << c.value;
  EXPECT_EQ(tp_int_hash(TP_TRUE), 1);
  EXPECT_EQ(tp_int_hash(TP_FALSE), 0);
}

TEST_F(Numbers, FloatHashes) {
  for (const FloatHashCase& c : kFloatHashes) EXPECT_EQ(tp_float_hash(c.value), c.hash) << c.value;
}

TEST_F(Numbers, FloatRepr) {
  for (const ReprCase& c : kFloatReprs) EXPECT_EQ(Text(tp_float_repr(c.value)), c.repr);
}

TEST_F(Numbers, FormatSpecs) {
  int failures = 0;
  for (const FormatCase& c : kFormats) {
    TpValue v = c.is_int ? Int(c.int_value) : tp_float_box(c.float_value);
    std::string got = Outcome([&] { return tp_format(v, Str(c.spec)); });
    // Outcome gives repr of the str; the table holds the plain text.
    std::string want = c.expected[0] == '!' ? c.expected : Repr(Str(c.expected));
    EXPECT_EQ(got, want) << (c.is_int ? c.int_value : std::to_string(c.float_value)) << " spec '" << c.spec << "'";
    if (got != want && ++failures > 30) break;
  }
}

TEST_F(Numbers, BoolFormatsAndRepr) {
  EXPECT_EQ(Repr(TP_TRUE), "True");
  EXPECT_EQ(Text(tp_format(TP_TRUE, Str(""))), "True");
  EXPECT_EQ(Text(tp_format(TP_TRUE, Str("d"))), "1");
  EXPECT_EQ(Repr(tp_binop(TP_TRUE, tp_small_int(1), TP_BINOP_ADD)), "2");
  EXPECT_EQ(Repr(tp_binop(TP_TRUE, TP_FALSE, TP_BINOP_OR)), "True");
  EXPECT_EQ(Repr(tp_binop(TP_TRUE, TP_TRUE, TP_BINOP_ADD)), "2");
  EXPECT_EQ(Repr(tp_unaryop(TP_TRUE, TP_UNARY_NEG)), "-1");
  EXPECT_EQ(Repr(tp_unaryop(TP_TRUE, TP_UNARY_INVERT)), "-2");
  EXPECT_TRUE(tp_is_subtype(&tp_bool_type, &tp_int_type));
}

TEST_F(Numbers, FloatRound) {
  for (const RoundCase& c : kRounds) {
    std::string got = Outcome([&] {
      std::vector<TpValue> args{tp_float_box(c.x)};
      if (c.ndigits != INT64_MIN) args.push_back(tp_int_from_i64(c.ndigits));
      return CallBuiltin("round", args);
    });
    EXPECT_EQ(got, c.expected) << c.x << " " << c.ndigits;
  }
}

TEST_F(Numbers, IntRound) {
  for (const IntRoundCase& c : kIntRounds)
    EXPECT_EQ(Outcome([&] { return CallBuiltin("round", {Int(c.x), tp_int_from_i64(c.ndigits)}); }), c.expected)
        << c.x << " " << c.ndigits;
}

TEST_F(Numbers, ParseInt) {
  for (const ParseIntCase& c : kParseInts)
    EXPECT_EQ(Outcome([&] { return CallBuiltin("int", {Str(c.text), tp_small_int(c.base)}); }), c.expected)
        << c.text << " base " << c.base;
}

TEST_F(Numbers, ParseFloat) {
  for (const ParseFloatCase& c : kParseFloats)
    EXPECT_EQ(Outcome([&] { return CallBuiltin("float", {Str(c.text)}); }), c.expected) << c.text;
}

TEST_F(Numbers, IntFloatComparisonsAreExact) {
  for (const CompareCase& c : kCompares) {
    TpValue a = Int(c.a), b = tp_float_box(c.b);
    int want[] = {c.lt, c.le, c.eq, c.ne, c.gt, c.ge};
    int ops[] = {TP_CMP_LT, TP_CMP_LE, TP_CMP_EQ, TP_CMP_NE, TP_CMP_GT, TP_CMP_GE};
    for (int i = 0; i < 6; i++) {
      EXPECT_EQ(tp_compare(a, b, ops[i]) == TP_TRUE, want[i] != 0) << c.a << " cmp" << ops[i] << " " << c.b;
      EXPECT_EQ(tp_int_float_compare(a, c.b, ops[i]), want[i] != 0) << c.a << " cmp" << ops[i] << " " << c.b;
    }
  }
}

TEST_F(Numbers, MathModule) {
  TpValue math = tp_import("math");
  for (const MathCase& c : kMath) {
    std::string got = Outcome([&] {
      TpValue attr = tp_getattr(math, tp_str_intern(c.name));
      if (std::string(c.args) == "=") return attr;
      std::vector<TpValue> args;
      std::string_view s = c.args;
      while (!s.empty()) {
        size_t semi = s.find(';');
        args.push_back(Arg(s.substr(0, semi)));
        if (semi == std::string_view::npos) break;
        s.remove_prefix(semi + 1);
      }
      return tp_call(attr, args.data(), (int64_t)args.size(), TP_NULL);
    });
    EXPECT_EQ(got, c.expected) << "math." << c.name << "(" << c.args << ")";
  }
}

TEST_F(Numbers, BuiltinsAndErrors) {
  EXPECT_EQ(Outcome([] { return tp_binop(tp_small_int(1), tp_small_int(0), TP_BINOP_FLOORDIV); }),
            "!ZeroDivisionError: integer division or modulo by zero");
  EXPECT_EQ(Outcome([] { return tp_binop(tp_small_int(1), tp_small_int(0), TP_BINOP_MOD); }),
            "!ZeroDivisionError: integer modulo by zero");
  EXPECT_EQ(Outcome([] { return tp_binop(tp_small_int(1), tp_small_int(0), TP_BINOP_TRUEDIV); }),
            "!ZeroDivisionError: division by zero");
  EXPECT_EQ(Outcome([] { return tp_binop(tp_float_box(1), tp_small_int(0), TP_BINOP_TRUEDIV); }),
            "!ZeroDivisionError: float division by zero");
  EXPECT_EQ(Outcome([] { return tp_binop(tp_small_int(0), tp_small_int(-1), TP_BINOP_POW); }),
            "!ZeroDivisionError: 0.0 cannot be raised to a negative power");
  EXPECT_EQ(Outcome([] {
              return tp_binop(Int(("1" + std::string(400, '0')).c_str()), Int(("1" + std::string(399, '0')).c_str()),
                              TP_BINOP_TRUEDIV);
            }),
            "10.0");
  EXPECT_EQ(Outcome([] { return tp_float_box(tp_int_to_float(Int(("1" + std::string(400, '0')).c_str()))); }),
            "!OverflowError: int too large to convert to float");
  EXPECT_EQ(Outcome([] { return CallBuiltin("divmod", {tp_small_int(-7), tp_small_int(2)}); }), "(-4, 1)");
  EXPECT_EQ(Outcome([] { return CallBuiltin("divmod", {tp_float_box(-7), tp_small_int(2)}); }), "(-4.0, 1.0)");
  EXPECT_EQ(Outcome([] { return CallBuiltin("divmod", {tp_float_box(1), tp_small_int(0)}); }),
            "!ZeroDivisionError: float divmod()");
  EXPECT_EQ(Outcome([] { return CallBuiltin("pow", {tp_small_int(2), tp_small_int(-1), tp_small_int(5)}); }), "3");
  EXPECT_EQ(Outcome([] { return CallBuiltin("pow", {tp_small_int(3), tp_small_int(200), tp_small_int(-7)}); }),
            "-5");
  EXPECT_EQ(Outcome([] { return CallBuiltin("pow", {tp_small_int(2), tp_small_int(3), tp_small_int(0)}); }),
            "!ValueError: pow() 3rd argument cannot be 0");
  EXPECT_EQ(Outcome([] { return CallBuiltin("pow", {tp_small_int(2), tp_small_int(-2)}); }), "0.25");
  EXPECT_EQ(Outcome([] { return CallBuiltin("abs", {Int("-9223372036854775808")}); }), "9223372036854775808");
  EXPECT_EQ(Outcome([] { return CallBuiltin("abs", {tp_float_box(-0.0)}); }), "0.0");
  EXPECT_EQ(Outcome([] { return CallBuiltin("abs", {Str("x")}); }), "!TypeError: bad operand type for abs(): 'str'");
  EXPECT_EQ(Outcome([] { return CallBuiltin("hex", {tp_small_int(-255)}); }), "'-0xff'");
  EXPECT_EQ(Outcome([] { return CallBuiltin("oct", {tp_small_int(8)}); }), "'0o10'");
  EXPECT_EQ(Outcome([] { return CallBuiltin("bin", {TP_TRUE}); }), "'0b1'");
  EXPECT_EQ(Outcome([] { return CallBuiltin("hex", {tp_float_box(1.5)}); }),
            "!TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(Outcome([] { return CallBuiltin("int", {tp_float_box(-2.9)}); }), "-2");
  EXPECT_EQ(Outcome([] { return CallBuiltin("int", {tp_float_box(1e20)}); }), "100000000000000000000");
  EXPECT_EQ(Outcome([] { return CallBuiltin("int", {tp_float_box(INFINITY)}); }),
            "!OverflowError: cannot convert float infinity to integer");
  EXPECT_EQ(Outcome([] { return CallBuiltin("int", {TP_NONE}); }),
            "!TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
  EXPECT_EQ(Outcome([] { return CallBuiltin("int", {TP_TRUE}); }), "1");
  EXPECT_EQ(Outcome([] { return CallBuiltin("int", {}); }), "0");
  EXPECT_EQ(Outcome([] { return CallBuiltin("float", {}); }), "0.0");
  EXPECT_EQ(Outcome([] { return CallBuiltin("float", {Int("123456789012345678901234567890")}); }),
            "1.2345678901234568e+29");
  EXPECT_EQ(Outcome([] { return CallBuiltin("float", {TP_NONE}); }),
            "!TypeError: float() argument must be a string or a real number, not 'NoneType'");
  EXPECT_EQ(Outcome([] { return CallBuiltin("bool", {tp_small_int(0)}); }), "False");
  EXPECT_EQ(Outcome([] { return CallBuiltin("bool", {tp_float_box(0.5)}); }), "True");
  EXPECT_EQ(Outcome([] { return tp_binop(tp_float_box(-7.5), tp_small_int(2), TP_BINOP_FLOORDIV); }), "-4.0");
  EXPECT_EQ(Outcome([] { return tp_binop(tp_float_box(7.5), tp_small_int(-2), TP_BINOP_MOD); }), "-0.5");
  EXPECT_EQ(Outcome([] { return tp_binop(tp_small_int(3), tp_float_box(0.5), TP_BINOP_SUB); }), "2.5");
  EXPECT_EQ(Outcome([] { return tp_binop(tp_float_box(2), tp_float_box(0.5), TP_BINOP_POW); }), "1.4142135623730951");
  EXPECT_EQ(Outcome([] { return tp_binop(tp_float_box(1), tp_float_box(0), TP_BINOP_MOD); }),
            "!ZeroDivisionError: float modulo");
}

TEST_F(Numbers, IntMethods) {
  auto method = [](TpValue self, const char* name, std::vector<TpValue> args) {
    return tp_call(tp_getattr(self, tp_str_intern(name)), args.data(), (int64_t)args.size(), TP_NULL);
  };
  EXPECT_EQ(Repr(method(Int("1267650600228229401496703205376"), "bit_length", {})), "101");
  EXPECT_EQ(Repr(method(tp_small_int(-5), "bit_length", {})), "3");
  EXPECT_EQ(Repr(method(tp_small_int(1024), "to_bytes", {tp_small_int(2), Str("big")})), "b'\\x04\\x00'");
  EXPECT_EQ(Outcome([&] { return method(tp_small_int(-1), "to_bytes", {tp_small_int(2), Str("little")}); }),
            "!OverflowError: can't convert negative int to unsigned");
  EXPECT_EQ(Outcome([&] { return method(tp_small_int(255), "to_bytes", {tp_small_int(1), Str("big")}); }),
            "b'\\xff'");
  EXPECT_EQ(Repr(method(tp_float_box(2.5), "is_integer", {})), "False");
  EXPECT_EQ(Repr(method(tp_float_box(0.75), "as_integer_ratio", {})), "(3, 4)");
  EXPECT_EQ(Repr(tp_getattr(tp_small_int(7), tp_str_intern("denominator"))), "1");
}

}  // namespace
