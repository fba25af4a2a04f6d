// The dynamic operations of ops.h: CPython's dispatch rules for binary and
// unary operators (reflected operands, subclass priority, NotImplemented,
// in-place forms), rich comparisons with identity fallback for ==/!=,
// membership, truth, attribute and item access, iteration, unpacking and
// the str/repr/ascii/format conversions. Every rule goes through the type
// slots, so builtin types and user classes take the same path.
#include <cstring>
#include <string>

#include "runtime.h"
#include "taipan/dict.h"
#include "taipan/int.h"
#include "taipan/iter.h"
#include "taipan/list.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

namespace {

inline TpValue NotImpl() { return tp_from_object(&tp_NotImplemented_object); }
inline TpType* asType(TpValue v) { return reinterpret_cast<TpType*>(tp_as_object(v)); }
inline bool isTypeObject(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v)->flags & TP_TYPE_TYPE_SUBCLASS) != 0;
}

const char* const kBinopSymbols[] = {"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "|", "^", "&"};
const char* const kInplaceSymbols[] = {"+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&="};
const char* const kBinopNames[] = {"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod",
                                   "pow", "lshift", "rshift", "or", "xor", "and"};
const char* const kCmpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
const int32_t kSwappedCmp[] = {TP_CMP_GT, TP_CMP_GE, TP_CMP_EQ, TP_CMP_NE, TP_CMP_LT, TP_CMP_LE};

// Whether b's type overrides the reflected method relative to a's type, so
// that b.__rop__ gets the first try (CPython's subclass rule).
bool overridesReflected(TpType* ta, TpType* tb, int32_t op) {
  if (!(tb->flags & TP_TYPE_HEAPTYPE)) return tb->binop != ta->binop;
  char name[24];
  snprintf(name, sizeof name, "__r%s__", kBinopNames[op]);
  TpValue fb = lookupTypeCStr(tb, name);
  if (fb == TP_NULL) return false;
  return fb != lookupTypeCStr(ta, name);
}

}  // namespace

extern "C" TpValue tp_binop(TpValue a, TpValue b, int32_t op) {
  int32_t base = op & ~TP_BINOP_INPLACE;
  TpType* ta = tp_type_of(a);
  TpType* tb = tp_type_of(b);
  if (op & TP_BINOP_INPLACE) {
    if (ta->binop) {
      TpValue r = ta->binop(a, b, op, false);
      if (r != NotImpl()) return r;
    }
  }
  TpBinOpFn sa = ta->binop;
  TpBinOpFn sb = tb != ta ? tb->binop : nullptr;
  if (sb && sa && tp_is_subtype(tb, ta) && overridesReflected(ta, tb, base)) {
    TpValue r = sb(a, b, base, true);
    if (r != NotImpl()) return r;
    sb = nullptr;
  }
  if (sa) {
    TpValue r = sa(a, b, base, false);
    if (r != NotImpl()) return r;
  }
  if (sb) {
    TpValue r = sb(a, b, base, true);
    if (r != NotImpl()) return r;
  }
  // Sequence repetition with a user __index__ object, handled by the types
  // themselves; here only the error remains.
  raiseTypeError("unsupported operand type(s) for %s: '%s' and '%s'",
                 (op & TP_BINOP_INPLACE) ? kInplaceSymbols[base] : kBinopSymbols[base], ta->name, tb->name);
}

