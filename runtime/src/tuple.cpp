// The tuple type: construction, indexing and slicing, concatenation and
// repetition, lexicographic comparison, repr, count/index, and CPython 3.11's
// xxHash-based hash (so hash((1, 2)) and set orders of tuples match).
#include <cstring>

#include "seq_internal.h"

namespace tp::seq {
namespace {

TpValue g_empty_tuple = TP_NULL;

TpTuple* allocTuple(TpType* type, int64_t n) {
  int64_t base = type->instance_size > (int64_t)sizeof(TpTuple) ? type->instance_size : (int64_t)sizeof(TpTuple);
  TpTuple* t = static_cast<TpTuple*>(tp_alloc(type, base + n * (int64_t)sizeof(TpValue)));
  t->size = n;
  return t;
}

TpValue tupleRepr(TpValue t) {
  int64_t n = tp_tuple_size(t);
  if (n == 0) return tp_str_from_cstr("()");
  ReprGuard guard(t);
  if (!guard.entered) return tp_str_from_cstr("(...)");
  std::string out = "(";
  for (int64_t i = 0; i < n; i++) {
    if (i) out += ", ";
    out += tp_str_view(tp_repr(tp_tuple_get(t, i)));
  }
  if (n == 1) out += ',';
  out += ')';
  return tp_str_from(out);
}

int64_t tupleHashSlot(TpValue t) { return tp_tuple_hash(t); }
int64_t tupleLen(TpValue t) { return tp_tuple_size(t); }

TpValue tupleRichCompare(TpValue a, TpValue b, int32_t op) {
  if (!tp_is_tuple(a) || !tp_is_tuple(b)) return tp_from_object(&tp_NotImplemented_object);
  return compareSequences(tp_tuple_items(a), tp_tuple_size(a), tp_tuple_items(b), tp_tuple_size(b), op);
}

TpValue tupleBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  int32_t base = op & ~TP_BINOP_INPLACE;
  if (base == TP_BINOP_ADD) {
    if (!tp_is_tuple(a) || !tp_is_tuple(b)) {
      if (tp_is_tuple(a) && !reflected) seqConcatError("tuple", b);
      return tp_from_object(&tp_NotImplemented_object);
    }
    int64_t na = tp_tuple_size(a), nb = tp_tuple_size(b);
    if (nb == 0 && tp_type_of_object(a) == &tp_tuple_type) return a;
    if (na == 0 && tp_type_of_object(b) == &tp_tuple_type) return b;
    TpValue r = tp_tuple_new(na + nb, nullptr);
    memcpy(tp_tuple_items(r), tp_tuple_items(a), (size_t)na * sizeof(TpValue));
    memcpy(tp_tuple_items(r) + na, tp_tuple_items(b), (size_t)nb * sizeof(TpValue));
    return r;
  }
  if (base == TP_BINOP_MUL) {
    TpValue t = tp_is_tuple(a) ? a : b;
    TpValue n = tp_is_tuple(a) ? b : a;
    int64_t count;
    if (!tp_is_tuple(t)) return tp_from_object(&tp_NotImplemented_object);
    if (!tryIndex(n, &count)) {
      seqRepeatError(n);
      return tp_from_object(&tp_NotImplemented_object);
    }
    int64_t size = tp_tuple_size(t);
    if (count <= 0 || size == 0) return tp_tuple_new(0, nullptr);
    if (count == 1 && tp_type_of_object(t) == &tp_tuple_type) return t;
    if (size > INT64_MAX / 16 / count) tp::raiseMemoryError();
    TpValue r = tp_tuple_new(size * count, nullptr);
    for (int64_t i = 0; i < count; i++)
      memcpy(tp_tuple_items(r) + i * size, tp_tuple_items(t), (size_t)size * sizeof(TpValue));
    return r;
  }
  return tp_from_object(&tp_NotImplemented_object);
}

TpValue tupleGetItem(TpValue t, TpValue key) {
  if (tp_is_small_int(key)) return tp_tuple_getitem_int(t, tp_small_int_value(key));
  if (tp_is_slice(key)) {
    int64_t start, stop, step, n;
    tp_slice_indices(key, tp_tuple_size(t), &start, &stop, &step, &n);
    if (n <= 0) return tp_tuple_new(0, nullptr);
    if (step == 1 && n == tp_tuple_size(t) && tp_type_of_object(t) == &tp_tuple_type) return t;
    TpValue r = tp_tuple_new(n, nullptr);
    for (int64_t k = 0, j = start; k < n; k++, j += step) tp_tuple_items(r)[k] = tp_tuple_get(t, j);
    return r;
  }
  int64_t i;
  if (tryIndex(key, &i)) return tp_tuple_getitem_int(t, i);
  tp::raiseTypeError("tuple indices must be integers or slices, not %s", tp::typeName(key));
}

int tupleContains(TpValue t, TpValue item) {
  int64_t n = tp_tuple_size(t);
  for (int64_t i = 0; i < n; i++)
    if (eq(tp_tuple_get(t, i), item)) return 1;
  return 0;
}

TpValue tupleIterSlot(TpValue t) { return tupleIter(t); }

TpValue tupleNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[1];
  tp::parseArgs("tuple", args, nargs, kwnames, {"iterable"}, 0, 1, out);
  TpValue src = out[0] == TP_NULL ? tp_tuple_new(0, nullptr) : toTuple(out[0]);
  if (type == &tp_tuple_type) return src;
  // The class statement placed this subclass's __dict__ word right after
  // the fixed header, where the items live (tuples are variable-size and
  // compiled code reads items at a fixed offset). Until the object model
  // supports a dict slot after the items, instances of tuple subclasses
  // have no __dict__ (like CPython's with __slots__ = ()): methods and class
  // attributes work, instance attribute stores raise AttributeError.
  if (type->dict_offset >= (int64_t)sizeof(TpTuple)) type->dict_offset = 0;
  int64_t n = tp_tuple_size(src);
  TpTuple* r = allocTuple(type, n);
  memcpy(r->items, tp_tuple_items(src), (size_t)n * sizeof(TpValue));
  return tp_from_object(r);
}

