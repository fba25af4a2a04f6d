// Iterators over the builtin containers (list, reversed list, tuple, str,
// range, dict keys/values/items, set, the old __getitem__ protocol) and the
// iterator builtins enumerate, zip (strict=), map, filter and reversed. Each
// next slot returns TP_NULL when exhausted; list iterators re-read the size
// so appends during a loop are seen, dict and set iterators raise CPython's
// "changed size during iteration" RuntimeError.
#include <vector>

#include "seq_internal.h"

TP_EXTERN_C TpType tp_dict_revkeyiter_type;

namespace tp::seq {
namespace {

// The layout is public (iter.h) for the inline fast paths of fastpath.h.
using SeqIter = TpSeqIter;

SeqIter* newIter(TpType* type, TpValue seq) {
  SeqIter* it = tp::allocObject<SeqIter>(type);
  it->seq = seq;
  return it;
}
SeqIter* self(TpValue v) { return reinterpret_cast<SeqIter*>(tp_as_object(v)); }
TpValue iterSelf(TpValue v) { return v; }

TpValue listIterNext(TpValue v) {
  SeqIter* it = self(v);
  if (it->seq == TP_NULL) return TP_NULL;
  if (it->index < tp_list_size(it->seq)) return tp_list_get(it->seq, it->index++);
  it->seq = TP_NULL;
  return TP_NULL;
}

TpValue listRevIterNext(TpValue v) {
  SeqIter* it = self(v);
  if (it->seq == TP_NULL) return TP_NULL;
  if (it->index >= 0 && it->index < tp_list_size(it->seq)) return tp_list_get(it->seq, it->index--);
  it->seq = TP_NULL;
  return TP_NULL;
}

TpValue tupleIterNext(TpValue v) {
  SeqIter* it = self(v);
  if (it->seq == TP_NULL) return TP_NULL;
  if (it->index < tp_tuple_size(it->seq)) return tp_tuple_get(it->seq, it->index++);
  it->seq = TP_NULL;
  return TP_NULL;
}

TpValue strIterNext(TpValue v) {
  SeqIter* it = self(v);
  if (it->seq == TP_NULL) return TP_NULL;
  if (it->aux >= tp_str_size(it->seq)) {
    it->seq = TP_NULL;
    return TP_NULL;
  }
  const unsigned char* p = (const unsigned char*)tp_str_data(it->seq) + it->aux;
  const unsigned char* start = p;
  uint32_t cp = decodeUtf8(p);
  it->aux += p - start;
  it->index++;
  return tp_str_from_codepoint(cp);
}

TpValue rangeIterNext(TpValue v) {
  SeqIter* it = self(v);
  if (it->index >= it->aux2) return TP_NULL;
  int64_t start = (int64_t)it->seq;  // range iterators keep start in `seq` (not a value word)
  int64_t r = start + it->index * it->aux;
  it->index++;
  return intValue(r);
}

// The next live entry of a dict iterator, or null when it is exhausted.
const TpDictEntry* dictIterEntry(TpValue v) {
  SeqIter* it = self(v);
  if (it->seq == TP_NULL) return nullptr;
  TpDict* d = tp_dict_object(it->seq);
  if (d->used != it->aux) {
    it->aux = -1;  // stays broken, as in CPython
    tp::raiseRuntimeError("dictionary changed size during iteration");
  }
  while (it->index < d->nentries) {
    const TpDictEntry* e = &d->entries[it->index++];
    if (e->key != TP_NULL) return e;
  }
  it->seq = TP_NULL;
  return nullptr;
}
TpValue dictKeyIterNext(TpValue v) {
  const TpDictEntry* e = dictIterEntry(v);
  return e ? e->key : TP_NULL;
}
TpValue dictValueIterNext(TpValue v) {
  const TpDictEntry* e = dictIterEntry(v);
  return e ? e->value : TP_NULL;
}
TpValue dictItemIterNext(TpValue v) {
  const TpDictEntry* e = dictIterEntry(v);
  return e ? tp_tuple_pack2(e->key, e->value) : TP_NULL;
}

TpValue setIterNext(TpValue v) {
  SeqIter* it = self(v);
  if (it->seq == TP_NULL) return TP_NULL;
  if (tp_set_size(it->seq) != it->aux) {
    it->aux = -1;
    tp::raiseRuntimeError("Set changed size during iteration");
  }
  TpValue key;
  if (tp_set_next(it->seq, &it->index, &key)) return key;
  it->seq = TP_NULL;
  return TP_NULL;
}

// The __getitem__ protocol: obj[0], obj[1], ... until IndexError.
TpValue getitemIterNext(TpValue v) {
  SeqIter* it = self(v);
  if (it->seq == TP_NULL) return TP_NULL;
  try {
    return tp_getitem(it->seq, intValue(it->index++));
  } catch (TpRaised& r) {
    if (tp::excIsInstance(r.exc, &tp_exc_IndexError) || tp::excIsInstance(r.exc, &tp_exc_StopIteration)) {
      it->seq = TP_NULL;
      return TP_NULL;
    }
    throw;
  }
}

// ---- enumerate ----
struct Enumerate {
  TpObject ob;
  TpValue it;
  TpValue count;
};

TpValue enumerateNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue out[2];
  tp::parseArgs("enumerate", args, nargs, kwnames, {"iterable", "start"}, 1, 0, out);
  Enumerate* e = static_cast<Enumerate*>(tp_alloc(type, type->instance_size));
  e->it = tp_iter(out[0]);
  e->count = out[1] == TP_NULL ? tp_small_int(0) : out[1];
  if (!tp_is_int(e->count)) e->count = tp_index(e->count);
  return tp_from_object(e);
}

TpValue enumerateNext(TpValue v) {
  Enumerate* e = reinterpret_cast<Enumerate*>(tp_as_object(v));
  TpValue item = tp_next(e->it);
  if (item == TP_NULL) return TP_NULL;
  TpValue idx = e->count;
  e->count = tp_int_add(idx, tp_small_int(1));
  return tp_tuple_pack2(idx, item);
}

// ---- zip ----
struct Zip {
  TpObject ob;
  TpValue iters;  // tuple
  bool strict;
  bool done;
};

TpValue zipNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  int64_t nkw = tp::kwCount(kwnames);
  int64_t npos = nargs;  // keyword values follow the positional ones
  bool strict = false;
  for (int64_t i = 0; i < nkw; i++) {
    if (std::string_view(tp::kwName(kwnames, i)) != "strict")
      tp::raiseTypeError("zip() got an unexpected keyword argument '%s'", tp::kwName(kwnames, i));
    strict = tp_truth(args[npos + i]);
  }
  TpValue iters = tp_tuple_new(npos, nullptr);
  for (int64_t i = 0; i < npos; i++) tp_tuple_items(iters)[i] = tp_iter(args[i]);
  Zip* z = static_cast<Zip*>(tp_alloc(type, type->instance_size));
  z->iters = iters;
  z->strict = strict;
  return tp_from_object(z);
}