extern "C" TpValue tp_int_fused_slow(const char* prog, const TpValue* operands, int64_t n) {
  TpValue stack[32];
  int sp = 0;
  for (const char* p = prog; *p; ++p) {
    char ch = *p;
    if (ch >= 'a' && ch <= 'z') {
      if (ch - 'a' >= n || sp == 32) tp::raiseSystemError("int.fused: bad program");
      stack[sp++] = operands[ch - 'a'];
      continue;
    }
    if (sp < 2) tp::raiseSystemError("int.fused: bad program");
    TpValue r = stack[--sp], l = stack[--sp];
    int32_t op = ch == '+'   ? TP_BINOP_ADD
                 : ch == '-' ? TP_BINOP_SUB
                 : ch == '*' ? TP_BINOP_MUL
                 : ch == '^' ? TP_BINOP_XOR
                 : ch == '|' ? TP_BINOP_OR
                 : ch == '&' ? TP_BINOP_AND
                             : TP_BINOP_MOD;
    stack[sp++] = tp_binop(l, r, op);
  }
  if (sp != 1) tp::raiseSystemError("int.fused: bad program");
  return stack[0];
}

TpValue tp::getAttrOrNull(TpValue obj, TpValue name) {
  try {
    return tp_getattr(obj, name);
  } catch (TpRaised& r) {
    if (!excIsInstance(r.exc, &tp_exc_AttributeError)) throw;
    return TP_NULL;
  }
}

TpValue tp::cmpResult(int c, int32_t op) {
  switch (op) {
    case TP_CMP_LT: return tp_bool(c < 0);
    case TP_CMP_LE: return tp_bool(c <= 0);
    case TP_CMP_EQ: return tp_bool(c == 0);
    case TP_CMP_NE: return tp_bool(c != 0);
    case TP_CMP_GT: return tp_bool(c > 0 && c != 2);
    case TP_CMP_GE: return tp_bool(c >= 0 && c != 2);
    default: return NotImpl();
  }
}

extern "C" TpValue tp_unaryop(TpValue a, int32_t op) {
  if (op == TP_UNARY_NOT) return tp_bool(!tp_truth(a));
  TpType* t = tp_type_of(a);
  if (t->unaryop) {
    TpValue r = t->unaryop(a, op);
    if (r != NotImpl()) return r;
  }
  static const char* syms[] = {"-", "+", "~"};
  raiseTypeError("bad operand type for unary %s: '%s'", syms[op], t->name);
}

namespace {

bool containsValue(TpValue container, TpValue item) {
  TpType* t = tp_type_of(container);
  if (t->contains) return t->contains(container, item) != 0;
  if (!t->iter && !t->getitem) raiseTypeError("argument of type '%s' is not iterable", t->name);
  TpValue it = tp_iter(container);
  for (TpValue v = tp_next(it); v != TP_NULL; v = tp_next(it))
    if (equalValues(v, item)) return true;
  return false;
}

TpValue richCompare(TpValue a, TpValue b, int32_t op) {
  TpType* ta = tp_type_of(a);
  TpType* tb = tp_type_of(b);
  bool checked_reverse = false;
  if (ta != tb && tb->richcompare && tp_is_subtype(tb, ta) &&
      (!(tb->flags & TP_TYPE_HEAPTYPE) ? tb->richcompare != ta->richcompare : true)) {
    checked_reverse = true;
    TpValue r = tb->richcompare(b, a, kSwappedCmp[op]);
    if (r != NotImpl()) return r;
  }
  if (ta->richcompare) {
    TpValue r = ta->richcompare(a, b, op);
    if (r != NotImpl()) return r;
  }
  if (!checked_reverse && tb->richcompare) {
    TpValue r = tb->richcompare(b, a, kSwappedCmp[op]);
    if (r != NotImpl()) return r;
  }
  if (op == TP_CMP_EQ) return tp_bool(a == b);
  if (op == TP_CMP_NE) return tp_bool(a != b);
  raiseTypeError("'%s' not supported between instances of '%s' and '%s'", kCmpSymbols[op], ta->name, tb->name);
}

}  // namespace

