// The int type: arithmetic on tagged small ints with a GMP slow path for
// arbitrary precision (docs/decisions/0005-gmp-bigints.md). Big ints are
// GC-allocated, pointer-free objects holding GMP limbs inline; operands are
// viewed as read-only mpz values without copying (mpz_roinit_n), results are
// computed in a temporary mpz and copied into a new object, or returned as a
// small int when they fit (the one canonical form). Also here: int/float
// exact comparison and correctly rounded conversion, int() parsing, hashing,
// and the int type object with its slots and methods.
#include <utf8proc.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <new>

#include "num_internal.h"
#include "seq_internal.h"
#include "taipan/bytes.h"
#include "taipan/ops.h"
#include "taipan/tuple.h"

namespace taipan::num {
namespace {

// An instance of a user subclass of int: the int value as a word of its own
// (a small int or an exact TpInt), then the subclass's __dict__ and slots.
// SmallOf and IntView look through it, so every operation sees the value.
struct TpIntSub {
  TpObject ob;
  TpValue value;
};

inline TpValue Unwrap(TpValue v) {
  if (tp_is_object(v)) {
    TpType* t = tp_type_of_object(v);
    if (t != &tp_int_type && (t->flags & TP_TYPE_INT_SUBCLASS) && t != &tp_bool_type)
      return reinterpret_cast<TpIntSub*>(tp_as_object(v))->value;
  }
  return v;
}

inline bool SmallOf(TpValue v, int64_t* out) {
  v = Unwrap(v);
  if (tp_is_small_int(v)) {
    *out = tp_small_int_value(v);
    return true;
  }
  if (v == TP_TRUE || v == TP_FALSE) {
    *out = v == TP_TRUE;
    return true;
  }
  return false;
}

inline bool FitsSmall(int64_t i) { return i >= TP_SMALL_INT_MIN && i <= TP_SMALL_INT_MAX; }

inline int64_t FloorDivI64(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
  return q;
}
inline int64_t FloorModI64(int64_t a, int64_t b) {
  int64_t r = a % b;
  if (r != 0 && ((r < 0) != (b < 0))) r += b;
  return r;
}

}  // namespace

bool IsInt(TpValue v) {
  if (tp_is_small_int(v)) return true;
  if (!tp_is_object(v)) return false;
  TpType* t = tp_type_of_object(v);
  return t == &tp_int_type || t == &tp_bool_type || (t->flags & TP_TYPE_INT_SUBCLASS) != 0;
}

IntView::IntView(TpValue v) {
  v = Unwrap(v);
  int64_t i;
  if (SmallOf(v, &i)) {
    limb_ = i < 0 ? (mp_limb_t)(-(uint64_t)i) : (mp_limb_t)i;
    mpz_roinit_n(z_, &limb_, i < 0 ? -1 : (i == 0 ? 0 : 1));
    return;
  }
  const TpInt* obj = reinterpret_cast<const TpInt*>(tp_as_object(v));
  mpz_roinit_n(z_, reinterpret_cast<const mp_limb_t*>(obj->limbs), obj->size);
}

namespace {
// Large dead big ints kept for reuse (decision 0049): tp_int_arith_release
// parks a freed temporary of at least kSpareMinLimbs limbs here instead of
// returning it to libgc, and NewBigInt takes one whose slot fits (at most
// about twice the size asked for), which saves libgc's large-block search
// on both sides. The array is a root, so the parked slots stay ours.
constexpr int kSpares = 4;
constexpr int64_t kSpareMinLimbs = 32;
struct Spare {
  TpInt* obj;
  int64_t cap;  // limbs that fit in its slot
};
Spare g_spares[kSpares];
int g_spare_next = 0;

// Not zeroed: every limb up to `size` is written before the object is seen.
TpInt* NewBigInt(int64_t limbs) {
  if (limbs >= kSpareMinLimbs)
    for (Spare& sp : g_spares)
      if (sp.obj && sp.cap >= limbs && sp.cap <= 2 * limbs + 8) {
        TpInt* obj = sp.obj;
        sp.obj = nullptr;
        return obj;
      }
  auto* obj = static_cast<TpInt*>(tp::allocAtomicUninit(&tp_int_type, (int64_t)sizeof(TpInt) + limbs * 8));
  if (!obj) tp::raiseMemoryError();
  return obj;
}

TpValue FinishBigInt(TpInt* obj, int64_t limbs, bool negative) {
  while (limbs > 0 && obj->limbs[limbs - 1] == 0) limbs--;
  if (limbs <= 1) {
    uint64_t m = limbs ? obj->limbs[0] : 0;
    if (m <= (uint64_t)TP_SMALL_INT_MAX) return tp_small_int(negative ? -(int64_t)m : (int64_t)m);
    if (negative && m == (uint64_t)TP_SMALL_INT_MAX + 1) return tp_small_int(TP_SMALL_INT_MIN);
  }
  obj->size = negative ? -limbs : limbs;
  return tp_from_object(obj);
}
}  // namespace

TpValue IntFromMpz(mpz_srcptr z) {
  if (mpz_fits_slong_p(z)) {
    long i = mpz_get_si(z);
    if (FitsSmall(i)) return tp_small_int(i);
  }
  int64_t n = (int64_t)mpz_size(z);
  TpInt* obj = NewBigInt(n);
  obj->size = mpz_sgn(z) < 0 ? -n : n;
  std::memcpy(obj->limbs, mpz_limbs_read(z), (size_t)n * 8);
  return tp_from_object(obj);
}

double MpzScaledToDouble(mpz_srcptr q, long shift, bool sticky, bool* overflow) {
  *overflow = false;
  if (mpz_sgn(q) == 0) return 0.0;
  long bits = (long)mpz_sizeinbase(q, 2);
  // Bits to drop: keep 53 significant bits, or fewer when the result is
  // subnormal (its last bit has weight 2^-1074).
  long drop = std::max(bits - 53, -1074 - shift);
  uint64_t mant;
  if (drop <= 0) {
    mant = mpz_get_ui(q);  // fits: at most 53 bits
    drop = 0;
  } else {
    Mpz t;
    mpz_tdiv_q_2exp(t, q, (mp_bitcnt_t)drop);
    mant = mpz_get_ui(t);
    bool half = mpz_tstbit(q, (mp_bitcnt_t)(drop - 1));
    bool rest = sticky || (mpz_scan1(q, 0) < (mp_bitcnt_t)(drop - 1));
    if (half && (rest || (mant & 1))) mant += 1;
  }
  double r = std::ldexp((double)mant, (int)std::min<long>(shift + drop, 100000));
  if (std::isinf(r)) {
    *overflow = true;
    return 0.0;
  }
  return r;
}

double IntToDouble(TpValue v) {
  int64_t i;
  if (SmallOf(v, &i)) return (double)i;  // |i| < 2^62: one rounding, to nearest even
  IntView z(v);
  Mpz a;
  mpz_abs(a, z);
  bool overflow;
  double d = MpzScaledToDouble(a, 0, false, &overflow);
  if (overflow) tp::raiseOverflowError("int too large to convert to float");
  return mpz_sgn(z) < 0 ? -d : d;
}

double IntTrueDiv(TpValue a, TpValue b) {
  int64_t x, y;
  if (SmallOf(b, &y) && y == 0) tp::raiseZeroDivisionError("division by zero");
  const int64_t kExact = int64_t(1) << 53;
  if (SmallOf(a, &x) && SmallOf(b, &y) && x > -kExact && x < kExact && y > -kExact && y < kExact)
    return (double)x / (double)y;  // both exact: IEEE division rounds once
  IntView za(a), zb(b);
  if (mpz_sgn(za) == 0) return mpz_sgn(zb) < 0 ? -0.0 : 0.0;
  bool negative = (mpz_sgn(za) < 0) != (mpz_sgn(zb) < 0);
  Mpz n, d, q, r;
  mpz_abs(n, za);
  mpz_abs(d, zb);
  long na = (long)mpz_sizeinbase(n, 2), nb = (long)mpz_sizeinbase(d, 2);
  if (na - nb > 1025) tp::raiseOverflowError("integer division result too large for a float");
  // Scale so that the quotient has at least 55 bits (or reaches 2 bits below
  // the subnormal range), then round once with the remainder as sticky bit.
  long shift = std::max(na - nb - 56, -1074L - 3);
  if (shift < 0)
    mpz_mul_2exp(n, n, (mp_bitcnt_t)-shift);
  else
    mpz_mul_2exp(d, d, (mp_bitcnt_t)shift);
  mpz_tdiv_qr(q, r, n, d);
  bool overflow;
  double res = MpzScaledToDouble(q, shift, mpz_sgn(r) != 0, &overflow);
  if (overflow) tp::raiseOverflowError("integer division result too large for a float");
  return negative ? -res : res;
}

TpValue IntFromDouble(double d) {
  if (std::isinf(d)) tp::raiseOverflowError("cannot convert float infinity to integer");
  if (std::isnan(d)) tp::raiseValueError("cannot convert float NaN to integer");
  double t = std::trunc(d);
  if (t >= -4.0e18 && t <= 4.0e18) return tp_int_from_i64((int64_t)t);
  Mpz z;
  mpz_set_d(z, t);
  return z.value();
}

int CompareIntDouble(TpValue a, double d) {
  if (std::isnan(d)) return 2;
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  int64_t i;
  const int64_t kExact = int64_t(1) << 53;
  if (SmallOf(a, &i) && i > -kExact && i < kExact) {
    double x = (double)i;
    return x < d ? -1 : (x > d ? 1 : 0);
  }
  // Compare with floor(d) exactly; a fractional part breaks ties upwards.
  double fl = std::floor(d);
  Mpz f;
  mpz_set_d(f, fl);
  IntView z(a);
  int c = mpz_cmp(z, f);
  if (c != 0) return c < 0 ? -1 : 1;
  return fl == d ? 0 : -1;
}

std::string IntToDecimal(TpValue v) {
  int64_t i;
  if (SmallOf(v, &i)) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, i);
    return std::string(buf, r.ptr);
  }
  IntView z(v);
  if (g_int_max_str_digits > 0 && (int64_t)mpz_sizeinbase(z, 10) > g_int_max_str_digits + 1)
    tp::raiseValueError(
        "Exceeds the limit (%lld digits) for integer string conversion; use "
        "sys.set_int_max_str_digits() to increase the limit",
        (long long)g_int_max_str_digits);
  std::string s(mpz_sizeinbase(z, 10) + 2, '\0');
  mpz_get_str(s.data(), 10, z);
  s.resize(std::strlen(s.c_str()));
  if (g_int_max_str_digits > 0 && (int64_t)(s.size() - (s[0] == '-')) > g_int_max_str_digits)
    tp::raiseValueError(
        "Exceeds the limit (%lld digits) for integer string conversion; use "
        "sys.set_int_max_str_digits() to increase the limit",
        (long long)g_int_max_str_digits);
  return s;
}

