// The math module: CPython's functions and constants over the C library's
// libm, with CPython's error rules ("math domain error" when a finite input
// gives a nan or an infinity it should not, "math range error" on overflow),
// exact integer functions on GMP (gcd, lcm, factorial, comb, perm, isqrt),
// logarithms of ints too large for a double, and an exact fsum (the finite
// inputs are summed as one fixed-point GMP integer and rounded once).
#include <algorithm>
#include <climits>
#include <cmath>
#include <vector>

#include "num_internal.h"
#include "taipan/ops.h"
#include "taipan/tuple.h"

using namespace taipan::num;

namespace {

double Arg(TpValue v) {
  double d;
  if (tp_is_object(v) && tp_type_of_object(v) == &tp_float_type) return reinterpret_cast<TpFloat*>(tp_as_object(v))->value;
  if (!ToDouble(v, &d)) tp::raiseTypeError("must be real number, not %s", tp::typeName(v));
  return d;
}

[[noreturn]] void DomainError() { tp::raiseValueError("math domain error"); }
[[noreturn]] void RangeError() { tp::raiseOverflowError("math range error"); }

double Checked(double x, double r, bool can_overflow) {
  if (std::isnan(r) && !std::isnan(x)) DomainError();
  if (std::isinf(r) && std::isfinite(x)) {
    if (can_overflow) RangeError();
    DomainError();
  }
  return r;
}

void OneArg(const char* name, const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords(name, kwnames);
  tp::checkArgCount(name, nargs, 1, 1);
}

#define MATH1(NAME, EXPR, OVERFLOW)                                          \
  TpValue Math_##NAME(const TpValue* args, int64_t nargs, TpValue kwnames) { \
    OneArg(#NAME, args, nargs, kwnames);                                     \
    double x = Arg(args[0]);                                                 \
    return tp_float_box(Checked(x, EXPR, OVERFLOW));                         \
  }
MATH1(sqrt, std::sqrt(x), false)
MATH1(exp, std::exp(x), true)
MATH1(exp2, std::exp2(x), true)
MATH1(expm1, std::expm1(x), true)
MATH1(sin, std::sin(x), false)
MATH1(cos, std::cos(x), false)
MATH1(tan, std::tan(x), false)
MATH1(asin, std::asin(x), false)
MATH1(acos, std::acos(x), false)
MATH1(atan, std::atan(x), false)
MATH1(sinh, std::sinh(x), true)
MATH1(cosh, std::cosh(x), true)
MATH1(tanh, std::tanh(x), false)
MATH1(asinh, std::asinh(x), false)
MATH1(acosh, std::acosh(x), false)
MATH1(atanh, std::atanh(x), false)
MATH1(log1p, std::log1p(x), false)
MATH1(fabs, std::fabs(x), false)
MATH1(cbrt, std::cbrt(x), false)
MATH1(erf, std::erf(x), false)
MATH1(erfc, std::erfc(x), false)
MATH1(degrees, x * (180.0 / M_PI), true)
MATH1(radians, x * (M_PI / 180.0), false)
#undef MATH1

bool NonPositiveInteger(double x) { return x <= 0 && std::floor(x) == x; }

TpValue Math_gamma(const TpValue* args, int64_t nargs, TpValue kwnames) {
  OneArg("gamma", args, nargs, kwnames);
  double x = Arg(args[0]);
  if (NonPositiveInteger(x) || x == -INFINITY) DomainError();
  return tp_float_box(Checked(x, std::tgamma(x), true));
}
TpValue Math_lgamma(const TpValue* args, int64_t nargs, TpValue kwnames) {
  OneArg("lgamma", args, nargs, kwnames);
  double x = Arg(args[0]);
  if (NonPositiveInteger(x)) DomainError();
  return tp_float_box(Checked(x, std::lgamma(x), true));
}

// f(v) for a log function f and any positive number v. An int too large for
// a double is split as m * 2^e with m in [0.5, 1): f(m) + f(2) * e.
double LogOf(TpValue v, double (*f)(double)) {
  if (IsInt(v)) {
    IntView z(v);
    if (mpz_sgn(z) <= 0) DomainError();
    size_t bits = mpz_sizeinbase(z, 2);
    if (bits > 1024) {
      long k = (long)bits - 64;
      Mpz t;
      mpz_tdiv_q_2exp(t, z, (mp_bitcnt_t)k);
      int e;
      double m = std::frexp(mpz_get_d(t), &e);
      return f(m) + f(2.0) * (double)(e + k);
    }
  }
  double x = Arg(v);
  if (std::isnan(x)) return x;
  if (x <= 0) DomainError();
  return f(x);
}
double Ln(double x) { return std::log(x); }
double Lg2(double x) { return std::log2(x); }
double Lg10(double x) { return std::log10(x); }

TpValue Math_log(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("log", kwnames);
  tp::checkArgCount("log", nargs, 1, 2);
  double num = LogOf(args[0], Ln);
  if (nargs == 1) return tp_float_box(num);
  double den = LogOf(args[1], Ln);
  if (den == 0.0) tp::raiseZeroDivisionError("float division by zero");
  return tp_float_box(num / den);
}
TpValue Math_log2(const TpValue* args, int64_t nargs, TpValue kwnames) {
  OneArg("log2", args, nargs, kwnames);
  return tp_float_box(LogOf(args[0], Lg2));
}
TpValue Math_log10(const TpValue* args, int64_t nargs, TpValue kwnames) {
  OneArg("log10", args, nargs, kwnames);
  return tp_float_box(LogOf(args[0], Lg10));
}

TpValue Rounding(const TpValue* args, int64_t nargs, TpValue kwnames, const char* name, const char* dunder,
                 double (*f)(double)) {
  OneArg(name, args, nargs, kwnames);
  TpValue x = args[0];
  if (IsInt(x)) return tp_int_pos(x);
  if (IsFloat(x)) return tp_int_from_double(f(reinterpret_cast<TpFloat*>(tp_as_object(x))->value));
  TpValue r = tp::callMethodIfExists(x, dunder, nullptr, 0);
  if (r != TP_NULL) return r;
  if (std::string(dunder) == "__trunc__")
    tp::raiseTypeError("type %s doesn't define __trunc__ method", tp::typeName(x));
  return tp_int_from_double(f(Arg(x)));
}
TpValue Math_floor(const TpValue* a, int64_t n, TpValue k) { return Rounding(a, n, k, "floor", "__floor__", std::floor); }
TpValue Math_ceil(const TpValue* a, int64_t n, TpValue k) { return Rounding(a, n, k, "ceil", "__ceil__", std::ceil); }
TpValue Math_trunc(const TpValue* a, int64_t n, TpValue k) { return Rounding(a, n, k, "trunc", "__trunc__", std::trunc); }

void TwoArgs(const char* name, int64_t nargs, TpValue kwnames) {
  tp::noKeywords(name, kwnames);
  tp::checkArgCount(name, nargs, 2, 2);
}

TpValue Math_atan2(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TwoArgs("atan2", nargs, kwnames);
  return tp_float_box(std::atan2(Arg(args[0]), Arg(args[1])));
}
TpValue Math_copysign(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TwoArgs("copysign", nargs, kwnames);
  return tp_float_box(std::copysign(Arg(args[0]), Arg(args[1])));
}
TpValue Math_fmod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TwoArgs("fmod", nargs, kwnames);
  double x = Arg(args[0]), y = Arg(args[1]);
  if (std::isinf(y) && std::isfinite(x)) return tp_float_box(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) DomainError();
  return tp_float_box(r);
}
// remainder(x, y): IEEE 754 remainder (the quotient rounded to nearest even).
TpValue Math_remainder(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TwoArgs("remainder", nargs, kwnames);
  double x = Arg(args[0]), y = Arg(args[1]);
  if (std::isinf(y) && std::isfinite(x)) return tp_float_box(x);
  double r = std::remainder(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) DomainError();
  return tp_float_box(r);
}
TpValue Math_nextafter(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TwoArgs("nextafter", nargs, kwnames);
  return tp_float_box(std::nextafter(Arg(args[0]), Arg(args[1])));
}
// ulp(x): the distance from |x| to the next float away from zero (towards
// zero for the largest finite float).
TpValue Math_ulp(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("ulp", kwnames);
  tp::checkArgCount("ulp", nargs, 1, 1);
  double x = std::fabs(Arg(args[0]));
  if (std::isnan(x) || std::isinf(x)) return tp_float_box(x);
  double up = std::nextafter(x, INFINITY);
  if (std::isinf(up)) return tp_float_box(x - std::nextafter(x, -INFINITY));
  return tp_float_box(up - x);
}
TpValue Math_pow(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TwoArgs("pow", nargs, kwnames);
  double x = Arg(args[0]), y = Arg(args[1]);
  if (x == 0.0 && y < 0.0 && std::isfinite(y)) DomainError();
  double r = std::pow(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) DomainError();
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) RangeError();
  return tp_float_box(r);
}
TpValue Math_ldexp(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TwoArgs("ldexp", nargs, kwnames);
  double x = Arg(args[0]);
  TpValue e = args[1];
  if (!IsInt(e)) tp::raiseTypeError("Expected an int as second argument to ldexp.");
  int64_t n;
  if (!tp_int_try_i64(e, &n)) n = tp_int_cmp(e, tp_small_int(0)) > 0 ? INT64_MAX : INT64_MIN;
  n = std::max<int64_t>(std::min<int64_t>(n, 100000), -100000);
  double r = std::ldexp(x, (int)n);
  if (std::isinf(r) && std::isfinite(x)) RangeError();
  return tp_float_box(r);
}
TpValue Math_frexp(const TpValue* args, int64_t nargs, TpValue kwnames) {
  OneArg("frexp", args, nargs, kwnames);
  double x = Arg(args[0]);
  int e = 0;
  double m = std::isfinite(x) ? std::frexp(x, &e) : x;
  return tp_tuple_pack2(tp_float_box(m), tp_small_int(e));
}
TpValue Math_modf(const TpValue* args, int64_t nargs, TpValue kwnames) {
  OneArg("modf", args, nargs, kwnames);
  double x = Arg(args[0]), ip;
  if (std::isinf(x)) return tp_tuple_pack2(tp_float_box(std::copysign(0.0, x)), tp_float_box(x));
  double f = std::modf(x, &ip);
  return tp_tuple_pack2(tp_float_box(f), tp_float_box(ip));
}

