// `_collections.deque`, the native double-ended queue behind
// collections.deque (issue #6, decision 0020): a ring buffer of value words
// in GC-traced memory (power-of-two capacity, doubled when full) with
// CPython 3.11's surface, reprs and messages: maxlen bounding (appends drop
// from the other end), O(1) appends/pops at both ends and rotate, indexing,
// insert/remove/del, comparisons, +, *, +=, *=, copy and __reduce__, and
// iterators that raise "deque mutated during iteration" when the deque's
// mutation counter moved under them (CPython's `state`: every append, pop,
// rotate, clear, insert and delete bumps it; item assignment and reverse do
// not). Subclasses keep this layout with their __dict__ word after it.
#include <string.h>

#include "seq_internal.h"

using namespace tp;
using namespace tp::seq;

extern "C" {
TpType tp_deque_type = {TP_TYPE_HEAD("collections.deque")};
TpType tp_deque_iter_type = {TP_TYPE_HEAD("_collections._deque_iterator")};
TpType tp_deque_reviter_type = {TP_TYPE_HEAD("_collections._deque_reverse_iterator")};
}

namespace {

struct Deque {
  TpObject ob;
  TpValue* buf;  // cap words (GC-traced), or NULL when cap == 0
  int64_t cap;   // 0 or a power of two
  int64_t head;  // index in buf of item 0
  int64_t size;
  int64_t maxlen;  // -1: unbounded
  uint64_t state;  // mutation counter checked by iterators
};

struct DequeIter {
  TpObject ob;
  TpValue deque;
  int64_t index;    // logical index of the next item
  int64_t counter;  // items left
  uint64_t state;
};

TpValue notImpl() { return tp_from_object(&tp_NotImplemented_object); }

bool isDeque(TpValue v) { return tp_is_object(v) && tp_is_subtype(tp_type_of_object(v), &tp_deque_type); }
Deque* asDeque(TpValue v) { return reinterpret_cast<Deque*>(tp_as_object(v)); }
Deque* selfArg(const char* name, const TpValue* args, int64_t nargs) {
  if (nargs < 1 || !isDeque(args[0]))
    raiseTypeError("descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object", name,
                   nargs < 1 ? "NoneType" : typeName(args[0]));
  return asDeque(args[0]);
}

inline TpValue& at(Deque* d, int64_t i) { return d->buf[(d->head + i) & (d->cap - 1)]; }

void reserveFor(Deque* d, int64_t needed) {
  if (needed <= d->cap) return;
  int64_t cap = d->cap ? d->cap : 8;
  while (cap < needed) {
    if (cap > INT64_MAX / 32) raiseMemoryError();
    cap *= 2;
  }
  checkAllocation((uint64_t)cap * sizeof(TpValue));
  auto* nb = static_cast<TpValue*>(tp_gc_malloc(cap * (int64_t)sizeof(TpValue)));
  if (!nb) raiseMemoryError();
  for (int64_t i = 0; i < d->size; i++) nb[i] = at(d, i);
  d->buf = nb;
  d->cap = cap;
  d->head = 0;
}

// The unchecked ends (callers handle maxlen and the state counter).
inline TpValue takeBack(Deque* d) {
  TpValue& slot = at(d, d->size - 1);
  TpValue v = slot;
  slot = TP_NULL;
  d->size--;
  return v;
}
inline TpValue takeFront(Deque* d) {
  TpValue& slot = d->buf[d->head];
  TpValue v = slot;
  slot = TP_NULL;
  d->head = (d->head + 1) & (d->cap - 1);
  d->size--;
  return v;
}

void pushBack(Deque* d, TpValue v) {
  d->state++;
  if (d->maxlen >= 0 && d->size >= d->maxlen) {
    if (d->maxlen == 0) return;
    takeFront(d);
  }
  if (d->size == d->cap) reserveFor(d, d->size + 1);
  d->buf[(d->head + d->size) & (d->cap - 1)] = v;
  d->size++;
}

void pushFront(Deque* d, TpValue v) {
  d->state++;
  if (d->maxlen >= 0 && d->size >= d->maxlen) {
    if (d->maxlen == 0) return;
    takeBack(d);
  }
  if (d->size == d->cap) reserveFor(d, d->size + 1);
  d->head = (d->head - 1) & (d->cap - 1);
  d->buf[d->head] = v;
  d->size++;
}

void clearDeque(Deque* d) {
  d->state++;
  d->buf = nullptr;
  d->cap = 0;
  d->head = 0;
  d->size = 0;
}

// Rotates right by n (left when negative), CPython's rotate.
void rotate(Deque* d, int64_t n) {
  int64_t len = d->size;
  if (len <= 1) return;
  d->state++;
  int64_t half = len >> 1;
  if (n > half || n < -half) {
    n %= len;
    if (n > half)
      n -= len;
    else if (n < -half)
      n += len;
  }
  if (n == 0) return;
  int64_t mask = d->cap - 1;
  if (len == d->cap) {  // a full ring rotates by moving its head
    d->head = (d->head - n) & mask;
    return;
  }
  for (; n > 0; n--) {
    int64_t tail = (d->head + len - 1) & mask;
    TpValue v = d->buf[tail];
    d->buf[tail] = TP_NULL;
    d->head = (d->head - 1) & mask;
    d->buf[d->head] = v;
  }
  for (; n < 0; n++) {
    TpValue v = d->buf[d->head];
    d->buf[d->head] = TP_NULL;
    d->buf[(d->head + len) & mask] = v;
    d->head = (d->head + 1) & mask;
  }
}

// Removes item i (0 <= i < size), shifting the shorter side.
void deleteAt(Deque* d, int64_t i) {
  d->state++;
  if (i < d->size / 2) {
    for (int64_t k = i; k > 0; k--) at(d, k) = at(d, k - 1);
    takeFront(d);
  } else {
    for (int64_t k = i; k < d->size - 1; k++) at(d, k) = at(d, k + 1);
    takeBack(d);
  }
}

// The items as a traced vector (a snapshot user code cannot change).
TracedVector<TpValue> snapshot(Deque* d) {
  TracedVector<TpValue> out((size_t)d->size);
  for (int64_t i = 0; i < d->size; i++) out[(size_t)i] = at(d, i);
  return out;
}

void extendBack(Deque* d, TpValue self, TpValue iterable) {
  if (iterable == self) {
    TracedVector<TpValue> items = snapshot(d);
    for (TpValue v : items) pushBack(d, v);
    return;
  }
  forEach(iterable, [&](TpValue v) { pushBack(d, v); });
}

void extendFront(Deque* d, TpValue self, TpValue iterable) {
  if (iterable == self) {
    TracedVector<TpValue> items = snapshot(d);
    for (TpValue v : items) pushFront(d, v);
    return;
  }
  forEach(iterable, [&](TpValue v) { pushFront(d, v); });
}

// A Py_ssize_t argument ('n' format): "'str' object cannot be interpreted as
// an integer", OverflowError past 64 bits.
int64_t ssizeArg(TpValue v) {
  if (tp_is_small_int(v)) return tp_small_int_value(v);
  if (v == TP_TRUE || v == TP_FALSE) return v == TP_TRUE;
  if (!tp_is_int(v)) {
    if (!tp_is_object(v) || lookupTypeCStr(tp_type_of_object(v), "__index__") == TP_NULL)
      raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(v));
    v = tp_index(v);
  }
  int64_t out;
  if (!tp_int_try_i64(v, &out)) raise(&tp_exc_OverflowError, "Python int too large to convert to C ssize_t");
  return out;
}