TpValue tupleCount(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("count", kwnames);
  tp::checkArgCount("count", nargs - 1, 1, 1);
  int64_t c = 0;
  for (int64_t i = 0; i < tp_tuple_size(args[0]); i++) c += eq(tp_tuple_get(args[0], i), args[1]);
  return intValue(c);
}

void clampRange(const TpValue* args, int64_t nargs, int64_t n, int64_t* start, int64_t* stop) {
  *start = 0;
  *stop = n;
  auto conv = [&](TpValue v, int64_t* out) {
    if (v == TP_NONE) return;
    int64_t x;
    if (!tryIndex(v, &x)) tp::raiseTypeError("slice indices must be integers or have an __index__ method");
    if (x < 0) {
      x += n;
      if (x < 0) x = 0;
    }
    *out = x;
  };
  if (nargs > 0) conv(args[0], start);
  if (nargs > 1) conv(args[1], stop);
  if (*stop > n) *stop = n;
}

TpValue tupleIndex(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("index", kwnames);
  tp::checkArgCount("index", nargs - 1, 1, 3);
  int64_t start, stop;
  clampRange(args + 2, nargs - 2, tp_tuple_size(args[0]), &start, &stop);
  for (int64_t i = start; i < stop; i++)
    if (eq(tp_tuple_get(args[0], i), args[1])) return intValue(i);
  tp::raiseValueError("tuple.index(x): x not in tuple");
}

}  // namespace

TpValue emptyTuple() { return tp_tuple_new(0, nullptr); }

TpValue toTuple(TpValue iterable) {
  if (tp_is_object(iterable) && tp_type_of_object(iterable) == &tp_tuple_type) return iterable;
  if (tp_is_object(iterable) && tp_type_of_object(iterable) == &tp_list_type) return tp_list_to_tuple(iterable);
  return tp_list_to_tuple(toList(iterable));
}