TpValue zipNext(TpValue v) {
  Zip* z = reinterpret_cast<Zip*>(tp_as_object(v));
  int64_t n = tp_tuple_size(z->iters);
  if (n == 0 || z->done) return TP_NULL;
  TpValue result = tp_tuple_new(n, nullptr);
  for (int64_t i = 0; i < n; i++) {
    TpValue item = tp_next(tp_tuple_get(z->iters, i));
    if (item == TP_NULL) {
      z->done = true;
      if (z->strict) {
        if (i > 0) {
          if (i == 1) tp::raiseValueError("zip() argument 2 is shorter than argument 1");
          tp::raiseValueError("zip() argument %lld is shorter than arguments 1-%lld", (long long)i + 1, (long long)i);
        }
        for (int64_t j = 1; j < n; j++) {
          if (tp_next(tp_tuple_get(z->iters, j)) != TP_NULL) {
            if (j == 1) tp::raiseValueError("zip() argument 2 is longer than argument 1");
            tp::raiseValueError("zip() argument %lld is longer than arguments 1-%lld", (long long)j + 1, (long long)j);
          }
        }
      }
      return TP_NULL;
    }
    tp_tuple_items(result)[i] = item;
  }
  return result;
}

// ---- map ----
struct Map {
  TpObject ob;
  TpValue func;
  TpValue iters;  // tuple
};