// A sequence index: TypeError for a non-integer, IndexError out of range.
int64_t itemIndex(Deque* d, TpValue key) {
  int64_t i;
  if (tp_is_small_int(key)) {
    i = tp_small_int_value(key);
  } else if (!tryIndex(key, &i)) {
    raiseTypeError("sequence index must be integer, not '%s'", typeName(key));
  }
  if (i < 0) i += d->size;
  if (i < 0 || i >= d->size) raise(&tp_exc_IndexError, "deque index out of range");
  return i;
}

// ---- construction ----

TpValue dequeNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  int64_t size = type->instance_size > (int64_t)sizeof(Deque) ? type->instance_size : (int64_t)sizeof(Deque);
  auto* d = static_cast<Deque*>(tp_alloc(type, size));
  d->maxlen = -1;
  return tp_from_object(d);
}

void dequeInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[2];
  parseArgs("deque", args, nargs, kwnames, {"iterable", "maxlen"}, 0, 0, out);
  Deque* d = asDeque(self);
  int64_t maxlen = -1;
  if (out[1] != TP_NULL && out[1] != TP_NONE) {
    TpValue m = out[1];
    if (!tp_is_int(m)) raiseTypeError("an integer is required");
    if (!tp_int_try_i64(m, &maxlen)) raise(&tp_exc_OverflowError, "Python int too large to convert to C ssize_t");
    if (maxlen < 0) raiseValueError("maxlen must be non-negative");
  }
  d->maxlen = maxlen;
  if (d->size > 0) clearDeque(d);
  if (out[0] != TP_NULL) extendBack(d, self, out[0]);
}

