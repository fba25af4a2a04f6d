// The number builtins: abs, round, divmod, pow, hex, oct, bin, registered
// with int, bool and float by tp::initNumbers (int.cpp).
#include <cmath>

#include "num_internal.h"
#include "taipan/complex.h"
#include "taipan/tuple.h"

using namespace taipan::num;

namespace {

inline bool IsExactFloat(TpValue v) { return tp_is_object(v) && tp_type_of_object(v) == &tp_float_type; }
inline double FloatVal(TpValue v) { return reinterpret_cast<TpFloat*>(tp_as_object(v))->value; }

TpValue BuiltinAbs(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("abs", kwnames);
  tp::checkArgCount("abs", nargs, 1, 1);
  TpValue x = args[0];
  if (IsInt(x)) return tp_int_abs(x);
  if (IsFloat(x)) return tp_float_box(std::fabs(FloatVal(x)));
  TpValue r = tp::callMethodIfExists(x, "__abs__", nullptr, 0);
  if (r == TP_NULL) tp::raiseTypeError("bad operand type for abs(): '%s'", tp::typeName(x));
  return r;
}

TpValue BuiltinRound(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[2];
  tp::parseArgs("round", args, nargs, kwnames, {"number", "ndigits"}, 1, 0, a);
  TpValue x = a[0], nd = a[1] == TP_NONE ? TP_NULL : a[1];
  if (IsExactFloat(x) && nd == TP_NULL) return IntFromDouble(std::nearbyint(FloatVal(x)));
  if (IsInt(x) && nd == TP_NULL) return tp_int_pos(x);
  TpValue r = tp::callMethodIfExists(x, "__round__", &nd, nd == TP_NULL ? 0 : 1);
  if (r == TP_NULL) tp::raiseTypeError("type %s doesn't define __round__ method", tp::typeName(x));
  return r;
}

TpValue BuiltinDivmod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("divmod", kwnames);
  tp::checkArgCount("divmod", nargs, 2, 2);
  TpValue a = args[0], b = args[1];
  if (IsInt(a) && IsInt(b)) return tp_int_divmod(a, b);
  if ((IsInt(a) || IsFloat(a)) && (IsInt(b) || IsFloat(b))) {
    double x, y;
    ToDouble(a, &x);
    ToDouble(b, &y);
    if (y == 0.0) tp::raiseZeroDivisionError("float divmod()");
    return tp_tuple_pack2(tp_float_box(FloatFloorDiv(x, y)), tp_float_box(FloatMod(x, y)));
  }
  TpValue r = tp::callMethodIfExists(a, "__divmod__", &b, 1);
  if (r != TP_NULL && r != tp_from_object(&tp_NotImplemented_object)) return r;
  r = tp::callMethodIfExists(b, "__rdivmod__", &a, 1);
  if (r != TP_NULL && r != tp_from_object(&tp_NotImplemented_object)) return r;
  tp::raiseTypeError("unsupported operand type(s) for divmod(): '%s' and '%s'", tp::typeName(a), tp::typeName(b));
}

TpValue BuiltinPow(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[3];
  tp::parseArgs("pow", args, nargs, kwnames, {"base", "exp", "mod"}, 2, 0, a);
  if (a[2] == TP_NULL || a[2] == TP_NONE) return tp_binop(a[0], a[1], TP_BINOP_POW);
  if (!IsInt(a[0]) || !IsInt(a[1]) || !IsInt(a[2])) {
    if (tp_is_complex(a[0]) || tp_is_complex(a[1]) || tp_is_complex(a[2])) tp::raiseValueError("complex modulo");
    if (IsFloat(a[0]) || IsFloat(a[1]) || IsFloat(a[2]) || IsInt(a[0]))
      tp::raiseTypeError("pow() 3rd argument not allowed unless all arguments are integers");
    TpValue r = tp::callMethodIfExists(a[0], "__pow__", &a[1], 2);
    if (r == TP_NULL)
      tp::raiseTypeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", tp::typeName(a[0]),
                         tp::typeName(a[1]), tp::typeName(a[2]));
    return r;
  }
  IntView base(a[0]), exp(a[1]), mod(a[2]);
  if (mpz_sgn(mod) == 0) tp::raiseValueError("pow() 3rd argument cannot be 0");
  Mpz m, r, b;
  mpz_abs(m, mod);
  mpz_set(b, base);
  if (mpz_sgn(exp) < 0) {
    if (mpz_invert(b, b, m) == 0) tp::raiseValueError("base is not invertible for the given modulus");
    Mpz e;
    mpz_neg(e, exp);
    mpz_powm(r, b, e, m);
  } else {
    mpz_powm(r, b, exp, m);
  }
  // The result takes the sign of the modulus (floor semantics).
  if (mpz_sgn(mod) < 0 && mpz_sgn(r) != 0) mpz_add(r, r, mod);
  return r.value();
}

TpValue RadixString(const TpValue* args, int64_t nargs, TpValue kwnames, const char* name, int base,
                    const char* prefix) {
  tp::noKeywords(name, kwnames);
  tp::checkArgCount(name, nargs, 1, 1);
  bool negative;
  std::string digits = IntDigits(Index(args[0]), base, &negative);
  return MakeStr((negative ? std::string("-") : std::string()) + prefix + digits);
}
TpValue BuiltinHex(const TpValue* a, int64_t n, TpValue k) { return RadixString(a, n, k, "hex", 16, "0x"); }
TpValue BuiltinOct(const TpValue* a, int64_t n, TpValue k) { return RadixString(a, n, k, "oct", 8, "0o"); }
TpValue BuiltinBin(const TpValue* a, int64_t n, TpValue k) { return RadixString(a, n, k, "bin", 2, "0b"); }

}  // namespace

namespace taipan::num {

void InitNumberBuiltins() {
  tp::registerBuiltin("int", tp_from_object(&tp_int_type));
  tp::registerBuiltin("bool", tp_from_object(&tp_bool_type));
  tp::registerBuiltin("float", tp_from_object(&tp_float_type));
  tp::registerBuiltinFunction("abs", BuiltinAbs);
  tp::registerBuiltinFunction("round", BuiltinRound);
  tp::registerBuiltinFunction("divmod", BuiltinDivmod);
  tp::registerBuiltinFunction("pow", BuiltinPow);
  tp::registerBuiltinFunction("hex", BuiltinHex);
  tp::registerBuiltinFunction("oct", BuiltinOct);
  tp::registerBuiltinFunction("bin", BuiltinBin);
}

}  // namespace taipan::num