extern "C" TpValue tp_compare(TpValue a, TpValue b, int32_t op) {
  switch (op) {
    case TP_CMP_IS: return tp_bool(a == b);
    case TP_CMP_IS_NOT: return tp_bool(a != b);
    case TP_CMP_IN: return tp_bool(containsValue(b, a));
    case TP_CMP_NOT_IN: return tp_bool(!containsValue(b, a));
    default: break;
  }
  if (tp_is_small_int(a) && tp_is_small_int(b)) {
    int64_t x = tp_small_int_value(a), y = tp_small_int_value(b);
    switch (op) {
      case TP_CMP_LT: return tp_bool(x < y);
      case TP_CMP_LE: return tp_bool(x <= y);
      case TP_CMP_EQ: return tp_bool(x == y);
      case TP_CMP_NE: return tp_bool(x != y);
      case TP_CMP_GT: return tp_bool(x > y);
      case TP_CMP_GE: return tp_bool(x >= y);
    }
  }
  return richCompare(a, b, op);
}

extern "C" bool tp_truth(TpValue v) {
  if (v == TP_TRUE) return true;
  if (v == TP_FALSE || v == TP_NONE) return false;
  if (tp_is_small_int(v)) return tp_small_int_value(v) != 0;
  TpType* t = tp_type_of_object(v);
  if (t->truth) return t->truth(v);
  if (t->len) return t->len(v) != 0;
  return true;
}

// ---------------------------------------------------------------------------
// Attributes.
// ---------------------------------------------------------------------------
extern "C" TpValue tp_getattr(TpValue obj, TpValue name) {
  TpType* t = tp_type_of(obj);
  TpValue v = t->getattr ? t->getattr(obj, name) : genericGetAttr(obj, name);
  if (v != TP_NULL) return v;
  if (isTypeObject(obj))
    raiseAttributeError("type object '%s' has no attribute '%s'", asType(obj)->name, tp_str_data(name));
  raiseAttributeError("'%s' object has no attribute '%s'", t->name, tp_str_data(name));
}

extern "C" void tp_setattr(TpValue obj, TpValue value, TpValue name) {
  TpType* t = tp_type_of(obj);
  if (t->setattr) return t->setattr(obj, name, value);
  if (!(t->flags & TP_TYPE_HEAPTYPE) && !t->dict_offset) {
    TpValue descr = lookupType(t, name);
    if (descr == TP_NULL || !tp_type_of(descr)->descr_set) {
      if (descr != TP_NULL)
        raiseAttributeError("'%s' object attribute '%s' is read-only", t->name, tp_str_data(name));
      raiseAttributeError("'%s' object has no attribute '%s'", t->name, tp_str_data(name));
    }
  }
  genericSetAttr(obj, name, value);
}

extern "C" void tp_delattr(TpValue obj, TpValue name) {
  TpType* t = tp_type_of(obj);
  if (t->setattr) return t->setattr(obj, name, TP_NULL);
  genericSetAttr(obj, name, TP_NULL);
}

// ---------------------------------------------------------------------------
// Items.
// ---------------------------------------------------------------------------
extern "C" TpValue tp_getitem(TpValue obj, TpValue key) {
  TpType* t = tp_type_of(obj);
  if (t->getitem) return t->getitem(obj, key);
  if (isTypeObject(obj)) {
    // C[...]: __class_getitem__; list[int] and the other builtin generics
    // make a GenericAlias; other builtin classes answer themselves.
    TpValue cg = lookupTypeCStr(asType(obj), "__class_getitem__");
    if (cg != TP_NULL) {
      TpValue bound = tp_type_of(cg)->descr_get ? tp_type_of(cg)->descr_get(cg, TP_NULL, obj) : cg;
      return tp_call(bound, &key, 1, TP_NULL);
    }
    TpType* ot = asType(obj);
    if (ot == &tp_list_type || ot == &tp_dict_type || ot == &tp_set_type || ot == &tp_frozenset_type ||
        ot == &tp_tuple_type || ot == &tp_type_type)
      return newGenericAlias(obj, key);
    if (!(ot->flags & TP_TYPE_HEAPTYPE)) return obj;
    raiseTypeError("type '%s' is not subscriptable", asType(obj)->name);
  }
  raiseTypeError("'%s' object is not subscriptable", t->name);
}

