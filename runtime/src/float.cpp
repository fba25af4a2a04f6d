// The float type: boxing, CPython's repr (shortest round trip through
// std::to_chars, laid out as CPython does: 1e+16, 1e-05, 0.1, -0.0, inf),
// float() parsing, Python's floor division/modulo/pow rules with their error
// messages, round(x, n) through exact arithmetic, CPython's float hash, and
// the float type object with its slots and methods.
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "num_internal.h"
#include "seq_internal.h"
#include "taipan/tuple.h"

namespace taipan::num {

bool IsFloat(TpValue v) {
  return tp_is_object(v) &&
         (tp_type_of_object(v) == &tp_float_type || tp_is_subtype(tp_type_of_object(v), &tp_float_type));
}

size_t FloatReprInto(double d, char* out) {
  if (std::isnan(d)) return (size_t)(stpcpy(out, "nan") - out);
  if (std::isinf(d)) return (size_t)(stpcpy(out, d > 0 ? "inf" : "-inf") - out);
  char buf[40];
  auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
  // buf: [-]D[.DDD]e(+|-)XX; collect the digits and the decimal exponent.
  const char* p = buf;
  char* o = out;
  if (*p == '-') {
    *o++ = '-';
    p++;
  }
  char digits[24];
  int n = 0;
  for (; p < res.ptr && *p != 'e'; p++)
    if (*p != '.') digits[n++] = *p;
  int exp = 0;
  bool exp_negative = p + 1 < res.ptr && p[1] == '-';
  for (const char* q = p + 2; q < res.ptr; q++) exp = exp * 10 + (*q - '0');
  if (exp_negative) exp = -exp;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) {
      *o++ = '0';
      *o++ = '.';
      for (int k = 0; k < -exp - 1; k++) *o++ = '0';
      memcpy(o, digits, (size_t)n);
      o += n;
    } else if (exp + 1 >= n) {
      memcpy(o, digits, (size_t)n);
      o += n;
      for (int k = 0; k < exp + 1 - n; k++) *o++ = '0';
      *o++ = '.';
      *o++ = '0';
    } else {
      memcpy(o, digits, (size_t)exp + 1);
      o += exp + 1;
      *o++ = '.';
      memcpy(o, digits + exp + 1, (size_t)(n - exp - 1));
      o += n - exp - 1;
    }
    return (size_t)(o - out);
  }
  *o++ = digits[0];
  if (n > 1) {
    *o++ = '.';
    memcpy(o, digits + 1, (size_t)(n - 1));
    o += n - 1;
  }
  *o++ = 'e';
  *o++ = exp < 0 ? '-' : '+';
  int a = exp < 0 ? -exp : exp;
  if (a >= 100) *o++ = (char)('0' + a / 100);
  *o++ = (char)('0' + a / 10 % 10);
  *o++ = (char)('0' + a % 10);
  return (size_t)(o - out);
}

std::string FloatRepr(double d) {
  char buf[kFloatReprMax];
  return std::string(buf, FloatReprInto(d, buf));
}

namespace {
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool EqualsNoCase(std::string_view a, const char* b) {
  if (a.size() != std::strlen(b)) return false;
  for (size_t i = 0; i < a.size(); i++)
    if ((char)(a[i] | 0x20) != b[i]) return false;
  return true;
}
}  // namespace