// A copy with the same maxlen: native for an exact deque, else
// type(self)(self[, maxlen]) as CPython does for subclasses.
TpValue copyOf(TpValue self) {
  Deque* d = asDeque(self);
  TpType* t = tp_type_of_object(self);
  if (t == &tp_deque_type) {
    TpValue r = dequeNew(t, nullptr, 0, TP_NULL);
    Deque* c = asDeque(r);
    c->maxlen = d->maxlen;
    reserveFor(c, d->size);
    for (int64_t i = 0; i < d->size; i++) c->buf[i] = at(d, i);
    c->size = d->size;
    return r;
  }
  if (d->maxlen < 0) return call(tp_from_object(t), {self});
  return call(tp_from_object(t), {self, tp_int_from_i64(d->maxlen)});
}

// ---- slots ----

TpValue dequeRepr(TpValue self) {
  Deque* d = asDeque(self);
  ReprGuard guard(self);
  if (!guard.entered) return tp_str_from_cstr("[...]");
  TracedVector<TpValue> items = snapshot(d);
  std::string out(tp_str_view(tp_type_of_object(self)->name_str));
  out += "([";
  for (size_t i = 0; i < items.size(); i++) {
    if (i) out += ", ";
    out += tp_str_view(tp_repr(items[i]));
  }
  out += ']';
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  out += ')';
  return tp_str_from(out);
}

int64_t dequeLen(TpValue self) { return asDeque(self)->size; }

TpValue dequeRichCompare(TpValue a, TpValue b, int32_t op) {
  if (!isDeque(a) || !isDeque(b)) return notImpl();
  Deque *x = asDeque(a), *y = asDeque(b);
  if ((op == TP_CMP_EQ || op == TP_CMP_NE) && x->size != y->size) return tp_bool(op == TP_CMP_NE);
  TracedVector<TpValue> xs = snapshot(x), ys = snapshot(y);
  return compareSequences(xs.data(), (int64_t)xs.size(), ys.data(), (int64_t)ys.size(), op);
}

// self *= count, keeping only what maxlen allows (the last items).
void repeatInPlace(Deque* d, int64_t count) {
  int64_t n = d->size;
  if (n == 0 || count == 1) return;
  if (count <= 0) {
    clearDeque(d);
    return;
  }
  if (n > INT64_MAX / count) raiseMemoryError();
  int64_t total = n * count;
  int64_t keep = d->maxlen >= 0 && d->maxlen < total ? d->maxlen : total;
  if (keep > INT64_MAX / 16) raiseMemoryError();
  TracedVector<TpValue> items = snapshot(d);
  d->state++;
  auto* nb = static_cast<TpValue*>(nullptr);
  int64_t cap = 8;
  while (cap < keep) cap *= 2;
  checkAllocation((uint64_t)cap * sizeof(TpValue));
  nb = static_cast<TpValue*>(tp_gc_malloc(cap * (int64_t)sizeof(TpValue)));
  if (!nb) raiseMemoryError();
  int64_t first = total - keep;  // index in the repeated sequence of the first kept item
  for (int64_t k = 0; k < keep; k++) nb[k] = items[(size_t)((first + k) % n)];
  d->buf = nb;
  d->cap = cap;
  d->head = 0;
  d->size = keep;
}

TpValue dequeBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  bool inplace = (op & TP_BINOP_INPLACE) != 0;
  int32_t base = op & ~TP_BINOP_INPLACE;
  if (base == TP_BINOP_ADD) {
    if (reflected || !isDeque(a)) return notImpl();
    if (inplace) {
      extendBack(asDeque(a), a, b);
      return a;
    }
    if (!isDeque(b)) {
      seqConcatError("deque", b);
      return notImpl();
    }
    TpValue r = copyOf(a);
    extendBack(asDeque(r), r, b);
    return r;
  }
  if (base == TP_BINOP_MUL) {
    TpValue dv = reflected ? b : a;
    TpValue n = reflected ? a : b;
    if (!isDeque(dv)) return notImpl();
    int64_t count;
    if (tp_is_small_int(n)) {
      count = tp_small_int_value(n);
    } else {
      bool ok;
      try {
        ok = tryIndex(n, &count);
      } catch (TpRaised& r) {
        if (!excIsInstance(r.exc, &tp_exc_IndexError)) throw;
        raise(&tp_exc_OverflowError, "cannot fit '%s' into an index-sized integer", typeName(n));
      }
      if (!ok) {
        seqRepeatError(n);
        return notImpl();
      }
    }
    if (inplace && !reflected) {
      repeatInPlace(asDeque(dv), count);
      return dv;
    }
    Deque* d = asDeque(dv);
    if (d->size > 0 && count > 1 && d->size > INT64_MAX / count) raiseMemoryError();
    TpValue r = copyOf(dv);
    repeatInPlace(asDeque(r), count);
    return r;
  }
  return notImpl();
}