extern "C" TpValue tp_getitem_pending(TpValue obj, TpValue key) {
  if (tp_is_object(obj)) {
    TpType* t = tp_type_of_object(obj);
    if (t == &tp_dict_type) {
      TpValue v = tp_dict_get(obj, key);
      if (v != TP_NULL) return v;
      tp_raise_set(newException(&tp_exc_KeyError, {key}));
      return TP_NULL;
    }
    if (tp_is_small_int(key)) {
      const char* msg = nullptr;
      int64_t n = 0;
      if (t == &tp_list_type) {
        n = tp_list_size(obj);
        msg = "list index out of range";
      } else if (t == &tp_tuple_type) {
        n = tp_tuple_size(obj);
        msg = "tuple index out of range";
      } else if (t == &tp_str_type) {
        n = tp_str_length(obj);
        msg = "string index out of range";
      }
      int64_t i = tp_small_int_value(key);
      if (msg && (i < -n || i >= n)) {
        tp_raise_set(newException(&tp_exc_IndexError, {tp_str_intern(msg)}));
        return TP_NULL;
      }
    }
  }
  return tp_getitem(obj, key);
}

extern "C" void tp_setitem(TpValue obj, TpValue key, TpValue value) {
  TpType* t = tp_type_of(obj);
  if (t->setitem) return t->setitem(obj, key, value);
  raiseTypeError("'%s' object does not support item assignment", t->name);
}

extern "C" void tp_delitem(TpValue obj, TpValue key) {
  TpType* t = tp_type_of(obj);
  if (t->setitem) return t->setitem(obj, key, TP_NULL);
  raiseTypeError("'%s' object doesn't support item deletion", t->name);
}

// ---------------------------------------------------------------------------
// Iteration and unpacking.
// ---------------------------------------------------------------------------
extern "C" TpValue tp_iter(TpValue obj) {
  TpType* t = tp_type_of(obj);
  if (t->iter) return t->iter(obj);
  if (t->getitem && !isTypeObject(obj)) return tp_getitem_iter_new(obj);
  raiseTypeError("'%s' object is not iterable", t->name);
}

extern "C" TpValue tp_next(TpValue iter) {
  TpType* t = tp_type_of(iter);
  if (t->next) return t->next(iter);
  raiseTypeError("'%s' object is not an iterator", t->name);
}

extern "C" TpValue tp_unpack(TpValue value, int64_t n, int64_t star) {
  tp::KeepAlive hold_value(value), hold_seq;  // the owners of `items`
  const TpValue* items = nullptr;
  int64_t size = -1;
  if (tp_is_object(value)) {
    TpType* t = tp_type_of_object(value);
    if (t == &tp_list_type && tp_list_object(value)->kind != TP_LIST_OBJECT) {
      // Unpack a snapshot of the words rather than materializing the list.
      value = tp_list_to_tuple(value);
      t = &tp_tuple_type;
    }
    if (t == &tp_tuple_type) {
      items = tp_tuple_items(value);
      size = tp_tuple_size(value);
    } else if (t == &tp_list_type) {
      items = tp_list_items(value);
      size = tp_list_size(value);
    }
  }
  TpValue seq = TP_NULL;
  if (!items) {
    TpType* t = tp_type_of(value);
    if (!t->iter && !t->getitem) raiseTypeError("cannot unpack non-iterable %s object", t->name);
    if (star < 0) {
      // Pull at most n + 1 items so an infinite iterator still reports "too many".
      TpValue it = tp_iter(value);
      TpValue out = tp_tuple_new(n, nullptr);
      for (int64_t i = 0; i < n; i++) {
        TpValue v = tp_next(it);
        if (v == TP_NULL)
          raiseValueError("not enough values to unpack (expected %lld, got %lld)", (long long)n, (long long)i);
        tp_tuple_items(out)[i] = v;
      }
      if (tp_next(it) != TP_NULL) raiseValueError("too many values to unpack (expected %lld)", (long long)n);
      return out;
    }
    seq = tp_list_from_iter(value);
    hold_seq.value = seq;
    items = tp_list_items(seq);
    size = tp_list_size(seq);
  }
  if (star < 0) {
    // A tuple is immutable: unpacking one of the right size hands it on
    // (a list is copied, so later stores into it cannot reach the targets).
    if (size == n && seq == TP_NULL && tp_type_of_object(value) == &tp_tuple_type) return value;
    if (size == n) return tp_tuple_new(n, items);
    if (size < n)
      raiseValueError("not enough values to unpack (expected %lld, got %lld)", (long long)n, (long long)size);
    raiseValueError("too many values to unpack (expected %lld)", (long long)n);
  }
  int64_t fixed = n - 1;
  if (size < fixed)
    raiseValueError("not enough values to unpack (expected at least %lld, got %lld)", (long long)fixed,
                    (long long)size);
  TpValue out = tp_tuple_new(n, nullptr);
  TpValue* o = tp_tuple_items(out);
  for (int64_t i = 0; i < star; i++) o[i] = items[i];
  int64_t after = fixed - star;
  int64_t nstar = size - fixed;
  o[star] = tp_list_new(nstar, items + star);
  for (int64_t i = 0; i < after; i++) o[star + 1 + i] = items[size - after + i];
  return out;
}

