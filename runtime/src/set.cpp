// The set and frozenset types. The table follows CPython 3.11's setobject
// decisions step by step (minimum size 8; LINEAR_PROBES = 9 then perturbed
// probing with PERTURB_SHIFT = 5; resize when fill*5 >= mask*3 to the
// smallest power of two above used*4 (used*2 past 50000); deleted slots are
// dummies with hash -1; merge/copy/intersection/difference take the same
// shortcuts) because iteration order is table order and programs print
// sets. frozenset's hash is CPython's order-independent shuffle-and-xor.
#include <cstring>

#include "seq_internal.h"

namespace tp::seq {
namespace {

constexpr int64_t kMinSize = 8;
constexpr int64_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

TpObject g_dummy_object = {nullptr};
const TpValue kDummyKey = (TpValue)(uintptr_t)&g_dummy_object;

TpSet* asSet(TpValue v) { return tp_set_object(v); }
TpValue notImplemented() { return tp_from_object(&tp_NotImplemented_object); }
bool isFrozen(TpValue v) { return tp_is_subtype(tp_type_of_object(v), &tp_frozenset_type); }

TpSetEntry* allocTable(int64_t size) {
  return static_cast<TpSetEntry*>(tp::gcMallocExact(size * (int64_t)sizeof(TpSetEntry)));
}

void ensureTable(TpSet* so) {
  if (!so->table) {
    so->table = allocTable(kMinSize);
    so->mask = kMinSize - 1;
  }
}

TpSet* newSetOfType(TpType* type) {
  int64_t size = type->instance_size > (int64_t)sizeof(TpSet) ? type->instance_size : (int64_t)sizeof(TpSet);
  TpSet* so = static_cast<TpSet*>(tp_alloc(type, size));
  so->table = allocTable(kMinSize);
  so->mask = kMinSize - 1;
  so->hash = -1;
  return so;
}

void insertClean(TpSetEntry* table, uint64_t mask, TpValue key, int64_t hash) {
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  for (;;) {
    TpSetEntry* entry = &table[i];
    if (entry->key == TP_NULL) goto found;
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; j++) {
        entry++;
        if (entry->key == TP_NULL) goto found;
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
    continue;
  found:
    entry->key = key;
    entry->hash = hash;
    return;
  }
}

void tableResize(TpSet* so, int64_t minused) {
  int64_t newsize = kMinSize;
  while (newsize <= minused) newsize <<= 1;
  TpSetEntry* old = so->table;
  int64_t oldsize = so->mask + 1;
  TpSetEntry* table = allocTable(newsize);
  uint64_t newmask = (uint64_t)newsize - 1;
  so->mask = newsize - 1;
  so->table = table;
  if (so->fill == so->used) {
    for (int64_t i = 0; i < oldsize; i++)
      if (old[i].key != TP_NULL) insertClean(table, newmask, old[i].key, old[i].hash);
  } else {
    so->fill = so->used;
    for (int64_t i = 0; i < oldsize; i++)
      if (old[i].key != TP_NULL && old[i].key != kDummyKey) insertClean(table, newmask, old[i].key, old[i].hash);
  }
}

// Key equality as CPython's set does: identity, then exact-str fast path,
// then __eq__ (which may mutate the set: restart then).
bool keysEqual(TpValue a, TpValue b) { return eq(a, b); }

void addEntry(TpSet* so, TpValue key, int64_t hash) {
restart:
  ensureTable(so);
  uint64_t mask = (uint64_t)so->mask;
  uint64_t i = (uint64_t)hash & mask;
  TpSetEntry* freeslot = nullptr;
  uint64_t perturb = (uint64_t)hash;
  TpSetEntry* entry;
  for (;;) {
    entry = &so->table[i];
    int64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == TP_NULL) goto found_unused_or_dummy;
      if (entry->hash == hash) {
        TpValue startkey = entry->key;
        if (startkey == key) return;
        TpSetEntry* table = so->table;
        bool same = keysEqual(startkey, key);
        if (same) return;
        if (table != so->table || entry->key != startkey) goto restart;
        mask = (uint64_t)so->mask;
      } else if (entry->hash == -1 && freeslot == nullptr) {
        freeslot = entry;
      }
      entry++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
found_unused_or_dummy:
  if (freeslot != nullptr) {
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return;
  }
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if ((uint64_t)so->fill * 5 < mask * 3) return;
  tableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

TpSetEntry* lookKey(TpSet* so, TpValue key, int64_t hash) {
  if (!so->table) return nullptr;
restart:
  uint64_t mask = (uint64_t)so->mask;
  uint64_t i = (uint64_t)hash & mask;
  uint64_t perturb = (uint64_t)hash;
  for (;;) {
    TpSetEntry* entry = &so->table[i];
    int64_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && entry->key == TP_NULL) return nullptr;
      if (entry->hash == hash) {
        TpValue startkey = entry->key;
        if (startkey == key) return entry;
        TpSetEntry* table = so->table;
        bool same = keysEqual(startkey, key);
        if (table != so->table || entry->key != startkey) goto restart;
        if (same) return entry;
        mask = (uint64_t)so->mask;
      }
      entry++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

bool containsEntry(TpSet* so, TpValue key, int64_t hash) { return lookKey(so, key, hash) != nullptr; }

bool discardEntry(TpSet* so, TpValue key, int64_t hash) {
  TpSetEntry* entry = lookKey(so, key, hash);
  if (!entry) return false;
  entry->key = kDummyKey;
  entry->hash = -1;
  so->used--;
  return true;
}

// Looks up a key; an unhashable set key is looked up as a frozenset (CPython).
int64_t keyHash(TpValue key) {
  if (tp_is_object(key) && tp_type_of_object(key) == &tp_set_type) {
    TpValue frozen = tp_frozenset_from_iter(key);
    return hashOf(frozen);
  }
  return hashOf(key);
}

bool setNext(TpSet* so, int64_t* pos, TpSetEntry** out) {
  while (*pos <= so->mask && so->table) {
    TpSetEntry* e = &so->table[(*pos)++];
    if (e->key != TP_NULL && e->key != kDummyKey) {
      *out = e;
      return true;
    }
  }
  return false;
}

void merge(TpSet* so, TpSet* other) {
  if (so == other || other->used == 0) return;
  ensureTable(so);
  if ((so->fill + other->used) * 5 >= so->mask * 3) tableResize(so, (so->used + other->used) * 2);
  TpSetEntry* other_table = other->table;
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (int64_t i = 0; i <= other->mask; i++) {
      if (other_table[i].key != TP_NULL) so->table[i] = other_table[i];
    }
    so->fill = other->fill;
    so->used = other->used;
    return;
  }
  if (so->fill == 0) {
    so->fill = other->used;
    so->used = other->used;
    for (int64_t i = 0; i <= other->mask; i++) {
      TpValue key = other_table[i].key;
      if (key != TP_NULL && key != kDummyKey) insertClean(so->table, (uint64_t)so->mask, key, other_table[i].hash);
    }
    return;
  }
  for (int64_t i = 0; i <= other->mask; i++) {
    TpValue key = other_table[i].key;
    if (key != TP_NULL && key != kDummyKey) addEntry(so, key, other_table[i].hash);
  }
}

void updateInternal(TpSet* so, TpValue other) {
  if (tp_is_anyset(other)) {
    merge(so, asSet(other));
    return;
  }
  if (tp_is_object(other) && tp_type_of_object(other) == &tp_dict_type) {
    int64_t dictsize = tp_dict_size(other);
    ensureTable(so);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) tableResize(so, (so->used + dictsize) * 2);
    TpDict* d = tp_dict_object(other);
    for (int64_t i = 0; i < d->nentries; i++)
      if (d->entries[i].key != TP_NULL) addEntry(so, d->entries[i].key, d->entries[i].hash);
    return;
  }
  forEach(other, [&](TpValue key) { addEntry(so, key, hashOf(key)); });
}

TpSet* makeNewSet(TpType* type, TpValue iterable) {
  TpSet* so = newSetOfType(type);
  if (iterable != TP_NULL) updateInternal(so, iterable);
  return so;
}

// The result type of a binary set operation: set or frozenset (subclasses
// produce their base type, as in CPython's make_new_set_basetype).
TpType* baseType(TpValue v) { return isFrozen(v) ? &tp_frozenset_type : &tp_set_type; }

TpSet* copyOf(TpValue v) { return makeNewSet(baseType(v), v); }

void clearSet(TpSet* so) {
  so->table = allocTable(kMinSize);
  so->mask = kMinSize - 1;
  so->fill = so->used = 0;
}

TpSet* intersection(TpValue a, TpValue other) {
  TpSet* so = asSet(a);
  if (a == other) return copyOf(a);
  TpSet* result = newSetOfType(baseType(a));
  if (tp_is_anyset(other)) {
    TpSet* o = asSet(other);
    if (o->used > so->used) std::swap(so, o);
    int64_t pos = 0;
    TpSetEntry* e;
    while (setNext(o, &pos, &e)) {
      TpValue key = e->key;
      int64_t hash = e->hash;
      if (containsEntry(so, key, hash)) addEntry(result, key, hash);
    }
    return result;
  }
  forEach(other, [&](TpValue key) {
    int64_t hash = hashOf(key);
    if (containsEntry(so, key, hash)) addEntry(result, key, hash);
  });
  return result;
}

void differenceUpdateInternal(TpSet* so, TpValue other) {
  if (tp_from_object(so) == other) {
    clearSet(so);
    return;
  }
  if (tp_is_anyset(other)) {
    TpValue o = other;
    if ((asSet(other)->used >> 3) > so->used) o = tp_from_object(intersection(tp_from_object(so), other));
    int64_t pos = 0;
    TpSetEntry* e;
    TpSet* os = asSet(o);
    while (setNext(os, &pos, &e)) discardEntry(so, e->key, e->hash);
  } else {
    forEach(other, [&](TpValue key) { discardEntry(so, key, keyHash(key)); });
  }
  if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4) return;
  tableResize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

TpSet* copyAndDifference(TpValue a, TpValue other) {
  TpSet* result = copyOf(a);
  differenceUpdateInternal(result, other);
  return result;
}

TpSet* difference(TpValue a, TpValue other) {
  TpSet* so = asSet(a);
  int64_t other_size;
  bool other_dict = tp_is_object(other) && tp_type_of_object(other) == &tp_dict_type;
  if (tp_is_anyset(other))
    other_size = asSet(other)->used;
  else if (other_dict)
    other_size = tp_dict_size(other);
  else
    return copyAndDifference(a, other);
  if ((so->used >> 2) > other_size) return copyAndDifference(a, other);
  TpSet* result = newSetOfType(baseType(a));
  int64_t pos = 0;
  TpSetEntry* e;
  while (setNext(so, &pos, &e)) {
    bool present = other_dict ? dictLookupIndex(other, e->key, e->hash) >= 0 : containsEntry(asSet(other), e->key, e->hash);
    if (!present) addEntry(result, e->key, e->hash);
  }
  return result;
}

void symmetricDifferenceUpdate(TpSet* so, TpValue other) {
  if (tp_from_object(so) == other) {
    clearSet(so);
    return;
  }
  if (tp_is_object(other) && tp_type_of_object(other) == &tp_dict_type) {
    TpDict* d = tp_dict_object(other);
    for (int64_t i = 0; i < d->nentries; i++) {
      TpDictEntry de = d->entries[i];
      if (de.key == TP_NULL) continue;
      if (!discardEntry(so, de.key, de.hash)) addEntry(so, de.key, de.hash);
    }
    return;
  }
  TpSet* otherset = tp_is_anyset(other) ? asSet(other) : makeNewSet(baseType(tp_from_object(so)), other);
  int64_t pos = 0;
  TpSetEntry* e;
  while (setNext(otherset, &pos, &e)) {
    TpValue key = e->key;
    int64_t hash = e->hash;
    if (!discardEntry(so, key, hash)) addEntry(so, key, hash);
  }
}

TpSet* symmetricDifference(TpValue a, TpValue other) {
  TpSet* otherset = makeNewSet(baseType(a), other);
  symmetricDifferenceUpdate(otherset, a);
  return otherset;
}

bool isSubset(TpValue a, TpValue other) {
  if (!tp_is_anyset(other)) other = tp_from_object(makeNewSet(&tp_set_type, other));
  TpSet* so = asSet(a);
  TpSet* o = asSet(other);
  if (so->used > o->used) return false;
  int64_t pos = 0;
  TpSetEntry* e;
  while (setNext(so, &pos, &e))
    if (!containsEntry(o, e->key, e->hash)) return false;
  return true;
}

bool isDisjoint(TpValue a, TpValue other) {
  TpSet* so = asSet(a);
  if (a == other) return so->used == 0;
  if (tp_is_anyset(other)) {
    TpSet* o = asSet(other);
    if (o->used > so->used) std::swap(so, o);
    int64_t pos = 0;
    TpSetEntry* e;
    while (setNext(o, &pos, &e))
      if (containsEntry(so, e->key, e->hash)) return false;
    return true;
  }
  bool disjoint = true;
  forEach(other, [&](TpValue key) {
    if (disjoint && containsEntry(so, key, hashOf(key))) disjoint = false;
  });
  return disjoint;
}

// ---- slots ----
TpValue setRepr(TpValue v) {
  TpSet* so = asSet(v);
  const char* tname = tp_type_of_object(v)->name;
  if (so->used == 0) return tp_str_from(std::string(tname) + "()");
  ReprGuard guard(v);
  if (!guard.entered) return tp_str_from(std::string(tname) + "(...)");
  bool plain_set = tp_type_of_object(v) == &tp_set_type;
  std::string out = plain_set ? "{" : std::string(tname) + "({";
  int64_t pos = 0;
  TpSetEntry* e;
  bool first = true;
  while (setNext(so, &pos, &e)) {
    if (!first) out += ", ";
    first = false;
    out += tp_str_view(tp_repr(e->key));
  }
  out += plain_set ? "}" : "})";
  return tp_str_from(out);
}

int64_t setLen(TpValue v) { return asSet(v)->used; }

int setContains(TpValue v, TpValue key) { return containsEntry(asSet(v), key, keyHash(key)) ? 1 : 0; }

TpValue setIterSlot(TpValue v) { return setIter(v); }

int64_t frozensetHash(TpValue v) {
  TpSet* so = asSet(v);
  if (so->hash != -1) return so->hash;
  auto shuffle = [](uint64_t h) -> uint64_t { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
  uint64_t hash = 0;
  ensureTable(so);
  for (int64_t i = 0; i <= so->mask; i++) hash ^= shuffle((uint64_t)so->table[i].hash);
  if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle(0);
  if ((so->fill - so->used) & 1) hash ^= shuffle((uint64_t)-1);
  hash ^= ((uint64_t)so->used + 1) * 1927868237ull;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069u + 907133923ull;
  if (hash == (uint64_t)-1) hash = 590923713ull;
  so->hash = (int64_t)hash;
  return so->hash;
}

TpValue setRichCompare(TpValue a, TpValue b, int32_t op) {
  if (!tp_is_anyset(a) || !tp_is_anyset(b)) return notImplemented();
  TpSet *x = asSet(a), *y = asSet(b);
  switch (op) {
    case TP_CMP_EQ:
      if (x->used != y->used) return TP_FALSE;
      if (isFrozen(a) && isFrozen(b) && x->hash != -1 && y->hash != -1 && x->hash != y->hash) return TP_FALSE;
      return tp_bool(isSubset(a, b));
    case TP_CMP_NE:
      if (x->used != y->used) return TP_TRUE;
      return tp_bool(!isSubset(a, b));
    case TP_CMP_LE: return tp_bool(isSubset(a, b));
    case TP_CMP_GE: return tp_bool(isSubset(b, a));
    case TP_CMP_LT: return tp_bool(x->used < y->used && isSubset(a, b));
    case TP_CMP_GT: return tp_bool(x->used > y->used && isSubset(b, a));
  }
  return notImplemented();
}

TpValue setBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  if (!tp_is_anyset(a) || !tp_is_anyset(b)) return notImplemented();
  bool inplace = (op & TP_BINOP_INPLACE) && !isFrozen(a);
  switch (op & ~TP_BINOP_INPLACE) {
    case TP_BINOP_OR:
      if (inplace) {
        updateInternal(asSet(a), b);
        return a;
      } else {
        TpSet* r = copyOf(a);
        updateInternal(r, b);
        return tp_from_object(r);
      }
    case TP_BINOP_AND:
      if (inplace) {
        TpSet* r = intersection(a, b);  // CPython swaps the bodies
        TpSet* so = asSet(a);
        so->table = r->table;
        so->mask = r->mask;
        so->fill = r->fill;
        so->used = r->used;
        return a;
      }
      return tp_from_object(intersection(a, b));
    case TP_BINOP_SUB:
      if (inplace) {
        differenceUpdateInternal(asSet(a), b);
        return a;
      }
      return tp_from_object(difference(a, b));
    case TP_BINOP_XOR:
      if (inplace) {
        symmetricDifferenceUpdate(asSet(a), b);
        return a;
      }
      return tp_from_object(symmetricDifference(a, b));
  }
  return notImplemented();
}

TpValue setNewSlot(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  bool frozen = tp_is_subtype(type, &tp_frozenset_type);
  const char* name = frozen ? "frozenset" : "set";
  if (type == &tp_set_type || type == &tp_frozenset_type) tp::noKeywords(name, kwnames);
  int64_t npos = nargs;
  if (npos > 1) tp::raiseTypeError("%s expected at most 1 argument, got %lld", name, (long long)npos);
  if (frozen && type == &tp_frozenset_type && npos == 1 && tp_is_object(args[0]) &&
      tp_type_of_object(args[0]) == &tp_frozenset_type)
    return args[0];
  // A set is filled by __init__ (CPython's protocol); a frozenset here.
  if (!frozen) return tp_from_object(makeNewSet(type, TP_NULL));
  return tp_from_object(makeNewSet(type, npos == 1 ? args[0] : TP_NULL));
}

void setInitSlot(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (isFrozen(self)) return;
  if (tp_type_of_object(self) == &tp_set_type) tp::noKeywords("set", kwnames);
  if (nargs > 1) tp::raiseTypeError("set expected at most 1 argument, got %lld", (long long)nargs);
  if (asSet(self)->fill) clearSet(asSet(self));
  if (nargs == 1) updateInternal(asSet(self), args[0]);
}

// ---- methods (args[0] is the set) ----
TpValue mAdd(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("set.add", kwnames);
  tp::checkArgCount("set.add", nargs - 1, 1, 1);
  tp_set_add(args[0], args[1]);
  return TP_NONE;
}

TpValue mRemove(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("set.remove", kwnames);
  tp::checkArgCount("set.remove", nargs - 1, 1, 1);
  if (!discardEntry(asSet(args[0]), args[1], keyHash(args[1]))) tp::raiseKeyError(args[1]);
  return TP_NONE;
}

TpValue mDiscard(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("set.discard", kwnames);
  tp::checkArgCount("set.discard", nargs - 1, 1, 1);
  discardEntry(asSet(args[0]), args[1], keyHash(args[1]));
  return TP_NONE;
}

TpValue mPop(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("set.pop", kwnames);
  tp::checkArgCount("set.pop", nargs - 1, 0, 0);
  TpSet* so = asSet(args[0]);
  if (so->used == 0) tp::raiseKeyError(tp_str_from_cstr("pop from an empty set"));
  TpSetEntry* entry = so->table + (so->finger & so->mask);
  TpSetEntry* limit = so->table + so->mask;
  while (entry->key == TP_NULL || entry->key == kDummyKey) {
    entry++;
    if (entry > limit) entry = so->table;
  }
  TpValue key = entry->key;
  entry->key = kDummyKey;
  entry->hash = -1;
  so->used--;
  so->finger = (entry - so->table) + 1;
  return key;
}

TpValue mClear(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("set.clear", nargs - 1, 0, 0);
  clearSet(asSet(args[0]));
  return TP_NONE;
}

TpValue mCopy(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("copy", nargs - 1, 0, 0);
  if (tp_type_of_object(args[0]) == &tp_frozenset_type) return args[0];
  return tp_from_object(copyOf(args[0]));
}

TpValue mUnion(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("union", kwnames);
  TpSet* r = copyOf(args[0]);
  for (int64_t i = 1; i < nargs; i++) updateInternal(r, args[i]);
  return tp_from_object(r);
}

TpValue mUpdate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("update", kwnames);
  for (int64_t i = 1; i < nargs; i++) updateInternal(asSet(args[0]), args[i]);
  return TP_NONE;
}

TpValue mIntersection(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("intersection", kwnames);
  if (nargs == 1) return tp_from_object(copyOf(args[0]));
  TpValue result = args[0];
  for (int64_t i = 1; i < nargs; i++) result = tp_from_object(intersection(result, args[i]));
  return result;
}

TpValue mIntersectionUpdate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("intersection_update", kwnames);
  TpValue r = mIntersection(args, nargs, kwnames);
  TpSet* so = asSet(args[0]);
  TpSet* rs = asSet(r);
  so->table = rs->table;
  so->mask = rs->mask;
  so->fill = rs->fill;
  so->used = rs->used;
  return TP_NONE;
}