bool ParseFloat(std::string_view text, double* out) {
  for (unsigned char c : text)
    if (c >= 0x80) {  // Unicode digits and spaces: float('١.٥') == 1.5
      std::string ascii;
      return AsciiDigits(text, &ascii) && ParseFloat(ascii, out);
    }
  size_t b = 0, e = text.size();
  while (b < e && IsSpace(text[b])) b++;
  while (e > b && IsSpace(text[e - 1])) e--;
  std::string_view s = text.substr(b, e - b);
  bool negative = false;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    negative = s[0] == '-';
    s.remove_prefix(1);
  }
  if (EqualsNoCase(s, "inf") || EqualsNoCase(s, "infinity")) {
    *out = negative ? -INFINITY : INFINITY;
    return true;
  }
  if (EqualsNoCase(s, "nan")) {
    *out = negative ? -NAN : NAN;
    return true;
  }
  // digits [. digits] [e [sign] digits], with single underscores between
  // digits; at least one mantissa digit. The text is checked in place; only
  // a literal with underscores is copied without them.
  size_t i = 0;
  bool underscores = false;
  auto digit_run = [&](bool* any) {
    bool prev_digit = false;
    while (i < s.size()) {
      if (IsDigit(s[i])) {
        i++;
        prev_digit = true;
        *any = true;
      } else if (s[i] == '_' && prev_digit && i + 1 < s.size() && IsDigit(s[i + 1])) {
        i++;
        prev_digit = false;
        underscores = true;
      } else {
        break;
      }
    }
  };
  bool int_digits = false, frac_digits = false;
  digit_run(&int_digits);
  if (i < s.size() && s[i] == '.') {
    i++;
    digit_run(&frac_digits);
  }
  if (!int_digits && !frac_digits) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
    bool exp_digits = false;
    digit_run(&exp_digits);
    if (!exp_digits) return false;
  }
  if (i != s.size()) return false;
  std::string clean;
  if (underscores) {
    for (char c : s)
      if (c != '_') clean.push_back(c);
    s = clean;
  }
  // std::from_chars is correctly rounded (libstdc++ 12: fast_float) and
  // reads the text where it is; it refuses out-of-range results, which
  // glibc's strtod (also correctly rounded; the runtime never changes
  // LC_NUMERIC) turns into inf or 0 as Python does.
  double d;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), d, std::chars_format::general);
  if (ec != std::errc() || end != s.data() + s.size()) {
    std::string z(s);
    d = std::strtod(z.c_str(), nullptr);
  }
  *out = negative ? -d : d;
  return true;
}

bool ToDouble(TpValue v, double* out) {
  if (IsInt(v)) {
    *out = IntToDouble(v);
    return true;
  }
  if (IsFloat(v)) {
    *out = reinterpret_cast<TpFloat*>(tp_as_object(v))->value;
    return true;
  }
  if (!tp_is_object(v)) return false;
  TpValue r = tp::callMethodIfExists(v, "__float__", nullptr, 0);
  if (r == TP_NULL) {
    r = tp::callMethodIfExists(v, "__index__", nullptr, 0);
    if (r == TP_NULL) return false;
    if (!IsInt(r)) tp::raiseTypeError("__index__ returned non-int (type %s)", tp::typeName(r));
    *out = IntToDouble(r);
    return true;
  }
  if (!IsFloat(r)) tp::raiseTypeError("%s.__float__ returned non-float (type %s)", tp::typeName(v), tp::typeName(r));
  *out = reinterpret_cast<TpFloat*>(tp_as_object(r))->value;
  return true;
}

double FloatMod(double a, double b) {
  if (b == 0.0) tp::raiseZeroDivisionError("float modulo");
  double m = std::fmod(a, b);
  if (m != 0.0) {
    if ((b < 0) != (m < 0)) m += b;  // the result takes the divisor's sign
  } else {
    m = std::copysign(0.0, b);
  }
  return m;
}

double FloatFloorDiv(double a, double b) {
  if (b == 0.0) tp::raiseZeroDivisionError("float floor division by zero");
  double m = std::fmod(a, b);
  // a - m is (nearly) an exact multiple of b; round the quotient to it.
  double div = (a - m) / b;
  if (m != 0.0 && ((b < 0) != (m < 0))) div -= 1.0;
  if (div != 0.0) {
    double fl = std::floor(div);
    if (div - fl > 0.5) fl += 1.0;
    return fl;
  }
  return std::copysign(0.0, a / b);
}

double FloatPow(double a, double b) {
  if (b == 0.0) return 1.0;
  if (std::isnan(a)) return a;
  if (std::isnan(b)) return a == 1.0 ? 1.0 : b;
  if (a == 0.0 && b < 0.0 && !std::isinf(b)) tp::raiseZeroDivisionError("0.0 cannot be raised to a negative power");
  if (a < 0.0 && !std::isinf(a) && !std::isinf(b) && std::floor(b) != b)
    tp::raiseValueError("negative number cannot be raised to a fractional power");
  double r = std::pow(a, b);
  if (std::isinf(r) && !std::isinf(a) && !std::isinf(b))
    tp::raiseOverflowError("(34, 'Numerical result out of range')");
  return r;
}