TpValue dequeGetItem(TpValue self, TpValue key) {
  Deque* d = asDeque(self);
  return at(d, itemIndex(d, key));
}

void dequeSetItem(TpValue self, TpValue key, TpValue value) {
  Deque* d = asDeque(self);
  int64_t i = itemIndex(d, key);
  if (value == TP_NULL)
    deleteAt(d, i);
  else
    at(d, i) = value;
}

// The first index in [start, stop) whose item equals x, or -1; `what` is the
// exception class for a deque changed by a comparison.
int64_t findItem(Deque* d, TpValue x, int64_t start, int64_t stop, TpType* what) {
  uint64_t state = d->state;
  for (int64_t i = start; i < stop && i < d->size; i++) {
    bool hit = eq(at(d, i), x);
    if (d->state != state) raise(what, "deque mutated during iteration");
    if (hit) return i;
  }
  return -1;
}

int dequeContains(TpValue self, TpValue item) {
  return findItem(asDeque(self), item, 0, INT64_MAX, &tp_exc_RuntimeError) >= 0;
}

TpValue newIter(TpValue self, TpType* type) {
  Deque* d = asDeque(self);
  auto* it = allocObject<DequeIter>(type);
  it->deque = self;
  it->index = type == &tp_deque_iter_type ? 0 : d->size - 1;
  it->counter = d->size;
  it->state = d->state;
  return tp_from_object(it);
}

TpValue dequeIterSlot(TpValue self) { return newIter(self, &tp_deque_iter_type); }

// ---- iterators ----

DequeIter* asIter(TpValue v) { return reinterpret_cast<DequeIter*>(tp_as_object(v)); }
TpValue iterSelf(TpValue v) { return v; }

TpValue iterNext(TpValue v) {
  DequeIter* it = asIter(v);
  Deque* d = asDeque(it->deque);
  if (d->state != it->state) {
    it->counter = 0;
    raise(&tp_exc_RuntimeError, "deque mutated during iteration");
  }
  if (it->counter == 0) return TP_NULL;
  TpValue r = at(d, it->index);
  if (tp_type_of_object(v) == &tp_deque_iter_type)
    it->index++;
  else
    it->index--;
  it->counter--;
  return r;
}

TpValue iterLengthHint(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__length_hint__", nargs - 1, 0, 0);
  return tp_int_from_i64(asIter(args[0])->counter);
}

const MethodDef kIterMethods[] = {{"__length_hint__", iterLengthHint}, {nullptr, nullptr}};

// ---- methods (args[0] is the deque) ----

inline void noKw(const char* name, TpValue kwnames) {
  if (__builtin_expect(kwnames != TP_NULL, 0)) noKeywords(name, kwnames);
}

TpValue mAppend(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.append", kwnames);
  if (__builtin_expect(nargs != 2, 0)) checkArgCount("deque.append", nargs - 1, 1, 1);
  pushBack(selfArg("append", args, nargs), args[1]);
  return TP_NONE;
}

TpValue mAppendLeft(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.appendleft", kwnames);
  if (__builtin_expect(nargs != 2, 0)) checkArgCount("deque.appendleft", nargs - 1, 1, 1);
  pushFront(selfArg("appendleft", args, nargs), args[1]);
  return TP_NONE;
}

TpValue mPop(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.pop", kwnames);
  if (__builtin_expect(nargs != 1, 0)) checkArgCount("deque.pop", nargs - 1, 0, 0);
  Deque* d = selfArg("pop", args, nargs);
  if (d->size == 0) raise(&tp_exc_IndexError, "pop from an empty deque");
  d->state++;
  return takeBack(d);
}