TpValue Math_hypot(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("hypot", kwnames);
  double r = 0.0;
  bool any_inf = false, any_nan = false;
  // Scale by the largest magnitude to avoid overflow and underflow.
  std::vector<double> v((size_t)nargs);
  double maxv = 0.0;
  for (int64_t i = 0; i < nargs; i++) {
    v[(size_t)i] = std::fabs(Arg(args[i]));
    if (std::isinf(v[(size_t)i])) any_inf = true;
    if (std::isnan(v[(size_t)i])) any_nan = true;
    maxv = std::max(maxv, v[(size_t)i]);
  }
  if (any_inf) return tp_float_box(INFINITY);
  if (any_nan) return tp_float_box(NAN);
  if (nargs == 2) return tp_float_box(std::hypot(v[0], v[1]));
  if (maxv == 0.0) return tp_float_box(0.0);
  for (double x : v) r += (x / maxv) * (x / maxv);
  return tp_float_box(maxv * std::sqrt(r));
}

TpValue Math_isfinite(const TpValue* a, int64_t n, TpValue k) {
  OneArg("isfinite", a, n, k);
  return tp_bool(std::isfinite(Arg(a[0])));
}
TpValue Math_isinf(const TpValue* a, int64_t n, TpValue k) {
  OneArg("isinf", a, n, k);
  return tp_bool(std::isinf(Arg(a[0])));
}
TpValue Math_isnan(const TpValue* a, int64_t n, TpValue k) {
  OneArg("isnan", a, n, k);
  return tp_bool(std::isnan(Arg(a[0])));
}

