// The bool type: a subclass of int whose only instances are the static
// singletons True and False (value.h). Arithmetic is int arithmetic (the int
// functions treat True/False as 1/0); only repr, the constructor and the
// bitwise operators on two bools (which stay bools) differ.
#include "num_internal.h"

TpObject tp_True_object = {&tp_bool_type};
TpObject tp_False_object = {&tp_bool_type};

namespace taipan::num {
TpValue IntBinOp(TpValue a, TpValue b, int32_t op, bool reflected);
TpValue IntFormat(TpValue self, TpValue spec);
}  // namespace taipan::num

using namespace taipan::num;

namespace {

TpValue BoolNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[1];
  tp::parseArgs("bool", args, nargs, kwnames, {"x"}, 0, 1, a);
  return a[0] == TP_NULL ? TP_FALSE : tp_bool(tp_truth(a[0]));
}

TpValue BoolRepr(TpValue self) { return tp_str_intern(self == TP_TRUE ? "True" : "False"); }

TpValue BoolBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  bool both = (a == TP_TRUE || a == TP_FALSE) && (b == TP_TRUE || b == TP_FALSE);
  if (both) {
    switch (op & ~TP_BINOP_INPLACE) {
      case TP_BINOP_AND: return tp_bool(a == TP_TRUE && b == TP_TRUE);
      case TP_BINOP_OR: return tp_bool(a == TP_TRUE || b == TP_TRUE);
      case TP_BINOP_XOR: return tp_bool(a != b);
    }
  }
  return IntBinOp(a, b, op, reflected);
}

TpValue BoolFormat(TpValue self, TpValue spec) {
  if (tp_is_str(spec) && tp_str_size(spec) == 0) return BoolRepr(self);
  return IntFormat(self, spec);
}

}  // namespace

TpType tp_bool_type = {
    TP_TYPE_HEAD("bool"),
    .base = &tp_int_type,
    .instance_size = sizeof(TpObject),
    .flags = TP_TYPE_INT_SUBCLASS,
    .new_ = BoolNew,
    .repr = BoolRepr,
    .str = BoolRepr,
    .binop = BoolBinOp,
    .format = BoolFormat,
};

namespace taipan::num {
void InitBool() { tp::readyType(&tp_bool_type, nullptr, nullptr, /*final=*/true); }
}  // namespace taipan::num
