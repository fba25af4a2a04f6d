// The sequence part of the runtime's start-up (tp::initSequences readies the
// str/bytes/list/tuple/dict/set/range/slice/iterator types and registers
// their builtins) and the sequence builtins: sorted, min, max, sum, any, all,
// ord, chr; plus the helpers shared by the container files (index
// conversion, the repr recursion guard).
#include <cstring>

#include "seq_internal.h"
#include "taipan/float.h"
#include "taipan/fastpath.h"

namespace tp::seq {

// ---- index conversion ----
bool tryIndex(TpValue v, int64_t* out) {
  if (tp_is_small_int(v)) {
    *out = tp_small_int_value(v);
    return true;
  }
  if (v == TP_TRUE || v == TP_FALSE) {
    *out = v == TP_TRUE;
    return true;
  }
  if (!tp_is_int(v)) {
    if (!tp_is_object(v) || tp::lookupTypeCStr(tp_type_of_object(v), "__index__") == TP_NULL) return false;
    v = tp_index(v);
  }
  if (!tp_int_try_i64(v, out))
    tp::raise(&tp_exc_IndexError, "cannot fit '%s' into an index-sized integer", tp::typeName(v));
  return true;
}

int64_t asIndex(TpValue v) {
  int64_t out;
  if (tryIndex(v, &out)) return out;
  tp::raiseTypeError("'%s' object cannot be interpreted as an integer", tp::typeName(v));
}

void seqRepeatError(TpValue other) {
  if (tp_type_of(other)->flags & TP_TYPE_HEAPTYPE) return;
  tp::raiseTypeError("can't multiply sequence by non-int of type '%s'", tp::typeName(other));
}

void seqConcatError(const char* seq_type, TpValue other) {
  if (tp_type_of(other)->flags & TP_TYPE_HEAPTYPE) return;
  tp::raiseTypeError("can only concatenate %s (not \"%s\") to %s", seq_type, tp::typeName(other), seq_type);
}

// ---- repr recursion guard ----
// The objects whose repr is in progress (global state; per-thread later).
namespace {
TracedVector<TpValue>& reprStack() {
  // The pointer lives in static storage (a GC root); the vector and its
  // buffer are traced GC memory.
  static TracedVector<TpValue>* stack = new (tp_gc_malloc(sizeof(TracedVector<TpValue>))) TracedVector<TpValue>();
  return *stack;
}
}  // namespace

bool reprEnter(TpValue obj) {
  auto& s = reprStack();
  for (TpValue v : s)
    if (v == obj) return false;
  s.push_back(obj);
  return true;
}

void reprLeave(TpValue obj) {
  auto& s = reprStack();
  for (size_t i = s.size(); i-- > 0;) {
    if (s[i] == obj) {
      s.erase(s.begin() + (ptrdiff_t)i);
      return;
    }
  }
}

namespace {

// ---- builtins ----
TpValue bSorted(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[3];
  if (nargs != 1) tp::raiseTypeError("sorted expected 1 argument, got %lld", (long long)nargs);
  tp::parseArgs("sorted", args, nargs, kwnames, {"iterable", "*key", "*reverse"}, 1, 1, out);
  TpValue l = toList(out[0]);
  tp_list_sort(l, out[1] == TP_NULL ? TP_NONE : out[1], out[2] != TP_NULL && tp_truth(out[2]));
  return l;
}

// Whether key k beats best_key (min: k < best_key, max: k > best_key), out
// of minMax's per-item loop so that the small-int case there stays inline.
__attribute__((noinline)) bool keyBeats(TpValue k, TpValue best_key, bool is_min) {
  int c = quickCompare(k, best_key);
  if (c != kUndecided) return is_min ? c < 0 : c > 0;
  return is_min ? lessThan(k, best_key) : tp_truth(tp_compare(k, best_key, TP_CMP_GT));
}

__attribute__((noinline)) TpValue callKey(const FastCall& call, TpValue item) { return call(&item); }

TpValue minMax(const char* name, bool is_min, const TpValue* args, int64_t nargs, TpValue kwnames) {
  int64_t nkw = tp::kwCount(kwnames);
  int64_t npos = nargs;  // keyword values follow the positional ones
  TpValue key = TP_NULL, dflt = TP_NULL;
  for (int64_t i = 0; i < nkw; i++) {
    std::string_view k = tp::kwName(kwnames, i);
    if (k == "key")
      key = args[npos + i];
    else if (k == "default")
      dflt = args[npos + i];
    else
      tp::raiseTypeError("%s() got an unexpected keyword argument '%s'", name, tp::kwName(kwnames, i));
  }
  if (key == TP_NONE) key = TP_NULL;
  if (npos == 0) tp::raiseTypeError("%s expected at least 1 argument, got 0", name);
  if (npos > 1 && dflt != TP_NULL)
    tp::raiseTypeError("Cannot specify a default for %s() with multiple positional arguments", name);
  TpValue best = TP_NULL, best_key = TP_NULL;
  FastCall call(key, 1);
  auto consider = [&](TpValue item) {
    TpValue k = key == TP_NULL ? item : callKey(call, item);
    if (best == TP_NULL) {
      best = item;
      best_key = k;
      return;
    }
    bool better;
    if (tp_is_small_int(k) && tp_is_small_int(best_key))  // 2x + 1 is increasing: compare the words
      better = is_min ? (int64_t)k < (int64_t)best_key : (int64_t)k > (int64_t)best_key;
    else
      better = keyBeats(k, best_key, is_min);
    if (better) {
      best = item;
      best_key = k;
    }
  };
  if (npos == 1) {
    forEach(args[0], consider);
  } else {
    for (int64_t i = 0; i < npos; i++) consider(args[i]);
  }
  if (best == TP_NULL) {
    if (dflt != TP_NULL) return dflt;
    tp::raiseValueError("%s() arg is an empty sequence", name);
  }
  return best;
}

TpValue bMin(const TpValue* args, int64_t nargs, TpValue kwnames) { return minMax("min", true, args, nargs, kwnames); }
TpValue bMax(const TpValue* args, int64_t nargs, TpValue kwnames) { return minMax("max", false, args, nargs, kwnames); }

TpValue bSum(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[2];
  tp::parseArgs("sum", args, nargs, kwnames, {"iterable", "start"}, 1, 1, out);
  TpValue acc = out[1] == TP_NULL ? tp_small_int(0) : out[1];
  if (tp_is_str(acc)) tp::raiseTypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (tp_is_object(acc) && tp_type_of_object(acc) == &tp_bytes_type)
    tp::raiseTypeError("sum() can't sum bytes [use b''.join(seq) instead]");
  forEach(out[0], [&](TpValue item) {
    if (tp_is_small_int(acc) && tp_is_small_int(item)) {
      if (!tp_small_int_add(acc, item, &acc)) acc = tp_int_add(acc, item);  // past the small range: a big int
    } else {
      acc = tp_binop(acc, item, TP_BINOP_ADD);
    }
  });
  return acc;
}

TpValue bAny(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("any", kwnames);
  tp::checkArgCount("any", nargs, 1, 1);
  bool found = false;
  TpValue it = tp_iter(args[0]);
  for (TpValue v = tp_next(it); v != TP_NULL; v = tp_next(it))
    if (tp_truth(v)) {
      found = true;
      break;
    }
  return tp_bool(found);
}

TpValue bAll(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("all", kwnames);
  tp::checkArgCount("all", nargs, 1, 1);
  TpValue it = tp_iter(args[0]);
  for (TpValue v = tp_next(it); v != TP_NULL; v = tp_next(it))
    if (!tp_truth(v)) return TP_FALSE;
  return TP_TRUE;
}

TpValue bOrd(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("ord", kwnames);
  tp::checkArgCount("ord", nargs, 1, 1);
  TpValue c = args[0];
  if (tp_is_str(c)) {
    if (tp_str_length(c) != 1)
      tp::raiseTypeError("ord() expected a character, but string of length %lld found", (long long)tp_str_length(c));
    return intValue(tp_str_codepoint_at(c, 0));
  }
  if (tp_is_object(c) && tp_is_subtype(tp_type_of_object(c), &tp_bytes_type)) {
    if (tp_bytes_size(c) != 1)
      tp::raiseTypeError("ord() expected a character, but string of length %lld found", (long long)tp_bytes_size(c));
    return intValue((unsigned char)tp_bytes_data(c)[0]);
  }
  if (tp_is_object(c) && tp_is_subtype(tp_type_of_object(c), &tp_bytearray_type)) {
    auto* ba = reinterpret_cast<TpByteArray*>(tp_as_object(c));
    if (ba->size != 1)
      tp::raiseTypeError("ord() expected a character, but string of length %lld found", (long long)ba->size);
    return intValue((unsigned char)ba->data[0]);
  }
  tp::raiseTypeError("ord() expected string of length 1, but %s found", tp::typeName(c));
}

TpValue bChr(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("chr", kwnames);
  tp::checkArgCount("chr", nargs, 1, 1);
  int64_t i;
  if (!tryIndex(args[0], &i))
    tp::raiseTypeError("'%s' object cannot be interpreted as an integer", tp::typeName(args[0]));
  if (i < 0 || i > 0x10FFFF) tp::raiseValueError("chr() arg not in range(0x110000)");
  return tp_str_from_codepoint((uint32_t)i);
}

}  // namespace

void initSeqBuiltins() {
  tp::registerBuiltin("str", tp_from_object(&tp_str_type));
  tp::registerBuiltin("bytes", tp_from_object(&tp_bytes_type));
  tp::registerBuiltin("list", tp_from_object(&tp_list_type));
  tp::registerBuiltin("tuple", tp_from_object(&tp_tuple_type));
  tp::registerBuiltin("dict", tp_from_object(&tp_dict_type));
  tp::registerBuiltin("set", tp_from_object(&tp_set_type));
  tp::registerBuiltin("frozenset", tp_from_object(&tp_frozenset_type));
  tp::registerBuiltin("range", tp_from_object(&tp_range_type));
  tp::registerBuiltin("slice", tp_from_object(&tp_slice_type));
  tp::registerBuiltinFunction("sorted", bSorted);
  tp::registerBuiltinFunction("min", bMin);
  tp::registerBuiltinFunction("max", bMax);
  tp::registerBuiltinFunction("sum", bSum);
  tp::registerBuiltinFunction("any", bAny);
  tp::registerBuiltinFunction("all", bAll);
  tp::registerBuiltinFunction("ord", bOrd);
  tp_builtin_ord_obj = tp_builtin("ord");
  tp::registerBuiltinFunction("chr", bChr);
}

}  // namespace tp::seq

namespace tp {

void initSequences() {
  using namespace tp::seq;
  initStr();
  initTuple();
  tp::readyType(&tp_str_type, kStrMethods);
  tp::readyType(&tp_tuple_type, kTupleMethods);
  tp::readyType(&tp_list_type, kListMethods);
  tp::readyType(&tp_dict_type, kDictMethods);
  tp::readyType(&tp_set_type, kSetMethods);
  tp::readyType(&tp_frozenset_type, kFrozenSetMethods);
  initStrMethods();
  initBytes();
  initList();
  initDict();
  initSet();
  initRange();
  initSlice();
  initIter();
  initSeqBuiltins();
}

}  // namespace tp

extern "C" TpValue tp_ord_slow(TpValue x) { return tp::seq::bOrd(&x, 1, TP_NULL); }
