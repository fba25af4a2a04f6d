// The `gc` module over the Boehm collector that manages the whole heap
// (docs/decisions/0019). Taipan has no reference counts and no
// generations: `collect()` runs one full collection (of any generation) and
// returns 0, since the collector does not count the objects it frees;
// `disable()`/`enable()` stop and restart automatic collection, as in
// CPython; the thresholds are kept and reported but do not steer the
// collector; `get_count()` is (0, 0, 0); `get_stats()` counts the
// collections run so far in the oldest generation. Introspection of the
// object graph (get_objects, get_referrers, get_referents, is_tracked) is
// not offered: a conservative collector cannot answer it exactly.
#include <gc.h>

#include "runtime.h"
#include "taipan/dict.h"
#include "taipan/int.h"
#include "taipan/list.h"
#include "taipan/tuple.h"

using namespace tp;

namespace {

// "gc.NAME() takes no arguments (1 given)" and the keyword error, as
// CPython's METH_NOARGS functions.
void noArgs(const char* fname, int64_t nargs, TpValue kwnames) {
  noKeywords(fname, kwnames);
  checkArgCount(fname, nargs, 0, 0);
}

bool g_enabled = true;
int64_t g_threshold[3] = {700, 10, 10};

TpValue Gc_collect(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue a[1];
  parseArgs("collect", args, nargs, kwnames, {"generation"}, 0, 0, a);
  if (a[0] != TP_NULL) {
    int64_t generation = tp_int_as_i64(tp_index(a[0]));
    if (generation < 0 || generation > 2) raiseValueError("invalid generation");
  }
  GC_gcollect();
  return tp_int_from_i64(0);
}

TpValue Gc_enable(const TpValue*, int64_t nargs, TpValue kwnames) {
  noArgs("gc.enable", nargs, kwnames);
  if (!g_enabled) {
    g_enabled = true;
    GC_enable();
  }
  return TP_NONE;
}

TpValue Gc_disable(const TpValue*, int64_t nargs, TpValue kwnames) {
  noArgs("gc.disable", nargs, kwnames);
  if (g_enabled) {
    g_enabled = false;
    GC_disable();
  }
  return TP_NONE;
}

TpValue Gc_isenabled(const TpValue*, int64_t nargs, TpValue kwnames) {
  noArgs("gc.isenabled", nargs, kwnames);
  return g_enabled ? TP_TRUE : TP_FALSE;
}

TpValue triple(int64_t a, int64_t b, int64_t c) {
  TpValue items[3] = {tp_int_from_i64(a), tp_int_from_i64(b), tp_int_from_i64(c)};
  return tp_tuple_new(3, items);
}

TpValue Gc_get_count(const TpValue*, int64_t nargs, TpValue kwnames) {
  noArgs("gc.get_count", nargs, kwnames);
  return triple(0, 0, 0);
}

TpValue Gc_get_threshold(const TpValue*, int64_t nargs, TpValue kwnames) {
  noArgs("gc.get_threshold", nargs, kwnames);
  return triple(g_threshold[0], g_threshold[1], g_threshold[2]);
}

// set_threshold(threshold0[, threshold1[, threshold2]])
TpValue Gc_set_threshold(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("set_threshold", kwnames);
  if (nargs < 1 || nargs > 3) {
    if (nargs < 1) raiseTypeError("set_threshold() takes at least 1 argument (0 given)");
    raiseTypeError("set_threshold() takes at most 3 arguments (%lld given)", (long long)nargs);
  }
  int64_t t[3] = {g_threshold[0], g_threshold[1], g_threshold[2]};
  for (int64_t i = 0; i < nargs; i++) t[i] = tp_int_as_i64(tp_index(args[i]));
  for (int i = 0; i < 3; i++) g_threshold[i] = t[i];
  return TP_NONE;
}

TpValue Gc_get_stats(const TpValue*, int64_t nargs, TpValue kwnames) {
  noArgs("gc.get_stats", nargs, kwnames);
  TpValue gens[3];
  for (int i = 0; i < 3; i++) {
    TpValue d = tp_dict_new();
    tp_dict_setitem_str(d, "collections", tp_int_from_i64(i == 2 ? (int64_t)GC_get_gc_no() : 0));
    tp_dict_setitem_str(d, "collected", tp_int_from_i64(0));
    tp_dict_setitem_str(d, "uncollectable", tp_int_from_i64(0));
    gens[i] = d;
  }
  return tp_list_new(3, gens);
}

// freeze() and unfreeze() move nothing: there is no permanent generation.
TpValue Gc_freeze(const TpValue*, int64_t nargs, TpValue kwnames) {
  noArgs("gc.freeze", nargs, kwnames);
  return TP_NONE;
}

TpValue Gc_unfreeze(const TpValue*, int64_t nargs, TpValue kwnames) {
  noArgs("gc.unfreeze", nargs, kwnames);
  return TP_NONE;
}

TpValue Gc_get_freeze_count(const TpValue*, int64_t nargs, TpValue kwnames) {
  noArgs("gc.get_freeze_count", nargs, kwnames);
  return tp_int_from_i64(0);
}

TpValue Gc_get_debug(const TpValue*, int64_t nargs, TpValue kwnames) {
  noArgs("gc.get_debug", nargs, kwnames);
  return tp_int_from_i64(0);
}

// set_debug(flags): the flags are checked but select no output.
TpValue Gc_set_debug(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords("gc.set_debug", kwnames);
  checkArgCount("gc.set_debug", nargs, 1, 1);
  tp_int_as_i64(tp_index(args[0]));
  return TP_NONE;
}

}  // namespace

namespace tp {

void initGcModule() {
  TpValue m = newBuiltinModule("gc");
  registerModuleFunction(m, "collect", Gc_collect);
  registerModuleFunction(m, "enable", Gc_enable);
  registerModuleFunction(m, "disable", Gc_disable);
  registerModuleFunction(m, "isenabled", Gc_isenabled);
  registerModuleFunction(m, "get_count", Gc_get_count);
  registerModuleFunction(m, "get_threshold", Gc_get_threshold);
  registerModuleFunction(m, "set_threshold", Gc_set_threshold);
  registerModuleFunction(m, "get_stats", Gc_get_stats);
  registerModuleFunction(m, "freeze", Gc_freeze);
  registerModuleFunction(m, "unfreeze", Gc_unfreeze);
  registerModuleFunction(m, "get_freeze_count", Gc_get_freeze_count);
  registerModuleFunction(m, "get_debug", Gc_get_debug);
  registerModuleFunction(m, "set_debug", Gc_set_debug);
  setModuleAttr(m, "garbage", tp_list_new(0, nullptr));
  setModuleAttr(m, "callbacks", tp_list_new(0, nullptr));
  struct {
    const char* name;
    int64_t value;
  } flags[] = {{"DEBUG_STATS", 1},
               {"DEBUG_COLLECTABLE", 2},
               {"DEBUG_UNCOLLECTABLE", 4},
               {"DEBUG_SAVEALL", 32},
               {"DEBUG_LEAK", 38}};
  for (auto& f : flags) setModuleAttr(m, f.name, tp_int_from_i64(f.value));
}

}  // namespace tp

TP_NATIVE_MODULE(gc, tp::initGcModule)