TpValue mPopLeft(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.popleft", kwnames);
  if (__builtin_expect(nargs != 1, 0)) checkArgCount("deque.popleft", nargs - 1, 0, 0);
  Deque* d = selfArg("popleft", args, nargs);
  if (d->size == 0) raise(&tp_exc_IndexError, "pop from an empty deque");
  d->state++;
  return takeFront(d);
}

TpValue mExtend(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.extend", kwnames);
  checkArgCount("deque.extend", nargs - 1, 1, 1);
  extendBack(selfArg("extend", args, nargs), args[0], args[1]);
  return TP_NONE;
}

TpValue mExtendLeft(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.extendleft", kwnames);
  checkArgCount("deque.extendleft", nargs - 1, 1, 1);
  extendFront(selfArg("extendleft", args, nargs), args[0], args[1]);
  return TP_NONE;
}

TpValue mClear(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.clear", kwnames);
  checkArgCount("deque.clear", nargs - 1, 0, 0);
  clearDeque(selfArg("clear", args, nargs));
  return TP_NONE;
}

TpValue mCopy(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.copy", kwnames);
  checkArgCount("deque.copy", nargs - 1, 0, 0);
  selfArg("copy", args, nargs);
  return copyOf(args[0]);
}

TpValue mDunderCopy(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.__copy__", kwnames);
  checkArgCount("deque.__copy__", nargs - 1, 0, 0);
  selfArg("__copy__", args, nargs);
  return copyOf(args[0]);
}

TpValue mCount(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.count", kwnames);
  checkArgCount("deque.count", nargs - 1, 1, 1);
  Deque* d = selfArg("count", args, nargs);
  uint64_t state = d->state;
  int64_t c = 0;
  for (int64_t i = 0; i < d->size; i++) {
    bool hit = eq(at(d, i), args[1]);
    if (d->state != state) raise(&tp_exc_RuntimeError, "deque mutated during iteration");
    c += hit;
  }
  return tp_int_from_i64(c);
}

// start/stop of index(): slice-index conversion, negatives counted from the end.
int64_t sliceBound(TpValue v, int64_t n) {
  int64_t x;
  if (!tryIndex(v, &x)) raiseTypeError("slice indices must be integers or have an __index__ method");
  if (x < 0) {
    x += n;
    if (x < 0) x = 0;
  }
  return x;
}

TpValue mIndex(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("index", kwnames);
  if (nargs - 1 < 1) raiseTypeError("index() takes at least 1 argument (%lld given)", (long long)(nargs - 1));
  if (nargs - 1 > 3) raiseTypeError("index() takes at most 3 arguments (%lld given)", (long long)(nargs - 1));
  Deque* d = selfArg("index", args, nargs);
  int64_t start = nargs > 2 ? sliceBound(args[2], d->size) : 0;
  int64_t stop = nargs > 3 ? sliceBound(args[3], d->size) : d->size;
  int64_t i = findItem(d, args[1], start, stop, &tp_exc_RuntimeError);
  if (i >= 0) return tp_int_from_i64(i);
  raiseValueError("%s is not in deque", reprCStr(args[1]));
}

TpValue mInsert(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("insert", kwnames);
  if (nargs - 1 != 2) raiseTypeError("insert() takes exactly 2 arguments (%lld given)", (long long)(nargs - 1));
  Deque* d = selfArg("insert", args, nargs);
  int64_t i = ssizeArg(args[1]);
  if (d->maxlen == d->size) raise(&tp_exc_IndexError, "deque already at its maximum size");
  int64_t n = d->size;
  if (i >= n) {
    pushBack(d, args[2]);
    return TP_NONE;
  }
  if (i <= -n || i == 0) {
    pushFront(d, args[2]);
    return TP_NONE;
  }
  if (i < 0) i += n;
  // Make room at the nearer end and shift the items between it and i.
  if (i <= n / 2) {
    pushFront(d, TP_NONE);
    for (int64_t k = 0; k < i; k++) at(d, k) = at(d, k + 1);
  } else {
    pushBack(d, TP_NONE);
    for (int64_t k = n; k > i; k--) at(d, k) = at(d, k - 1);
  }
  at(d, i) = args[2];
  return TP_NONE;
}

TpValue mRemove(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.remove", kwnames);
  checkArgCount("deque.remove", nargs - 1, 1, 1);
  Deque* d = selfArg("remove", args, nargs);
  int64_t i = findItem(d, args[1], 0, INT64_MAX, &tp_exc_IndexError);
  if (i < 0) raiseValueError("%s is not in deque", reprCStr(args[1]));
  deleteAt(d, i);
  return TP_NONE;
}