TpValue mDifference(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("difference", kwnames);
  if (nargs == 1) return tp_from_object(copyOf(args[0]));
  TpSet* r = difference(args[0], args[1]);
  for (int64_t i = 2; i < nargs; i++) differenceUpdateInternal(r, args[i]);
  return tp_from_object(r);
}

TpValue mDifferenceUpdate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("difference_update", kwnames);
  for (int64_t i = 1; i < nargs; i++) differenceUpdateInternal(asSet(args[0]), args[i]);
  return TP_NONE;
}

TpValue mSymDiff(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("symmetric_difference", kwnames);
  tp::checkArgCount("symmetric_difference", nargs - 1, 1, 1);
  return tp_from_object(symmetricDifference(args[0], args[1]));
}

TpValue mSymDiffUpdate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("symmetric_difference_update", kwnames);
  tp::checkArgCount("symmetric_difference_update", nargs - 1, 1, 1);
  symmetricDifferenceUpdate(asSet(args[0]), args[1]);
  return TP_NONE;
}

TpValue mIsSubset(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("issubset", nargs - 1, 1, 1);
  return tp_bool(isSubset(args[0], args[1]));
}

TpValue mIsSuperset(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("issuperset", nargs - 1, 1, 1);
  TpValue other = tp_is_anyset(args[1]) ? args[1] : tp_from_object(makeNewSet(&tp_set_type, args[1]));
  return tp_bool(isSubset(other, args[0]));
}

