// The range type for bounds that fit in 64 bits: construction with CPython's
// argument errors, len, indexing and slicing (a slice of a range is a range),
// O(1) containment for ints, ==, hash, repr, count/index, the start/stop/step
// attributes, and iteration forwards and backwards.
#include "seq_internal.h"

namespace tp::seq {
namespace {

TpRange* asRange(TpValue v) { return tp_range_object(v); }

int64_t rangeLength(int64_t start, int64_t stop, int64_t step) {
  // Computed in unsigned arithmetic so huge spans do not overflow.
  if (step > 0 && start < stop) return (int64_t)(((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1);
  if (step < 0 && start > stop)
    return (int64_t)(((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1);
  return 0;
}

int64_t rangeArg(TpValue v) {
  if (tp_is_small_int(v)) return tp_small_int_value(v);
  TpValue i = tp_index(v);
  int64_t out;
  if (!tp_int_try_i64(i, &out)) tp::raiseOverflowError("Python int too large to convert to C ssize_t");
  return out;
}

TpValue rangeRepr(TpValue v) {
  TpRange* r = asRange(v);
  std::string out = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) out += ", " + std::to_string(r->step);
  out += ')';
  return tp_str_from(out);
}

int64_t rangeLen(TpValue v) { return asRange(v)->length; }
bool rangeTruth(TpValue v) { return asRange(v)->length != 0; }

TpValue rangeItem(TpRange* r, int64_t i) { return intValue(r->start + i * r->step); }

TpValue rangeGetItem(TpValue v, TpValue key) {
  TpRange* r = asRange(v);
  if (tp_is_slice(key)) {
    int64_t start, stop, step, n;
    tp_slice_indices(key, r->length, &start, &stop, &step, &n);
    int64_t nstart = r->start + start * r->step;
    int64_t nstep = r->step * step;
    int64_t nstop = r->start + stop * r->step;
    TpRange* out = tp::allocObject<TpRange>(&tp_range_type);
    out->start = nstart;
    out->stop = nstop;
    out->step = nstep;
    out->length = n;
    return tp_from_object(out);
  }
  int64_t i;
  if (!tryIndex(key, &i))
    tp::raiseTypeError("range indices must be integers or slices, not %s", tp::typeName(key));
  if (i < 0) i += r->length;
  if (i < 0 || i >= r->length) tp::raiseIndexError("range object index out of range");
  return rangeItem(r, i);
}

// Position of int value x in the range, or -1.
int64_t positionOf(TpRange* r, TpValue x) {
  int64_t v;
  if (!tp_int_try_i64(x, &v)) return -1;
  if (r->length == 0) return -1;
  if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
  __int128 diff = (__int128)v - r->start;
  if (diff % r->step != 0) return -1;
  return (int64_t)(diff / r->step);
}

bool exactInt(TpValue x) {
  return tp_is_small_int(x) || (tp_is_object(x) && (tp_type_of_object(x) == &tp_int_type ||
                                                    tp_type_of_object(x) == &tp_bool_type));
}

int rangeContains(TpValue v, TpValue x) {
  TpRange* r = asRange(v);
  if (exactInt(x)) return positionOf(r, x) >= 0 ? 1 : 0;
  for (int64_t i = 0; i < r->length; i++)
    if (eq(rangeItem(r, i), x)) return 1;
  return 0;
}

TpValue rangeIterSlot(TpValue v) {
  TpRange* r = asRange(v);
  return rangeIter(r->start, r->step, r->length);
}

TpValue rangeRichCompare(TpValue a, TpValue b, int32_t op) {
  if ((op != TP_CMP_EQ && op != TP_CMP_NE) || !tp_is_object(b) || tp_type_of_object(b) != &tp_range_type)
    return tp_from_object(&tp_NotImplemented_object);
  TpRange *x = asRange(a), *y = asRange(b);
  bool same;
  if (x->length != y->length)
    same = false;
  else if (x->length == 0)
    same = true;
  else if (x->start != y->start)
    same = false;
  else
    same = x->length == 1 || x->step == y->step;
  return tp_bool(op == TP_CMP_EQ ? same : !same);
}

int64_t rangeHash(TpValue v) {
  TpRange* r = asRange(v);
  TpValue items[3] = {intValue(r->length), TP_NONE, TP_NONE};
  if (r->length > 0) {
    items[1] = intValue(r->start);
    if (r->length > 1) items[2] = intValue(r->step);
  }
  return tp_tuple_hash(tp_tuple_new(3, items));
}

TpValue rangeNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("range", kwnames);
  if (nargs < 1) tp::raiseTypeError("range expected at least 1 argument, got %lld", (long long)nargs);
  if (nargs > 3) tp::raiseTypeError("range expected at most 3 arguments, got %lld", (long long)nargs);
  if (nargs == 1) return tp_range_new(tp_small_int(0), args[0], tp_small_int(1));
  return tp_range_new(args[0], args[1], nargs == 3 ? args[2] : tp_small_int(1));
}

TpValue getStart(TpValue v) { return intValue(asRange(v)->start); }
TpValue getStop(TpValue v) { return intValue(asRange(v)->stop); }
TpValue getStep(TpValue v) { return intValue(asRange(v)->step); }

TpValue mCount(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("count", nargs - 1, 1, 1);
  TpRange* r = asRange(args[0]);
  if (exactInt(args[1])) return intValue(positionOf(r, args[1]) >= 0 ? 1 : 0);
  int64_t c = 0;
  for (int64_t i = 0; i < r->length; i++) c += eq(rangeItem(r, i), args[1]);
  return intValue(c);
}

TpValue mIndex(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("index", nargs - 1, 1, 1);
  TpRange* r = asRange(args[0]);
  if (exactInt(args[1])) {
    int64_t p = positionOf(r, args[1]);
    if (p >= 0) return intValue(p);
    tp::raiseValueError("%s is not in range", tp::reprCStr(args[1]));
  }
  for (int64_t i = 0; i < r->length; i++)
    if (eq(rangeItem(r, i), args[1])) return intValue(i);
  tp::raiseValueError("sequence.index(x): x not in sequence");
}

TpValue mReversed(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpRange* r = asRange(args[0]);
  return rangeIter(r->start + (r->length - 1) * r->step, -r->step, r->length);
}

const MethodDef kRangeMethods[] = {
    {"count", mCount}, {"index", mIndex}, {"__reversed__", mReversed}, {nullptr, nullptr}};
const GetSetDef kRangeGetSets[] = {{"start", getStart}, {"stop", getStop}, {"step", getStep}, {nullptr, nullptr}};

}  // namespace

void initRange() { tp::readyType(&tp_range_type, kRangeMethods, kRangeGetSets, true); }

}  // namespace tp::seq

using namespace tp::seq;

TpType tp_range_type = {
    TP_TYPE_HEAD("range"),
    .instance_size = sizeof(TpRange),
    .new_ = rangeNew,
    .repr = rangeRepr,
    .hash = rangeHash,
    .richcompare = rangeRichCompare,
    .truth = rangeTruth,
    .len = rangeLen,
    .getitem = rangeGetItem,
    .contains = rangeContains,
    .iter = rangeIterSlot,
};

TpValue tp_range_new(TpValue start, TpValue stop, TpValue step) {
  return tp_range_new_i64(rangeArg(start), rangeArg(stop), rangeArg(step));
}

TpValue tp_range_new_i64(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) tp::raiseValueError("range() arg 3 must not be zero");
  TpRange* r = tp::allocObject<TpRange>(&tp_range_type);
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = rangeLength(start, stop, step);
  return tp_from_object(r);
}