TpValue Math_isclose(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[4];
  tp::parseArgs("isclose", args, nargs, kwnames, {"a", "b", "*rel_tol", "*abs_tol"}, 2, 0, a);
  double x = Arg(a[0]), y = Arg(a[1]);
  double rel = a[2] == TP_NULL ? 1e-09 : Arg(a[2]);
  double abs_tol = a[3] == TP_NULL ? 0.0 : Arg(a[3]);
  if (rel < 0.0 || abs_tol < 0.0) tp::raiseValueError("tolerances must be non-negative");
  if (x == y) return TP_TRUE;
  if (std::isinf(x) || std::isinf(y)) return TP_FALSE;
  double diff = std::fabs(y - x);
  return tp_bool((diff <= std::fabs(rel * y)) || (diff <= std::fabs(rel * x)) || diff <= abs_tol);
}

TpValue Math_gcd(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("gcd", kwnames);
  Mpz g;
  for (int64_t i = 0; i < nargs; i++) {
    IntView z(Index(args[i]));
    mpz_gcd(g, g, z);
  }
  return g.value();
}

TpValue Math_lcm(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("lcm", kwnames);
  Mpz l;
  mpz_set_ui(l, 1);
  for (int64_t i = 0; i < nargs; i++) {
    IntView z(Index(args[i]));
    mpz_lcm(l, l, z);
  }
  return l.value();
}