std::string IntDigits(TpValue v, int base, bool* negative) {
  IntView z(v);
  *negative = mpz_sgn(z) < 0;
  Mpz a;
  mpz_abs(a, z);
  std::string s(mpz_sizeinbase(a, base) + 2, '\0');
  mpz_get_str(s.data(), base, a);
  s.resize(std::strlen(s.c_str()));
  return s;
}

namespace {
inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}
}  // namespace

int64_t g_int_max_str_digits = 4300;

// int() and float() accept any Unicode decimal digit and Unicode whitespace:
// the ASCII spelling of `text`, or false when it holds another non-ASCII
// character.
// Decimal digits come in runs of ten from 0 to 9 (a Unicode stability
// guarantee), so a digit's value is its distance from its run's start.
bool AsciiDigits(std::string_view text, std::string* out) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t n = (utf8proc_ssize_t)text.size();
  while (n > 0) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate(p, n, &cp);
    if (k <= 0) return false;
    p += k;
    n -= k;
    if (cp < 0x80) {
      out->push_back((char)cp);
      continue;
    }
    utf8proc_category_t cat = utf8proc_category(cp);
    if (cat == UTF8PROC_CATEGORY_ZS || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
      out->push_back(' ');
    } else if (cat == UTF8PROC_CATEGORY_ND) {
      utf8proc_int32_t start = cp;
      while (utf8proc_category(start - 1) == UTF8PROC_CATEGORY_ND) start--;
      out->push_back((char)('0' + (cp - start) % 10));
    } else {
      return false;
    }
  }
  return true;
}

namespace {
[[noreturn]] void RaiseDigitLimit(size_t digits) {
  tp::raiseValueError(
      "Exceeds the limit (%lld digits) for integer string conversion: value has %zu digits; use "
      "sys.set_int_max_str_digits() to increase the limit",
      (long long)g_int_max_str_digits, digits);
}
}  // namespace