TpValue mapNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (type == &tp_map_type) tp::noKeywords("map", kwnames);
  if (nargs < 2) tp::raiseTypeError("map() must have at least two arguments.");
  TpValue iters = tp_tuple_new(nargs - 1, nullptr);
  for (int64_t i = 1; i < nargs; i++) tp_tuple_items(iters)[i - 1] = tp_iter(args[i]);
  Map* m = static_cast<Map*>(tp_alloc(type, type->instance_size));
  m->func = args[0];
  m->iters = iters;
  return tp_from_object(m);
}

TpValue mapNext(TpValue v) {
  Map* m = reinterpret_cast<Map*>(tp_as_object(v));
  int64_t n = tp_tuple_size(m->iters);
  TpValue small[4];
  TracedVector<TpValue> big;
  TpValue* argv = small;
  if (n > 4) {
    big.resize((size_t)n);
    argv = big.data();
  }
  for (int64_t i = 0; i < n; i++) {
    argv[i] = tp_next(tp_tuple_get(m->iters, i));
    if (argv[i] == TP_NULL) return TP_NULL;
  }
  return tp_call(m->func, argv, n, TP_NULL);
}

// ---- filter ----
struct Filter {
  TpObject ob;
  TpValue func;  // None: truth of the item
  TpValue it;
};

TpValue filterNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (type == &tp_filter_type) tp::noKeywords("filter", kwnames);
  tp::checkArgCount("filter", nargs, 2, 2);
  Filter* f = static_cast<Filter*>(tp_alloc(type, type->instance_size));
  f->func = args[0];
  f->it = tp_iter(args[1]);
  return tp_from_object(f);
}

TpValue filterNext(TpValue v) {
  Filter* f = reinterpret_cast<Filter*>(tp_as_object(v));
  for (;;) {
    TpValue item = tp_next(f->it);
    if (item == TP_NULL) return TP_NULL;
    bool keep = f->func == TP_NONE || f->func == tp_from_object(&tp_bool_type)
                    ? tp_truth(item)
                    : tp_truth(tp_call(f->func, &item, 1, TP_NULL));
    if (keep) return item;
  }
}

// ---- reversed ----
struct Reversed {
  TpObject ob;
  TpValue seq;
  int64_t index;
};

TpValue reversedNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (type == &tp_reversed_type) tp::noKeywords("reversed", kwnames);
  tp::checkArgCount("reversed", nargs, 1, 1);
  TpValue seq = args[0];
  if (tp_is_object(seq)) {
    TpType* t = tp_type_of_object(seq);
    if (t == &tp_list_type) return listRevIter(seq);
    if (t == &tp_range_type) {
      TpRange* r = tp_range_object(seq);
      return rangeIter(r->start + (r->length - 1) * r->step, -r->step, r->length);
    }
    if (t == &tp_dict_type) {
      // Dicts are reversible (3.8+): walk a snapshot of the keys backwards.
      TpValue it = listRevIter(toList(seq));
      tp_as_object(it)->type = &tp_dict_revkeyiter_type;
      return it;
    }
    if (t != &tp_tuple_type && t != &tp_str_type) {
      TpValue rev = tp::lookupTypeCStr(t, "__reversed__");
      if (rev != TP_NULL) {
        if (rev == TP_NONE) tp::raiseTypeError("'%s' object is not reversible", tp::typeName(seq));
        return tp::callMethod(seq, "__reversed__", nullptr, 0);
      }
    }
  }
  TpType* t = tp_type_of(seq);
  if (!t->len || !t->getitem || (tp_is_object(seq) && (t == &tp_dict_type || tp_is_subtype(t, &tp_dict_type))))
    tp::raiseTypeError("'%s' object is not reversible", tp::typeName(seq));
  Reversed* r = static_cast<Reversed*>(tp_alloc(type, type->instance_size));
  r->seq = seq;
  r->index = t->len(seq) - 1;
  return tp_from_object(r);
}

TpValue reversedNext(TpValue v) {
  Reversed* r = reinterpret_cast<Reversed*>(tp_as_object(v));
  if (r->seq == TP_NULL || r->index < 0) {
    r->seq = TP_NULL;
    return TP_NULL;
  }
  try {
    return tp_getitem(r->seq, intValue(r->index--));
  } catch (TpRaised& e) {
    if (tp::excIsInstance(e.exc, &tp_exc_IndexError) || tp::excIsInstance(e.exc, &tp_exc_StopIteration)) {
      r->seq = TP_NULL;
      return TP_NULL;
    }
    throw;
  }
}

}  // namespace

