// Stable sorting for list.sort and sorted(): keys are computed once, in
// order; the sort itself is a bounds-safe merge sort (binary insertion for
// short runs) that uses only `<`, like CPython's, so a user __lt__ that is
// inconsistent can give an odd order but never a crash. reverse=True keeps
// equal items in their original order, as CPython does (reverse, sort,
// reverse).
#include <algorithm>
#include <cstring>
#include <vector>

#include "seq_internal.h"
#include "taipan/float.h"

namespace tp::seq {

bool lessThan(TpValue a, TpValue b) {
  if (tp_is_small_int(a) && tp_is_small_int(b)) return (int64_t)a < (int64_t)b;
  if (tp_is_object(a) && tp_is_object(b)) {
    TpType* ta = tp_type_of_object(a);
    TpType* tb = tp_type_of_object(b);
    if (ta == &tp_str_type && tb == &tp_str_type) return tp_str_compare(a, b) < 0;
    if (ta == &tp_float_type && tb == &tp_float_type) return tp_float_unbox(a) < tp_float_unbox(b);
  }
  TpValue r = tp_compare(a, b, TP_CMP_LT);
  if (r == TP_TRUE) return true;
  if (r == TP_FALSE) return false;
  return tp_truth(r);
}

namespace {

struct Item {
  TpValue key;
  TpValue value;
};

void insertionSort(Item* a, int64_t n) {
  for (int64_t i = 1; i < n; i++) {
    Item x = a[i];
    // Binary search for the rightmost position keeping stability.
    int64_t lo = 0, hi = i;
    while (lo < hi) {
      int64_t mid = lo + (hi - lo) / 2;
      if (lessThan(x.key, a[mid].key))
        hi = mid;
      else
        lo = mid + 1;
    }
    memmove(a + lo + 1, a + lo, (size_t)(i - lo) * sizeof(Item));
    a[lo] = x;
  }
}

void mergeSort(Item* a, int64_t n, Item* tmp) {
  if (n <= 16) {
    insertionSort(a, n);
    return;
  }
  int64_t mid = n / 2;
  mergeSort(a, mid, tmp);
  mergeSort(a + mid, n - mid, tmp);
  // Already ordered: skip the merge (common for nearly sorted input).
  if (!lessThan(a[mid].key, a[mid - 1].key)) return;
  memcpy(tmp, a, (size_t)mid * sizeof(Item));
  int64_t i = 0, j = mid, k = 0;
  while (i < mid && j < n) {
    if (lessThan(a[j].key, tmp[i].key))
      a[k++] = a[j++];
    else
      a[k++] = tmp[i++];
  }
  while (i < mid) a[k++] = tmp[i++];
}

}  // namespace

void sortValues(TpValue* items, int64_t n, TpValue key, bool reverse) {
  if (n < 2) return;
  TracedVector<Item> v((size_t)n);
  for (int64_t i = 0; i < n; i++) {
    v[(size_t)i].value = items[i];
    v[(size_t)i].key = key == TP_NULL ? items[i] : tp_call(key, &items[i], 1, TP_NULL);
  }
  if (reverse) std::reverse(v.begin(), v.end());
  TracedVector<Item> tmp((size_t)n);
  mergeSort(v.data(), n, tmp.data());
  if (reverse) std::reverse(v.begin(), v.end());
  for (int64_t i = 0; i < n; i++) items[i] = v[(size_t)i].value;
}

}  // namespace tp::seq