TpValue ParseInt(std::string_view text, int base) {
  for (unsigned char c : text)
    if (c >= 0x80) {
      std::string ascii;
      if (!AsciiDigits(text, &ascii)) return TP_NULL;
      return ParseInt(ascii, base);
    }
  size_t b = 0, e = text.size();
  while (b < e && IsSpace(text[b])) b++;
  while (e > b && IsSpace(text[e - 1])) e--;
  std::string_view s = text.substr(b, e - b);
  bool negative = false;
  size_t p = 0;
  if (p < s.size() && (s[p] == '+' || s[p] == '-')) negative = s[p++] == '-';
  bool prefixed = false;
  if (p + 1 < s.size() && s[p] == '0') {
    char c = (char)(s[p + 1] | 0x20);
    int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (pb != 0 && (base == 0 || base == pb)) {
      base = pb;
      p += 2;
      prefixed = true;
    }
  }
  bool base0 = base == 0;
  if (base0) base = 10;
  // Digits with single underscores between them (one may follow a prefix),
  // checked in place; only a literal with underscores is copied without them.
  bool last_underscore = !prefixed;  // a leading underscore is invalid without a prefix
  if (prefixed && p < s.size() && s[p] == '_') {
    p++;
    last_underscore = true;
  }
  std::string_view digits = s.substr(p);
  bool underscores = false;
  for (char c : digits) {
    if (c == '_') {
      if (last_underscore) return TP_NULL;
      last_underscore = underscores = true;
      continue;
    }
    if (DigitValue(c) >= base) return TP_NULL;
    last_underscore = false;
  }
  std::string copy;
  if (underscores) {
    for (char c : digits)
      if (c != '_') copy.push_back(c);
    digits = copy;
  }
  if (digits.empty() || last_underscore) return TP_NULL;
  // Base 0 forbids leading zeros in a non-zero decimal literal ("010").
  if (base0 && !prefixed && digits.size() > 1 && digits[0] == '0' && digits.find_first_not_of('0') != std::string::npos)
    return TP_NULL;
  // Up to 18 decimal digits, or 15 of a base up to 16, fit in an int64.
  if (digits.size() <= (base == 10 ? 18u : 15u) && base <= 16) {
    int64_t v = 0;
    for (char c : digits) v = v * base + DigitValue(c);
    return tp_int_from_i64(negative ? -v : v);
  }
  if ((base & (base - 1)) != 0 && g_int_max_str_digits > 0 && (int64_t)digits.size() > g_int_max_str_digits)
    RaiseDigitLimit(digits.size());
  Mpz z;
  if (mpz_set_str(z, std::string(digits).c_str(), base) != 0) return TP_NULL;
  if (negative) mpz_neg(z, z);
  return z.value();
}

TpValue Index(TpValue v) {
  if (tp_is_small_int(v)) return v;
  if (v == TP_TRUE || v == TP_FALSE) return tp_small_int(v == TP_TRUE);
  if (IsInt(v)) return v;
  TpValue r = tp::callMethodIfExists(v, "__index__", nullptr, 0);
  if (r == TP_NULL) tp::raiseTypeError("'%s' object cannot be interpreted as an integer", tp::typeName(v));
  if (!IsInt(r)) tp::raiseTypeError("__index__ returned non-int (type %s)", tp::typeName(r));
  return r;
}

int64_t IndexToI64(TpValue v) { return tp_int_as_i64(Index(v)); }

int64_t HashInt(TpValue v) {
  int64_t i;
  uint64_t u;
  bool negative;
  if (SmallOf(v, &i)) {
    negative = i < 0;
    u = (negative ? -(uint64_t)i : (uint64_t)i) % kHashModulus;
  } else {
    IntView z(v);
    negative = mpz_sgn(z) < 0;
    u = mpz_tdiv_ui(z, kHashModulus);
  }
  int64_t h = negative ? -(int64_t)u : (int64_t)u;
  return h == -1 ? -2 : h;
}

}  // namespace taipan::num

using namespace taipan::num;

namespace {

// Ints of up to two limbs whose value fits a signed 128-bit word (so
// |v| < 2^127): the middle path of add, sub, mul and the bitwise operations,
// which skips GMP's temporaries (a malloc and free per result) for values
// just past the small-int range, as hashes and checksums make them.
inline bool WideOf(TpValue v, __int128* out) {
  v = Unwrap(v);
  int64_t i;
  if (SmallOf(v, &i)) {
    *out = i;
    return true;
  }
  const TpInt* obj = reinterpret_cast<const TpInt*>(tp_as_object(v));
  int64_t n = obj->size < 0 ? -obj->size : obj->size;
  if (n > 2) return false;
  unsigned __int128 mag = obj->limbs[0];
  if (n == 2) {
    if (obj->limbs[1] >> 63) return false;
    mag |= (unsigned __int128)obj->limbs[1] << 64;
  }
  *out = obj->size < 0 ? -(__int128)mag : (__int128)mag;
  return true;
}

// The int of a 128-bit value (small when it fits).
TpValue FromWide(__int128 r) {
  if (r >= TP_SMALL_INT_MIN && r <= TP_SMALL_INT_MAX) return tp_small_int((int64_t)r);
  unsigned __int128 mag = r < 0 ? -(unsigned __int128)r : (unsigned __int128)r;
  int64_t n = (mag >> 64) != 0 ? 2 : 1;
  TpInt* obj = NewBigInt(n);
  obj->size = r < 0 ? -n : n;
  obj->limbs[0] = (uint64_t)mag;
  if (n == 2) obj->limbs[1] = (uint64_t)(mag >> 64);
  return tp_from_object(obj);
}

// Sign and magnitude of an int operand as GMP limbs (a view: no copy).
struct Limbs {
  IntView view;
  const mp_limb_t* p;
  int64_t n;
  bool neg;
  explicit Limbs(TpValue v) : view(v) {
    p = mpz_limbs_read(view.get());
    n = (int64_t)mpz_size(view.get());
    neg = mpz_sgn(view.get()) < 0;
  }
};

// |x| + |y| or |x| - |y| into a new object, signed `neg` (mpn level: no
// temporary mpz, no copy). Requires x.n >= y.n and, for a difference,
// |x| >= |y|.
TpValue AddMagnitudes(const Limbs& x, const Limbs& y, bool neg) {
  TpInt* obj = NewBigInt(x.n + 1);
  mp_limb_t carry = y.n ? mpn_add(obj->limbs, x.p, x.n, y.p, y.n) : (mpn_copyi(obj->limbs, x.p, x.n), 0);
  obj->limbs[x.n] = carry;
  return FinishBigInt(obj, x.n + 1, neg);
}
TpValue SubMagnitudes(const Limbs& x, const Limbs& y, bool neg) {
  TpInt* obj = NewBigInt(x.n);
  if (y.n)
    mpn_sub(obj->limbs, x.p, x.n, y.p, y.n);
  else
    mpn_copyi(obj->limbs, x.p, x.n);
  return FinishBigInt(obj, x.n, neg);
}

// a + b (or a - b with `negate_b`) for operands past the 128-bit path.
TpValue BigAddSub(TpValue a, TpValue b, bool negate_b) {
  Limbs x(a), y(b);
  bool yneg = negate_b ? !y.neg : y.neg;
  if (y.n == 0) return SubMagnitudes(x, y, x.neg);  // a copy of a, as an exact int
  if (x.n == 0) return SubMagnitudes(y, x, yneg);
  if (x.neg == yneg) return x.n >= y.n ? AddMagnitudes(x, y, x.neg) : AddMagnitudes(y, x, x.neg);
  int c = x.n != y.n ? (x.n > y.n ? 1 : -1) : mpn_cmp(x.p, y.p, x.n);
  if (c == 0) return tp_small_int(0);
  return c > 0 ? SubMagnitudes(x, y, x.neg) : SubMagnitudes(y, x, yneg);
}

TpValue BigMul(TpValue a, TpValue b) {
  Limbs x(a), y(b);
  if (x.n == 0 || y.n == 0) return tp_small_int(0);
  const Limbs& big = x.n >= y.n ? x : y;
  const Limbs& small = x.n >= y.n ? y : x;
  int64_t n = big.n + small.n;
  TpInt* obj = NewBigInt(n);
  if (small.n == 1)
    obj->limbs[big.n] = mpn_mul_1(obj->limbs, big.p, big.n, small.p[0]);
  else
    mpn_mul(obj->limbs, big.p, big.n, small.p, small.n);
  return FinishBigInt(obj, n, x.neg != y.neg);
}

// Floor division a // b (b != 0) with mpn_tdiv_qr: the truncated quotient,
// moved one away from zero when the signs differ and the remainder is not
// zero.
TpValue BigFloorDiv(TpValue a, TpValue b) {
  Limbs x(a), y(b);
  if (x.n < y.n) {
    if (x.n == 0 || x.neg == y.neg) return tp_small_int(0);
    return tp_small_int(-1);
  }
  int64_t qn = x.n - y.n + 1;
  TpInt* obj = NewBigInt(qn + 1);
  // The remainder is scratch, written whole by mpn_tdiv_qr and dropped
  // here: a long divisor's buffer comes from malloc, neither cleared nor
  // left to the collector (pidigits divides by a 3,500-limb t 28,000 times;
  // a cleared collector block cost 13 % of its instructions in memset).
  mp_limb_t rbuf[64];
  std::unique_ptr<mp_limb_t[]> rheap(y.n <= 64 ? nullptr : new (std::nothrow) mp_limb_t[y.n]);
  if (y.n > 64 && !rheap) tp::raiseMemoryError();
  mp_limb_t* rp = y.n <= 64 ? rbuf : rheap.get();
  mpn_tdiv_qr(obj->limbs, rp, 0, x.p, x.n, y.p, y.n);
  obj->limbs[qn] = 0;
  bool neg = x.neg != y.neg;
  if (neg) {
    bool rest = false;
    for (int64_t i = 0; i < y.n && !rest; i++) rest = rp[i] != 0;
    if (rest) obj->limbs[qn] = mpn_add_1(obj->limbs, obj->limbs, qn, 1);
  }
  return FinishBigInt(obj, qn + 1, neg);
}

// The slow path of every binary operation: GMP on views of both operands.
template <class F>
TpValue BigOp(TpValue a, TpValue b, F f) {
  IntView za(a), zb(b);
  Mpz r;
  f(r.z, za.get(), zb.get());
  return r.value();
}

bool IsZero(TpValue v) {
  v = Unwrap(v);
  return v == tp_small_int(0) || v == TP_FALSE;
}

TpValue ShiftCount(TpValue b, uint64_t* count, bool* huge) {
  IntView zb(b);
  if (mpz_sgn(zb) < 0) tp::raiseValueError("negative shift count");
  *huge = !mpz_fits_ulong_p(zb) || mpz_get_ui(zb) > (uint64_t(1) << 40);
  *count = *huge ? 0 : mpz_get_ui(zb);
  return b;
}

}  // namespace