TpValue Math_factorial(const TpValue* args, int64_t nargs, TpValue kwnames) {
  OneArg("factorial", args, nargs, kwnames);
  TpValue n = Index(args[0]);
  if (tp_int_cmp(n, tp_small_int(0)) < 0) tp::raiseValueError("factorial() not defined for negative values");
  int64_t k;
  if (!tp_int_try_i64(n, &k) || k > 100000000) tp::raiseOverflowError("factorial() argument should not exceed %ld", (long)LONG_MAX);
  Mpz r;
  mpz_fac_ui(r, (unsigned long)k);
  return r.value();
}

TpValue Math_comb(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TwoArgs("comb", nargs, kwnames);
  TpValue n = Index(args[0]), k = Index(args[1]);
  if (tp_int_cmp(n, tp_small_int(0)) < 0) tp::raiseValueError("n must be a non-negative integer");
  if (tp_int_cmp(k, tp_small_int(0)) < 0) tp::raiseValueError("k must be a non-negative integer");
  if (tp_int_cmp(k, n) > 0) return tp_small_int(0);
  // comb(n, k) == comb(n, n - k): use the smaller k.
  TpValue nk = tp_int_sub(n, k);
  if (tp_int_cmp(nk, k) < 0) k = nk;
  int64_t kk;
  if (!tp_int_try_i64(k, &kk)) tp::raiseOverflowError("min(n - k, k) must not exceed %ld", (long)LONG_MAX);
  IntView zn(n);
  Mpz r;
  mpz_bin_ui(r, zn, (unsigned long)kk);
  return r.value();
}

TpValue Math_perm(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("perm", kwnames);
  tp::checkArgCount("perm", nargs, 1, 2);
  TpValue n = Index(args[0]);
  if (nargs == 1 || args[1] == TP_NONE) {
    if (tp_int_cmp(n, tp_small_int(0)) < 0) tp::raiseValueError("factorial() not defined for negative values");
    return Math_factorial(args, 1, TP_NULL);
  }
  TpValue k = Index(args[1]);
  if (tp_int_cmp(n, tp_small_int(0)) < 0) tp::raiseValueError("n must be a non-negative integer");
  if (tp_int_cmp(k, tp_small_int(0)) < 0) tp::raiseValueError("k must be a non-negative integer");
  if (tp_int_cmp(k, n) > 0) return tp_small_int(0);
  int64_t kk;
  if (!tp_int_try_i64(k, &kk)) tp::raiseOverflowError("k must not exceed %ld", (long)LONG_MAX);
  // n! / (n-k)! = product of n-k+1 .. n.
  IntView zn(n);
  Mpz r, lo;
  mpz_sub_ui(lo, zn, (unsigned long)kk);
  mpz_set_ui(r, 1);
  if (mpz_fits_ulong_p(zn)) {
    unsigned long top = mpz_get_ui(zn), bottom = mpz_get_ui(lo);
    Mpz f1, f2;
    mpz_fac_ui(f1, top);
    mpz_fac_ui(f2, bottom);
    mpz_divexact(r, f1, f2);
  } else {
    for (int64_t i = 0; i < kk; i++) {
      mpz_add_ui(lo, lo, 1);
      mpz_mul(r, r, lo);
    }
  }
  return r.value();
}

TpValue Math_isqrt(const TpValue* args, int64_t nargs, TpValue kwnames) {
  OneArg("isqrt", args, nargs, kwnames);
  TpValue n = Index(args[0]);
  IntView z(n);
  if (mpz_sgn(z) < 0) tp::raiseValueError("isqrt() argument must be nonnegative");
  Mpz r;
  mpz_sqrt(r, z);
  return r.value();
}