TpValue mIsDisjoint(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("isdisjoint", nargs - 1, 1, 1);
  return tp_bool(isDisjoint(args[0], args[1]));
}

TpValue mContains(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("__contains__", nargs - 1, 1, 1);
  return tp_bool(setContains(args[0], args[1]));
}

}  // namespace

const MethodDef kSetMethods[] = {
    {"add", mAdd},
    {"remove", mRemove},
    {"discard", mDiscard},
    {"pop", mPop},
    {"clear", mClear},
    {"copy", mCopy},
    {"union", mUnion},
    {"update", mUpdate},
    {"intersection", mIntersection},
    {"intersection_update", mIntersectionUpdate},
    {"difference", mDifference},
    {"difference_update", mDifferenceUpdate},
    {"symmetric_difference", mSymDiff},
    {"symmetric_difference_update", mSymDiffUpdate},
    {"issubset", mIsSubset},
    {"issuperset", mIsSuperset},
    {"isdisjoint", mIsDisjoint},
    {"__contains__", mContains},
    {nullptr, nullptr},
};

const MethodDef kFrozenSetMethods[] = {
    {"copy", mCopy},
    {"union", mUnion},
    {"intersection", mIntersection},
    {"difference", mDifference},
    {"symmetric_difference", mSymDiff},
    {"issubset", mIsSubset},
    {"issuperset", mIsSuperset},
    {"isdisjoint", mIsDisjoint},
    {"__contains__", mContains},
    {nullptr, nullptr},
};