TpValue mReverse(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.reverse", kwnames);
  checkArgCount("deque.reverse", nargs - 1, 0, 0);
  Deque* d = selfArg("reverse", args, nargs);
  for (int64_t i = 0, j = d->size - 1; i < j; i++, j--) std::swap(at(d, i), at(d, j));
  return TP_NONE;
}

TpValue mRotate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKw("deque.rotate", kwnames);
  if (nargs > 2) checkArgCount("deque.rotate", nargs - 1, 0, 1);
  Deque* d = selfArg("rotate", args, nargs);
  int64_t n = 1;
  if (nargs == 2) n = tp_is_small_int(args[1]) ? tp_small_int_value(args[1]) : ssizeArg(args[1]);
  rotate(d, n);
  return TP_NONE;
}

TpValue mReversed(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("deque.__reversed__", nargs - 1, 0, 0);
  selfArg("__reversed__", args, nargs);
  return newIter(args[0], &tp_deque_reviter_type);
}

// (type(self), ((), maxlen) or (), __dict__ or None, iter(self)), as CPython.
TpValue mReduce(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("deque.__reduce__", nargs - 1, 0, 0);
  Deque* d = selfArg("__reduce__", args, nargs);
  TpValue self = args[0];
  TpValue state = TP_NONE;
  TpType* t = tp_type_of_object(self);
  if (t->dict_offset) {
    TpValue dict = getAttrOrNull(self, tp_str_intern("__dict__"));
    if (dict != TP_NULL && tp_is_dict(dict) && tp_dict_size(dict) > 0) state = dict;
  }
  TpValue ctor_args;
  if (d->maxlen < 0) {
    ctor_args = emptyTuple();
  } else {
    TpValue pair[2] = {emptyTuple(), tp_int_from_i64(d->maxlen)};
    ctor_args = tp_tuple_new(2, pair);
  }
  TpValue items[4] = {tp_from_object(t), ctor_args, state, dequeIterSlot(self)};
  return tp_tuple_new(4, items);
}

TpValue mClassGetItem(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__class_getitem__", nargs - 1, 1, 1);
  return newGenericAlias(args[0], args[1]);
}

TpValue getMaxlen(TpValue self) { return asDeque(self)->maxlen < 0 ? TP_NONE : tp_int_from_i64(asDeque(self)->maxlen); }

const MethodDef kDequeMethods[] = {
    {"append", mAppend},
    {"appendleft", mAppendLeft},
    {"pop", mPop},
    {"popleft", mPopLeft},
    {"extend", mExtend},
    {"extendleft", mExtendLeft},
    {"clear", mClear},
    {"copy", mCopy},
    {"__copy__", mDunderCopy},
    {"count", mCount},
    {"index", mIndex},
    {"insert", mInsert},
    {"remove", mRemove},
    {"reverse", mReverse},
    {"rotate", mRotate},
    {"__reversed__", mReversed},
    {"__reduce__", mReduce},
    {"__class_getitem__", mClassGetItem, kMethodClass},
    {nullptr, nullptr},
};

const GetSetDef kDequeGetSets[] = {{"maxlen", getMaxlen}, {nullptr, nullptr}};

}  // namespace

namespace tp {

void initDeque() {
  tp_deque_type.instance_size = sizeof(Deque);
  tp_deque_type.new_ = dequeNew;
  tp_deque_type.init = dequeInit;
  tp_deque_type.repr = dequeRepr;
  tp_deque_type.richcompare = dequeRichCompare;
  tp_deque_type.len = dequeLen;
  tp_deque_type.binop = dequeBinOp;
  tp_deque_type.getitem = dequeGetItem;
  tp_deque_type.setitem = dequeSetItem;
  tp_deque_type.contains = dequeContains;
  tp_deque_type.iter = dequeIterSlot;
  readyType(&tp_deque_type, kDequeMethods, kDequeGetSets);
  setTypeAttr(&tp_deque_type, "__hash__", TP_NONE);  // unhashable, and says so in its dict as CPython's
  for (TpType* t : {&tp_deque_iter_type, &tp_deque_reviter_type}) {
    t->instance_size = sizeof(DequeIter);
    t->iter = iterSelf;
    t->next = iterNext;
    readyType(t, kIterMethods, nullptr, true);
  }
  TpValue m = newBuiltinModule("_collections");
  setModuleAttr(m, "deque", tp_from_object(&tp_deque_type));
}

}  // namespace tp
