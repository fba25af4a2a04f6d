// Internal interface between the runtime's number files (int.cpp, float.cpp,
// bool.cpp, math.cpp, numformat.cpp, num_builtins.cpp): the big-int object
// layout viewed through GMP, the text algorithms (float repr and parsing, int
// parsing, the format() mini-language) and CPython's numeric hash. Nothing
// here is part of the C ABI; the compiler only sees int.h and float.h.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "taipan/float.h"
#include "taipan/int.h"
#include "taipan/object.h"
#include "taipan/str.h"
#include "runtime.h"

namespace taipan::num {

// Raising goes through runtime.h (tp::raiseValueError, ...); strs through str.h.
inline TpValue MakeStr(std::string_view utf8) { return tp_str_from_utf8(utf8.data(), (int64_t)utf8.size()); }

// ---- ints ----
// sys.get_int_max_str_digits(): the most decimal digits int() parses and
// str() prints (0: no limit), 4300 as in CPython.
extern int64_t g_int_max_str_digits;
// True for small ints, big-int objects and bools (bool is a subclass of int).
bool IsInt(TpValue v);
bool IsFloat(TpValue v);

// A read-only mpz view of any int value, with no allocation: small ints and
// bools use the inline limb, big ints point at their object's limbs.
class IntView {
 public:
  explicit IntView(TpValue v);
  mpz_srcptr get() const { return z_; }
  operator mpz_srcptr() const { return z_; }
  mpz_srcptr operator->() const { return z_; }  // for GMP's macros (mpz_sgn, mpz_odd_p)
  IntView(const IntView&) = delete;

 private:
  mp_limb_t limb_;
  mpz_t z_;
};

// Converts an mpz result to the canonical int value (small int when it fits).
TpValue IntFromMpz(mpz_srcptr z);
// Owns a temporary mpz for computing results.
struct Mpz {
  mpz_t z;
  Mpz() { mpz_init(z); }
  ~Mpz() { mpz_clear(z); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  operator mpz_ptr() { return z; }
  mpz_ptr operator->() { return z; }
  TpValue value() const { return IntFromMpz(z); }
};

// Rounds q * 2^shift to the nearest double (ties to even); `sticky` says that
// bits below q were dropped and were not all zero. Sets *overflow and returns
// 0 when the result is not finite.
double MpzScaledToDouble(mpz_srcptr q, long shift, bool sticky, bool* overflow);
// The exact value of a finite double as an int.
TpValue IntFromDouble(double d);  // OverflowError/ValueError for inf/nan, as int(float)
// Exact comparison of an int and a double: -1, 0, 1, or 2 when d is a nan.
int CompareIntDouble(TpValue a, double d);
// The int's value as a double, correctly rounded; OverflowError if too large.
double IntToDouble(TpValue v);
// int / int, correctly rounded.
double IntTrueDiv(TpValue a, TpValue b);
// Decimal text of any int.
std::string IntToDecimal(TpValue v);
// Digits of |v| in base 2, 8, 10 or 16 (lower case) and the sign.
std::string IntDigits(TpValue v, int base, bool* negative);
// The ASCII spelling of text whose non-ASCII characters are Unicode decimal
// digits or whitespace; false when it holds another non-ASCII character.
bool AsciiDigits(std::string_view text, std::string* out);
// Parses Python int() text in `base` (0 or 2..36). Returns TP_NULL if invalid.
TpValue ParseInt(std::string_view text, int base);
// The integer value of an object with __index__ (ints, bools, user objects);
// TypeError "'float' object cannot be interpreted as an integer" otherwise.
TpValue Index(TpValue v);
// Index() narrowed to int64_t; OverflowError with `what` in the message.
int64_t IndexToI64(TpValue v);

// ---- floats ----
// CPython's repr of a float: shortest round trip, "1e+16", "1e-05", "inf".
std::string FloatRepr(double d);
// The same text written to out (at least kFloatReprMax bytes, no NUL); returns its length.
constexpr size_t kFloatReprMax = 32;
size_t FloatReprInto(double d, char* out);
// Parses Python float() text; false if invalid.
bool ParseFloat(std::string_view text, double* out);
// A numeric value (int, bool, float, or an object with __float__) as a double.
// Returns false if v is not a number (the caller raises its own TypeError).
bool ToDouble(TpValue v, double* out);
// Python's float floor division and modulo (signs follow the divisor).
double FloatFloorDiv(double a, double b);
double FloatMod(double a, double b);
double FloatPow(double a, double b);
// complex(ar, ai) ** complex(br, bi) as a complex value (complex.cpp).
TpValue ComplexPow(double ar, double ai, double br, double bi);
// round(x, ndigits) for floats, correctly rounded through exact arithmetic.
double FloatRound(double x, int64_t ndigits);

// ---- hashing (CPython: modulus 2**61 - 1) ----
constexpr uint64_t kHashModulus = (uint64_t(1) << 61) - 1;
constexpr int64_t kHashInf = 314159;
int64_t HashInt(TpValue v);
int64_t HashDouble(double d, const void* identity);  // identity hashes nans
int64_t HashPointer(const void* p);

// ---- format() mini-language ----
struct FormatSpec {
  char32_t fill = ' ';
  char align = 0;  // '<' '>' '^' '=' or 0
  char sign = 0;   // '+' '-' ' ' or 0
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  bool zero_pad = false;     // '0' before the width
  int64_t width = -1;
  char grouping = 0;  // ',' '_' or 0
  int64_t precision = -1;
  char type = 0;
  bool fill_given = false;
};
// Parses a spec; raises ValueError with CPython's messages on malformed ones.
FormatSpec ParseFormatSpec(std::string_view spec, const char* type_name);
std::string FormatInt(TpValue v, std::string_view spec);
std::string FormatFloat(double d, std::string_view spec);

}  // namespace taipan::num