// Lowering builds the iterator of a for loop over an exact list, tuple or
// dict in a stack slot of five words (FunctionLowering::stackIter): type,
// seq, index, aux (a dict's size), aux2.
static_assert(sizeof(TpSeqIter) == 5 * 8 && offsetof(TpSeqIter, seq) == 8 && offsetof(TpSeqIter, index) == 16 &&
                  offsetof(TpSeqIter, aux2) == 32,
              "lowering's stack list iterators assume this layout");
static_assert(offsetof(TpDict, used) == 8, "lowering reads a dict's size at offset 8 for its stack key iterator");
TpValue listIter(TpValue list) { return tp_from_object(newIter(&tp_list_iter_type, list)); }
TpValue listRevIter(TpValue list) {
  SeqIter* it = newIter(&tp_list_reviter_type, list);
  it->index = tp_list_size(list) - 1;
  return tp_from_object(it);
}
TpValue tupleIter(TpValue tuple) { return tp_from_object(newIter(&tp_tuple_iter_type, tuple)); }
TpValue strIter(TpValue s) { return tp_from_object(newIter(&tp_str_iter_type, s)); }
TpValue rangeIter(int64_t start, int64_t step, int64_t length) {
  SeqIter* it = newIter(&tp_range_iter_type, (TpValue)start);
  it->aux = step;
  it->aux2 = length;
  return tp_from_object(it);
}
TpValue dictKeyIter(TpValue d) {
  SeqIter* it = newIter(&tp_dict_keyiter_type, d);
  it->aux = tp_dict_size(d);
  return tp_from_object(it);
}
TpValue dictValueIter(TpValue d) {
  SeqIter* it = newIter(&tp_dict_valueiter_type, d);
  it->aux = tp_dict_size(d);
  return tp_from_object(it);
}
TpValue dictItemIter(TpValue d) {
  SeqIter* it = newIter(&tp_dict_itemiter_type, d);
  it->aux = tp_dict_size(d);
  return tp_from_object(it);
}
TpValue setIter(TpValue s) {
  SeqIter* it = newIter(&tp_set_iter_type, s);
  it->aux = tp_set_size(s);
  return tp_from_object(it);
}

void initIter() {
  for (TpType* t : {&tp_list_iter_type, &tp_list_reviter_type, &tp_tuple_iter_type, &tp_str_iter_type,
                    &tp_range_iter_type, &tp_dict_keyiter_type, &tp_dict_valueiter_type, &tp_dict_itemiter_type,
                    &tp_set_iter_type, &tp_seq_iter_type, &tp_dict_revkeyiter_type})
    tp::readyType(t, nullptr, nullptr, true);
  for (TpType* t : {&tp_enumerate_type, &tp_zip_type, &tp_map_type, &tp_filter_type, &tp_reversed_type})
    tp::readyType(t);
  tp::registerBuiltin("enumerate", tp_from_object(&tp_enumerate_type));
  tp::registerBuiltin("zip", tp_from_object(&tp_zip_type));
  tp::registerBuiltin("map", tp_from_object(&tp_map_type));
  tp::registerBuiltin("filter", tp_from_object(&tp_filter_type));
  tp::registerBuiltin("reversed", tp_from_object(&tp_reversed_type));
}

}  // namespace tp::seq

using namespace tp::seq;

// The range iterator keeps a raw int64 start in SeqIter::seq, which is not a
// value word: its type must never expose `seq` to the GC as a pointer, which
// is harmless (conservative GC) but documented here.
#define TP_ITER_TYPE(VAR, NAME, NEXT) \
  TpType VAR = {TP_TYPE_HEAD(NAME), .instance_size = sizeof(SeqIter), .iter = iterSelf, .next = NEXT};
