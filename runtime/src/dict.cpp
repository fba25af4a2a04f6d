// The dict type: an insertion-ordered compact hash table (dense entries in
// insertion order, a sparse int32 index table probed like CPython's), its
// slots and methods, the keys/values/items views and their iterators (which
// raise "dictionary changed size during iteration"), and dict(), | and |=.
#include <cstring>

#include "seq_internal.h"

namespace tp::seq {
namespace {

constexpr int64_t kMinSize = 8;
constexpr int32_t kEmpty = -1;
constexpr int32_t kDummy = -2;

// A used index-table word holds the entries index in its low bits (an
// entries index is below the table size, so `word & mask` recovers it) and
// hash bits in the bits above the mask (bit 31 stays clear): the tag. A
// probe that meets a word whose tag differs from its key's knows the entry
// holds another hash without reading it, which for a large dict is a cache
// miss saved per non-matching probe. A table of 2**31 slots has no tag bits
// (every tag matches), which is still correct.
inline uint32_t hashTag(int64_t hash, uint64_t mask) {
  uint64_t h = (uint64_t)hash;
  return (uint32_t)(h ^ (h >> 32)) & ~(uint32_t)mask & 0x7fffffffu;
}
inline int32_t usedWord(int64_t ix, int64_t hash, uint64_t mask) {
  return (int32_t)((uint32_t)ix | hashTag(hash, mask));
}
inline int64_t wordIndex(int32_t word, uint64_t mask) { return (int64_t)((uint32_t)word & (uint32_t)mask); }

TpDict* asDict(TpValue d) { return tp_dict_object(d); }
TpValue notImplemented() { return tp_from_object(&tp_NotImplemented_object); }

int64_t usableFor(int64_t size) { return (size << 1) / 3; }

// Index table of `size` slots; room for `capacity` entries (at most
// usableFor(size), the default).
void allocTables(TpDict* d, int64_t size, int64_t capacity = -1) {
  d->mask = size - 1;
  d->indices = static_cast<int32_t*>(tp::gcMallocAtomicExact(size * (int64_t)sizeof(int32_t)));
  memset(d->indices, 0xff, (size_t)size * sizeof(int32_t));
  d->capacity = capacity >= 0 ? capacity : usableFor(size);
  d->entries = static_cast<TpDictEntry*>(tp::gcMallocExact(d->capacity * (int64_t)sizeof(TpDictEntry)));
  d->nentries = 0;
}

// Finds the index slot for a key known to be absent (no dummies matter).
int64_t freeSlot(const TpDict* d, int64_t hash) {
  uint64_t mask = (uint64_t)d->mask;
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  while (d->indices[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return (int64_t)i;
}

// The smallest index table (a power of two, at least kMinSize) of at least
// `slots` slots; of room for at least `entries` entries.
int64_t sizeAtLeast(int64_t slots) {
  int64_t size = kMinSize;
  while (size < slots) size <<= 1;
  return size;
}
int64_t sizeFor(int64_t entries) {
  int64_t size = kMinSize;
  while (usableFor(size) < entries) size <<= 1;
  return size;
}

// Rebuilds the tables with `size` index slots (a power of two, at least
// kMinSize), dropping the holes of deleted entries.
void resizeTable(TpDict* d, int64_t size) {
  TpDictEntry* old = d->entries;
  int32_t* old_indices = d->indices;
  int64_t old_n = d->nentries, old_capacity = d->capacity, old_size = d->mask + 1;
  allocTables(d, size);
  int64_t k = 0;
  for (int64_t i = 0; i < old_n; i++) {
    if (old[i].key == TP_NULL) continue;
    d->entries[k] = old[i];
    d->indices[freeSlot(d, old[i].hash)] = usedWord(k, old[i].hash, (uint64_t)d->mask);
    k++;
  }
  d->nentries = k;
  if (old_indices) {
    tp::gcFreeReplaced(old, old_capacity * (int64_t)sizeof(TpDictEntry));
    tp::gcFreeReplaced(old_indices, old_size * (int64_t)sizeof(int32_t));
  }
}

// Room for at least min_used entries.
void resize(TpDict* d, int64_t min_used) { resizeTable(d, sizeFor(min_used)); }

// The growth step of an insert into a full entries array: CPython's
// GROWTH_RATE, an index table of the smallest power of two holding
// used * 3 slots (room for 2 * used entries), so a dict holds between a third
// and two thirds of the entries its tables have room for, as CPython's do.
void grow(TpDict* d) { resizeTable(d, sizeAtLeast(d->used * 3)); }

constexpr int64_t kNeedsEq = -2;

// The entries index at which the last successful tp_dict_get found its key,
// any dict's (the runtime is single-threaded). `d[k] = d.get(k, 0) + 1`
// stores under the key object it has just looked up: tp_dict_setitem
// replaces the value in place when d's entry at the hint holds that very key
// object, without hashing the key again or probing. The hint is only ever
// a guess checked against d's current state: an entry holding the
// identical key is that key's one entry, whatever happened since.
int64_t g_hit_hint = 0;

// The key object a successful lookup was given, and the equal key object
// the dict holds at g_hit_hint, when they are not the same object:
// `words[w] = words.get(w, 0) + 1` for a word `w` made afresh (split,
// strip, lower) or a bigram tuple `(prev, w)` built for each lookup.
// Recorded only when both are hash-stable (small ints, exact strs, exact
// tuples of those), whose equality runs no user code and can never change;
// tp_dict_setitem then stores under `key` in place when d's entry at the
// hint holds the very object g_hit_stored: that entry is the one for every
// key equal to it, in any dict and whatever happened since. The references
// are dropped when used.
TpValue g_hit_key = TP_NULL;
TpValue g_hit_stored = TP_NULL;

// The miss a lookup that found nothing left behind (`if k not in d: d[k] =
// ...`, `d[k] = d.get(k, 0) + 1` for a new key): the index-table slot where
// `key` would go in `d`, and its hash. tp_dict_setitem uses it for the same
// key object in the same dict when d->version says nothing has been
// inserted or removed since (every change to the index table bumps it, and
// the pointer here keeps d alive, so no other dict reuses its address).
// Recorded only for keys whose hash cannot change (hashStable); the
// references are dropped when used.
struct MissHint {
  TpDict* d;
  TpValue key;
  uint64_t version;
  int64_t slot;
  int64_t hash;
};
MissHint g_miss_hint = {nullptr, TP_NULL, 0, -1, 0};

inline bool isExactStr(TpValue v) { return tp_is_object(v) && tp_type_of_object(v) == &tp_str_type; }

// A key whose hash no user code can change between two lookups: a small
// int, an exact str, or an exact tuple of those.
inline bool hashStableLeaf(TpValue k) { return tp_is_small_int(k) || isExactStr(k); }
inline bool hashStable(TpValue k) {
  if (hashStableLeaf(k)) return true;
  if (!tp_is_object(k) || tp_type_of_object(k) != &tp_tuple_type) return false;
  int64_t n = tp_tuple_size(k);
  const TpValue* items = tp_tuple_items(k);
  for (int64_t j = 0; j < n; j++)
    if (!hashStableLeaf(items[j])) return false;
  return true;
}

inline void noteMiss(TpDict* d, TpValue key, int64_t hash, int64_t slot) {
  if (slot >= 0 && hashStable(key)) g_miss_hint = {d, key, d->version, slot, hash};
}

// k == key for two keys when deciding it runs no user code: exact tuples
// whose items are pairwise identical, small ints or exact strs (bigram keys
// such as (prev, word)). 1 equal, 0 not, -1 when only eq() can tell.
int quickEq(TpValue k, TpValue key) {
  if (!tp_is_object(k) || !tp_is_object(key) || tp_type_of_object(k) != &tp_tuple_type ||
      tp_type_of_object(key) != &tp_tuple_type)
    return -1;
  int64_t n = tp_tuple_size(k);
  if (tp_tuple_size(key) != n) return -1;
  const TpValue* x = tp_tuple_items(k);
  const TpValue* y = tp_tuple_items(key);
  // First check that every pair can be decided without user code, then
  // compare (a mismatch before an undecidable pair must not skip its ==).
  for (int64_t j = 0; j < n; j++) {
    if (x[j] == y[j] || (tp_is_small_int(x[j]) && tp_is_small_int(y[j]))) continue;
    if (!isExactStr(x[j]) || !isExactStr(y[j])) return -1;
  }
  for (int64_t j = 0; j < n; j++)
    if (x[j] != y[j] && (tp_is_small_int(x[j]) || !exactStrEq(x[j], y[j]))) return 0;
  return 1;
}

// The probe loop for the cases that run no user code: a key found by
// identity, and exact-str keys compared by text. Returns the entries index,
// -1 when the key is absent (*slot: where it would go), or kNeedsEq at the
// first entry with the same hash that only the generic == can decide.
// Inlined into the hot entry points (a 26-key dict of one-char strs is
// probed millions of times by a letter count).
inline __attribute__((always_inline)) int64_t lookupQuick(TpDict* d, TpValue key, int64_t hash, int64_t* slot) {
  uint64_t mask = (uint64_t)d->mask;
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  const int32_t* indices = d->indices;
  const TpDictEntry* entries = d->entries;
  bool key_is_str = isExactStr(key);
  // The tags filter probes only for keys whose hash cannot have changed
  // since they were stored: an identical key with a user __hash__ that now
  // says otherwise must still be found by identity, as CPython finds it.
  uint32_t tag = hashTag(hash, mask);
  uint32_t tag_mask = key_is_str || hashStable(key) ? ~(uint32_t)mask : 0;
  int64_t first_dummy = -1;
  for (;;) {
    int32_t word = indices[i];
    if (word >= 0) {
      if (((uint32_t)word ^ tag) & tag_mask) goto next;  // another hash
      int64_t ix = wordIndex(word, mask);
      const TpDictEntry* e = &entries[ix];
      if (e->key == key) {
        if (slot) *slot = (int64_t)i;
        return ix;
      }
      if (e->hash == hash) {
        TpValue k = e->key;
        if (key_is_str) {
          if (!isExactStr(k)) return kNeedsEq;
          if (exactStrEq(k, key)) {
            if (slot) *slot = (int64_t)i;
            return ix;
          }
        } else {
          int r = quickEq(k, key);
          if (r < 0) return kNeedsEq;
          if (r) {
            if (slot) *slot = (int64_t)i;
            return ix;
          }
        }
      }
    } else if (word == kEmpty) {
      if (slot) *slot = first_dummy >= 0 ? first_dummy : (int64_t)i;
      return -1;
    } else if (first_dummy < 0) {
      first_dummy = (int64_t)i;
    }
  next:
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// The full probe: == through eq() (which may run a user __eq__ that
// mutates the dict: then the probe starts again). Returns the entries index
// of `key` or -1; *slot receives the index-table position where it was
// found or where it would be inserted.
__attribute__((noinline)) int64_t lookupGeneric(TpDict* d, TpValue key, int64_t hash, int64_t* slot) {
  if (d->indices == nullptr) {
    if (slot) *slot = -1;
    return -1;
  }
  uint64_t mask = (uint64_t)d->mask;
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  int64_t first_dummy = -1;
  for (;;) {
    int32_t word = d->indices[i];
    if (word == kEmpty) {
      if (slot) *slot = first_dummy >= 0 ? first_dummy : (int64_t)i;
      return -1;
    }
    if (word == kDummy) {
      if (first_dummy < 0) first_dummy = (int64_t)i;
    } else {
      int64_t ix = wordIndex(word, mask);
      TpDictEntry* e = &d->entries[ix];
      if (e->key == key) {
        if (slot) *slot = (int64_t)i;
        return ix;
      }
      if (e->hash == hash) {
        TpDictEntry* entries = d->entries;
        TpValue k = e->key;
        bool same = eq(k, key);
        if (entries != d->entries || d->entries[ix].key != k)
          return lookupGeneric(d, key, hash, slot);  // mutated by __eq__
        if (same) {
          if (slot) *slot = (int64_t)i;
          return ix;
        }
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

inline __attribute__((always_inline)) int64_t lookup(TpDict* d, TpValue key, int64_t hash, int64_t* slot) {
  if (d->indices == nullptr) {
    if (slot) *slot = -1;
    return -1;
  }
  int64_t ix = lookupQuick(d, key, hash, slot);
  return ix != kNeedsEq ? ix : lookupGeneric(d, key, hash, slot);
}

// Adds a key known to be absent at index-table slot `slot`.
void insertNew(TpDict* d, TpValue key, int64_t hash, int64_t slot, TpValue value) {
  if (d->nentries >= d->capacity) {
    grow(d);
    slot = freeSlot(d, hash);
  }
  int64_t k = d->nentries++;
  d->entries[k] = {hash, key, value};
  d->indices[slot] = usedWord(k, hash, (uint64_t)d->mask);
  d->used++;
  d->version++;
}

void insert(TpDict* d, TpValue key, int64_t hash, TpValue value) {
  if (d->indices == nullptr) allocTables(d, kMinSize);
  int64_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix >= 0) {
    d->entries[ix].value = value;
    return;
  }
  insertNew(d, key, hash, slot, value);
}

bool removeKey(TpDict* d, TpValue key, int64_t hash, TpValue* value_out) {
  int64_t slot;
  int64_t ix = lookup(d, key, hash, &slot);
  if (ix < 0) return false;
  if (value_out) *value_out = d->entries[ix].value;
  d->indices[slot] = kDummy;
  d->entries[ix].key = TP_NULL;
  d->entries[ix].value = TP_NULL;
  d->used--;
  d->version++;
  return true;
}

TpValue dictRepr(TpValue v) {
  TpDict* d = asDict(v);
  if (d->used == 0) return tp_str_from_cstr("{}");
  ReprGuard guard(v);
  if (!guard.entered) return tp_str_from_cstr("{...}");
  std::string out = "{";
  bool first = true;
  for (int64_t i = 0; i < d->nentries; i++) {
    TpDictEntry e = d->entries[i];
    if (e.key == TP_NULL) continue;
    if (!first) out += ", ";
    first = false;
    out += tp_str_view(tp_repr(e.key));
    out += ": ";
    out += tp_str_view(tp_repr(e.value));
  }
  out += '}';
  return tp_str_from(out);
}

int64_t dictLen(TpValue v) { return asDict(v)->used; }

bool dictEqual(TpValue a, TpValue b) {
  TpDict *x = asDict(a), *y = asDict(b);
  if (x->used != y->used) return false;
  for (int64_t i = 0; i < x->nentries; i++) {
    TpDictEntry e = x->entries[i];
    if (e.key == TP_NULL) continue;
    TpValue other = tp_dict_get_hashed(b, e.key, e.hash);
    if (other == TP_NULL || !eq(e.value, other)) return false;
  }
  return true;
}

TpValue dictRichCompare(TpValue a, TpValue b, int32_t op) {
  if (!tp_is_dict(a) || !tp_is_dict(b) || (op != TP_CMP_EQ && op != TP_CMP_NE)) return notImplemented();
  bool r = dictEqual(a, b);
  return tp_bool(op == TP_CMP_EQ ? r : !r);
}

TpValue dictBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  int32_t base = op & ~TP_BINOP_INPLACE;
  if (base != TP_BINOP_OR) return notImplemented();
  if (op & TP_BINOP_INPLACE) {
    if (!tp_is_dict(a)) return notImplemented();
    tp_dict_update(a, b);
    return a;
  }
  if (!tp_is_dict(a) || !tp_is_dict(b)) return notImplemented();
  TpValue r = tp_dict_copy(a);
  tp_dict_update(r, b);
  return r;
}

TpValue dictGetItem(TpValue d, TpValue key) {
  TpValue v = tp_dict_get(d, key);
  if (v != TP_NULL) return v;
  if (tp_type_of_object(d) != &tp_dict_type) {
    TpValue args[1] = {key};
    TpValue r = tp::callMethodIfExists(d, "__missing__", args, 1);
    if (r != TP_NULL) return r;
  }
  tp::raiseKeyError(key);
}

void dictSetItem(TpValue d, TpValue key, TpValue value) {
  if (value == TP_NULL)
    tp_dict_delitem(d, key);
  else
    tp_dict_setitem(d, key, value);
}

int dictContains(TpValue d, TpValue key) { return tp_dict_contains(d, key) ? 1 : 0; }

TpValue dictIterSlot(TpValue d) { return dictKeyIter(d); }

// dict(mapping_or_pairs, **kwargs)
void fillFromArgs(TpValue self, const char* fname, const TpValue* args, int64_t nargs, TpValue kwnames) {
  int64_t nkw = tp::kwCount(kwnames);
  int64_t npos = nargs;
  if (npos > 1) tp::raiseTypeError("%s expected at most 1 argument, got %lld", fname, (long long)npos);
  if (npos == 1) tp_dict_update(self, args[0]);
  for (int64_t i = 0; i < nkw; i++) tp_dict_setitem(self, tp_tuple_get(kwnames, i), args[npos + i]);
}

// dict(...): __new__ makes an empty dict and __init__ fills it (CPython's
// protocol, visible to subclasses).
TpValue dictNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  int64_t size = type->instance_size > (int64_t)sizeof(TpDict) ? type->instance_size : (int64_t)sizeof(TpDict);
  return tp_from_object(tp_alloc(type, size));
}

void dictInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  fillFromArgs(self, "dict", args, nargs, kwnames);
}

// ---- views ----
struct DictView {
  TpObject ob;
  TpValue dict;
};

TpValue newView(TpType* type, TpValue d) {
  DictView* v = tp::allocObject<DictView>(type);
  v->dict = d;
  return tp_from_object(v);
}
TpValue viewDict(TpValue v) { return reinterpret_cast<DictView*>(tp_as_object(v))->dict; }
int64_t viewLen(TpValue v) { return tp_dict_size(viewDict(v)); }

TpValue viewRepr(TpValue v) {
  ReprGuard guard(v);
  std::string out = tp_type_of_object(v)->name;
  if (!guard.entered) return tp_str_from(out + "(...)");
  out += "([";
  TpValue it = tp_iter(v);
  bool first = true;
  for (TpValue x = tp_next(it); x != TP_NULL; x = tp_next(it)) {
    if (!first) out += ", ";
    first = false;
    out += tp_str_view(tp_repr(x));
  }
  out += "])";
  return tp_str_from(out);
}

TpValue keysIterSlot(TpValue v) { return dictKeyIter(viewDict(v)); }
TpValue valuesIterSlot(TpValue v) { return dictValueIter(viewDict(v)); }
TpValue itemsIterSlot(TpValue v) { return dictItemIter(viewDict(v)); }
int keysContains(TpValue v, TpValue key) { return tp_dict_contains(viewDict(v), key) ? 1 : 0; }
int valuesContains(TpValue v, TpValue x) {
  TpValue d = viewDict(v);
  int64_t pos = 0;
  TpValue val;
  while (tp_dict_next(d, &pos, nullptr, &val))
    if (eq(val, x)) return 1;
  return 0;
}
int itemsContains(TpValue v, TpValue item) {
  if (!tp_is_tuple(item) || tp_tuple_size(item) != 2) return 0;
  TpValue found = tp_dict_get(viewDict(v), tp_tuple_get(item, 0));
  return found != TP_NULL && eq(found, tp_tuple_get(item, 1)) ? 1 : 0;
}

bool isSetLike(TpValue v) {
  if (tp_is_anyset(v)) return true;
  if (!tp_is_object(v)) return false;
  TpType* t = tp_type_of_object(v);
  return t == &tp_dict_keys_type || t == &tp_dict_items_type;
}

// Set-like views: comparisons and & | - ^ go through sets (CPython builds a
// set from the view too).
TpValue viewRichCompare(TpValue a, TpValue b, int32_t op) {
  if (!isSetLike(a) || !isSetLike(b)) return notImplemented();
  TpValue sa = tp_is_anyset(a) ? a : tp_set_from_iter(a);
  TpValue sb = tp_is_anyset(b) ? b : tp_set_from_iter(b);
  return tp_compare(sa, sb, op);
}

TpValue viewBinOp(TpValue a, TpValue b, int32_t op, bool reflected) {
  int32_t base = op & ~TP_BINOP_INPLACE;
  if (base != TP_BINOP_AND && base != TP_BINOP_OR && base != TP_BINOP_SUB && base != TP_BINOP_XOR)
    return notImplemented();
  TpValue left = tp_set_from_iter(a);
  TpValue right = tp_is_anyset(b) ? b : tp_set_from_iter(b);
  return tp_binop(left, right, base | TP_BINOP_INPLACE);
}

// ---- methods ----
TpValue mGet(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("get", kwnames);
  tp::checkArgCount("get", nargs - 1, 1, 2);
  TpValue v = tp_dict_get(args[0], args[1]);
  return v != TP_NULL ? v : (nargs > 2 ? args[2] : TP_NONE);
}

TpValue mSetDefault(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("setdefault", kwnames);
  tp::checkArgCount("setdefault", nargs - 1, 1, 2);
  TpValue v = tp_dict_get(args[0], args[1]);
  if (v != TP_NULL) return v;
  TpValue dflt = nargs > 2 ? args[2] : TP_NONE;
  tp_dict_setitem(args[0], args[1], dflt);
  return dflt;
}

TpValue mPop(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("pop", kwnames);
  tp::checkArgCount("pop", nargs - 1, 1, 2);
  TpValue v;
  if (asDict(args[0])->used > 0 && removeKey(asDict(args[0]), args[1], hashOf(args[1]), &v)) return v;
  if (nargs > 2) return args[2];
  tp::raiseKeyError(args[1]);
}

TpValue mPopItem(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::noKeywords("popitem", kwnames);
  tp::checkArgCount("popitem", nargs - 1, 0, 0);
  TpDict* d = asDict(args[0]);
  if (d->used == 0) tp::raiseKeyError(tp_str_from_cstr("popitem(): dictionary is empty"));
  int64_t i = d->nentries - 1;
  while (d->entries[i].key == TP_NULL) i--;
  TpDictEntry e = d->entries[i];
  removeKey(d, e.key, e.hash, nullptr);
  d->nentries = i;  // the last entries are free again, as in CPython
  return tp_tuple_pack2(e.key, e.value);
}

TpValue mKeys(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("keys", nargs - 1, 0, 0);
  return newView(&tp_dict_keys_type, args[0]);
}
TpValue mValues(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("values", nargs - 1, 0, 0);
  return newView(&tp_dict_values_type, args[0]);
}
TpValue mItems(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("items", nargs - 1, 0, 0);
  return newView(&tp_dict_items_type, args[0]);
}

TpValue mUpdate(const TpValue* args, int64_t nargs, TpValue kwnames) {
  fillFromArgs(args[0], "update", args + 1, nargs - 1, kwnames);
  return TP_NONE;
}

TpValue mCopy(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("copy", nargs - 1, 0, 0);
  return tp_dict_copy(args[0]);
}

TpValue mClear(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("clear", nargs - 1, 0, 0);
  tp_dict_clear(args[0]);
  return TP_NONE;
}

TpValue mFromKeys(const TpValue* args, int64_t nargs, TpValue kwnames) {
  // classmethod: args[0] is the class.
  tp::noKeywords("fromkeys", kwnames);
  tp::checkArgCount("fromkeys", nargs - 1, 1, 2);
  TpValue value = nargs > 2 ? args[2] : TP_NONE;
  TpValue d = tp_call(args[0], nullptr, 0, TP_NULL);
  if (tp_is_dict(d)) {
    forEach(args[1], [&](TpValue k) { tp_dict_setitem(d, k, value); });
  } else {
    forEach(args[1], [&](TpValue k) { tp_setitem(d, k, value); });
  }
  return d;
}

TpValue mContains(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("__contains__", nargs - 1, 1, 1);
  return tp_bool(tp_dict_contains(args[0], args[1]));
}

TpValue mGetItem(const TpValue* args, int64_t nargs, TpValue kwnames) {
  tp::checkArgCount("__getitem__", nargs - 1, 1, 1);
  return dictGetItem(args[0], args[1]);
}

}  // namespace

const MethodDef kDictMethods[] = {
    {"get", mGet},
    {"setdefault", mSetDefault},
    {"pop", mPop},
    {"popitem", mPopItem},
    {"keys", mKeys},
    {"values", mValues},
    {"items", mItems},
    {"update", mUpdate},
    {"copy", mCopy},
    {"clear", mClear},
    {"fromkeys", mFromKeys, kMethodClass},
    {"__contains__", mContains},
    {"__getitem__", mGetItem},
    {nullptr, nullptr},
};

int64_t dictLookupIndex(TpValue d, TpValue key, int64_t hash) { return lookup(asDict(d), key, hash, nullptr); }

void initDict() {
  tp::readyType(&tp_dict_keys_type, nullptr, nullptr, true);
  tp::readyType(&tp_dict_values_type, nullptr, nullptr, true);
  tp::readyType(&tp_dict_items_type, nullptr, nullptr, true);
}

}  // namespace tp::seq

using namespace tp::seq;

TpType tp_dict_type = {
    TP_TYPE_HEAD("dict"),
    .instance_size = sizeof(TpDict),
    .flags = TP_TYPE_BASETYPE | TP_TYPE_DICT_SUBCLASS,
    .subclass_flag = TP_TYPE_DICT_SUBCLASS,
    .new_ = dictNew,
    .init = dictInit,
    .repr = dictRepr,
    .richcompare = dictRichCompare,
    .len = dictLen,
    .binop = dictBinOp,
    .getitem = dictGetItem,
    .setitem = dictSetItem,
    .contains = dictContains,
    .iter = dictIterSlot,
};

TpType tp_dict_keys_type = {
    TP_TYPE_HEAD("dict_keys"),
    .instance_size = sizeof(DictView),
    .repr = viewRepr,
    .richcompare = viewRichCompare,
    .len = viewLen,
    .binop = viewBinOp,
    .contains = keysContains,
    .iter = keysIterSlot,
};
TpType tp_dict_values_type = {
    TP_TYPE_HEAD("dict_values"),
    .instance_size = sizeof(DictView),
    .repr = viewRepr,
    .len = viewLen,
    .contains = valuesContains,
    .iter = valuesIterSlot,
};
TpType tp_dict_items_type = {
    TP_TYPE_HEAD("dict_items"),
    .instance_size = sizeof(DictView),
    .repr = viewRepr,
    .richcompare = viewRichCompare,
    .len = viewLen,
    .binop = viewBinOp,
    .contains = itemsContains,
    .iter = itemsIterSlot,
};

TpValue tp_dict_new(void) { return tp_from_object(tp_alloc(&tp_dict_type, sizeof(TpDict))); }

TpValue tp_dict_new_presized(int64_t n) {
  TpValue v = tp_dict_new();
  if (n > usableFor(kMinSize)) allocTables(asDict(v), sizeAtLeast((n * 3 + 1) / 2));
  return v;
}

namespace tp::seq {
namespace {
__attribute__((noinline)) TpValue dictGetSlow(TpDict* dd, TpValue key) {
  int64_t h = hashOf(key);
  if (dd->used == 0) return TP_NULL;
  int64_t slot;
  int64_t ix = lookup(dd, key, h, &slot);
  if (ix < 0) {
    noteMiss(dd, key, h, slot);
    return TP_NULL;
  }
  g_hit_hint = ix;
  TpValue stored = dd->entries[ix].key;
  if (stored != key && hashStable(key) && hashStable(stored)) {
    g_hit_key = key;
    g_hit_stored = stored;
  }
  return dd->entries[ix].value;
}
}  // namespace
}  // namespace tp::seq

namespace tp::seq {
namespace {
// The probe of the str fronts below, for an exact-str key of hash h
// in a dict with tables: the entries index of the key (found by identity,
// tag and text), or -1 when it is absent (*slot: the empty index-table slot
// where it would go), or kNeedsEq when the probe cannot decide alone (a
// deleted slot on the path, an entry of another type with the same hash):
// then the full lookup starts again.
inline __attribute__((always_inline)) int64_t probeStr(const TpDict* dd, TpValue key, int64_t h, int64_t* slot) {
  uint64_t mask = (uint64_t)dd->mask;
  uint64_t perturb = (uint64_t)h;
  uint64_t i = (uint64_t)h & mask;
  uint32_t tag = hashTag(h, mask);
  const int32_t* indices = dd->indices;
  const TpDictEntry* entries = dd->entries;
  for (;;) {
    int32_t word = indices[i];
    if (word == kEmpty) {
      *slot = (int64_t)i;
      return -1;
    }
    if (word < 0) return kNeedsEq;  // a deleted entry: the full lookup tracks where the key would go
    if (!(((uint32_t)word ^ tag) & ~(uint32_t)mask)) {
      int64_t ix = wordIndex(word, mask);
      const TpDictEntry* e = &entries[ix];
      TpValue k = e->key;
      if (k == key) return ix;
      if (e->hash == h) {
        if (!isExactStr(k)) return kNeedsEq;  // only == can tell
        if (exactStrEq(k, key)) return ix;
      }
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

inline int64_t strHash(TpValue key) {
  int64_t h = tp_str_object(key)->hash;
  return h != -1 ? h : tp_str_hash(key);
}

// tp_dict_setitem past its hints (kept out of line, so that the hint paths
// need no stack frame). An exact str key: the str probe replaces a present
// key's value or adds the key at the slot it found, as insert() would after
// the generic probe.
__attribute__((noinline)) void setItemSlow(TpDict* dd, TpValue key, TpValue value) {
  if (isExactStr(key) && dd->indices != nullptr) {
    int64_t h = strHash(key), slot;
    int64_t ix = probeStr(dd, key, h, &slot);
    if (ix >= 0) {
      dd->entries[ix].value = value;
      return;
    }
    if (ix == -1) {
      insertNew(dd, key, h, slot, value);
      return;
    }
  }
  insert(dd, key, hashOf(key), value);
}
}  // namespace
}  // namespace tp::seq

namespace tp::seq {
namespace {
// The common case first, out of the generic lookup: an exact str key,
// looked up by identity, tag and text
// (a letter count's interned one-character strs, a word count's words, a
// class's attribute names). Anything the probe cannot decide alone starts
// again in dictGetSlow.
__attribute__((noinline)) TpValue dictGetStr(TpDict* dd, TpValue key) {
  if (isExactStr(key)) {
    if (dd->indices == nullptr) return TP_NULL;  // empty, and a str's hash cannot fail
    int64_t h = strHash(key), slot;
    int64_t ix = probeStr(dd, key, h, &slot);
    if (ix >= 0) {
      g_hit_hint = ix;
      TpValue stored = dd->entries[ix].key;
      if (stored != key) {  // probeStr found an exact str of the same text
        g_hit_key = key;
        g_hit_stored = stored;
      }
      return dd->entries[ix].value;
    }
    if (ix == -1) {
      g_miss_hint = {dd, key, dd->version, slot, h};
      return TP_NULL;
    }
  }
  return dictGetSlow(dd, key);
}
}  // namespace
}  // namespace tp::seq

// The front of the front (decision 0055): an exact-str key with its hash
// known that the dict holds as that very object (an interned letter or
// name, a key looked up before) is found without a stack frame; the probe
// skips other hashes by their tags and stops at anything else (an empty or
// deleted slot, the same tag on another object), which dictGetStr decides
// from the start.
TpValue tp_dict_get(TpValue d, TpValue key) {
  TpDict* dd = asDict(d);
  if (isExactStr(key)) {
    int64_t h = tp_str_object(key)->hash;
    const int32_t* indices = dd->indices;
    if (h != -1 && indices != nullptr) {
      uint64_t mask = (uint64_t)dd->mask;
      uint64_t perturb = (uint64_t)h;
      uint64_t i = (uint64_t)h & mask;
      uint32_t tag = hashTag(h, mask);
      for (int32_t word = indices[i]; word >= 0; word = indices[i]) {
        if (!(((uint32_t)word ^ tag) & ~(uint32_t)mask)) {
          int64_t ix = wordIndex(word, mask);
          const TpDictEntry* e = &dd->entries[ix];
          if (e->key != key) break;
          g_hit_hint = ix;
          return e->value;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
      }
    }
  }
  return dictGetStr(dd, key);
}

TpValue tp_dict_get_hashed(TpValue d, TpValue key, int64_t hash) {
  TpDict* dd = asDict(d);
  if (dd->used == 0) return TP_NULL;
  int64_t ix = lookup(dd, key, hash, nullptr);
  return ix >= 0 ? dd->entries[ix].value : TP_NULL;
}

TpValue tp_dict_getitem(TpValue d, TpValue key) { return dictGetItem(d, key); }

void tp_dict_setitem(TpValue d, TpValue key, TpValue value) {
  TpDict* dd = asDict(d);
  int64_t ix = g_hit_hint;
  if ((uint64_t)ix < (uint64_t)dd->nentries) {
    TpValue stored = dd->entries[ix].key;
    if (stored == key) {
      dd->entries[ix].value = value;  // as insert() replaces a present key's value
      return;
    }
    if (key == g_hit_key && stored == g_hit_stored) {
      g_hit_key = g_hit_stored = TP_NULL;
      dd->entries[ix].value = value;  // the key object stays the stored one, as in insert()
      return;
    }
  }
  if (g_miss_hint.key == key && g_miss_hint.d == dd && g_miss_hint.version == dd->version) {
    MissHint m = g_miss_hint;
    g_miss_hint = {nullptr, TP_NULL, 0, -1, 0};
    insertNew(dd, key, m.hash, m.slot, value);
    return;
  }
  setItemSlow(dd, key, value);
}

namespace tp::seq {
namespace {
// tp_dict_incr past its front: any key whose hash and == run no user code.
__attribute__((noinline)) bool dictIncrSlow(TpValue d, TpValue key, TpValue dflt, TpValue delta) {
  if (!tp_is_small_int(delta) || !tp_is_object(d) || tp_type_of_object(d) != &tp_dict_type) return false;
  TpDict* dd = asDict(d);
  int64_t h, ix, slot = -1;
  if (isExactStr(key)) {
    h = strHash(key);
    ix = dd->indices == nullptr ? -1 : probeStr(dd, key, h, &slot);
  } else if (hashStable(key)) {
    h = hashOf(key);  // a small int or a tuple of exact strs and small ints: no user code, no error
    ix = dd->indices == nullptr ? -1 : lookupQuick(dd, key, h, &slot);
  } else {
    return false;
  }
  if (ix == kNeedsEq) return false;
  TpValue base = ix >= 0 ? dd->entries[ix].value : dflt;
  if (!tp_is_small_int(base)) return false;  // also an absent key without a default (KeyError)
  // The tagged words 2a+1 and 2b+1 add to 2(a+b)+1 less one; past the
  // small range the sum is a big int.
  TpValue sum;
  if (__builtin_add_overflow((int64_t)base, (int64_t)delta - 1, reinterpret_cast<int64_t*>(&sum)))
    sum = tp_int_from_i64(tp_small_int_value(base) + tp_small_int_value(delta));
  if (ix >= 0)
    dd->entries[ix].value = sum;  // as insert() replaces a present key's value
  else if (slot >= 0)
    insertNew(dd, key, h, slot, sum);
  else
    insert(dd, key, h, sum);  // no tables yet
  return true;
}
}  // namespace
}  // namespace tp::seq

// The front, without a stack frame: an exact-str key with its hash known
// that the dict holds as that very object (a letter count's interned
// one-character strs), and a small int there that stays one.
bool tp_dict_incr(TpValue d, TpValue key, TpValue dflt, TpValue delta) {
  if (isExactStr(key) && tp_is_small_int(delta) && tp_is_object(d) && tp_type_of_object(d) == &tp_dict_type) {
    TpDict* dd = asDict(d);
    int64_t h = tp_str_object(key)->hash;
    const int32_t* indices = dd->indices;
    if (h != -1 && indices != nullptr) {
      uint64_t mask = (uint64_t)dd->mask;
      uint64_t perturb = (uint64_t)h;
      uint64_t i = (uint64_t)h & mask;
      uint32_t tag = hashTag(h, mask);
      for (int32_t word = indices[i]; word >= 0; word = indices[i]) {
        if (!(((uint32_t)word ^ tag) & ~(uint32_t)mask)) {
          TpDictEntry* e = &dd->entries[wordIndex(word, mask)];
          if (e->key != key) break;
          TpValue sum;
          if (!tp_is_small_int(e->value) || !tp_small_int_add(e->value, delta, &sum)) break;
          e->value = sum;
          return true;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
      }
    }
  }
  return dictIncrSlow(d, key, dflt, delta);
}

void tp_dict_setitem_hashed(TpValue d, TpValue key, int64_t hash, TpValue value) { insert(asDict(d), key, hash, value); }

bool tp_dict_del(TpValue d, TpValue key) {
  int64_t h = hashOf(key);
  return removeKey(asDict(d), key, h, nullptr);
}

void tp_dict_delitem(TpValue d, TpValue key) {
  if (!tp_dict_del(d, key)) tp::raiseKeyError(key);
}

// A present key's value is never the null word.
bool tp_dict_contains(TpValue d, TpValue key) { return tp_dict_get(d, key) != TP_NULL; }

TpValue tp_dict_getitem_str(TpValue d, const char* key) {
  return tp::seq::dictGetUtf8(d, key, (int64_t)strlen(key), hashBytes(key, (int64_t)strlen(key)));
}

// Allocation-free lookup of a str key given as UTF-8 bytes and their hash
// (hashBytes): the runtime calls this on hot paths (class attributes, the
// interned-str table).
TpValue tp::seq::dictGetUtf8(TpValue d, const char* key, int64_t n, int64_t hash) {
  TpDict* dd = asDict(d);
  if (dd->used == 0) return TP_NULL;
  uint64_t mask = (uint64_t)dd->mask;
  uint64_t perturb = (uint64_t)hash;
  uint64_t i = (uint64_t)hash & mask;
  uint32_t tag = hashTag(hash, mask);
  for (;;) {
    int32_t word = dd->indices[i];
    if (word == kEmpty) return TP_NULL;
    if (word >= 0 && !(((uint32_t)word ^ tag) & ~(uint32_t)mask)) {
      TpDictEntry* e = &dd->entries[wordIndex(word, mask)];
      if (e->hash == hash && tp_is_str(e->key) && tp_str_size(e->key) == n && bytesEqual(tp_str_data(e->key), key, n))
        return e->value;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// An empty dict with room for exactly n entries (builders that know the
// item count, such as the json scanner, skip the growth steps and the
// unused entries; a further insert grows it as usual).
TpValue tp::seq::dictWithCapacity(int64_t n) {
  TpValue v = tp_dict_new();
  if (n > 0) allocTables(asDict(v), sizeFor(n), n);
  return v;
}

void tp_dict_setitem_str(TpValue d, const char* key, TpValue value) {
  TpValue k = tp_str_intern(key);
  insert(asDict(d), k, tp_str_hash(k), value);
}

void tp_dict_update(TpValue d, TpValue other) {
  if (tp_is_dict(other)) {
    TpDict* o = asDict(other);
    if (o == asDict(d)) return;
    for (int64_t i = 0; i < o->nentries; i++) {
      TpDictEntry e = o->entries[i];
      if (e.key != TP_NULL) insert(asDict(d), e.key, e.hash, e.value);
    }
    return;
  }
  // A mapping: anything with keys().
  TpValue keys = TP_NULL;
  if (tp::lookupTypeCStr(tp_type_of(other), "keys") != TP_NULL) keys = tp::callMethod(other, "keys", nullptr, 0);
  if (keys != TP_NULL) {
    forEach(keys, [&](TpValue k) { tp_dict_setitem(d, k, tp_getitem(other, k)); });
    return;
  }
  if (!tp_type_of(other)->iter && !tp_type_of(other)->getitem)
    tp::raiseTypeError("'%s' object is not iterable", tp::typeName(other));
  int64_t index = 0;
  forEach(other, [&](TpValue item) {
    TpValue pair;
    if (tp_is_tuple(item)) {
      pair = item;
    } else if (tp_is_list(item)) {
      pair = tp_list_to_tuple(item);
    } else if (tp_type_of(item)->iter) {
      pair = toTuple(item);
    } else {
      tp::raiseTypeError("cannot convert dictionary update sequence element #%lld to a sequence", (long long)index);
    }
    if (tp_tuple_size(pair) != 2)
      tp::raiseValueError("dictionary update sequence element #%lld has length %lld; 2 is required",
                          (long long)index, (long long)tp_tuple_size(pair));
    tp_dict_setitem(d, tp_tuple_get(pair, 0), tp_tuple_get(pair, 1));
    index++;
  });
}

TpValue tp_dict_copy(TpValue d) {
  TpValue r = tp_dict_new();
  TpDict* o = asDict(d);
  if (o->used == 0) return r;
  resize(asDict(r), o->used);
  for (int64_t i = 0; i < o->nentries; i++) {
    TpDictEntry e = o->entries[i];
    if (e.key != TP_NULL) insert(asDict(r), e.key, e.hash, e.value);
  }
  return r;
}

void tp_dict_clear(TpValue d) {
  TpDict* dd = asDict(d);
  dd->indices = nullptr;
  dd->entries = nullptr;
  dd->used = dd->nentries = dd->capacity = dd->mask = 0;
  dd->version++;
}

bool tp_dict_next(TpValue d, int64_t* pos, TpValue* key, TpValue* value) {
  TpDict* dd = asDict(d);
  while (*pos < dd->nentries) {
    TpDictEntry e = dd->entries[(*pos)++];
    if (e.key == TP_NULL) continue;
    if (key) *key = e.key;
    if (value) *value = e.value;
    return true;
  }
  return false;
}
