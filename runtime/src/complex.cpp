// The complex type: a pair of doubles with CPython's semantics for
// construction (complex(re, im), complex("1+2j"), __complex__), arithmetic
// mixed with ints and floats (Smith's division, integer powers by repeated
// squaring, the polar form otherwise, with CPython's error messages), equality
// (ordering is left to the dispatcher's TypeError), the numeric hash, repr
// ("(1+2j)", "2j", "(-0-1j)", "(nan+infj)") and format() specs.
#include "taipan/complex.h"

#include <cerrno>
#include <cmath>
#include <cstring>

#include "num_internal.h"

#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace taipan::num {
namespace {

struct C {
  double re, im;
};

TpValue NotImpl() { return tp_from_object(&tp_NotImplemented_object); }
inline C Val(TpValue v) {
  auto* c = reinterpret_cast<TpComplex*>(tp_as_object(v));
  return {c->real, c->imag};
}
TpValue Box(C c) { return tp_complex_new(c.re, c.im); }

// An operand of a mixed operation: complex, float or int (OverflowError for huge ints).
bool Operand(TpValue v, C* out) {
  if (tp_is_complex(v)) {
    *out = Val(v);
    return true;
  }
  if (IsFloat(v)) {
    *out = {reinterpret_cast<TpFloat*>(tp_as_object(v))->value, 0.0};
    return true;
  }
  if (IsInt(v)) {
    *out = {IntToDouble(v), 0.0};
    return true;
  }
  return false;
}

C Mul(C a, C b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

// Smith's algorithm (scales by the larger divisor component); errno EDOM for 0.
C Quot(C a, C b) {
  double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
  if (abs_re >= abs_im) {
    if (abs_re == 0.0) {
      errno = EDOM;
      return {0.0, 0.0};
    }
    double ratio = b.im / b.re, denom = b.re + b.im * ratio;
    return {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  }
  if (abs_im >= abs_re) {
    double ratio = b.re / b.im, denom = b.re * ratio + b.im;
    return {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  }
  return {NAN, NAN};  // a nan in the divisor
}

C PowPolar(C a, C b) {
  if (b.re == 0.0 && b.im == 0.0) return {1.0, 0.0};
  if (a.re == 0.0 && a.im == 0.0) {
    if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

C PowUnsigned(C x, int64_t n) {
  C r{1.0, 0.0}, p = x;
  for (int64_t mask = 1; mask > 0 && n >= mask; mask <<= 1) {
    if (n & mask) r = Mul(r, p);
    p = Mul(p, p);
  }
  return r;
}

TpValue Pow(C a, C b) {
  errno = 0;
  C r;
  if (b.im == 0.0 && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
    int64_t n = (int64_t)b.re;
    r = n > 0 ? PowUnsigned(a, n) : Quot({1.0, 0.0}, PowUnsigned(a, -n));
  } else {
    r = PowPolar(a, b);
  }
  // libm may leave ERANGE from an intermediate underflow/overflow: only an
  // infinite result counts (CPython's Py_ADJUST_ERANGE2).
  if (std::isinf(r.re) || std::isinf(r.im)) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM) tp::raiseZeroDivisionError("0.0 to a negative or complex power");
  if (errno == ERANGE) tp::raiseOverflowError("complex exponentiation");
  return Box(r);
}

// repr of one part: float repr without a trailing ".0"; nan has no sign.
std::string PartRepr(double d, bool force_sign) {
  std::string s = std::isnan(d) ? "nan" : FloatRepr(d);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  if (force_sign && s[0] != '-') s.insert(0, "+");
  return s;
}

std::string Repr(C c) {
  if (c.re == 0.0 && !std::signbit(c.re)) return PartRepr(c.im, false) + "j";
  return "(" + PartRepr(c.re, false) + PartRepr(c.im, true) + "j)";
}

TpValue ReprSlot(TpValue self) { return MakeStr(Repr(Val(self))); }

int64_t HashSlot(TpValue self) {
  C c = Val(self);
  uint64_t hr = (uint64_t)HashDouble(c.re, tp_as_object(self));
  uint64_t hi = (uint64_t)HashDouble(c.im, tp_as_object(self));
  int64_t h = (int64_t)(hr + 1000003ull * hi);
  return h == -1 ? -2 : h;
}

bool TruthSlot(TpValue self) {
  C c = Val(self);
  return c.re != 0.0 || c.im != 0.0;
}

TpValue RichCompare(TpValue a, TpValue b, int32_t op) {
  if (op != TP_CMP_EQ && op != TP_CMP_NE) return NotImpl();
  C x = Val(a);
  bool eq;
  if (tp_is_complex(b)) {
    C y = Val(b);
    eq = x.re == y.re && x.im == y.im;
  } else if (IsFloat(b)) {
    eq = x.im == 0.0 && x.re == reinterpret_cast<TpFloat*>(tp_as_object(b))->value;
  } else if (IsInt(b)) {
    eq = x.im == 0.0 && CompareIntDouble(b, x.re) == 0;
  } else {
    return NotImpl();
  }
  return tp_bool(op == TP_CMP_EQ ? eq : !eq);
}

TpValue BinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  C x, y;
  if (!Operand(a, &x) || !Operand(b, &y)) return NotImpl();
  switch (op & ~TP_BINOP_INPLACE) {
    case TP_BINOP_ADD:
      return Box({x.re + y.re, x.im + y.im});
    case TP_BINOP_SUB:
      return Box({x.re - y.re, x.im - y.im});
    case TP_BINOP_MUL:
      return Box(Mul(x, y));
    case TP_BINOP_TRUEDIV: {
      errno = 0;
      C r = Quot(x, y);
      if (errno == EDOM) tp::raiseZeroDivisionError("complex division by zero");
      return Box(r);
    }
    case TP_BINOP_POW:
      return Pow(x, y);
  }
  return NotImpl();
}

TpValue UnaryOp(TpValue a, int32_t op) {
  C c = Val(a);
  switch (op) {
    case TP_UNARY_NEG:
      return Box({-c.re, -c.im});
    case TP_UNARY_POS:
      return tp_type_of_object(a) == &tp_complex_type ? a : Box(c);
    case TP_UNARY_NOT:
      return tp_bool(!TruthSlot(a));
  }
  return NotImpl();
}

// ---- parsing complex("...") ----
bool IsSpaceChar(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
std::string_view Strip(std::string_view s) {
  while (!s.empty() && IsSpaceChar(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpaceChar(s.back())) s.remove_suffix(1);
  return s;
}
bool ParsePart(std::string_view s, double* out) {
  if (s.empty()) return false;
  for (char ch : s)
    if (IsSpaceChar(ch)) return false;
  return ParseFloat(s, out);
}
bool ParseComplex(std::string_view s, C* out) {
  s = Strip(s);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = Strip(s.substr(1, s.size() - 2));
  if (s.empty()) return false;
  if (s.back() != 'j' && s.back() != 'J') {
    out->im = 0.0;
    return ParsePart(s, &out->re);
  }
  std::string_view body = s.substr(0, s.size() - 1);
  // The imaginary part starts at the last sign that is not an exponent's.
  size_t split = std::string_view::npos;
  for (size_t k = body.size(); k-- > 1;) {
    if ((body[k] == '+' || body[k] == '-') && body[k - 1] != 'e' && body[k - 1] != 'E') {
      split = k;
      break;
    }
  }
  std::string_view re_text, im_text = body;
  if (split != std::string_view::npos) {
    re_text = body.substr(0, split);
    im_text = body.substr(split);
  }
  out->re = 0.0;
  if (!re_text.empty() && !ParsePart(re_text, &out->re)) return false;
  if (im_text.empty() || im_text == "+") {
    out->im = 1.0;
  } else if (im_text == "-") {
    out->im = -1.0;
  } else if (!ParsePart(im_text, &out->im)) {
    return false;
  }
  return true;
}

// x.__complex__() if x has one (TP_NULL if not).
TpValue TryDunderComplex(TpValue x) {
  if (!tp_is_object(x) || tp_type_of_object(x) == &tp_complex_type) return TP_NULL;
  if (IsInt(x) || IsFloat(x) || tp_is_str(x)) return TP_NULL;
  TpValue r = tp::callMethodIfExists(x, "__complex__", nullptr, 0);
  if (r != TP_NULL && !tp_is_complex(r))
    tp::raiseTypeError("__complex__ returned non-complex (type %s)", tp::typeName(r));
  return r;
}

TpValue New(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[2];
  tp::parseArgs("complex", args, nargs, kwnames, {"real", "imag"}, 0, 0, a);
  TpValue r = a[0], i = a[1];
  C result{0.0, 0.0};
  if (r != TP_NULL && tp_is_str(r)) {
    if (i != TP_NULL) tp::raiseTypeError("complex() can't take second arg if first is a string");
    if (!ParseComplex(tp_str_view(r), &result)) tp::raiseValueError("complex() arg is a malformed string");
  } else {
    if (i != TP_NULL && tp_is_str(i)) tp::raiseTypeError("complex() second arg can't be a string");
    C cr{0.0, 0.0}, ci{0.0, 0.0};
    bool cr_complex = false, ci_complex = false;
    if (r != TP_NULL) {
      TpValue z = TryDunderComplex(r);
      if (z != TP_NULL) r = z;
      if (tp_is_complex(r)) {
        cr = Val(r);
        cr_complex = true;
        if (i == TP_NULL && type == &tp_complex_type && tp_type_of_object(r) == &tp_complex_type) return r;
      } else if (!ToDouble(r, &cr.re)) {
        tp::raiseTypeError("complex() first argument must be a string or a number, not '%s'", tp::typeName(r));
      }
    }
    if (i != TP_NULL) {
      if (tp_is_complex(i)) {
        ci = Val(i);
        ci_complex = true;
      } else if (!ToDouble(i, &ci.re)) {
        tp::raiseTypeError("complex() second argument must be a number, not '%s'", tp::typeName(i));
      }
    }
    if (ci_complex) cr.re -= ci.im;
    if (cr_complex && i != TP_NULL) ci.re += cr.im;
    result = {cr.re, cr_complex && i == TP_NULL ? cr.im : ci.re};
  }
  if (type == &tp_complex_type) return Box(result);
  int64_t size = type->instance_size > (int64_t)sizeof(TpComplex) ? type->instance_size : (int64_t)sizeof(TpComplex);
  auto* c = static_cast<TpComplex*>(tp_alloc(type, size));
  c->real = result.re;
  c->imag = result.im;
  return tp_from_object(c);
}

// ---- format() ----
void AppendUtf8Char(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += (char)cp;
  } else if (cp < 0x800) {
    out += (char)(0xC0 | (cp >> 6));
    out += (char)(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += (char)(0xE0 | (cp >> 12));
    out += (char)(0x80 | ((cp >> 6) & 0x3F));
    out += (char)(0x80 | (cp & 0x3F));
  } else {
    out += (char)(0xF0 | (cp >> 18));
    out += (char)(0x80 | ((cp >> 12) & 0x3F));
    out += (char)(0x80 | ((cp >> 6) & 0x3F));
    out += (char)(0x80 | (cp & 0x3F));
  }
}

std::string FormatComplex(C c, std::string_view text) {
  if (text.empty()) return Repr(c);
  FormatSpec spec = ParseFormatSpec(text, "complex");
  switch (spec.type) {
    case 0:
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case 'n':
      break;
    default:
      tp::raiseValueError("Unknown format code '%c' for object of type 'complex'", spec.type);
  }
  if (spec.zero_pad) tp::raiseValueError("Zero padding is not allowed in complex format specifier");
  if (spec.align == '=') tp::raiseValueError("'=' alignment flag is not allowed in complex format specifier");
  bool skip_re = false, parens = false;
  char type = spec.type;
  if (type == 0) {
    if (c.re == 0.0 && !std::signbit(c.re))
      skip_re = true;
    else
      parens = true;
    type = spec.precision >= 0 ? 'g' : 'r';
  }
  auto part = [&](double d, char sign) {
    if (type == 'r') {
      std::string s = PartRepr(d, sign == '+');
      if (spec.grouping) {
        // Group the integer digits of the repr (',' or '_' every three).
        size_t b = s[0] == '+' || s[0] == '-' ? 1 : 0, e = b;
        while (e < s.size() && s[e] >= '0' && s[e] <= '9') e++;
        for (size_t k = e; k > b + 3; k -= 3) s.insert(k - 3, 1, spec.grouping);
      }
      if (sign == ' ' && s[0] != '-') s.insert(0, " ");
      if (spec.no_neg_zero && s == "-0") s = sign == '+' ? "+0" : sign == ' ' ? " 0" : "0";
      return s;
    }
    std::string sub;
    if (sign) sub += sign;
    if (spec.no_neg_zero) sub += 'z';
    if (spec.alternate) sub += '#';
    if (spec.grouping) sub += spec.grouping;
    if (spec.precision >= 0) sub += "." + std::to_string(spec.precision);
    sub += type;
    return FormatFloat(d, sub);
  };
  std::string body;
  if (parens) body += '(';
  if (!skip_re) body += part(c.re, spec.sign);
  body += part(c.im, skip_re ? spec.sign : '+');
  body += 'j';
  if (parens) body += ')';
  int64_t len = (int64_t)body.size();
  if (spec.width <= len) return body;
  int64_t pad = spec.width - len;
  char align = spec.align ? spec.align : '>';
  int64_t left = align == '<' ? 0 : align == '^' ? pad / 2 : pad;
  std::string fill, out;
  AppendUtf8Char(fill, spec.fill);
  for (int64_t k = 0; k < left; k++) out += fill;
  out += body;
  for (int64_t k = left; k < pad; k++) out += fill;
  return out;
}

TpValue FormatSlot(TpValue self, TpValue spec) {
  if (!tp_is_str(spec)) tp::raiseTypeError("format() argument 2 must be str, not %s", tp::typeName(spec));
  return MakeStr(FormatComplex(Val(self), tp_str_view(spec)));
}

// ---- methods and attributes ----
C SelfVal(const TpValue* args, int64_t nargs, const char* name) {
  if (nargs < 1 || !tp_is_complex(args[0])) tp::raiseTypeError("descriptor '%s' requires a 'complex' object", name);
  return Val(args[0]);
}
TpValue Conjugate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("conjugate", nargs - 1, 0, 0);
  C c = SelfVal(args, nargs, "conjugate");
  return Box({c.re, -c.im});
}
TpValue DunderComplex(const TpValue* args, int64_t nargs, TpValue kwnames) {
  return Box(SelfVal(args, nargs, "__complex__"));
}
TpValue DunderFormat(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("__format__", nargs - 1, 1, 1);
  SelfVal(args, nargs, "__format__");
  return FormatSlot(args[0], args[1]);
}
TpValue DunderAbs(const TpValue* args, int64_t nargs, TpValue kwnames) {
  C c = SelfVal(args, nargs, "__abs__");
  double r = std::hypot(c.re, c.im);
  if (std::isinf(r) && std::isfinite(c.re) && std::isfinite(c.im)) tp::raiseOverflowError("absolute value too large");
  return tp_float_box(r);
}
TpValue GetReal(TpValue self) { return tp_float_box(Val(self).re); }
TpValue GetImag(TpValue self) { return tp_float_box(Val(self).im); }

const tp::MethodDef kMethods[] = {
    {"conjugate", Conjugate}, {"__complex__", DunderComplex}, {"__format__", DunderFormat}, {"__abs__", DunderAbs},
    {nullptr, nullptr},
};
const tp::GetSetDef kGetSets[] = {
    {"real", GetReal},
    {"imag", GetImag},
    {nullptr, nullptr},
};

}  // namespace

TpValue ComplexPow(double ar, double ai, double br, double bi) { return Pow({ar, ai}, {br, bi}); }

void InitComplex() {
  tp::readyType(&tp_complex_type, kMethods, kGetSets);
  tp::registerBuiltin("complex", tp_from_object(&tp_complex_type));
}

}  // namespace taipan::num

using namespace taipan::num;

TpType tp_complex_type = {
    TP_TYPE_HEAD("complex"),   .instance_size = sizeof(TpComplex),
    .flags = TP_TYPE_BASETYPE, .new_ = New,
    .repr = ReprSlot,          .str = ReprSlot,
    .hash = HashSlot,          .richcompare = RichCompare,
    .truth = TruthSlot,        .binop = BinOp,
    .unaryop = UnaryOp,        .format = FormatSlot,
};

TpValue tp_complex_new(double real, double imag) {
  auto* c = static_cast<TpComplex*>(tp_alloc_atomic(&tp_complex_type, sizeof(TpComplex)));
  c->real = real;
  c->imag = imag;
  return tp_from_object(c);
}

bool tp_is_complex(TpValue v) {
  return tp_is_object(v) &&
         (tp_type_of_object(v) == &tp_complex_type || tp_is_subtype(tp_type_of_object(v), &tp_complex_type));
}
