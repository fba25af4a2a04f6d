// `_functools`, the native part of stdlib/functools.py (decision 0033):
// cmp_to_key and its functools.KeyWrapper objects, as CPython 3.11's C
// implementation behaves. cmp_to_key(cmp) returns a KeyWrapper without an
// object; calling any KeyWrapper with `obj` returns a new one holding obj and
// the same cmp. K(x) < K(y) is cmp(x, y) < 0 (likewise for the other five
// comparisons), against anything but a KeyWrapper a TypeError "other argument
// must be K instance"; `.obj` reads (None on the factory) and writes; the
// objects are unhashable. list.sort/sorted recognise a KeyWrapper key
// function and call cmp on the items directly (sort.cpp), so sorting with a
// cmp_to_key key makes no wrapper objects at all.
#include "seq_internal.h"

using namespace tp;
using namespace tp::seq;

extern "C" {
TpType tp_keywrapper_type = {TP_TYPE_HEAD("functools.KeyWrapper")};
}

namespace {

TpKeyWrapper* asWrapper(TpValue v) { return reinterpret_cast<TpKeyWrapper*>(tp_as_object(v)); }

bool isWrapper(TpValue v) { return tp_is_object(v) && tp_type_of_object(v) == &tp_keywrapper_type; }

TpValue newWrapper(TpValue cmp, TpValue obj) {
  auto* k = allocObject<TpKeyWrapper>(&tp_keywrapper_type);
  k->cmp = cmp;
  k->obj = obj;
  return tp_from_object(k);
}

TpValue wrapperNew(TpType* type, const TpValue*, int64_t, TpValue) {
  raiseTypeError("cannot create '%s' instances", type->name);
}

// K(obj): a new wrapper of obj with this wrapper's function.
TpValue wrapperCall(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[1];
  parseArgs("K", args, nargs, kwnames, {"obj"}, 1, 0, out);
  return newWrapper(asWrapper(self)->cmp, out[0]);
}

TpValue wrapperRichCompare(TpValue a, TpValue b, int32_t op) {
  if (!isWrapper(b)) raiseTypeError("other argument must be K instance");
  TpKeyWrapper* x = asWrapper(a);
  TpKeyWrapper* y = asWrapper(b);
  if (x->obj == TP_NULL || y->obj == TP_NULL) raiseAttributeError("object");
  TpValue args[2] = {x->obj, y->obj};
  TpValue r = tp_call(x->cmp, args, 2, TP_NULL);
  return tp_compare(r, tp_small_int(0), op);
}

TpValue getObj(TpValue self) {
  TpValue v = asWrapper(self)->obj;
  return v == TP_NULL ? TP_NONE : v;
}

void setObj(TpValue self, TpValue value) { asWrapper(self)->obj = value; }

const GetSetDef kWrapperGetSets[] = {{"obj", getObj, setObj}, {nullptr, nullptr}};

TpValue F_cmp_to_key(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[1];
  parseArgs("cmp_to_key", args, nargs, kwnames, {"mycmp"}, 1, 0, out);
  return newWrapper(out[0], TP_NULL);
}

}  // namespace

namespace tp {

void initFunctoolsCore() {
  tp_keywrapper_type.instance_size = sizeof(TpKeyWrapper);
  tp_keywrapper_type.new_ = wrapperNew;
  tp_keywrapper_type.call = wrapperCall;
  tp_keywrapper_type.richcompare = wrapperRichCompare;
  readyType(&tp_keywrapper_type, nullptr, kWrapperGetSets, true);
  setTypeAttr(&tp_keywrapper_type, "__hash__", TP_NONE);
  TpValue m = newBuiltinModule("_functools");
  registerModuleFunction(m, "cmp_to_key", F_cmp_to_key);
}

}  // namespace tp

TP_NATIVE_MODULE(_functools, tp::initFunctoolsCore)