extern "C" {

TpValue tp_int_from_i64(int64_t i) {
  if (FitsSmall(i)) return tp_small_int(i);
  Mpz z;
  mpz_set_si(z, i);
  return z.value();
}

TpValue tp_int_from_u64(uint64_t i) {
  if (i <= (uint64_t)TP_SMALL_INT_MAX) return tp_small_int((int64_t)i);
  Mpz z;
  mpz_set_ui(z, i);
  return z.value();
}

TpValue tp_int_add(TpValue a, TpValue b) {
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) return tp_int_from_i64(x + y);
  __int128 p, q, r;
  if (WideOf(a, &p) && WideOf(b, &q) && !__builtin_add_overflow(p, q, &r)) return FromWide(r);
  return BigAddSub(a, b, false);
}

TpValue tp_int_sub(TpValue a, TpValue b) {
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) return tp_int_from_i64(x - y);
  __int128 p, q, r;
  if (WideOf(a, &p) && WideOf(b, &q) && !__builtin_sub_overflow(p, q, &r)) return FromWide(r);
  return BigAddSub(a, b, true);
}

TpValue tp_int_mul(TpValue a, TpValue b) {
  int64_t x, y, r;
  if (SmallOf(a, &x) && SmallOf(b, &y) && !__builtin_mul_overflow(x, y, &r)) return tp_int_from_i64(r);
  __int128 p, q, w;
  if (WideOf(a, &p) && WideOf(b, &q) && !__builtin_mul_overflow(p, q, &w)) return FromWide(w);
  return BigMul(a, b);
}

TpValue tp_int_floordiv(TpValue a, TpValue b) {
  if (IsZero(b)) tp::raiseZeroDivisionError("integer division or modulo by zero");
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) return tp_int_from_i64(FloorDivI64(x, y));
  __int128 p, q;
  if (WideOf(a, &p) && WideOf(b, &q)) {
    __int128 d = p / q;
    if (p % q != 0 && ((p < 0) != (q < 0))) d -= 1;
    return FromWide(d);
  }
  return BigFloorDiv(a, b);
}

TpValue tp_int_mod(TpValue a, TpValue b) {
  if (IsZero(b)) tp::raiseZeroDivisionError("integer modulo by zero");
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) return tp_small_int(FloorModI64(x, y));
  __int128 p, q;
  if (WideOf(a, &p) && WideOf(b, &q)) {
    __int128 m = p % q;
    if (m != 0 && ((m < 0) != (q < 0))) m += q;
    return FromWide(m);
  }
  return BigOp(a, b, mpz_fdiv_r);
}

TpValue tp_int_divmod(TpValue a, TpValue b) {
  if (IsZero(b)) tp::raiseZeroDivisionError("integer division or modulo by zero");
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y))
    return tp_tuple_pack2(tp_int_from_i64(FloorDivI64(x, y)), tp_small_int(FloorModI64(x, y)));
  IntView za(a), zb(b);
  Mpz q, r;
  mpz_fdiv_qr(q, r, za, zb);
  return tp_tuple_pack2(q.value(), r.value());
}

double tp_int_truediv(TpValue a, TpValue b) { return IntTrueDiv(a, b); }