// Two exact tuples compared for == as the containers' eq() does (dict and
// set probes): tuple.__eq__ without building its result object. Like
// compareSequences, the items are compared up to the shorter length before
// the lengths decide (CPython's tuple comparison does not check the lengths
// first, and a user __eq__ may see the calls).
bool tupleEq(TpValue a, TpValue b) {
  int64_t na = tp_tuple_size(a), nb = tp_tuple_size(b);
  const TpValue* x = tp_tuple_items(a);
  const TpValue* y = tp_tuple_items(b);
  int64_t n = na < nb ? na : nb;
  for (int64_t i = 0; i < n; i++)
    if (!eq(x[i], y[i])) return false;
  return na == nb;
}

TpValue compareSequences(const TpValue* a, int64_t na, const TpValue* b, int64_t nb, int32_t op) {
  int64_t n = na < nb ? na : nb;
  int64_t i = 0;
  for (; i < n; i++)
    if (!eq(a[i], b[i])) break;
  if (i >= n) {
    // One is a prefix of the other: compare lengths.
    switch (op) {
      case TP_CMP_LT: return tp_bool(na < nb);
      case TP_CMP_LE: return tp_bool(na <= nb);
      case TP_CMP_EQ: return tp_bool(na == nb);
      case TP_CMP_NE: return tp_bool(na != nb);
      case TP_CMP_GT: return tp_bool(na > nb);
      case TP_CMP_GE: return tp_bool(na >= nb);
    }
  }
  if (op == TP_CMP_EQ) return TP_FALSE;
  if (op == TP_CMP_NE) return TP_TRUE;
  return tp_compare(a[i], b[i], op);
}

const MethodDef kTupleMethods[] = {
    {"count", tupleCount},
    {"index", tupleIndex},
    {nullptr, nullptr},
};

void initTuple() { g_empty_tuple = tp_from_object(allocTuple(&tp_tuple_type, 0)); }

}  // namespace tp::seq

using namespace tp::seq;

TpType tp_tuple_type = {
    TP_TYPE_HEAD("tuple"),
    .instance_size = sizeof(TpTuple),
    .flags = TP_TYPE_BASETYPE | TP_TYPE_TUPLE_SUBCLASS,
    .subclass_flag = TP_TYPE_TUPLE_SUBCLASS,
    .new_ = tupleNew,
    .repr = tupleRepr,
    .hash = tupleHashSlot,
    .richcompare = tupleRichCompare,
    .len = tupleLen,
    .binop = tupleBinOp,
    .getitem = tupleGetItem,
    .contains = tupleContains,
    .iter = tupleIterSlot,
};

TpValue tp_tuple_new(int64_t n, const TpValue* items) {
  if (n == 0) {
    if (g_empty_tuple == TP_NULL) g_empty_tuple = tp_from_object(allocTuple(&tp_tuple_type, 0));
    return g_empty_tuple;
  }
  TpTuple* t = allocTuple(&tp_tuple_type, n);
  if (items) memcpy(t->items, items, (size_t)n * sizeof(TpValue));
  return tp_from_object(t);
}

TpValue tp_tuple_pack2(TpValue a, TpValue b) {
  TpValue items[2] = {a, b};
  return tp_tuple_new(2, items);
}

TpValue tp_tuple_from_iter(TpValue iterable) { return toTuple(iterable); }

TpValue tp_tuple_getitem_int(TpValue t, int64_t i) {
  int64_t n = tp_tuple_size(t);
  if (i < 0) i += n;
  if (i < 0 || i >= n) tp::raiseIndexError("tuple index out of range");
  return tp_tuple_get(t, i);
}

int64_t tp_tuple_hash(TpValue t) {
  // CPython 3.8+ tuple hash: xxHash64's round over the item hashes.
  const uint64_t kPrime1 = 11400714785074694791ull;
  const uint64_t kPrime2 = 14029467366897019727ull;
  const uint64_t kPrime5 = 2870177450012600261ull;
  int64_t n = tp_tuple_size(t);
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < n; i++) {
    uint64_t lane = (uint64_t)hashOf(tp_tuple_get(t, i));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += (uint64_t)n ^ (kPrime5 ^ 3527539ull);
  if (acc == (uint64_t)-1) return 1546275796;
  return (int64_t)acc;
}