double FloatRound(double x, int64_t ndigits) {
  if (!std::isfinite(x) || x == 0.0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return std::copysign(0.0, x);
  // x = m * 2^k exactly; compute round_half_even(x * 10^ndigits) as an
  // integer q, then let strtod turn "q e-ndigits" into the nearest double.
  int k;
  double m = std::frexp(std::fabs(x), &k);
  Mpz num, den, q, r, t;
  mpz_set_d(num, std::ldexp(m, 53));
  k -= 53;
  mpz_set_ui(den, 1);
  if (k >= 0)
    mpz_mul_2exp(num, num, (mp_bitcnt_t)k);
  else
    mpz_mul_2exp(den, den, (mp_bitcnt_t)-k);
  mpz_ui_pow_ui(t, 10, (unsigned long)(ndigits >= 0 ? ndigits : -ndigits));
  if (ndigits >= 0)
    mpz_mul(num, num, t);
  else
    mpz_mul(den, den, t);
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  std::string text(mpz_sizeinbase(q, 10) + 2, '\0');
  mpz_get_str(text.data(), 10, q);
  text.resize(std::strlen(text.c_str()));
  text = (x < 0 ? "-" : "") + text + "e" + std::to_string(-ndigits);
  double res = std::strtod(text.c_str(), nullptr);
  if (std::isinf(res)) tp::raiseOverflowError("rounded value too large to represent");
  return res;
}

int64_t HashPointer(const void* p) {
  // CPython rotates the address right by 4 bits (the low bits are alignment).
  uint64_t y = (uint64_t)(uintptr_t)p;
  y = (y >> 4) | (y << 60);
  int64_t h = (int64_t)y;
  return h == -1 ? -2 : h;
}

int64_t HashDouble(double d, const void* identity) {
  if (std::isnan(d)) return HashPointer(identity);
  if (std::isinf(d)) return d > 0 ? kHashInf : -kHashInf;
  if (d == 0.0) return 0;
  // |d| = M * 2^e with an integer M < 2^53; since 2^61 = 1 (mod P), the
  // power of two reduces to 2^(e mod 61).
  int e;
  double m = std::frexp(std::fabs(d), &e);
  uint64_t mant = (uint64_t)std::ldexp(m, 53);
  e -= 53;
  int shift = ((e % 61) + 61) % 61;
  unsigned __int128 prod = (unsigned __int128)(mant % kHashModulus) << shift;
  uint64_t h = (uint64_t)(prod % kHashModulus);
  int64_t r = d < 0 ? -(int64_t)h : (int64_t)h;
  return r == -1 ? -2 : r;
}

}  // namespace taipan::num

using namespace taipan::num;

extern "C" {

double tp_as_double(TpValue v) {
  double d;
  if (tp_is_object(v) && tp_type_of_object(v) == &tp_float_type)
    return reinterpret_cast<TpFloat*>(tp_as_object(v))->value;
  if (!ToDouble(v, &d)) tp::raiseTypeError("must be real number, not %s", tp::typeName(v));
  return d;
}

void tp_math_domain_error(void) { tp::raiseValueError("math domain error"); }

double tp_float_unbox(TpValue v) {
  if (tp_is_object(v) && tp_type_of_object(v) == &tp_float_type)
    return reinterpret_cast<TpFloat*>(tp_as_object(v))->value;
  double d;
  if (IsInt(v) || IsFloat(v)) {
    ToDouble(v, &d);
    return d;
  }
  tp::raiseTypeError("must be real number, not %s", tp::typeName(v));
}

double tp_float_div(double a, double b) {
  if (b == 0.0) tp::raiseZeroDivisionError("float division by zero");
  return a / b;
}
double tp_float_floordiv(double a, double b) { return FloatFloorDiv(a, b); }
double tp_float_mod(double a, double b) { return FloatMod(a, b); }
double tp_float_pow(double a, double b) { return FloatPow(a, b); }
TpValue tp_float_repr(double d) { return MakeStr(FloatRepr(d)); }
int64_t tp_float_hash(double d) { return HashDouble(d, nullptr); }
bool tp_is_float(TpValue v) { return IsFloat(v); }

bool tp_int_float_compare(TpValue a, double b, int32_t op) {
  int c = CompareIntDouble(a, b);
  if (c == 2) return op == TP_CMP_NE;
  switch (op) {
    case TP_CMP_LT:
      return c < 0;
    case TP_CMP_LE:
      return c <= 0;
    case TP_CMP_EQ:
      return c == 0;
    case TP_CMP_NE:
      return c != 0;
    case TP_CMP_GT:
      return c > 0;
    case TP_CMP_GE:
      return c >= 0;
  }
  return false;
}

}  // extern "C"