TpValue tp_int_neg(TpValue a) {
  int64_t x;
  if (SmallOf(a, &x)) return tp_int_from_i64(-x);
  IntView za(a);
  Mpz r;
  mpz_neg(r, za);
  return r.value();
}

TpValue tp_int_pos(TpValue a) {
  int64_t x;
  if (SmallOf(a, &x)) return tp_small_int(x);
  return a;
}

TpValue tp_int_abs(TpValue a) {
  int64_t x;
  if (SmallOf(a, &x)) return tp_int_from_i64(x < 0 ? -x : x);
  IntView za(a);
  if (mpz_sgn(za) > 0) return a;
  Mpz r;
  mpz_neg(r, za);
  return r.value();
}

TpValue tp_int_invert(TpValue a) {
  int64_t x;
  if (SmallOf(a, &x)) return tp_small_int(~x);  // ~x = -x - 1 stays in range
  IntView za(a);
  Mpz r;
  mpz_com(r, za);
  return r.value();
}

TpValue tp_int_pow(TpValue a, TpValue b) {
  IntView zb(b);
  if (mpz_sgn(zb) < 0) {
    double x = IntToDouble(a), y = IntToDouble(b);
    return tp_float_box(tp_float_pow(x, y));
  }
  int64_t x;
  if (SmallOf(a, &x) && (x == 0 || x == 1)) return mpz_sgn(zb) == 0 ? tp_small_int(1) : tp_small_int(x);
  if (SmallOf(a, &x) && x == -1) return mpz_odd_p(zb) ? tp_small_int(-1) : tp_small_int(1);
  if (!mpz_fits_ulong_p(zb) || mpz_get_ui(zb) > (uint64_t(1) << 40)) tp::raiseMemoryError();
  unsigned long e = mpz_get_ui(zb);
  if (SmallOf(a, &x) && e < 64) {
    // Repeated squaring in int64 while it does not overflow.
    int64_t result = 1, base = x;
    bool ok = true;
    for (unsigned long k = e; k != 0 && ok; k >>= 1) {
      if (k & 1) ok = !__builtin_mul_overflow(result, base, &result);
      if (ok && (k >> 1)) ok = !__builtin_mul_overflow(base, base, &base);
    }
    if (ok) return tp_int_from_i64(result);
  }
  IntView za(a);
  Mpz r;
  mpz_pow_ui(r, za, e);
  return r.value();
}

TpValue tp_int_lshift(TpValue a, TpValue b) {
  uint64_t n;
  bool huge;
  ShiftCount(b, &n, &huge);
  if (IsZero(a)) return tp_small_int(0);
  if (huge) tp::raiseOverflowError("too many digits in integer");
  int64_t x;
  if (SmallOf(a, &x) && n < 62) {
    int64_t r = (int64_t)((uint64_t)x << n);
    if ((r >> n) == x) return tp_int_from_i64(r);
  }
  IntView za(a);
  Mpz r;
  mpz_mul_2exp(r, za, n);
  return r.value();
}

TpValue tp_int_rshift(TpValue a, TpValue b) {
  uint64_t n;
  bool huge;
  ShiftCount(b, &n, &huge);
  int64_t x;
  if (SmallOf(a, &x)) {
    if (huge || n >= 63) return tp_small_int(x < 0 ? -1 : 0);
    return tp_small_int(x >> n);
  }
  IntView za(a);
  if (huge) return tp_small_int(mpz_sgn(za) < 0 ? -1 : 0);
  Mpz r;
  mpz_fdiv_q_2exp(r, za, n);  // floor: two's complement semantics
  return r.value();
}

TpValue tp_int_and(TpValue a, TpValue b) {
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) return tp_small_int(x & y);
  __int128 p, q;
  if (WideOf(a, &p) && WideOf(b, &q)) return FromWide(p & q);
  return BigOp(a, b, mpz_and);
}
TpValue tp_int_or(TpValue a, TpValue b) {
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) return tp_small_int(x | y);
  __int128 p, q;
  if (WideOf(a, &p) && WideOf(b, &q)) return FromWide(p | q);
  return BigOp(a, b, mpz_ior);
}
TpValue tp_int_xor(TpValue a, TpValue b) {
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) return tp_small_int(x ^ y);
  __int128 p, q;
  if (WideOf(a, &p) && WideOf(b, &q)) return FromWide(p ^ q);
  return BigOp(a, b, mpz_xor);
}

int32_t tp_int_cmp(TpValue a, TpValue b) {
  int64_t x, y;
  if (SmallOf(a, &x) && SmallOf(b, &y)) return x < y ? -1 : (x > y ? 1 : 0);
  IntView za(a), zb(b);
  int c = mpz_cmp(za, zb);
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}
bool tp_int_lt(TpValue a, TpValue b) { return tp_int_cmp(a, b) < 0; }
bool tp_int_le(TpValue a, TpValue b) { return tp_int_cmp(a, b) <= 0; }
bool tp_int_gt(TpValue a, TpValue b) { return tp_int_cmp(a, b) > 0; }
bool tp_int_ge(TpValue a, TpValue b) { return tp_int_cmp(a, b) >= 0; }
bool tp_int_eq(TpValue a, TpValue b) { return a == b || tp_int_cmp(a, b) == 0; }
bool tp_int_ne(TpValue a, TpValue b) { return !tp_int_eq(a, b); }
bool tp_int_truth(TpValue a) { return !IsZero(a); }

namespace {
// Only exact big ints: a small int or bool owns no memory, and an int
// subclass instance is never an arithmetic result.
inline void ReleaseDead(TpValue v, TpValue result) {
  if (v == result || !tp_is_object(v) || tp_type_of_object(v) != &tp_int_type) return;
  TpInt* obj = reinterpret_cast<TpInt*>(tp_as_object(v));
  int64_t n = obj->size < 0 ? -obj->size : obj->size;
  if (n < kSpareMinLimbs) {
    tp::gcFreeDead(obj);
    return;
  }
  // Park it in place of the oldest spare, which goes back to libgc.
  Spare& sp = g_spares[g_spare_next];
  g_spare_next = (g_spare_next + 1) % kSpares;
  if (sp.obj) tp::gcFreeDead(sp.obj);
  sp.obj = obj;
  sp.cap = (tp::gcSlotSize(obj) - (int64_t)sizeof(TpInt)) / 8;
}
}  // namespace