// ---------------------------------------------------------------------------
// Conversions to text.
// ---------------------------------------------------------------------------
extern "C" TpValue tp_repr(TpValue v) {
  TpType* t = tp_type_of(v);
  if (t->repr) return t->repr(v);
  return tp_object_type.repr(v);
}

extern "C" TpValue tp_str(TpValue v) {
  if (tp_is_object(v) && tp_type_of_object(v) == &tp_str_type) return v;
  TpType* t = tp_type_of(v);
  if (t->str) return t->str(v);
  return tp_repr(v);
}

extern "C" TpValue tp_ascii(TpValue v) {
  TpValue r = tp_repr(v);
  if (tp_str_is_ascii(r)) return r;
  std::string out;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(tp_str_data(r));
  const unsigned char* end = p + tp_str_size(r);
  while (p < end) {
    uint32_t c = *p;
    if (c < 0x80) {
      out += (char)c;
      p++;
      continue;
    }
    int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (int i = 1; i < len; i++) cp = (cp << 6) | (p[i] & 0x3F);
    p += len;
    char buf[16];
    if (cp < 0x100)
      snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000)
      snprintf(buf, sizeof buf, "\\u%04x", cp);
    else
      snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
  }
  return tp_str_from_utf8(out.data(), (int64_t)out.size());
}

extern "C" TpValue tp_format(TpValue v, TpValue spec) {
  if (spec == TP_NULL || spec == TP_NONE) spec = tp_str_empty();
  TpType* t = tp_type_of(v);
  if (t->format) return t->format(v, spec);
  if (tp_str_size(spec) != 0) raiseTypeError("unsupported format string passed to %s.__format__", t->name);
  return tp_str(v);
}

// ---------------------------------------------------------------------------
// Text helpers for messages (runtime.h).
// ---------------------------------------------------------------------------
std::string tp::reprString(TpValue v) {
  TpValue r = tp_repr(v);
  return std::string(tp_str_data(r), (size_t)tp_str_size(r));
}
std::string tp::strString(TpValue v) {
  TpValue r = tp_str(v);
  return std::string(tp_str_data(r), (size_t)tp_str_size(r));
}
const char* tp::reprCStr(TpValue v) { return tp_str_data(tp_repr(v)); }
const char* tp::strCStr(TpValue v) { return tp_str_data(tp_str(v)); }
TpValue tp::newStr(const char* utf8) { return tp_str_from_cstr(utf8); }
TpValue tp::internStr(const char* utf8) { return tp_str_intern(utf8); }