// ---------------------------------------------------------------------------
// The float type object.
// ---------------------------------------------------------------------------
namespace {

TpValue NotImpl() { return tp_from_object(&tp_NotImplemented_object); }
inline double Val(TpValue v) { return reinterpret_cast<TpFloat*>(tp_as_object(v))->value; }

// The operand as a double if it is a float or an int (OverflowError for huge ints).
bool Operand(TpValue v, double* out) {
  if (IsFloat(v)) {
    *out = Val(v);
    return true;
  }
  if (IsInt(v)) {
    *out = IntToDouble(v);
    return true;
  }
  return false;
}

TpValue FloatNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  // float(s) of an exact str, as IntNew's front: no argument parsing; a
  // malformed one goes on below for its error.
  if (type == &tp_float_type && nargs == 1 && kwnames == TP_NULL && tp_is_object(args[0]) &&
      tp_type_of_object(args[0]) == &tp_str_type) {
    double d;
    if (ParseFloat(tp_str_view(args[0]), &d)) return tp_float_box(d);
  }
  TpValue a[1];
  tp::parseArgs("float", args, nargs, kwnames, {"x"}, 0, 1, a);
  double d = 0.0;
  TpValue x = a[0];
  if (x == TP_NULL) {
    d = 0.0;
  } else if (tp_is_str(x)) {
    if (!ParseFloat(tp_str_view(x), &d)) tp::raiseValueError("could not convert string to float: %s", tp::reprCStr(x));
  } else if (!ToDouble(x, &d)) {
    std::string_view text;
    std::string storage;
    if (!tp::seq::bytesLikeView(x, &text, &storage))  // bytes, bytearray, memoryview
      tp::raiseTypeError("float() argument must be a string or a real number, not '%s'", tp::typeName(x));
    if (!ParseFloat(text, &d)) tp::raiseValueError("could not convert string to float: %s", tp::reprCStr(x));
  }
  if (type == &tp_float_type) {
    if (x != TP_NULL && tp_is_object(x) && tp_type_of_object(x) == &tp_float_type) return x;
    return tp_float_box(d);
  }
  // A subclass instance: TpFloat layout first, the subclass's extra words after.
  int64_t size = type->instance_size > (int64_t)sizeof(TpFloat) ? type->instance_size : (int64_t)sizeof(TpFloat);
  TpFloat* f = static_cast<TpFloat*>(tp_alloc(type, size));
  f->value = d;
  return tp_from_object(f);
}

TpValue FloatReprSlot(TpValue self) { return MakeStr(FloatRepr(Val(self))); }
int64_t FloatHashSlot(TpValue self) { return HashDouble(Val(self), tp_as_object(self)); }
bool FloatTruth(TpValue self) { return Val(self) != 0.0; }

TpValue FloatRichCompare(TpValue a, TpValue b, int32_t op) {
  double x = Val(a);
  if (IsFloat(b)) {
    double y = Val(b);
    switch (op) {
      case TP_CMP_LT:
        return tp_bool(x < y);
      case TP_CMP_LE:
        return tp_bool(x <= y);
      case TP_CMP_EQ:
        return tp_bool(x == y);
      case TP_CMP_NE:
        return tp_bool(x != y);
      case TP_CMP_GT:
        return tp_bool(x > y);
      case TP_CMP_GE:
        return tp_bool(x >= y);
    }
    return NotImpl();
  }
  if (IsInt(b)) {
    // Swap the operands: compare int b with x, then mirror the answer.
    int c = CompareIntDouble(b, x);
    return tp::cmpResult(c == 2 ? 2 : -c, op);
  }
  return NotImpl();
}

TpValue FloatBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  double x, y;
  if (!Operand(a, &x) || !Operand(b, &y)) return NotImpl();
  switch (op & ~TP_BINOP_INPLACE) {
    case TP_BINOP_ADD:
      return tp_float_box(x + y);
    case TP_BINOP_SUB:
      return tp_float_box(x - y);
    case TP_BINOP_MUL:
      return tp_float_box(x * y);
    case TP_BINOP_TRUEDIV:
      return tp_float_box(tp_float_div(x, y));
    case TP_BINOP_FLOORDIV:
      return tp_float_box(FloatFloorDiv(x, y));
    case TP_BINOP_MOD:
      return tp_float_box(FloatMod(x, y));
    case TP_BINOP_POW:
      // A negative base to a fractional power is complex (float.__pow__ gives a complex).
      if (x < 0.0 && std::isfinite(x) && std::isfinite(y) && std::floor(y) != y) return ComplexPow(x, 0.0, y, 0.0);
      return tp_float_box(FloatPow(x, y));
  }
  return NotImpl();
}