// Every op here returns a new object or a small int, never an operand (the
// check against the result is a second guard). An exception leaves the
// operands to the collector.
TpValue tp_int_arith_release(TpValue a, TpValue b, int64_t how) {
  TpValue r;
  switch (how >> 2) {
    case TP_INT_OP_ADD:
      r = tp_int_add(a, b);
      break;
    case TP_INT_OP_SUB:
      r = tp_int_sub(a, b);
      break;
    case TP_INT_OP_MUL:
      r = tp_int_mul(a, b);
      break;
    case TP_INT_OP_FLOORDIV:
      r = tp_int_floordiv(a, b);
      break;
    case TP_INT_OP_MOD:
      r = tp_int_mod(a, b);
      break;
    case TP_INT_OP_NEG:
      r = tp_int_neg(a);
      break;
    case TP_INT_OP_AND:
      r = tp_int_and(a, b);
      break;
    case TP_INT_OP_OR:
      r = tp_int_or(a, b);
      break;
    case TP_INT_OP_XOR:
      r = tp_int_xor(a, b);
      break;
    case TP_INT_OP_RSHIFT:
      r = tp_int_rshift(a, b);
      break;
    default:
      abort();
  }
  if (how & 1) ReleaseDead(a, r);
  if ((how & 2) && b != a) ReleaseDead(b, r);
  return r;
}

int32_t tp_int_cmp_release(TpValue a, TpValue b, int64_t dead) {
  int32_t c = tp_int_cmp(a, b);
  if (dead & 1) ReleaseDead(a, TP_NULL);
  if ((dead & 2) && b != a) ReleaseDead(b, TP_NULL);
  return c;
}

TpValue tp_int_from_double(double d) { return IntFromDouble(d); }
double tp_int_to_float(TpValue a) { return IntToDouble(a); }

bool tp_int_try_i64(TpValue a, int64_t* out) {
  if (SmallOf(a, out)) return true;
  IntView za(a);
  if (!mpz_fits_slong_p(za)) return false;
  *out = mpz_get_si(za);
  return true;
}

int64_t tp_int_as_i64(TpValue a) {
  int64_t r;
  if (!tp_int_try_i64(a, &r)) tp::raiseOverflowError("Python int too large to convert to C long");
  return r;
}

int64_t tp_int_hash(TpValue a) { return HashInt(a); }
TpValue tp_int_repr(TpValue a) {
  int64_t i;
  if (SmallOf(a, &i)) {  // ASCII digits written into the new str, two at a time
    static constexpr char kPairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    uint64_t u = i < 0 ? 0 - static_cast<uint64_t>(i) : static_cast<uint64_t>(i);
    if (i >= 0 && u < 10) {
      char c = static_cast<char>('0' + u);
      return tp::seq::asciiStr(&c, 1);  // the shared one-character str
    }
    // The decimal digits of u (>= 10, at most 2^63 < 10^19): from its bit
    // length, t = floor(bits * log10(2)) is the digit count or one less.
    static constexpr uint64_t kPow10[20] = {1ull,
                                            10ull,
                                            100ull,
                                            1000ull,
                                            10000ull,
                                            100000ull,
                                            1000000ull,
                                            10000000ull,
                                            100000000ull,
                                            1000000000ull,
                                            10000000000ull,
                                            100000000000ull,
                                            1000000000000ull,
                                            10000000000000ull,
                                            100000000000000ull,
                                            1000000000000000ull,
                                            10000000000000000ull,
                                            100000000000000000ull,
                                            1000000000000000000ull,
                                            10000000000000000000ull};
    int bits = 64 - __builtin_clzll(u);
    int t = (bits * 1233) >> 12;
    int64_t digits = t + (u >= kPow10[t] ? 1 : 0);
    int64_t n = digits + (i < 0);
    TpStr* s = tp_str_alloc(n);
    char* end = s->data + n;
    while (u >= 100) {
      uint64_t r = u % 100;
      u /= 100;
      end -= 2;
      memcpy(end, kPairs + 2 * r, 2);
    }
    if (u >= 10) {
      end -= 2;
      memcpy(end, kPairs + 2 * u, 2);
    } else {
      *--end = static_cast<char>('0' + u);
    }
    if (i < 0) *--end = '-';
    return tp::seq::asciiFinish(s);
  }
  return MakeStr(IntToDecimal(a));
}
bool tp_is_int(TpValue v) { return IsInt(v); }
TpValue tp_index(TpValue obj) { return Index(obj); }

TpValue tp_int_index_exact(TpValue obj) {
  TpValue v = Index(obj);  // a bool only when __index__ returned one
  if (v == TP_TRUE || v == TP_FALSE) return tp_small_int(v == TP_TRUE);
  return Unwrap(v);  // an int subclass instance holds its exact value
}

TpValue tp_const_bigint(const char* digits) {
  Mpz z;
  mpz_set_str(z, digits, 10);
  return z.value();
}

}  // extern "C"

// ---------------------------------------------------------------------------
// The int type object.
// ---------------------------------------------------------------------------
namespace {

TpValue NotImpl() { return tp_from_object(&tp_NotImplemented_object); }

// "invalid literal for int() with base N: ..." naming a str by its repr and
// bytes-like text as a bytes object (CPython's message for both bytes and
// bytearray).
[[noreturn]] void raiseInvalidLiteral(TpValue x, std::string_view text, int base) {
  TpValue shown = tp_is_str(x) ? x : tp_bytes_new(text.data(), (int64_t)text.size());
  tp::raiseValueError("invalid literal for int() with base %d: %s", base, tp::reprCStr(shown));
}

TpValue IntNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  // int(s) of an exact str, a parser's call per literal: no argument
  // parsing. A malformed literal goes on below, which raises its error.
  // int(f) of an exact float (json_roundtrip's checksum) likewise;
  // IntFromDouble raises for nan and the infinities as int() does.
  if (type == &tp_int_type && nargs == 1 && kwnames == TP_NULL && tp_is_object(args[0])) {
    TpType* t = tp_type_of_object(args[0]);
    if (t == &tp_str_type) {
      TpValue r = ParseInt(tp_str_view(args[0]), 10);
      if (r != TP_NULL) return r;
    } else if (t == &tp_float_type) {
      return IntFromDouble(reinterpret_cast<TpFloat*>(tp_as_object(args[0]))->value);
    }
  }
  TpValue a[2];
  tp::parseArgs("int", args, nargs, kwnames, {"x", "base"}, 0, 1, a);
  TpValue x = a[0], result;
  if (x == TP_NULL) {
    if (a[1] != TP_NULL) tp::raiseTypeError("int() missing string argument");
    result = tp_small_int(0);
  } else if (a[1] != TP_NULL) {
    int64_t base = IndexToI64(a[1]);
    if (base != 0 && (base < 2 || base > 36)) tp::raiseValueError("int() base must be >= 2 and <= 36, or 0");
    std::string_view text;
    std::string storage;
    if (tp_is_str(x))
      text = tp_str_view(x);
    else if (tp_type_of(x) == &tp_memoryview_type || !tp::seq::bytesLikeView(x, &text, &storage))
      tp::raiseTypeError("int() can't convert non-string with explicit base");  // bytes and bytearray only
    result = ParseInt(text, (int)base);
    if (result == TP_NULL) raiseInvalidLiteral(x, text, (int)base);
  } else if (tp_is_str(x)) {
    result = ParseInt(tp_str_view(x), 10);
    if (result == TP_NULL) tp::raiseValueError("invalid literal for int() with base 10: %s", tp::reprCStr(x));
  } else if (IsInt(x)) {
    result = tp_int_pos(x);
    if (!tp_is_small_int(result) && tp_type_of_object(result) != &tp_int_type)
      result = tp_int_add(result, tp_small_int(0));
  } else if (IsFloat(x)) {
    result = IntFromDouble(reinterpret_cast<TpFloat*>(tp_as_object(x))->value);
  } else {
    result = TP_NULL;
    for (const char* m : {"__int__", "__index__", "__trunc__"}) {
      result = tp::callMethodIfExists(x, m, nullptr, 0);
      if (result != TP_NULL) {
        if (!IsInt(result)) tp::raiseTypeError("%s returned non-int (type %s)", m, tp::typeName(result));
        break;
      }
    }
    std::string_view text;
    std::string storage;
    if (result == TP_NULL && tp::seq::bytesLikeView(x, &text, &storage)) {  // bytes, bytearray, memoryview
      result = ParseInt(text, 10);
      if (result == TP_NULL) raiseInvalidLiteral(x, text, 10);
    }
    if (result == TP_NULL)
      tp::raiseTypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         tp::typeName(x));
  }
  if (type == &tp_int_type) return result;
  int64_t size = std::max<int64_t>(type->instance_size, (int64_t)sizeof(TpIntSub));
  TpIntSub* sub = static_cast<TpIntSub*>(tp_alloc(type, size));
  sub->value = Unwrap(result);
  return tp_from_object(sub);
}