TpValue Math_fsum(const TpValue* args, int64_t nargs, TpValue kwnames) {
  OneArg("fsum", args, nargs, kwnames);
  // Finite terms are added exactly as integers in units of 2^-1074 (the
  // smallest subnormal); the total is rounded to a double once at the end.
  Mpz acc, term;
  bool pos_inf = false, neg_inf = false, nan = false;
  TpValue it = tp_iter(args[0]);
  for (TpValue x = tp_next(it); x != TP_NULL; x = tp_next(it)) {
    double d = Arg(x);
    if (std::isnan(d)) {
      nan = true;
    } else if (std::isinf(d)) {
      (d > 0 ? pos_inf : neg_inf) = true;
    } else if (d != 0.0) {
      int e;
      double m = std::frexp(std::fabs(d), &e);
      mpz_set_d(term, std::ldexp(m, 53));
      mpz_mul_2exp(term, term, (mp_bitcnt_t)(e - 53 + 1074));
      if (d < 0)
        mpz_sub(acc, acc, term);
      else
        mpz_add(acc, acc, term);
    }
  }
  if (pos_inf && neg_inf) tp::raiseValueError("-inf + inf in fsum");
  if (nan) return tp_float_box(NAN);
  if (pos_inf) return tp_float_box(INFINITY);
  if (neg_inf) return tp_float_box(-INFINITY);
  bool negative = mpz_sgn(acc) < 0, overflow;
  mpz_abs(acc, acc);
  double r = MpzScaledToDouble(acc, -1074, false, &overflow);
  if (overflow) tp::raiseOverflowError("intermediate overflow in fsum");
  return tp_float_box(negative ? -r : r);
}

TpValue Math_prod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[2];
  tp::parseArgs("prod", args, nargs, kwnames, {"iterable", "*start"}, 1, 1, a);
  TpValue acc = a[1] == TP_NULL ? tp_small_int(1) : a[1];
  TpValue it = tp_iter(a[0]);
  for (TpValue x = tp_next(it); x != TP_NULL; x = tp_next(it)) acc = tp_binop(acc, x, TP_BINOP_MUL);
  return acc;
}

TpValue Math_dist(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TwoArgs("dist", nargs, kwnames);
  TpValue p = tp_tuple_from_iter(args[0]), q = tp_tuple_from_iter(args[1]);
  int64_t n = tp_tuple_size(p);
  if (tp_tuple_size(q) != n) tp::raiseValueError("both points must have the same number of dimensions");
  std::vector<TpValue> diffs;
  for (int64_t i = 0; i < n; i++)
    diffs.push_back(tp_float_box(Arg(tp_tuple_getitem_int(p, i)) - Arg(tp_tuple_getitem_int(q, i))));
  return Math_hypot(diffs.data(), n, TP_NULL);
}

}  // namespace

namespace taipan::num {

void InitMath() {
  TpValue m = tp::newBuiltinModule("math");
  tp::setModuleAttr(m, "pi", tp_float_box(M_PI));
  tp::setModuleAttr(m, "e", tp_float_box(M_E));
  tp::setModuleAttr(m, "tau", tp_float_box(2 * M_PI));
  tp::setModuleAttr(m, "inf", tp_float_box(INFINITY));
  tp::setModuleAttr(m, "nan", tp_float_box(NAN));
#define REG(NAME) tp::registerModuleFunction(m, #NAME, Math_##NAME);
  REG(sqrt) REG(exp) REG(exp2) REG(expm1) REG(sin) REG(cos) REG(tan) REG(asin) REG(acos) REG(atan) REG(sinh)
  REG(cosh) REG(tanh) REG(asinh) REG(acosh) REG(atanh) REG(log1p) REG(fabs) REG(cbrt) REG(erf) REG(erfc)
  REG(degrees) REG(radians) REG(gamma) REG(lgamma) REG(log) REG(log2) REG(log10) REG(floor) REG(ceil)
  REG(trunc) REG(atan2) REG(copysign) REG(fmod) REG(pow) REG(ldexp) REG(frexp) REG(modf) REG(hypot)
  REG(isfinite) REG(isinf) REG(isnan) REG(isclose) REG(gcd) REG(lcm) REG(factorial) REG(comb) REG(perm)
  REG(isqrt) REG(fsum) REG(prod) REG(dist) REG(remainder) REG(nextafter) REG(ulp)
#undef REG
}

}  // namespace taipan::num