TpValue FloatUnaryOp(TpValue a, int32_t op) {
  switch (op) {
    case TP_UNARY_NEG:
      return tp_float_box(-Val(a));
    case TP_UNARY_POS:
      return tp_is_object(a) && tp_type_of_object(a) == &tp_float_type ? a : tp_float_box(Val(a));
    case TP_UNARY_NOT:
      return tp_bool(Val(a) == 0.0);
  }
  return NotImpl();
}

TpValue FloatFormatSlot(TpValue self, TpValue spec) {
  if (!tp_is_str(spec)) tp::raiseTypeError("format() argument 2 must be str, not %s", tp::typeName(spec));
  return MakeStr(FormatFloat(Val(self), tp_str_view(spec)));
}

double SelfVal(const TpValue* args, int64_t nargs, const char* name) {
  if (nargs < 1 || !IsFloat(args[0])) tp::raiseTypeError("descriptor '%s' requires a 'float' object", name);
  return Val(args[0]);
}

TpValue FloatIsInteger(const TpValue* args, int64_t nargs, TpValue kwnames) {
  double d = SelfVal(args, nargs, "is_integer");
  tp::checkArgCount("float.is_integer", nargs - 1, 0, 0);
  return tp_bool(std::isfinite(d) && std::floor(d) == d);
}

TpValue FloatAsRatio(const TpValue* args, int64_t nargs, TpValue kwnames) {
  double d = SelfVal(args, nargs, "as_integer_ratio");
  if (std::isinf(d)) tp::raiseOverflowError("cannot convert Infinity to integer ratio");
  if (std::isnan(d)) tp::raiseValueError("cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); i++) {
    m *= 2.0;
    e--;
  }
  Mpz num, den;
  mpz_set_d(num, m);
  mpz_set_ui(den, 1);
  if (e > 0)
    mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
  else
    mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
  return tp_tuple_pack2(num.value(), den.value());
}

TpValue FloatConjugate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_float_box(SelfVal(args, nargs, "conjugate"));
}
TpValue FloatTrunc(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return IntFromDouble(SelfVal(args, nargs, "__trunc__"));
}
TpValue FloatFloor(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return IntFromDouble(std::floor(SelfVal(args, nargs, "__floor__")));
}
TpValue FloatCeil(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return IntFromDouble(std::ceil(SelfVal(args, nargs, "__ceil__")));
}
TpValue FloatFloatMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_float_box(SelfVal(args, nargs, "__float__"));
}
TpValue FloatRoundMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("__round__", nargs - 1, 0, 1);
  double d = SelfVal(args, nargs, "__round__");
  if (nargs < 2 || args[1] == TP_NONE) return IntFromDouble(std::nearbyint(d));
  TpValue nd = Index(args[1]);
  int64_t n;
  if (!tp_int_try_i64(nd, &n)) n = tp_int_cmp(nd, tp_small_int(0)) > 0 ? INT64_MAX : INT64_MIN;
  return tp_float_box(FloatRound(d, n));
}
TpValue FloatFormatMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("float.__format__", nargs - 1, 1, 1);
  SelfVal(args, nargs, "__format__");
  return FloatFormatSlot(args[0], args[1]);
}
TpValue FloatGetReal(TpValue self) { return tp_float_box(Val(self)); }
TpValue FloatGetImag(TpValue self) { return tp_float_box(0.0); }

// float.hex(): "[-]0x<lead>.<13 hex digits>p<exponent>", as CPython prints it.
TpValue FloatHex(const TpValue* args, int64_t nargs, TpValue kwnames) {
  double d = SelfVal(args, nargs, "hex");
  tp::checkArgCount("float.hex", nargs - 1, 0, 0);
  if (std::isnan(d)) return MakeStr("nan");
  if (std::isinf(d)) return MakeStr(d < 0 ? "-inf" : "inf");
  const char* sign = std::signbit(d) ? "-" : "";
  if (d == 0) return MakeStr(std::string(sign) + "0x0.0p+0");
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  int field = (int)((bits >> 52) & 0x7ff);
  uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
  int e = field == 0 ? -1022 : field - 1023;
  char buf[64];
  snprintf(buf, sizeof buf, "%s0x%d.%013llxp%+d", sign, field == 0 ? 0 : 1, (unsigned long long)frac, e);
  return MakeStr(buf);
}