TpValue IntRepr(TpValue self) { return tp_int_repr(self); }
int64_t IntHash(TpValue self) { return HashInt(self); }
bool IntTruth(TpValue self) { return tp_int_truth(self); }

TpValue IntRichCompare(TpValue a, TpValue b, int32_t op) {
  if (IsInt(b)) return tp::cmpResult(tp_int_cmp(a, b), op);
  // Exact floats only: as in CPython, a float subclass answers from its own
  // side (the reflected call), so its comparison methods run.
  if (tp_is_object(b) && tp_type_of_object(b) == &tp_float_type) {
    int c = CompareIntDouble(a, reinterpret_cast<TpFloat*>(tp_as_object(b))->value);
    if (c == 2) return tp_bool(op == TP_CMP_NE);
    return tp::cmpResult(c, op);
  }
  return NotImpl();
}

}  // namespace

namespace taipan::num {
// Shared with bool.cpp: int arithmetic on two int-like operands (left, right).
TpValue IntBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  if (!IsInt(a) || !IsInt(b)) return NotImpl();
  switch (op & ~TP_BINOP_INPLACE) {
    case TP_BINOP_ADD:
      return tp_int_add(a, b);
    case TP_BINOP_SUB:
      return tp_int_sub(a, b);
    case TP_BINOP_MUL:
      return tp_int_mul(a, b);
    case TP_BINOP_TRUEDIV:
      return tp_float_box(IntTrueDiv(a, b));
    case TP_BINOP_FLOORDIV:
      return tp_int_floordiv(a, b);
    case TP_BINOP_MOD:
      return tp_int_mod(a, b);
    case TP_BINOP_POW:
      return tp_int_pow(a, b);
    case TP_BINOP_LSHIFT:
      return tp_int_lshift(a, b);
    case TP_BINOP_RSHIFT:
      return tp_int_rshift(a, b);
    case TP_BINOP_OR:
      return tp_int_or(a, b);
    case TP_BINOP_XOR:
      return tp_int_xor(a, b);
    case TP_BINOP_AND:
      return tp_int_and(a, b);
  }
  return NotImpl();
}

TpValue IntUnaryOp(TpValue a, int32_t op) {
  switch (op) {
    case TP_UNARY_NEG:
      return tp_int_neg(a);
    case TP_UNARY_POS:
      return tp_int_pos(a);
    case TP_UNARY_INVERT:
      return tp_int_invert(a);
    case TP_UNARY_NOT:
      return tp_bool(!tp_int_truth(a));
  }
  return NotImpl();
}

TpValue IntFormat(TpValue self, TpValue spec) {
  if (!tp_is_str(spec)) tp::raiseTypeError("format() argument 2 must be str, not %s", tp::typeName(spec));
  return MakeStr(FormatInt(self, tp_str_view(spec)));
}
}  // namespace taipan::num

namespace {

TpValue Self(const TpValue* args, int64_t nargs, const char* name) {
  if (nargs < 1 || !IsInt(args[0])) tp::raiseTypeError("descriptor '%s' requires an 'int' object", name);
  return args[0];
}

TpValue IntBitLength(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("bit_length", kwnames);
  tp::checkArgCount("int.bit_length", nargs - 1, 0, 0);
  IntView z(Self(args, nargs, "bit_length"));
  return mpz_sgn(z) == 0 ? tp_small_int(0) : tp_int_from_u64(mpz_sizeinbase(z, 2));
}

TpValue IntBitCount(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("bit_count", kwnames);
  tp::checkArgCount("int.bit_count", nargs - 1, 0, 0);
  IntView z(Self(args, nargs, "bit_count"));
  Mpz a;
  mpz_abs(a, z);
  return tp_int_from_u64(mpz_popcount(a));
}

TpValue IntAbsMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("int.__abs__", nargs - 1, 0, 0);
  return tp_int_abs(Self(args, nargs, "__abs__"));
}

TpValue IntConjugate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("int.conjugate", nargs - 1, 0, 0);
  return tp_int_pos(Self(args, nargs, "conjugate"));
}

TpValue IntAsRatio(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_tuple_pack2(tp_int_pos(Self(args, nargs, "as_integer_ratio")), tp_small_int(1));
}

TpValue IntIndexMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_int_pos(Self(args, nargs, "__index__"));
}

TpValue IntFloatMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return tp_float_box(IntToDouble(Self(args, nargs, "__float__")));
}

TpValue IntFormatMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("int.__format__", nargs - 1, 1, 1);
  return IntFormat(Self(args, nargs, "__format__"), args[1]);
}

TpValue IntRoundMethod(const TpValue* args, int64_t nargs, TpValue kwnames);

bool ByteOrderLittle(TpValue order) {
  if (order == TP_NULL) return false;
  if (!tp_is_str(order)) tp::raiseTypeError("to_bytes() argument 'byteorder' must be str, not %s", tp::typeName(order));
  std::string_view s = tp_str_view(order);
  if (s == "little") return true;
  if (s == "big") return false;
  tp::raiseValueError("byteorder must be either 'little' or 'big'");
}

