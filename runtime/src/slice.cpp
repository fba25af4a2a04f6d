// The slice type (slice(stop), slice(start, stop, step), repr, ==,
// .indices()) and CPython's slice arithmetic: unpacking with __index__
// (bounds beyond 64 bits clamp), then adjusting against a length, shared by
// every sequence's slicing and slice assignment.
#include "seq_internal.h"

namespace tp::seq {
namespace {

constexpr int64_t kMax = INT64_MAX;
constexpr int64_t kMin = INT64_MIN;

// A slice bound: ints clamp to the int64 range like CPython's
// _PyEval_SliceIndex clamps to Py_ssize_t.
int64_t sliceBound(TpValue v) {
  if (tp_is_small_int(v)) return tp_small_int_value(v);
  if (!tp_is_int(v)) {
    if (tp::lookupTypeCStr(tp_type_of(v), "__index__") == TP_NULL)
      tp::raiseTypeError("slice indices must be integers or None or have an __index__ method");
    v = tp_index(v);
  }
  int64_t out;
  if (tp_int_try_i64(v, &out)) return out;
  return tp_int_lt(v, tp_small_int(0)) ? kMin : kMax;
}

TpValue sliceRepr(TpValue v) {
  TpSlice* s = tp_slice_object(v);
  std::string out = "slice(";
  out += tp_str_view(tp_repr(s->start));
  out += ", ";
  out += tp_str_view(tp_repr(s->stop));
  out += ", ";
  out += tp_str_view(tp_repr(s->step));
  out += ')';
  return tp_str_from(out);
}

TpValue sliceRichCompare(TpValue a, TpValue b, int32_t op) {
  if (!tp_is_slice(a) || !tp_is_slice(b)) return tp_from_object(&tp_NotImplemented_object);
  TpSlice *x = tp_slice_object(a), *y = tp_slice_object(b);
  TpValue xs[3] = {x->start, x->stop, x->step}, ys[3] = {y->start, y->stop, y->step};
  return compareSequences(xs, 3, ys, 3, op);
}

TpValue sliceNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("slice", kwnames);
  if (nargs < 1) tp::raiseTypeError("slice expected at least 1 argument, got %lld", (long long)nargs);
  if (nargs > 3) tp::raiseTypeError("slice expected at most 3 arguments, got %lld", (long long)nargs);
  if (nargs == 1) return tp_slice_new(TP_NONE, args[0], TP_NONE);
  return tp_slice_new(args[0], args[1], nargs == 3 ? args[2] : TP_NONE);
}

TpValue getStart(TpValue v) { return tp_slice_object(v)->start; }
TpValue getStop(TpValue v) { return tp_slice_object(v)->stop; }
TpValue getStep(TpValue v) { return tp_slice_object(v)->step; }

TpValue mIndices(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("indices", kwnames);
  tp::checkArgCount("indices", nargs - 1, 1, 1);
  int64_t length = asIndex(args[1]);
  if (length < 0) tp::raiseValueError("length should not be negative");
  int64_t start, stop, step, n;
  tp_slice_indices(args[0], length, &start, &stop, &step, &n);
  TpValue items[3] = {intValue(start), intValue(stop), intValue(step)};
  return tp_tuple_new(3, items);
}

const MethodDef kSliceMethods[] = {{"indices", mIndices}, {nullptr, nullptr}};
const GetSetDef kSliceGetSets[] = {{"start", getStart}, {"stop", getStop}, {"step", getStep}, {nullptr, nullptr}};

}  // namespace

void initSlice() { tp::readyType(&tp_slice_type, kSliceMethods, kSliceGetSets, true); }

}  // namespace tp::seq

using namespace tp::seq;

TpType tp_slice_type = {
    TP_TYPE_HEAD("slice"),
    .instance_size = sizeof(TpSlice),
    .new_ = sliceNew,
    .repr = sliceRepr,
    .richcompare = sliceRichCompare,
};

TpValue tp_slice_new(TpValue lower, TpValue upper, TpValue step) {
  TpSlice* s = tp::allocObject<TpSlice>(&tp_slice_type);
  s->start = lower == TP_NULL ? TP_NONE : lower;
  s->stop = upper == TP_NULL ? TP_NONE : upper;
  s->step = step == TP_NULL ? TP_NONE : step;
  return tp_from_object(s);
}

void tp_slice_indices(TpValue slice, int64_t length, int64_t* start_out, int64_t* stop_out, int64_t* step_out,
                      int64_t* slicelength) {
  TpSlice* s = tp_slice_object(slice);
  int64_t step = 1;
  if (s->step != TP_NONE) {
    step = sliceBound(s->step);
    if (step == 0) tp::raiseValueError("slice step cannot be zero");
    if (step < -kMax) step = -kMax;  // so that -step cannot overflow
  }
  int64_t start = s->start == TP_NONE ? (step < 0 ? kMax : 0) : sliceBound(s->start);
  int64_t stop = s->stop == TP_NONE ? (step < 0 ? kMin : kMax) : sliceBound(s->stop);
  auto adjust = [&](int64_t& x) {
    if (x < 0) {
      x = x < -length ? (step < 0 ? -1 : 0) : x + length;
    } else if (x >= length) {
      x = step < 0 ? length - 1 : length;
    }
  };
  adjust(start);
  adjust(stop);
  int64_t n = 0;
  if (step < 0) {
    if (stop < start) n = (start - stop - 1) / (-step) + 1;
  } else if (start < stop) {
    n = (stop - start - 1) / step + 1;
  }
  *start_out = start;
  *stop_out = stop;
  *step_out = step;
  *slicelength = n;
}