void initSet() {}

}  // namespace tp::seq

using namespace tp::seq;

TpType tp_set_type = {
    TP_TYPE_HEAD("set"),
    .instance_size = sizeof(TpSet),
    .flags = TP_TYPE_BASETYPE,
    .new_ = setNewSlot,
    .init = setInitSlot,
    .repr = setRepr,
    .richcompare = setRichCompare,
    .len = setLen,
    .binop = setBinOp,
    .contains = setContains,
    .iter = setIterSlot,
};

TpType tp_frozenset_type = {
    TP_TYPE_HEAD("frozenset"),
    .instance_size = sizeof(TpSet),
    .flags = TP_TYPE_BASETYPE,
    .new_ = setNewSlot,
    .repr = setRepr,
    .hash = frozensetHash,
    .richcompare = setRichCompare,
    .len = setLen,
    .binop = setBinOp,
    .contains = setContains,
    .iter = setIterSlot,
};

TpValue tp_set_new(void) { return tp_from_object(newSetOfType(&tp_set_type)); }
TpValue tp_set_from_iter(TpValue iterable) { return tp_from_object(makeNewSet(&tp_set_type, iterable)); }
TpValue tp_frozenset_from_iter(TpValue iterable) {
  return tp_from_object(makeNewSet(&tp_frozenset_type, iterable));
}
TpValue tp_set_display(const TpValue* items, int64_t n, bool all_constant) {
  TpSet* so = newSetOfType(&tp_set_type);
  if (all_constant && n > 2) {
    // CPython's compiler builds frozenset(items), then its constant merging
    // rebuilds it from its own iteration order; the display merges that.
    TpSet* first = newSetOfType(&tp_frozenset_type);
    for (int64_t i = 0; i < n; i++) addEntry(first, items[i], hashOf(items[i]));
    TpSet* second = newSetOfType(&tp_frozenset_type);
    int64_t pos = 0;
    TpSetEntry* e;
    while (setNext(first, &pos, &e)) addEntry(second, e->key, e->hash);
    merge(so, second);
    return tp_from_object(so);
  }
  for (int64_t i = 0; i < n; i++) addEntry(so, items[i], hashOf(items[i]));
  return tp_from_object(so);
}

void tp_set_add(TpValue set, TpValue key) { addEntry(asSet(set), key, hashOf(key)); }
bool tp_set_contains(TpValue set, TpValue key) { return setContains(set, key) != 0; }
bool tp_set_discard(TpValue set, TpValue key) { return discardEntry(asSet(set), key, keyHash(key)); }
bool tp_set_next(TpValue set, int64_t* pos, TpValue* key) {
  TpSetEntry* e;
  if (!setNext(asSet(set), pos, &e)) return false;
  *key = e->key;
  return true;
}