// float.fromhex(s): the inverse of hex(), also accepting "inf"/"nan", no
// "0x" prefix, no fraction, and surrounding whitespace, as CPython does.
TpValue FloatFromHex(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("fromhex", nargs - 1, 1, 1);
  if (!tp_is_str(args[1])) tp::raiseTypeError("must be str, not %s", tp::typeName(args[1]));
  std::string s(tp_str_view(args[1]));
  size_t b = s.find_first_not_of(" \t\n\r\f\v"), e = s.find_last_not_of(" \t\n\r\f\v");
  s = b == std::string::npos ? "" : s.substr(b, e - b + 1);
  auto bad = [] { tp::raiseValueError("invalid hexadecimal floating-point string"); };
  std::string t = s;
  bool neg = false;
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) {
    neg = t[0] == '-';
    t = t.substr(1);
  }
  std::string lower;
  for (char c : t) lower += (char)std::tolower((unsigned char)c);
  double d;
  if (lower == "inf" || lower == "infinity") {
    d = INFINITY;
  } else if (lower == "nan") {
    d = NAN;
  } else {
    if (lower.rfind("0x", 0) == 0) lower = lower.substr(2);
    size_t i = 0, digits = 0;
    while (i < lower.size() && std::isxdigit((unsigned char)lower[i])) i++, digits++;
    if (i < lower.size() && lower[i] == '.') {
      i++;
      while (i < lower.size() && std::isxdigit((unsigned char)lower[i])) i++, digits++;
    }
    if (digits == 0) bad();
    if (i < lower.size() && lower[i] == 'p') {
      i++;
      if (i < lower.size() && (lower[i] == '+' || lower[i] == '-')) i++;
      size_t exp_digits = 0;
      while (i < lower.size() && std::isdigit((unsigned char)lower[i])) i++, exp_digits++;
      if (exp_digits == 0) bad();
    }
    if (i != lower.size()) bad();
    std::string c = "0x" + lower;
    errno = 0;
    d = std::strtod(c.c_str(), nullptr);
    if (std::isinf(d)) tp::raiseOverflowError("hexadecimal value too large to represent as a float");
  }
  return tp_float_box(neg ? -d : d);
}

TpValue FloatAbsMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  double d = SelfVal(args, nargs, "__abs__");
  tp::checkArgCount("float.__abs__", nargs - 1, 0, 0);
  return tp_float_box(std::fabs(d));
}

const tp::MethodDef kFloatMethods[] = {
    {"hex", FloatHex},
    {"__abs__", FloatAbsMethod},
    {"fromhex", FloatFromHex, tp::kMethodClass},
    {"is_integer", FloatIsInteger},
    {"as_integer_ratio", FloatAsRatio},
    {"conjugate", FloatConjugate},
    {"__trunc__", FloatTrunc},
    {"__int__", FloatTrunc},
    {"__floor__", FloatFloor},
    {"__ceil__", FloatCeil},
    {"__float__", FloatFloatMethod},
    {"__round__", FloatRoundMethod},
    {"__format__", FloatFormatMethod},
    {nullptr, nullptr},
};
const tp::GetSetDef kFloatGetSets[] = {
    {"real", FloatGetReal},
    {"imag", FloatGetImag},
    {nullptr, nullptr},
};

}  // namespace

TpType tp_float_type = {
    TP_TYPE_HEAD("float"),
    .instance_size = sizeof(TpFloat),
    .flags = TP_TYPE_BASETYPE | TP_TYPE_FLOAT_SUBCLASS,
    .subclass_flag = TP_TYPE_FLOAT_SUBCLASS,
    .new_ = FloatNew,
    .repr = FloatReprSlot,
    .str = FloatReprSlot,
    .hash = FloatHashSlot,
    .richcompare = FloatRichCompare,
    .truth = FloatTruth,
    .binop = FloatBinOp,
    .unaryop = FloatUnaryOp,
    .format = FloatFormatSlot,
};

namespace taipan::num {
void InitFloat() { tp::readyType(&tp_float_type, kFloatMethods, kFloatGetSets); }
}  // namespace taipan::num

// float(x) with one positional argument, for tp_call_float (fastpath.h).
extern "C" TpValue tp_float_call1(TpValue x) { return FloatNew(&tp_float_type, &x, 1, TP_NULL); }