TpValue IntToBytes(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[4];
  tp::parseArgs("to_bytes", args, nargs, kwnames, {"self", "length", "byteorder", "*signed"}, 1, 1, a);
  TpValue self = Self(a, 1, "to_bytes");
  int64_t length = a[1] == TP_NULL ? 1 : IndexToI64(a[1]);
  if (length < 0) tp::raiseValueError("length argument must be non-negative");
  bool little = ByteOrderLittle(a[2]);
  bool is_signed = a[3] != TP_NULL && tp_truth(a[3]);
  IntView z(self);
  if (!is_signed && mpz_sgn(z) < 0) tp::raiseOverflowError("can't convert negative int to unsigned");
  // Two's complement of the value modulo 256^length, with a range check.
  Mpz v, limit;
  mpz_set(v, z);
  if (mpz_sgn(v) < 0) {
    mpz_ui_pow_ui(limit, 256, (unsigned long)length);
    mpz_add(v, v, limit);
  }
  size_t bits = mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
  bool fits;
  if (!is_signed) {
    fits = (int64_t)bits <= length * 8;
  } else if (mpz_sgn(z) >= 0) {
    fits = bits == 0 || (int64_t)bits < length * 8;
  } else {
    // -x fits in n bytes iff x <= 2^(8n-1).
    Mpz m, lim;
    mpz_neg(m, z);
    mpz_ui_pow_ui(lim, 2, (unsigned long)(length > 0 ? length * 8 - 1 : 0));
    fits = length > 0 && mpz_cmp(m, lim) <= 0;
  }
  if (!fits) tp::raiseOverflowError("int too big to convert");
  std::string out((size_t)length, '\0');
  size_t count = 0;
  std::string raw(mpz_sizeinbase(v, 256) + 1, '\0');
  if (mpz_sgn(v) != 0) mpz_export(raw.data(), &count, -1, 1, 0, 0, v);  // least significant first
  for (size_t i = 0; i < count && (int64_t)i < length; i++) out[(size_t)i] = raw[i];
  if (!little) std::reverse(out.begin(), out.end());
  return tp_bytes_new(out.data(), (int64_t)out.size());
}

TpValue IntFromBytes(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[4];
  tp::parseArgs("from_bytes", args, nargs, kwnames, {"cls", "bytes", "byteorder", "*signed"}, 2, 1, a);
  TpValue b = a[1];
  std::string data;
  if (tp_is_object(b) && tp_type_of_object(b) == &tp_bytes_type) {
    data.assign(tp_bytes_data(b), (size_t)tp_bytes_size(b));
  } else {
    TpValue it = tp_iter(b);
    for (TpValue x = tp_next(it); x != TP_NULL; x = tp_next(it)) {
      int64_t byte = IndexToI64(x);
      if (byte < 0 || byte > 255) tp::raiseValueError("bytes must be in range(0, 256)");
      data.push_back((char)byte);
    }
  }
  bool little = ByteOrderLittle(a[2]);
  bool is_signed = a[3] != TP_NULL && tp_truth(a[3]);
  Mpz v;
  if (!data.empty()) mpz_import(v, data.size(), little ? -1 : 1, 1, 0, 0, data.data());
  if (is_signed && !data.empty() && (unsigned char)data[little ? data.size() - 1 : 0] >= 0x80) {
    Mpz limit;
    mpz_ui_pow_ui(limit, 256, data.size());
    mpz_sub(v, v, limit);
  }
  return v.value();
}

TpValue IntGetReal(TpValue self) { return tp_int_pos(self); }
TpValue IntGetImag(TpValue self) { return tp_small_int(0); }
TpValue IntGetOne(TpValue self) { return tp_small_int(1); }

const tp::MethodDef kIntMethods[] = {
    {"bit_length", IntBitLength},    {"bit_count", IntBitCount},
    {"conjugate", IntConjugate},     {"as_integer_ratio", IntAsRatio},
    {"to_bytes", IntToBytes},        {"from_bytes", IntFromBytes, tp::kMethodClass},
    {"__index__", IntIndexMethod},   {"__int__", IntIndexMethod},
    {"__trunc__", IntIndexMethod},   {"__floor__", IntIndexMethod},
    {"__ceil__", IntIndexMethod},    {"__float__", IntFloatMethod},
    {"__format__", IntFormatMethod}, {"__round__", IntRoundMethod},
    {"__abs__", IntAbsMethod},       {nullptr, nullptr},
};

const tp::GetSetDef kIntGetSets[] = {
    {"real", IntGetReal},       {"imag", IntGetImag}, {"numerator", IntGetReal},
    {"denominator", IntGetOne}, {nullptr, nullptr},
};

TpValue IntRoundMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("__round__", nargs - 1, 0, 1);
  TpValue self = tp_int_pos(Self(args, nargs, "__round__"));
  if (nargs < 2 || args[1] == TP_NONE) return self;
  TpValue nd = Index(args[1]);
  if (tp_int_cmp(nd, tp_small_int(0)) >= 0) return self;
  // Round half to even to a multiple of 10^-ndigits.
  IntView zn(nd);
  Mpz p, q, r, twice;
  if (!mpz_fits_slong_p(zn) || mpz_get_si(zn) < -100000000) return tp_small_int(0);
  mpz_ui_pow_ui(p, 10, (unsigned long)(-mpz_get_si(zn)));
  IntView z(self);
  mpz_fdiv_qr(q, r, z, p);
  mpz_mul_2exp(twice, r, 1);
  int c = mpz_cmp(twice, p);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  mpz_mul(q, q, p);
  return q.value();
}

}  // namespace

TpType tp_int_type = {
    TP_TYPE_HEAD("int"),
    .instance_size = sizeof(TpIntSub),  // what a subclass instance starts with
    .flags = TP_TYPE_BASETYPE | TP_TYPE_INT_SUBCLASS,
    .subclass_flag = TP_TYPE_INT_SUBCLASS,
    .new_ = IntNew,
    .repr = IntRepr,
    .str = IntRepr,
    .hash = IntHash,
    .richcompare = IntRichCompare,
    .truth = IntTruth,
    .binop = IntBinOp,
    .unaryop = IntUnaryOp,
    .format = IntFormat,
};

namespace taipan::num {
void InitFloat();
void InitComplex();
void InitBool();
void InitMath();
void InitNumberBuiltins();
}  // namespace taipan::num

// Defined here, beside tp_int_type, because this object file is always linked
// (core.cpp has only a weak default): it pulls in the other number files.
void tp::initNumbers() {
  tp::readyType(&tp_int_type, kIntMethods, kIntGetSets);
  InitBool();
  InitFloat();
  InitComplex();
  InitNumberBuiltins();
  InitMath();
}

// int(x) with one positional argument, for tp_call_int (fastpath.h): what
// calling the int type does, without the generic call's dispatch.
extern "C" TpValue tp_int_call1(TpValue x) { return IntNew(&tp_int_type, &x, 1, TP_NULL); }