TP_ITER_TYPE(tp_list_iter_type, "list_iterator", listIterNext)
TP_ITER_TYPE(tp_list_reviter_type, "list_reverseiterator", listRevIterNext)
TP_ITER_TYPE(tp_tuple_iter_type, "tuple_iterator", tupleIterNext)
TP_ITER_TYPE(tp_str_iter_type, "str_ascii_iterator", strIterNext)
TP_ITER_TYPE(tp_range_iter_type, "range_iterator", rangeIterNext)
TP_ITER_TYPE(tp_dict_keyiter_type, "dict_keyiterator", dictKeyIterNext)
TP_ITER_TYPE(tp_dict_valueiter_type, "dict_valueiterator", dictValueIterNext)
TP_ITER_TYPE(tp_dict_itemiter_type, "dict_itemiterator", dictItemIterNext)
TP_ITER_TYPE(tp_set_iter_type, "set_iterator", setIterNext)
TP_ITER_TYPE(tp_seq_iter_type, "iterator", getitemIterNext)
TP_ITER_TYPE(tp_dict_revkeyiter_type, "dict_reversekeyiterator", listRevIterNext)
#undef TP_ITER_TYPE

TpType tp_enumerate_type = {TP_TYPE_HEAD("enumerate"), .instance_size = sizeof(Enumerate), .new_ = enumerateNew,
                            .iter = iterSelf, .next = enumerateNext};
TpType tp_zip_type = {TP_TYPE_HEAD("zip"), .instance_size = sizeof(Zip), .new_ = zipNew, .iter = iterSelf,
                      .next = zipNext};
TpType tp_map_type = {TP_TYPE_HEAD("map"), .instance_size = sizeof(Map), .new_ = mapNew, .iter = iterSelf,
                      .next = mapNext};
TpType tp_filter_type = {TP_TYPE_HEAD("filter"), .instance_size = sizeof(Filter), .new_ = filterNew, .iter = iterSelf,
                         .next = filterNext};
TpType tp_reversed_type = {TP_TYPE_HEAD("reversed"), .instance_size = sizeof(Reversed), .new_ = reversedNew,
                           .iter = iterSelf, .next = reversedNext};

TpValue tp_seq_iter(TpValue container) {
  if (tp_is_object(container)) {
    TpType* t = tp_type_of_object(container);
    if (t == &tp_list_type) return listIter(container);
    if (t == &tp_tuple_type) return tupleIter(container);
    if (t == &tp_str_type) return strIter(container);
    if (t == &tp_dict_type) return dictKeyIter(container);
    if (t == &tp_set_type || t == &tp_frozenset_type) return setIter(container);
    if (t == &tp_range_type) {
      TpRange* r = tp_range_object(container);
      return rangeIter(r->start, r->step, r->length);
    }
  }
  return tp_iter(container);
}

TpValue tp_getitem_iter_new(TpValue obj) { return tp_from_object(newIter(&tp_seq_iter_type, obj)); }

TpValue tp_str_char_at_slow(TpValue s, int64_t offset) {
  const unsigned char* p = (const unsigned char*)tp_str_data(s) + offset;
  return tp_str_from_codepoint(tp::seq::decodeUtf8(p));
}

// `for a, b in it` without the pair tuple: dict items and enumerate hand
// over their two parts directly; any other iterator's item is unpacked as
// tp_unpack(item, 2, -1) would (same errors, raised at the same line).
extern "C" TpValue tp_next_pair(TpValue iter, TpValue* second) {
  using namespace tp::seq;
  if (tp_is_object(iter)) {
    TpType* t = tp_type_of_object(iter);
    if (t == &tp_dict_itemiter_type) {
      const TpDictEntry* e = dictIterEntry(iter);
      if (!e) return TP_NULL;
      *second = e->value;
      return e->key;
    }
    if (t == &tp_enumerate_type) {
      Enumerate* en = reinterpret_cast<Enumerate*>(tp_as_object(iter));
      TpValue item = tp_next(en->it);
      if (item == TP_NULL) return TP_NULL;
      TpValue idx = en->count;
      en->count = tp_int_add(idx, tp_small_int(1));
      *second = item;
      return idx;
    }
  }
  TpValue item = tp_next(iter);
  if (item == TP_NULL) return TP_NULL;
  TpValue pair = tp_unpack(item, 2, -1);
  *second = tp_tuple_get(pair, 1);
  return tp_tuple_get(pair, 0);
}
