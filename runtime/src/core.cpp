// The object model core: GC start-up and allocation, the `object` and `type`
// types, the None/NotImplemented/Ellipsis singletons, subtype tests, C3 MRO,
// readying static builtin types (tp::readyType), user classes
// (tp_class_new) with their generic dunder-forwarding slots, and the generic
// attribute protocol with descriptors (functions bind, getsets, properties,
// staticmethod/classmethod). Calls and argument binding live in func.cpp,
// the operator dispatchers in ops.cpp, exceptions in exceptions.cpp.
#include <gc.h>
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include <sched.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime.h"
#include "seq_internal.h"
#include "taipan/bytes.h"
#include "taipan/complex.h"
#include "taipan/dict.h"
#include "taipan/fastpath.h"
#include "taipan/float.h"
#include "taipan/int.h"
#include "taipan/iter.h"
#include "taipan/list.h"
#include "taipan/set.h"
#include "taipan/str.h"
#include "taipan/tuple.h"

using namespace tp;

// ---------------------------------------------------------------------------
// Singletons and their types.
// ---------------------------------------------------------------------------
extern "C" {
TpObject tp_None_object = {&tp_none_type};
TpObject tp_NotImplemented_object = {&tp_notimplemented_type};
TpObject tp_Ellipsis_object = {&tp_ellipsis_type};
}

namespace {

TpValue noneRepr(TpValue) { return tp_str_intern("None"); }
TpValue notImplRepr(TpValue) { return tp_str_intern("NotImplemented"); }
TpValue ellipsisRepr(TpValue) { return tp_str_intern("Ellipsis"); }
bool noneTruth(TpValue) { return false; }
int64_t noneHash(TpValue v) { return (int64_t)(v >> 4); }  // CPython: id-based, stable per run

TpValue singletonNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (nargs || kwCount(kwnames)) raiseTypeError("%s takes no arguments", type->name);
  if (type == &tp_none_type) return TP_NONE;
  if (type == &tp_notimplemented_type) return tp_from_object(&tp_NotImplemented_object);
  return tp_from_object(&tp_Ellipsis_object);
}

// ---- object ----
TpValue objectRepr(TpValue self);
int64_t objectHash(TpValue self) {
  // CPython: rotate the address right by 4 bits.
  uint64_t x = self;
  int64_t h = (int64_t)((x >> 4) | (x << 60));
  return h == -1 ? -2 : h;
}
TpValue objectRichCompare(TpValue a, TpValue b, int32_t op) {
  if (op == TP_CMP_EQ) return a == b ? TP_TRUE : tp_from_object(&tp_NotImplemented_object);
  if (op == TP_CMP_NE) {
    // object.__ne__ inverts __eq__ unless it returns NotImplemented.
    TpType* t = tp_type_of(a);
    if (t->richcompare && t->richcompare != objectRichCompare) {
      TpValue r = t->richcompare(a, b, TP_CMP_EQ);
      if (r == tp_from_object(&tp_NotImplemented_object)) return r;
      return tp_bool(!tp_truth(r));
    }
    return a == b ? TP_FALSE : tp_from_object(&tp_NotImplemented_object);
  }
  return tp_from_object(&tp_NotImplemented_object);
}
bool hasUserSlot(TpType* type, const char* dunder);
TpValue objectNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames);
void checkNotAbstract(TpType* type);
void objectInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames);
void heapInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue objectFormat(TpValue self, TpValue spec) {
  if (tp_str_size(spec) != 0) raiseTypeError("unsupported format string passed to %s.__format__", typeName(self));
  return tp_str(self);
}

// ---- type ----
TpValue typeRepr(TpValue self);
TpValue typeCall(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue typeGetAttr(TpValue self, TpValue name);
void typeSetAttr(TpValue self, TpValue name, TpValue value);
TpValue typeNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames);
void typeInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames);
// Class creation (see "tp_class_new" below).
void checkClassArgs(TpValue name, TpValue bases, TpValue ns);
TpType* calculateMeta(TpType* meta, TpValue bases);
TpValue newClass(TpType* meta, TpValue name, TpValue bases, TpValue ns, TpValue kw, TpValue slots);

}  // namespace

extern "C" {
TpType tp_object_type = {
    TP_TYPE_HEAD("object"),
    .instance_size = sizeof(TpObject),
    .new_ = objectNew,
    .init = objectInit,
    .repr = objectRepr,
    .hash = objectHash,
    .richcompare = objectRichCompare,
    .format = objectFormat,
};
TpType tp_type_type = {
    TP_TYPE_HEAD("type"),
    .base = &tp_object_type,
    .instance_size = sizeof(TpType),
    .flags = TP_TYPE_TYPE_SUBCLASS,
    .new_ = typeNew,
    .init = typeInit,
    .repr = typeRepr,
    .call = typeCall,
    .getattr = typeGetAttr,
    .setattr = typeSetAttr,
};
TpType tp_none_type = {TP_TYPE_HEAD("NoneType"), .instance_size = sizeof(TpObject),
                       .new_ = singletonNew,     .repr = noneRepr,
                       .hash = noneHash,         .truth = noneTruth};
TpType tp_notimplemented_type = {TP_TYPE_HEAD("NotImplementedType"), .instance_size = sizeof(TpObject),
                                 .new_ = singletonNew, .repr = notImplRepr};
TpType tp_ellipsis_type = {TP_TYPE_HEAD("ellipsis"), .instance_size = sizeof(TpObject), .new_ = singletonNew,
                           .repr = ellipsisRepr};
}

// ---------------------------------------------------------------------------
// GC and allocation.
// ---------------------------------------------------------------------------
void* tp_obj_fl[TP_OBJ_FL_GRANULES + 1];
void* tp_atom_fl[TP_ATOM_FL_GRANULES + 1];

namespace {
// The runtime-initialised flags (see runtime.h). Initialisation re-enters
// tp_runtime_init (e.g. tp_class_new for the classes of builtin modules), so
// a re-entrant flag pair rather than std::call_once. Single-threaded start-up
// is assumed until threads arrive.
bool g_initializing = false, g_initialized = false;
bool g_gc_ready = false;

// Heap sizing (decisions 0019, 0061). Boehm grows the heap by about
// heap/divisor when a collection did not free enough, and collects again
// after about 2 x (live traced bytes) / divisor bytes. The heap starts at
// kInitialHeap and keeps libgc's default divisor, 3: small programs collect
// rarely and stay far below CPython's own footprint (13-14 MB). A larger
// divisor from 6 MB on (8 until the merge with the call caches) cost 30-40%
// CPU on json_roundtrip, sort_keys and wordfreq (1.06 -> 1.46 s) for RSS
// that stays above CPython's on those two programs anyway, and binary_trees
// is below CPython's RSS at 3 (14.6 MB against 19.5 MB, 2026-11-22).
// Below kSmallHeap the heap-resize hook asks for at least
// kMinCollectInterval bytes between collections (decision 0061): a program
// whose live data is small but that allocates fast (binary_trees' 1.8 MB
// tree) otherwise collects every ~1.2 MB and marks the same live data each
// time. From kLargeHeap on the divisor is 2 (decision 0074): a large heap
// is mostly live data that every collection marks again, and collecting
// after about half as much allocation again as at 3 took json_roundtrip
// -8.7 % and sort_keys -3.4 % instructions (json_roundtrip's peak RSS
// 99 -> 120 MB in the end, sort_keys' 42 -> 43 MB).
// GC_FREE_SPACE_DIVISOR / GC_INITIAL_HEAP_SIZE in the environment
// override (the former also turns the hook off).
constexpr GC_word kSmallHeap = GC_word(6) << 20;
constexpr size_t kInitialHeap = size_t(4) << 20;
constexpr size_t kMinCollectInterval = size_t(7) << 19;  // 3.5 MB
constexpr GC_word kLargeHeap = GC_word(16) << 20;
void GC_CALLBACK onHeapResize(GC_word heap_size) {
  GC_set_min_bytes_allocd(heap_size >= kSmallHeap ? 1 : kMinCollectInterval);
  GC_set_free_space_divisor(heap_size >= kLargeHeap ? 2 : 3);
}

// Allocation failure (decision 0023): libgc calls the OOM function, outside
// its allocation lock, when it cannot grow the heap; raising MemoryError
// from there covers every allocation path (the request that failed is
// usually huge, `[0] * 10**12`, so the exception itself still fits). A
// failure while making that exception returns NULL: the callers abort.
// libgc's warnings ("Failed to expand heap", "Repeated allocation of very
// large block") are not printed: CPython prints nothing.
bool g_in_oom = false;
void* GC_CALLBACK onOutOfMemory(size_t) {
  if (g_in_oom) return nullptr;
  g_in_oom = true;
  TpValue exc;
  try {
    exc = newException(&tp_exc_MemoryError, {});
  } catch (...) {
    g_in_oom = false;
    return nullptr;
  }
  g_in_oom = false;
  tp_raise(exc);
}
void GC_CALLBACK ignoreGcWarning(char*, GC_word) {}

// Object allocation (decision 0035). libgc is built with all-interior-pointers
// on, and then adds one byte to every request so that a pointer just past the
// end of an object keeps it alive: through GC_MALLOC a 32-byte object (a
// 2-tuple, a list header) took a 48-byte slot, a 16-byte float box 32 bytes,
// a 64-byte dict header 80. Objects with a header are only ever reached
// through their start (or an interior pointer while the runtime works on
// them), never through their end alone, so they do without that byte:
// - traced objects of up to kKindGranules granules come from a collector
//   kind of our own (g_obj_kind) whose descriptor scans the whole slot
//   (libgc's NORMAL kind skips the slot's last word, which with the extra
//   byte cannot hold a whole pointer), through the inline free-list pop
//   below: no extra byte, and no call into libgc on the fast path;
// - pointer-free objects ask GC_MALLOC_ATOMIC for one byte less when their
//   size is a multiple of the granule (atomicRequest), which gives them the
//   slot of exactly that size; nothing in them is scanned.
// Raw arrays (tp_gc_malloc, tp_gc_malloc_atomic) keep the byte: a temporary
// buffer is the one place where a pointer just past its end could be the
// only live reference (a loop walking it backwards).
// The free lists are static words, so the collector sees them as roots and
// traces the chains (linked through the first word of each free object):
// the objects waiting on them stay reserved. The program has one mutator
// thread at a time (startup.cpp), so the lists need no lock; libgc's own
// refill (GC_generic_malloc_many) takes its allocation lock.
// libgc hands out a refill (GC_generic_malloc_many: one block's free slots)
// linked from the highest address down, both for a fresh block
// (GC_build_fl) and for a swept one (GC_reclaim_generic pushes each free
// slot in front of the list). Objects allocated one after the other then sat
// at falling addresses, a pattern the hardware prefetchers follow badly:
// comparing two 16 000-record documents took 2-5x CPython's time while a
// small one ran at its speed (decision 0053). The refill is relinked in
// ascending order (one pass over slots the allocations touch next anyway).
inline void ascending(void** head) {
  void* p = *head;
  void* prev = nullptr;
  // Two slots per iteration, so the pass is a load and a store per slot.
  for (;;) {
    if (!p) break;
    void* q = *static_cast<void**>(p);
    *static_cast<void**>(p) = prev;
    if (!q) {
      prev = p;
      break;
    }
    prev = *static_cast<void**>(q);
    *static_cast<void**>(q) = p;
    p = prev;
    prev = q;
  }
  *head = prev;
}

constexpr size_t kGranule = 16;
constexpr size_t kKindGranules = TP_OBJ_FL_GRANULES;  // objects up to 384 bytes
static_assert(kKindGranules * kGranule == 384);
unsigned g_obj_kind = 0;
unsigned g_items_kind = 0;  // large list item arrays, not cleared (gcMallocItemsFilled)

// The refill of a free list (out of line, so that the pop stays a leaf
// without a frame): the popped object, or the OOM function's result.
__attribute__((noinline)) void* refill(void** head, size_t g, int kind, size_t size) {
  GC_generic_malloc_many(g * kGranule, kind, head);
  ascending(head);
  void* p = *head;
  if (!p) return GC_get_oom_fn()(size);
  *head = *static_cast<void**>(p);
  return p;
}

inline void* kindAlloc(size_t size) {
  size_t g = (size + kGranule - 1) / kGranule;
  void* p = tp_fl_pop(&tp_obj_fl[g]);
  if (__builtin_expect(p == nullptr, 0)) p = refill(&tp_obj_fl[g], g, (int)g_obj_kind, size);
  if (p) *static_cast<void**>(p) = nullptr;
  return p;
}

// Pointer-free objects of up to kAtomGranules granules (floats, small big
// ints, short ASCII str and bytes) come from static free lists too, popped
// inline and refilled by GC_generic_malloc_many(PTRFREE) with slots of
// exactly round_up(size, 16) (the same slots atomicRequest gets from
// GC_MALLOC_ATOMIC). Unlike the traced lists above, the collector cannot
// follow these chains (the link word of a pointer-free object is not
// scanned), so the objects behind a list's head would look free and be
// swept while still on the list: every collection first drops the lists
// (dropAtomicLists, libgc's start callback, run under its lock before
// marking) and the unused objects on them are reclaimed with the rest. Every
// collection is a full one, which calls that callback, unless generational
// mode was turned on through GC_ENABLE_INCREMENTAL (decision 0040); its
// partial collections do not, so then atomic objects keep GC_MALLOC_ATOMIC.
constexpr size_t kAtomGranules = TP_ATOM_FL_GRANULES;  // pointer-free objects up to 256 bytes
bool g_atom_inline = false;

// Large item arrays outside the collected heap (decision 0080). A list
// built by appends asks for ever larger arrays; from the collector each is
// a contiguous run of free heap pages, which a fragmented heap often does
// not have, so the heap grew by a third instead (json_roundtrip's 1.8 M
// encoder pieces: a 14.4 MB array, heap 66 -> 80 MB); and a growth holds
// the old and the new array at once. An anonymous mapping grows with
// mremap, without a copy or a second array, and its pages count only once
// they are written. The collector does not own these arrays, so:
// - an owned array is a root range (GC_add_roots): its words are scanned at
//   each collection;
// - the owner (an exact list, given a finalizer by the list code) drops its
//   array when it dies or replaces it; a dropped array stops being a root
//   range but is still pushed by pushMappedItems (libgc's push-other-roots
//   hook), and is unmapped only when the next collection starts (libgc's
//   start callback, under its lock, before marking), so that runtime code
//   that holds an array whose list just became unreachable keeps both the
//   words and what they point to until it returns.
// - libgc spaces collections by its estimate of the data to scan, where a
//   heap array of pointers counts twice and a root range once; after each
//   collection (spaceCollections) the owned arrays' bytes over the divisor
//   are counted as explicitly managed memory, which lengthens the next
//   interval by that much, so the arrays count twice as before (wordfreq
//   otherwise collected 13 times instead of 8: +6.3 % instructions).
// Registry changes happen on the mutator thread outside collections; the
// callbacks read it while the world is stopped.
struct MappedArray {
  size_t size;       // bytes scanned
  size_t mapped;     // bytes mapped (size rounded up to pages)
  uint64_t dropped;  // 0 while owned, else 1 + the collections started before the drop
};
constexpr size_t kMaxMapped = 1024;  // libgc holds about 2,000 root ranges
size_t g_mapped_owned = 0;           // bytes of the arrays not dropped
std::unordered_map<uintptr_t, MappedArray>* g_mapped = nullptr;
uint64_t g_collections = 0;  // collections started (start callback)
GC_push_other_roots_proc g_prev_push_other_roots = nullptr;
bool g_map_items = false;

size_t pageRound(size_t n) {
  static const size_t page = (size_t)sysconf(_SC_PAGESIZE);
  return (n + page - 1) & ~(page - 1);
}

void GC_CALLBACK pushMappedItems() {
  if (g_prev_push_other_roots) g_prev_push_other_roots();
  if (!g_mapped) return;
  for (auto& [base, a] : *g_mapped)
    if (a.dropped) GC_push_all(reinterpret_cast<void*>(base), reinterpret_cast<char*>(base) + a.size);
}

void GC_CALLBACK spaceCollections(GC_EventType event) {
  if (event != GC_EVENT_RECLAIM_END || g_mapped_owned == 0) return;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
  GC_non_gc_bytes += g_mapped_owned / GC_get_free_space_divisor();
#pragma GCC diagnostic pop
}

// Called at the start of each collection (dropAtomicLists).
void releaseDroppedItems() {
  g_collections++;
  if (!g_mapped) return;
  for (auto it = g_mapped->begin(); it != g_mapped->end();) {
    if (it->second.dropped != 0 && it->second.dropped <= g_collections) {
      munmap(reinterpret_cast<void*>(it->first), it->second.mapped);
      it = g_mapped->erase(it);
    } else {
      ++it;
    }
  }
}

void GC_CALLBACK dropAtomicLists() {
  memset(tp_atom_fl, 0, sizeof tp_atom_fl);
  releaseDroppedItems();
}

inline void* atomAlloc(size_t size) {
  size_t g = (size + kGranule - 1) / kGranule;
  void* p = tp_fl_pop(&tp_atom_fl[g]);
  if (__builtin_expect(p == nullptr, 0)) p = refill(&tp_atom_fl[g], g, GC_I_PTRFREE, size);
  return p;
}

inline size_t atomicRequest(int64_t size) {
  size_t n = (size_t)size;
  return (n >= kGranule && n <= 2048 && (n % kGranule) == 0) ? n - 1 : n;
}

// Memory in a slot of exactly round_up(size, 16) bytes: traced (objects and
// the arrays of decision 0043, zeroed) or pointer-free (not cleared), from
// the inline free lists when small, else from libgc.
inline void* exactAlloc(int64_t size) {
  return size > 0 && (size_t)size <= kKindGranules * kGranule && g_obj_kind ? kindAlloc((size_t)size)
                                                                            : GC_MALLOC((size_t)size);
}
inline void* exactAllocAtomic(int64_t size) {
  return size > 0 && (size_t)size <= kAtomGranules * kGranule && g_atom_inline ? atomAlloc((size_t)size)
                                                                               : GC_MALLOC_ATOMIC(atomicRequest(size));
}

void excludeCacheRoots();

// One marker, the collecting thread itself, on a machine that gives the
// process at most two CPUs (decision 0085): libgc's default there is a
// second marker thread, whose hand-offs (and the mark lock every free-list
// refill then takes) cost more than the parallel half of a mark saves:
// binary_trees -18 % CPU and -9 % wall, wordfreq -8 % CPU, the 17 programs
// -2.8 % CPU and -0.8 % wall (geomeans; json_roundtrip's wall +9 %).
// GC_MARKERS in the environment still decides.
void chooseMarkers() {
  if (getenv("GC_MARKERS")) return;
  cpu_set_t set;
  long cpus = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : sysconf(_SC_NPROCESSORS_ONLN);
  if (cpus > 0 && cpus <= 2) GC_set_markers_count(1);
}

void initGc() {
  if (g_gc_ready) return;
  chooseMarkers();
  // No collection inside GC_INIT: nothing has been allocated yet, and the
  // mark of the roots it would do costs a start-up (hello world) about a
  // tenth of its instructions.
  GC_set_dont_precollect(1);
  GC_INIT();
  excludeCacheRoots();
  tp::initFrameStack();
  GC_set_oom_fn(onOutOfMemory);
  GC_set_warn_proc(ignoreGcWarning);
  GC_allow_register_threads();
  if (!getenv("GC_FREE_SPACE_DIVISOR")) GC_set_on_heap_resize(onHeapResize);
  // Start with a 4 MB heap: a program whose live data is tiny (pidigits'
  // few big ints) otherwise collects every few hundred KB, each time
  // scanning all roots (pidigits 0.92 s -> 0.45 s; peak RSS ~9 MB, CPython's
  // is 13-14 MB). Pages are touched only as the heap is used.
  if (!getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp(kInitialHeap);
  // Whole-slot scanning (GC_DS_LENGTH plus the object size), cleared on reuse.
  g_obj_kind = GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, 1, 1);
  g_items_kind = GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, 1, 0);
  if (!GC_is_incremental_mode()) {
    GC_set_start_callback(dropAtomicLists);
    g_atom_inline = true;
    // Mapped item arrays are released from the start callback, which
    // generational mode's partial collections do not call.
    g_prev_push_other_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(pushMappedItems);
    GC_set_on_collection_event(spaceCollections);
    g_map_items = true;
  }
  g_gc_ready = true;
}

}  // namespace

extern "C" void* tp_alloc(TpType* type, int64_t size) {
  auto* o = static_cast<TpObject*>(exactAlloc(size));
  if (!o) {
    fputs("Fatal Python error: out of memory\n", stderr);
    abort();
  }
  o->type = type;
  return o;
}
void* tp::allocAtomicUninit(TpType* type, int64_t size) {
  auto* o = static_cast<TpObject*>(exactAllocAtomic(size));
  if (o) o->type = type;
  return o;
}
extern "C" void* tp_alloc_atomic(TpType* type, int64_t size) {
  auto* o = static_cast<TpObject*>(tp::allocAtomicUninit(type, size));
  if (!o) {
    fputs("Fatal Python error: out of memory\n", stderr);
    abort();
  }
  // Small objects (a short str, a big int) are cleared by whole words up to
  // the end of their 16-byte-granule slot, after the type word: a libc
  // memset call of a variable size cost as much as the allocation.
  if (size <= 64) {
    auto* w = reinterpret_cast<uint64_t*>(o);
    w[1] = 0;
    if (size > 16) w[2] = w[3] = 0;
    if (size > 32) w[4] = w[5] = 0;
    if (size > 48) w[6] = w[7] = 0;
    return o;
  }
  memset(o, 0, (size_t)size);
  o->type = type;
  return o;
}
extern "C" void* tp_gc_malloc(int64_t size) { return GC_MALLOC((size_t)size); }
extern "C" void* tp_gc_malloc_atomic(int64_t size) {
  void* p = GC_MALLOC_ATOMIC((size_t)size);
  if (p) memset(p, 0, (size_t)size);
  return p;
}

// Raw arrays whose owner always holds their start (list items, dict and set
// tables) take the slot of exactly round_up(size, 16) bytes, as objects do:
// through GC_MALLOC an array of 4 list items (32 bytes) took a 48-byte slot,
// an 8-slot dict index 48 bytes. Larger arrays keep GC_MALLOC. Runtime loops
// that walk an array reach it through its owner or its start, or through an
// interior pointer while nothing can replace it (decision 0047).
void* tp::gcMallocExact(int64_t size) { return exactAlloc(size); }
void* tp::gcMallocAtomicExact(int64_t size) {
  void* p = exactAllocAtomic(size);
  if (p) memset(p, 0, (size_t)size);
  return p;
}

// Large list item arrays (decision 0047). A list built by appends asks for
// ever larger blocks (json_roundtrip's 1.8 M encoder pieces: 0.56, 0.85, ...
// 9.6, 14.4 MB), each needing a contiguous run of free heap pages. libgc
// does not place an ordinary object on a run that has a black-listed page
// anywhere in it (a page some non-pointer word, usually a stale stack slot,
// pointed into while it was free: an interior pointer there could keep the
// object alive by accident), so in a large, fragmented heap such requests
// often found no run and grew the heap by heap/3 instead; json_roundtrip
// peaked anywhere between 101 and 126 MB for the same executable. From
// kLargeArray bytes on the array is allocated "ignore off page": only its
// first page has to be free of black-listed addresses, and in return the
// collector recognizes only pointers into that first page (4 KB) as
// references to it. That holds for item arrays: the list holds the array's
// start for as long as it is the list's array, and then only the list
// reaches it; runtime code that keeps an item pointer across an allocation
// holds the array's start too (appendWords' source, strJoinArray's items,
// the unpacking in ops.cpp) or re-reads it through the live list
// (tp_list_get, findItem, list comparison); generated code loads `items`
// from the list at every access (fastpath.cpp). An array the list replaces
// is freed at once (gcFreeReplaced), so none is left for a stale pointer.
// Dict and set tables keep GC_MALLOC: in wordfreq the ignore-off-page dict
// tables moved its collections to points with more live data (+6 %
// instructions, all marking).
constexpr int64_t kLargeArray = int64_t(1) << 20;
void* tp::gcMallocItems(int64_t size) {
  if (size < kLargeArray) return exactAlloc(size);
  return GC_MALLOC_IGNORE_OFF_PAGE((size_t)size);
}

// A large item array whose first `filled` bytes the caller writes at once
// (a growing list copies its items there). libgc clears every large block
// it hands out; a list built by appends then cleared each new array only to
// overwrite two thirds of it (json_roundtrip's 1.8 M encoder pieces: about
// 40 MB cleared per encoding, most of it then copied over). From
// kLargeArray on the array comes from a collector kind of our own that is
// traced like libgc's NORMAL kind but not cleared (g_items_kind), and only
// the part past `filled` is cleared here. Nothing can allocate (so nothing
// can collect and scan the stale words) before the caller's copy: the
// program has one mutator thread at a time.
void* tp::gcMallocItemsFilled(int64_t size, int64_t filled) {
  if (size < kLargeArray || g_items_kind == 0) return gcMallocItems(size);
  void* p = GC_generic_malloc_ignore_off_page((size_t)size, (int)g_items_kind);
  if (!p) return GC_get_oom_fn()((size_t)size);
  memset(static_cast<char*>(p) + filled, 0, (size_t)(size - filled));
  return p;
}

// Returning a replaced array to libgc at once (decision 0047). A list that
// grows leaves its old item array behind, a growing dict its old tables; as
// garbage they kept their pages until the next collection, which a program
// building one big list or dict may not reach before its next, larger
// request (wordfreq's bigram dict: 4.2, 8.4 MB of old entries before its
// 16.8 MB ones). They are freed here when they came from libgc itself (at
// least kFreeReplacedMin bytes, beyond the inline free lists' sizes). That
// is safe because no one else holds them:
// - the owner's pointer was the only stored reference: arrays are never
//   shared between owners (`l *= n` adopts the array of a fresh list that is
//   then dropped, a copy or a slice copies the words, sort keeps the list's
//   own array aside and restores exactly that one);
// - runtime code that holds an array pointer across a call that may run user
//   code or grow the owner re-reads it through the owner afterwards (list:
//   tp_list_get, findItem, list comparison, repr; dict: the probe restarts
//   when `entries != d->entries` after a user __eq__, which compares the old
//   pointer without following it; iteration by index through the dict), as
//   CPython's C code must with its realloc'd arrays; the functions that grow
//   the owner copy what they need first (listSetSlice's `copy`, extend of a
//   list by itself);
// - generated code loads `items` from the list at every access, and a call
//   that can grow the list is a call that may write memory for LLVM.
// GC_base(p) == p keeps anything that is not the start of a libgc block
// (there is no such array today) out of GC_FREE.
constexpr int64_t kFreeReplacedMin = int64_t(64) << 10;
void tp::gcFreeReplaced(void* p, int64_t size) {
  if (p && size >= kFreeReplacedMin && GC_base(p) == p) GC_FREE(p);
}

void* tp::mapItems(int64_t size) {
  if (!g_map_items || size <= 0) return nullptr;
  if (!g_mapped) g_mapped = new std::unordered_map<uintptr_t, MappedArray>();
  if (g_mapped->size() >= kMaxMapped) return nullptr;
  size_t mapped = pageRound((size_t)size);
  void* p = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  (*g_mapped)[reinterpret_cast<uintptr_t>(p)] = MappedArray{(size_t)size, mapped, 0};
  GC_add_roots(p, static_cast<char*>(p) + size);
  g_mapped_owned += (size_t)size;
  return p;
}

void* tp::remapItems(void* p, int64_t size) {
  auto it = g_mapped->find(reinterpret_cast<uintptr_t>(p));
  if (it == g_mapped->end() || it->second.dropped) return nullptr;
  size_t mapped = pageRound((size_t)size);
  void* q = it->second.mapped == mapped ? p : mremap(p, it->second.mapped, mapped, MREMAP_MAYMOVE);
  if (q == MAP_FAILED) return nullptr;
  GC_remove_roots(p, static_cast<char*>(p) + it->second.size);
  g_mapped_owned += (size_t)size - it->second.size;
  g_mapped->erase(it);
  (*g_mapped)[reinterpret_cast<uintptr_t>(q)] = MappedArray{(size_t)size, mapped, 0};
  GC_add_roots(q, static_cast<char*>(q) + size);
  return q;
}

bool tp::isMappedItems(const void* p) { return p && g_mapped && g_mapped->count(reinterpret_cast<uintptr_t>(p)) != 0; }

void tp::dropItems(void* p) {
  if (!g_mapped) return;
  auto it = g_mapped->find(reinterpret_cast<uintptr_t>(p));
  if (it == g_mapped->end() || it->second.dropped != 0) return;
  GC_remove_roots(p, static_cast<char*>(p) + it->second.size);
  g_mapped_owned -= it->second.size;
  it->second.dropped = g_collections + 1;
}

// A big-int temporary that generated code proved dead (decision 0049):
// GC_FREE puts a small slot on libgc's free list of its size (the inline
// lists refill from there) and returns a large one's pages at once, so the
// next big int of that size reuses them without a collection.
void tp::gcFreeDead(void* p) { GC_FREE(p); }
int64_t tp::gcSlotSize(void* p) { return (int64_t)GC_size(p); }

char* tp::gcStrdup(const char* s, size_t n) {
  char* p = static_cast<char*>(GC_MALLOC_ATOMIC(n + 1));
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

// Weak defaults so the core links (and its unit tests run) before the other
// runtime parts define their init functions; their strong definitions win.
__attribute__((weak)) void tp::initNumbers() {}
__attribute__((weak)) void tp::initSequences() {}

extern "C" void tp_runtime_init(void) {
  if (g_initialized || g_initializing) return;
  g_initializing = true;
  initGc();
  initCore();
  initNumbers();
  initSequences();
  initBuiltins();
  g_initialized = true;
  g_initializing = false;
}

// ---------------------------------------------------------------------------
// Types: subtype tests, MRO, readying.
// ---------------------------------------------------------------------------
extern "C" TpType* tp_type_of(TpValue v) {
  if (tp_is_small_int(v)) return &tp_int_type;
  return tp_as_object(v)->type;
}

extern "C" bool tp_is_subtype(TpType* a, TpType* b) {
  if (a == b || b == &tp_object_type) return true;
  if (b->subclass_flag) return (a->flags & b->subclass_flag) != 0;
  if (a->mro != TP_NULL) {
    int64_t n = tp_tuple_size(a->mro);
    TpValue* items = tp_tuple_items(a->mro);
    for (int64_t i = 0; i < n; i++)
      if (items[i] == tp_from_object(b)) return true;
    return false;
  }
  for (TpType* t = a->base; t; t = t->base)
    if (t == b) return true;
  return false;
}

namespace {

inline TpType* asType(TpValue v) { return reinterpret_cast<TpType*>(tp_as_object(v)); }
inline bool isTypeObject(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v)->flags & TP_TYPE_TYPE_SUBCLASS) != 0;
}

// The nearest builtin (non-heap) type in a type's base chain: it fixes the
// instance layout.
TpType* layoutBase(TpType* t) {
  while (t->flags & TP_TYPE_HEAPTYPE) t = t->base;
  return t;
}

// The nearest static type that adds fields (CPython's "solid base"): a
// builtin subclass with its base's size and dict offset shares its layout.
TpType* solidBase(TpType* t) {
  t = layoutBase(t);
  while (t->base && t->base->instance_size == t->instance_size && t->base->dict_offset == t->dict_offset) t = t->base;
  return t;
}

const uint32_t kInheritedFlags = TP_TYPE_INT_SUBCLASS | TP_TYPE_FLOAT_SUBCLASS | TP_TYPE_STR_SUBCLASS |
                                 TP_TYPE_TUPLE_SUBCLASS | TP_TYPE_LIST_SUBCLASS | TP_TYPE_DICT_SUBCLASS |
                                 TP_TYPE_EXC_SUBCLASS | TP_TYPE_TYPE_SUBCLASS;

void inheritSlots(TpType* t, TpType* b) {
#define INHERIT(slot) \
  if (!t->slot) t->slot = b->slot;
  if (!t->instance_size) t->instance_size = b->instance_size;
  if (!t->dict_offset) t->dict_offset = b->dict_offset;
  INHERIT(new_)
  INHERIT(init)
  INHERIT(repr)
  INHERIT(str)
  if (!t->richcompare && !t->hash) {
    t->richcompare = b->richcompare;
    t->hash = b->hash;
  }
  INHERIT(truth)
  INHERIT(len)
  INHERIT(binop)
  INHERIT(unaryop)
  INHERIT(getitem)
  INHERIT(setitem)
  INHERIT(contains)
  INHERIT(iter)
  INHERIT(next)
  INHERIT(call)
  INHERIT(getattr)
  INHERIT(setattr)
  INHERIT(format)
  INHERIT(descr_get)
  INHERIT(descr_set)
#undef INHERIT
  t->flags |= b->flags & kInheritedFlags;
}

// C3 linearisation of `type` over its bases' MROs. Returns TP_NULL when no
// consistent order exists.
TpValue c3Merge(TpType* type, TpValue bases) {
  std::vector<std::vector<TpValue>> seqs;
  int64_t nb = tp_tuple_size(bases);
  for (int64_t i = 0; i < nb; i++) {
    TpValue m = asType(tp_tuple_get(bases, i))->mro;
    seqs.emplace_back(tp_tuple_items(m), tp_tuple_items(m) + tp_tuple_size(m));
  }
  seqs.emplace_back(tp_tuple_items(bases), tp_tuple_items(bases) + nb);
  std::vector<TpValue> out{tp_from_object(type)};
  std::vector<size_t> pos(seqs.size(), 0);
  for (;;) {
    bool any = false;
    TpValue chosen = TP_NULL;
    for (size_t i = 0; i < seqs.size() && !chosen; i++) {
      if (pos[i] >= seqs[i].size()) continue;
      any = true;
      TpValue cand = seqs[i][pos[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; j++)
        for (size_t k = pos[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k] == cand) {
            in_tail = true;
            break;
          }
      if (!in_tail) chosen = cand;
    }
    if (!any) break;
    if (!chosen) return TP_NULL;
    out.push_back(chosen);
    for (size_t i = 0; i < seqs.size(); i++)
      if (pos[i] < seqs[i].size() && seqs[i][pos[i]] == chosen) pos[i]++;
  }
  return tp_tuple_new((int64_t)out.size(), out.data());
}

}  // namespace

// ---------------------------------------------------------------------------
// Type attribute cache (docs/decisions/0018-dispatch-caches.md): a global
// direct-mapped table of (type version tag, interned name) -> the result of
// the MRO walk. Version tags are handed out on a type's first cached lookup
// from a counter that never repeats, so an entry can never match a type that
// was freed and replaced; tp::typeModified clears the tag of the type and of
// every subclass whenever a type's namespace changes.
// ---------------------------------------------------------------------------
namespace {
struct TypeCacheEntry {
  uint64_t version;
  TpValue name;
  TpValue value;
};
constexpr size_t kTypeCacheSize = 4096;  // 2^12: see the index in lookupType
TypeCacheEntry g_type_cache[kTypeCacheSize];
uint64_t g_next_type_version = 1;
// The collector scans static data as roots at every collection; the type
// cache (96 KB) need not be: an entry is used only while its type's version
// is unchanged, and every change that could drop the last reference to its
// value (a class attribute set or deleted, bases changed) changes the
// version of the class and its subclasses (typeModified); versions are never
// reused, and the names are interned (the intern table keeps them). pidigits,
// ~720 collections: -2.3 % instructions.
void excludeCacheRoots() {
  GC_exclude_static_roots(&g_type_cache[0], &g_type_cache[kTypeCacheSize]);
  tp::excludeSuperCacheRoots();
}

bool pendingDictMayHave(TpType* type, TpValue name);

TpValue lookupTypeUncached(TpType* type, TpValue name) {
  TpValue mro = type->mro;
  if (mro == TP_NULL) return TP_NULL;
  int64_t n = tp_tuple_size(mro);
  TpValue* items = tp_tuple_items(mro);
  for (int64_t i = 0; i < n; i++) {
    TpType* k = asType(items[i]);
    // A builtin type's dict is built only when it may hold the name.
    if ((k->flags & TP_TYPE_DICT_PENDING) && !pendingDictMayHave(k, name)) continue;
    TpValue d = typeDict(k);
    if (d == TP_NULL) continue;
    TpValue v = tp_dict_get(d, name);
    if (v != TP_NULL) return v;
  }
  return TP_NULL;
}
}  // namespace

uint64_t tp::typeVersion(TpType* type) {
  if (type->version_tag == 0) type->version_tag = g_next_type_version++;
  return type->version_tag;
}

TpValue tp::lookupType(TpType* type, TpValue name) {
  // Only interned names are cached (they compare by identity); a lookup never
  // runs user code (str keys), so the entry cannot go stale while it is made.
  if (!tp_is_object(name) || tp_type_of_object(name) != &tp_str_type || !(tp_str_object(name)->flags & TP_STR_INTERNED))
    return lookupTypeUncached(type, name);
  uint64_t v = typeVersion(type);
  uint64_t x = (name >> 4) * UINT64_C(0x9E3779B97F4A7C15) ^ v * UINT64_C(0xC2B2AE3D27D4EB4F);
  size_t h = (size_t)(x >> 52);  // the top 12 bits: kTypeCacheSize entries
  TypeCacheEntry& e = g_type_cache[h];
  if (e.version == v && e.name == name) return e.value;
  TpValue r = lookupTypeUncached(type, name);
  e.version = v;
  e.name = name;
  e.value = r;
  return r;
}

void tp::typeModified(TpType* type) {
  type->version_tag = 0;
  TpValue subs = type->subclasses;
  if (subs == TP_NULL) return;
  for (int64_t i = 0; i < tp_list_size(subs); i++) typeModified(asType(tp_list_get(subs, i)));
}

// The interned str for a C string, through a small cache keyed by the
// string's content (callers pass literals and stack buffers alike).
TpValue tp::internCStr(const char* name) {
  struct Entry {
    TpValue str;
  };
  static Entry cache[1024];
  uint64_t h = 0xcbf29ce484222325ull;
  size_t n = 0;
  for (; name[n]; n++) h = (h ^ (unsigned char)name[n]) * 0x100000001b3ull;
  Entry& e = cache[(h ^ (h >> 29)) & 1023];
  if (e.str != TP_NULL && (size_t)tp_str_size(e.str) == n && memcmp(tp_str_data(e.str), name, n) == 0) return e.str;
  e.str = tp_const_str(name, (int64_t)n);
  return e.str;
}

TpValue tp::lookupTypeCStr(TpType* type, const char* name) { return lookupType(type, internCStr(name)); }

// ---------------------------------------------------------------------------
// Slot wrappers: builtin types' dunder methods (object.__init__,
// Exception.__str__, int.__add__...) as callable objects in the type dicts,
// so super().__init__(...) and explicit calls reach the builtin slots.
// ---------------------------------------------------------------------------
namespace {

enum SlotKind {
  kSlotInit,
  kSlotNew,
  kSlotRepr,
  kSlotStr,
  kSlotHash,
  kSlotCmp,
  kSlotBinop,
  kSlotRBinop,
  kSlotLen,
  kSlotGetItem,
  kSlotSetItem,
  kSlotDelItem,
  kSlotContains,
  kSlotIter,
  kSlotNext,
  kSlotCall,
  kSlotFormat,
  kSlotSetAttr,
  kSlotDelAttr,
  kSlotGetAttribute,
  kSlotIBinop,  // __iadd__ ...: the binop slot with TP_BINOP_INPLACE
  kSlotObjStr,  // object.__str__: repr(self)
  kSlotBool,
  kSlotUnary,
};

struct TpSlotWrapper {
  TpObject ob;
  const char* name;
  TpType* owner;
  int32_t kind;
  int32_t op;
};

TpValue slotWrapperCall(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames);
TpValue slotWrapperRepr(TpValue self) {
  auto* w = reinterpret_cast<TpSlotWrapper*>(tp_as_object(self));
  char buf[256];
  snprintf(buf, sizeof buf, "<slot wrapper '%s' of '%s' objects>", w->name, w->owner->name);
  return tp_str_from_cstr(buf);
}
TpValue slotWrapperGet(TpValue descr, TpValue obj, TpValue type) {
  if (obj == TP_NULL) return descr;
  auto* m = allocObject<TpMethod>(&tp_method_type);
  m->func = descr;
  m->self = obj;
  return tp_from_object(m);
}

}  // namespace

extern "C" TpType tp_slot_wrapper_type;
TpType tp_slot_wrapper_type = {TP_TYPE_HEAD("wrapper_descriptor"), .instance_size = sizeof(TpSlotWrapper),
                               .repr = slotWrapperRepr, .call = slotWrapperCall, .descr_get = slotWrapperGet};

namespace {

// The dunder names of the operators (binary: add, sub, mul, matmul,
// truediv, floordiv, mod, pow, lshift, rshift, or, xor, and, as TP_BINOP_*
// numbers them; comparisons as TP_CMP_*; unary: neg, pos, invert), spelled
// out so that neither type set-up nor a dynamic operator call formats them.
const char* const kCmpDunders[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
const char* const kBinopDunders[3][13] = {
    {"__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__floordiv__", "__mod__", "__pow__", "__lshift__",
     "__rshift__", "__or__", "__xor__", "__and__"},
    {"__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rfloordiv__", "__rmod__", "__rpow__",
     "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__"},
    {"__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__ifloordiv__", "__imod__", "__ipow__",
     "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__"}};
const char* const kUnaryDunders[] = {"__neg__", "__pos__", "__invert__"};

void addWrapper(TpType* t, const char* name, int kind, int op = 0) {
  TpValue key = tp_str_intern(name);
  if (tp_dict_get(t->dict, key) != TP_NULL) return;
  auto* w = allocObject<TpSlotWrapper>(&tp_slot_wrapper_type);
  w->name = name;
  w->owner = t;
  w->kind = kind;
  w->op = op;
  tp_dict_setitem(t->dict, key, tp_from_object(w));
  typeModified(t);
}

}  // namespace
extern "C" TpType tp_typing_form_type, tp_typing_alias_type, tp_generic_alias_type, tp_typevar_type, tp_union_type,
    tp_deque_type;
namespace {

// The binary operators (bit i: kBinopDunders[0][i]) and unary ones (bit i:
// kUnaryDunders[i]) a builtin type's dict shows as dunders, as in CPython: a
// binop slot answers every operator, but list has only __add__, __mul__,
// __rmul__, __iadd__ and __imul__. Types not listed get all of them.
enum : uint16_t {
  kAdd = 1 << 0,
  kSub = 1 << 1,
  kMul = 1 << 2,
  kMatmul = 1 << 3,
  kTruediv = 1 << 4,
  kFloordiv = 1 << 5,
  kMod = 1 << 6,
  kPow = 1 << 7,
  kLshift = 1 << 8,
  kRshift = 1 << 9,
  kOr = 1 << 10,
  kXor = 1 << 11,
  kAnd = 1 << 12,
  kAllOps = 0x1fff
};
struct OpSet {
  TpType* type;
  uint16_t fwd, rev, inplace;
  uint8_t unary;
};
const OpSet* opSetFor(TpType* t) {
  static const uint16_t kFloatOps = kAdd | kSub | kMul | kTruediv | kFloordiv | kMod | kPow;
  static const uint16_t kSetOps = kSub | kOr | kXor | kAnd;
  static const OpSet kSets[] = {
      {&tp_int_type, kAllOps & ~kMatmul, kAllOps & ~kMatmul, 0, 7},
      {&tp_bool_type, kOr | kXor | kAnd, kOr | kXor | kAnd, 0, 0},
      {&tp_float_type, kFloatOps, kFloatOps, 0, 3},
      {&tp_complex_type, kAdd | kSub | kMul | kTruediv | kPow, kAdd | kSub | kMul | kTruediv | kPow, 0, 3},
      {&tp_list_type, kAdd | kMul, kMul, kAdd | kMul, 0},
      {&tp_tuple_type, kAdd | kMul, kMul, 0, 0},
      {&tp_str_type, kAdd | kMul | kMod, kMul | kMod, 0, 0},
      {&tp_bytes_type, kAdd | kMul | kMod, kMul | kMod, 0, 0},
      {&tp_bytearray_type, kAdd | kMul | kMod, kMul | kMod, kAdd | kMul, 0},
      {&tp_dict_type, kOr, kOr, kOr, 0},
      {&tp_dict_keys_type, kSetOps, kSetOps, 0, 0},
      {&tp_dict_items_type, kSetOps, kSetOps, 0, 0},
      {&tp_dict_values_type, 0, 0, 0, 0},
      {&tp_set_type, kSetOps, kSetOps, kSetOps, 0},
      {&tp_frozenset_type, kSetOps, kSetOps, 0, 0},
      {&tp_type_type, kOr, kOr, 0, 0},
      {&tp_typing_form_type, kOr, kOr, 0, 0},
      {&tp_typing_alias_type, kOr, kOr, 0, 0},
      {&tp_typevar_type, kOr, kOr, 0, 0},
      {&tp_union_type, kOr, kOr, 0, 0},
      {&tp_deque_type, kAdd | kMul, kMul, kAdd | kMul, 0},
  };
  for (const OpSet& o : kSets)
    if (o.type == t) return &o;
  return nullptr;
}

// The slots `t` defines itself (not inherited unchanged), one bit each, in
// the order addSlotWrappers adds their wrappers. Taken when the type is
// readied, so that a dict built later has the wrappers it would have had.
enum : uint32_t {
  kOwnInit = 1 << 0,
  kOwnNew = 1 << 1,
  kOwnRepr = 1 << 2,
  kOwnStr = 1 << 3,
  kOwnHash = 1 << 4,
  kOwnCompare = 1 << 5,
  kOwnBinop = 1 << 6,
  kOwnUnary = 1 << 7,
  kOwnBool = 1 << 8,
  kOwnLen = 1 << 9,
  kOwnGetItem = 1 << 10,
  kOwnSetItem = 1 << 11,
  kOwnContains = 1 << 12,
  kOwnIter = 1 << 13,
  kOwnNext = 1 << 14,
  kOwnCall = 1 << 15,
  kOwnFormat = 1 << 16,
};
uint32_t ownSlots(TpType* t) {
  TpType* b = t->base;
  uint32_t own = 0;
#define OWN(slot, bit) \
  if (t->slot && (!b || t->slot != b->slot)) own |= bit;
  OWN(init, kOwnInit)
  OWN(new_, kOwnNew)
  OWN(repr, kOwnRepr)
  OWN(str, kOwnStr)
  OWN(hash, kOwnHash)
  OWN(richcompare, kOwnCompare)
  OWN(binop, kOwnBinop)
  OWN(unaryop, kOwnUnary)
  OWN(truth, kOwnBool)
  OWN(len, kOwnLen)
  OWN(getitem, kOwnGetItem)
  OWN(setitem, kOwnSetItem)
  OWN(contains, kOwnContains)
  OWN(iter, kOwnIter)
  OWN(next, kOwnNext)
  OWN(call, kOwnCall)
  OWN(format, kOwnFormat)
#undef OWN
  if (t->binop && opSetFor(t)) own |= kOwnBinop;
  return own;
}

// Calls f(name, kind, op) for each wrapper of the slots `t` defines itself
// (`own`, from ownSlots), in the order they enter its dict.
template <typename F>
void forEachSlotWrapper(TpType* t, uint32_t own, F f) {
  const OpSet* ops = opSetFor(t);
  if (own & kOwnInit) f("__init__", kSlotInit, 0);
  if (own & kOwnNew) f("__new__", kSlotNew, 0);
  if (own & kOwnRepr) f("__repr__", kSlotRepr, 0);
  if (own & kOwnStr) f("__str__", kSlotStr, 0);
  if (own & kOwnHash) f("__hash__", kSlotHash, 0);
  if (own & kOwnCompare)
    for (int i = 0; i < 6; i++) f(kCmpDunders[i], kSlotCmp, i);
  if (own & kOwnBinop)
    for (int i = 0; i < 13; i++) {
      if (!ops || (ops->fwd & (1 << i))) f(kBinopDunders[0][i], kSlotBinop, i);
      if (!ops || (ops->rev & (1 << i))) f(kBinopDunders[1][i], kSlotRBinop, i);
      if (ops && (ops->inplace & (1 << i))) f(kBinopDunders[2][i], kSlotIBinop, i);
    }
  if (own & kOwnUnary)
    for (int i = 0; i < 3; i++)
      if (!ops || (ops->unary & (1 << i))) f(kUnaryDunders[i], kSlotUnary, i);
  if (own & kOwnBool) f("__bool__", kSlotBool, 0);
  if (own & kOwnLen) f("__len__", kSlotLen, 0);
  if (own & kOwnGetItem) f("__getitem__", kSlotGetItem, 0);
  if (own & kOwnSetItem) {
    f("__setitem__", kSlotSetItem, 0);
    f("__delitem__", kSlotDelItem, 0);
  }
  if (own & kOwnContains) f("__contains__", kSlotContains, 0);
  if (own & kOwnIter) f("__iter__", kSlotIter, 0);
  if (own & kOwnNext) f("__next__", kSlotNext, 0);
  if (own & kOwnCall) f("__call__", kSlotCall, 0);
  if (own & kOwnFormat) f("__format__", kSlotFormat, 0);
  if (t == &tp_object_type) f("__str__", kSlotObjStr, 0);
  if (t == &tp_object_type || t == &tp_type_type) {
    f("__setattr__", kSlotSetAttr, 0);
    f("__delattr__", kSlotDelAttr, 0);
    f("__getattribute__", kSlotGetAttribute, 0);
  }
}

void addSlotWrappers(TpType* t, uint32_t own) {
  forEachSlotWrapper(t, own, [t](const char* name, int kind, int op) { addWrapper(t, name, kind, op); });
}

// int.__add__(x, 1.0) and float.__eq__(x, 1j) answer NotImplemented, as in
// CPython: the slots of int and float accept mixed operands (for the
// operators), their dunders only their own kind (float: also int).
bool sameNumberKind(TpType* t, TpValue other) {
  if (t == &tp_int_type || t == &tp_bool_type) return isInstance(other, &tp_int_type);
  if (t == &tp_float_type) return isInstance(other, &tp_float_type) || isInstance(other, &tp_int_type);
  return true;
}

TpValue slotWrapperCall(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  auto* w = reinterpret_cast<TpSlotWrapper*>(tp_as_object(self));
  TpType* t = w->owner;
  if (w->kind == kSlotNew) {
    if (nargs < 1) raiseTypeError("%s.__new__(): not enough arguments", t->name);
    if (!isTypeObject(args[0]))
      raiseTypeError("%s.__new__(X): X is not a type object (%s)", t->name, typeName(args[0]));
    TpType* sub = asType(args[0]);
    if (!tp_is_subtype(sub, t))
      raiseTypeError("%s.__new__(%s): %s is not a subtype of %s", t->name, sub->name, sub->name, t->name);
    return t->new_(sub, args + 1, nargs - 1, kwnames);
  }
  if (nargs < 1) raiseTypeError("descriptor '%s' of '%s' object needs an argument", w->name, t->name);
  TpValue obj = args[0];
  if (!isInstance(obj, t))
    raiseTypeError("descriptor '%s' requires a '%s' object but received a '%s'", w->name, t->name, typeName(obj));
  auto want = [&](int64_t n) {
    if (w->kind != kSlotInit && w->kind != kSlotCall) noKeywords(w->name, kwnames);
    if (nargs - 1 != n)
      raiseTypeError("expected %lld argument%s, got %lld", (long long)n, n == 1 ? "" : "s", (long long)(nargs - 1));
  };
  switch (w->kind) {
    case kSlotInit:
      t->init(obj, args + 1, nargs - 1, kwnames);
      return TP_NONE;
    case kSlotRepr:
      want(0);
      return t->repr(obj);
    case kSlotStr:
      want(0);
      return t->str(obj);
    case kSlotHash:
      want(0);
      return tp_int_from_i64(t->hash(obj));
    case kSlotCmp:
      want(1);
      if (!sameNumberKind(t, args[1])) return tp_from_object(&tp_NotImplemented_object);
      return t->richcompare(obj, args[1], w->op);
    case kSlotBinop:
      want(1);
      if (!sameNumberKind(t, args[1])) return tp_from_object(&tp_NotImplemented_object);
      return t->binop(obj, args[1], w->op, false);
    case kSlotRBinop:
      want(1);
      if (!sameNumberKind(t, args[1])) return tp_from_object(&tp_NotImplemented_object);
      return t->binop(args[1], obj, w->op, true);
    case kSlotIBinop:
      want(1);
      return t->binop(obj, args[1], w->op | TP_BINOP_INPLACE, false);
    case kSlotObjStr:
      want(0);
      return tp_repr(obj);
    case kSlotUnary:
      want(0);
      return t->unaryop(obj, w->op);
    case kSlotBool:
      want(0);
      return tp_bool(t->truth(obj));
    case kSlotLen:
      want(0);
      return tp_int_from_i64(t->len(obj));
    case kSlotGetItem:
      want(1);
      return t->getitem(obj, args[1]);
    case kSlotSetItem:
      want(2);
      t->setitem(obj, args[1], args[2]);
      return TP_NONE;
    case kSlotDelItem:
      want(1);
      t->setitem(obj, args[1], TP_NULL);
      return TP_NONE;
    case kSlotContains:
      want(1);
      return tp_bool(t->contains(obj, args[1]) != 0);
    case kSlotIter:
      want(0);
      return t->iter(obj);
    case kSlotNext: {
      want(0);
      TpValue v = t->next(obj);
      if (v == TP_NULL) raiseStopIteration(TP_NULL);
      return v;
    }
    case kSlotCall:
      return t->call(obj, args + 1, nargs - 1, kwnames);
    case kSlotFormat:
      want(1);
      return t->format(obj, args[1]);
    case kSlotSetAttr:
      want(2);
      if (t == &tp_type_type)
        typeSetAttr(obj, args[1], args[2]);
      else
        genericSetAttr(obj, args[1], args[2]);
      return TP_NONE;
    case kSlotDelAttr:
      want(1);
      if (t == &tp_type_type)
        typeSetAttr(obj, args[1], TP_NULL);
      else
        genericSetAttr(obj, args[1], TP_NULL);
      return TP_NONE;
    case kSlotGetAttribute: {
      want(1);
      if (t == &tp_type_type) {
        TpValue v = typeGetAttr(obj, args[1]);
        if (v == TP_NULL)
          raiseAttributeError("type object '%s' has no attribute '%s'", asType(obj)->name, tp_str_data(args[1]));
        return v;
      }
      TpValue v = genericGetAttr(obj, args[1]);
      if (v == TP_NULL) raiseAttributeError("'%s' object has no attribute '%s'", typeName(obj), tp_str_data(args[1]));
      return v;
    }
  }
  raiseSystemError("bad slot wrapper");
}

}  // namespace

// ---------------------------------------------------------------------------
// Getset descriptors.
// ---------------------------------------------------------------------------
namespace {
struct TpGetSet {
  TpObject ob;
  const GetSetDef* def;
  TpType* owner;
};
TpValue getsetGet(TpValue descr, TpValue obj, TpValue type) {
  if (obj == TP_NULL) return descr;
  auto* g = reinterpret_cast<TpGetSet*>(tp_as_object(descr));
  return g->def->get(obj);
}
void getsetSet(TpValue descr, TpValue obj, TpValue value) {
  auto* g = reinterpret_cast<TpGetSet*>(tp_as_object(descr));
  if (!g->def->set) {
    if (value == TP_NULL)
      raiseAttributeError("attribute '%s' of '%s' objects is not writable", g->def->name, g->owner->name);
    raiseAttributeError("attribute '%s' of '%s' objects is not writable", g->def->name, g->owner->name);
  }
  g->def->set(obj, value);
}
TpValue getsetRepr(TpValue self) {
  auto* g = reinterpret_cast<TpGetSet*>(tp_as_object(self));
  char buf[256];
  snprintf(buf, sizeof buf, "<attribute '%s' of '%s' objects>", g->def->name, g->owner->name);
  return tp_str_from_cstr(buf);
}
}  // namespace

TpType tp_getset_type = {TP_TYPE_HEAD("getset_descriptor"), .instance_size = sizeof(TpGetSet), .repr = getsetRepr,
                         .descr_get = getsetGet, .descr_set = getsetSet};

// ---------------------------------------------------------------------------
// Member descriptors: the names of a class's __slots__, each a word of the
// instance at a fixed offset (TP_NULL while unset), never in its __dict__.
// ---------------------------------------------------------------------------
namespace {
struct TpMember {
  TpObject ob;
  TpValue name;
  TpType* owner;
  int64_t offset;
};
TpMember* asMember(TpValue v) { return reinterpret_cast<TpMember*>(tp_as_object(v)); }
TpValue* memberWord(TpMember* m, TpValue obj) {
  if (!tp_is_object(obj) || !tp_is_subtype(tp_type_of(obj), m->owner))
    raiseTypeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", tp_str_data(m->name),
                   m->owner->name, typeName(obj));
  return reinterpret_cast<TpValue*>(reinterpret_cast<char*>(tp_as_object(obj)) + m->offset);
}
TpValue memberGet(TpValue descr, TpValue obj, TpValue type) {
  if (obj == TP_NULL || obj == TP_NONE) return descr;
  TpMember* m = asMember(descr);
  TpValue v = *memberWord(m, obj);
  if (v == TP_NULL) raiseAttributeError("'%s' object has no attribute '%s'", typeName(obj), tp_str_data(m->name));
  return v;
}
void memberSet(TpValue descr, TpValue obj, TpValue value) {
  TpMember* m = asMember(descr);
  TpValue* w = memberWord(m, obj);
  if (value == TP_NULL && *w == TP_NULL) raiseAttributeError("%s", tp_str_data(m->name));
  *w = value;
}
TpValue memberRepr(TpValue self) {
  TpMember* m = asMember(self);
  std::string r = std::string("<member '") + tp_str_data(m->name) + "' of '" + m->owner->name + "' objects>";
  return tp_str_from_utf8(r.data(), (int64_t)r.size());
}
TpValue memberGetMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__get__", nargs - 1, 1, 2);
  return memberGet(args[0], args[1] == TP_NONE ? TP_NULL : args[1], nargs > 2 ? args[2] : TP_NONE);
}
TpValue memberSetMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__set__", nargs - 1, 2, 2);
  memberSet(args[0], args[1], args[2]);
  return TP_NONE;
}
TpValue memberDeleteMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("__delete__", nargs - 1, 1, 1);
  memberSet(args[0], args[1], TP_NULL);
  return TP_NONE;
}
TpValue memberName(TpValue self) { return asMember(self)->name; }
TpValue memberObjclass(TpValue self) { return tp_from_object(asMember(self)->owner); }
const MethodDef kMemberMethods[] = {
    {"__get__", memberGetMethod}, {"__set__", memberSetMethod}, {"__delete__", memberDeleteMethod}, {nullptr, nullptr}};
const GetSetDef kMemberGetSets[] = {
    {"__name__", memberName}, {"__qualname__", memberName}, {"__objclass__", memberObjclass}, {nullptr, nullptr}};
}  // namespace

extern "C" TpType tp_member_type;
TpType tp_member_type = {TP_TYPE_HEAD("member_descriptor"), .instance_size = sizeof(TpMember), .repr = memberRepr,
                         .descr_get = memberGet, .descr_set = memberSet};

namespace {
void installMethods(TpType* type, const MethodDef* methods);

// A static type readied with its dict not built yet (TP_TYPE_DICT_PENDING):
// what readyType was given and what was added since, in order.
struct DeferredAttr {
  MethodDef def;           // a method (def.fn set), or None (def.fn null)
  const MethodDef* table;  // or a whole table (addTypeMethods)
  bool if_absent;
};
struct PendingDict {
  TpType* type;
  const MethodDef* methods;
  const GetSetDef* getsets;
  uint32_t own;  // ownSlots when readied
  std::vector<DeferredAttr> extra;
};
// A few hundred static types at most, each built once: a linear search is
// cheaper than a field in every TpType. Malloc'd memory the collector does
// not scan: it holds pointers to static data only (deferred values are None
// or made when the dict is built).
std::vector<PendingDict>& pendingDicts() {
  static auto* v = new std::vector<PendingDict>();
  return *v;
}
PendingDict* findPending(TpType* t) {
  for (PendingDict& p : pendingDicts())
    if (p.type == t) return &p;
  return nullptr;
}

void installMethod(TpType* type, const MethodDef& m) {
  TpValue f = newBuiltinFunction(m.name, m.fn, m.flags == kMethodInstance ? type : nullptr);
  if (m.flags == kMethodStatic) f = call(tp_from_object(&tp_staticmethod_type), {f});
  if (m.flags == kMethodClass) {
    // A class method receives the type as args[0]: bind it like a method.
    reinterpret_cast<TpBuiltinFunction*>(tp_as_object(f))->owner = &tp_type_type;
    f = call(tp_from_object(&tp_classmethod_type), {f});
  }
  tp_dict_setitem_str(type->dict, m.name, f);
}

void applyDeferred(TpType* type, const DeferredAttr& a) {
  if (a.table) return installMethods(type, a.table);
  if (a.if_absent && tp_dict_getitem_str(type->dict, a.def.name) != TP_NULL) return;
  if (a.def.fn)
    installMethod(type, a.def);
  else
    tp_dict_setitem_str(type->dict, a.def.name, TP_NONE);
}

// Adds `a` to the type's dict now, or when it is built.
void deferAttr(TpType* type, const DeferredAttr& a) {
  if (type->flags & TP_TYPE_DICT_PENDING) {
    if (PendingDict* p = findPending(type)) {
      p->extra.push_back(a);
      // Lookups that found no such name must be made again.
      typeModified(type);
      return;
    }
  }
  if (typeDict(type) == TP_NULL) type->dict = tp_dict_new();
  applyDeferred(type, a);
  typeModified(type);
}
// False when the dict `type` will have once built (it is pending) cannot
// hold `name`: lookups that miss do not build it. Exact for str names (the
// names come from the tables readyType was given, the slots it saw, and the
// deferred attributes); true (build it) for anything else.
bool pendingDictMayHave(TpType* type, TpValue name) {
  PendingDict* p = findPending(type);
  if (!p || !tp_is_str(name)) return true;
  if (type->dict != TP_NULL && tp_dict_get(type->dict, name) != TP_NULL) return true;
  const char* n = tp_str_data(name);
  if ((size_t)tp_str_size(name) != strlen(n)) return true;  // an embedded NUL
  auto inTable = [n](const MethodDef* t) {
    for (; t && t->name; t++)
      if (!strcmp(t->name, n)) return true;
    return false;
  };
  if (inTable(p->methods)) return true;
  for (const GetSetDef* g = p->getsets; g && g->name; g++)
    if (!strcmp(g->name, n)) return true;
  for (const DeferredAttr& a : p->extra)
    if (a.table ? inTable(a.table) : !strcmp(a.def.name, n)) return true;
  if (n[0] != '_' || n[1] != '_') return false;
  if (!strcmp(n, "__module__") && strchr(type->name, '.')) return true;
  bool hit = false;
  forEachSlotWrapper(type, p->own, [&](const char* w, int, int) { hit = hit || !strcmp(w, n); });
  return hit;
}
}  // namespace

void tp::readyType(TpType* type, const MethodDef* methods, const GetSetDef* getsets, bool final) {
  if (type->mro != TP_NULL) return;
  if (type != &tp_object_type && !type->base) type->base = &tp_object_type;
  if (type->base && type->base->mro == TP_NULL) readyType(type->base);
  if (type->base) inheritSlots(type, type->base);
  if (!final) type->flags |= TP_TYPE_BASETYPE;
  // "module.Name" (zlib.Compress, _io.TextIOWrapper): __name__ is the last
  // part and __module__ the rest; the full name stays in messages, as tp_name.
  const char* dot = strrchr(type->name, '.');
  type->name_str = tp_str_intern(dot ? dot + 1 : type->name);
  type->qualname = type->name_str;
  if (type->base) {
    TpValue b = tp_from_object(type->base);
    type->bases = tp_tuple_new(1, &b);
    int64_t n = tp_tuple_size(type->base->mro);
    TpValue mro = tp_tuple_new(n + 1, nullptr);
    tp_tuple_items(mro)[0] = tp_from_object(type);
    memcpy(tp_tuple_items(mro) + 1, tp_tuple_items(type->base->mro), sizeof(TpValue) * n);
    type->mro = mro;
  } else {
    type->bases = tp_tuple_new(0, nullptr);
    TpValue self = tp_from_object(type);
    type->mro = tp_tuple_new(1, &self);
  }
  if (dot) type->module = tp_str_from_utf8(type->name, dot - type->name);
  // The dict itself is built on first use (buildTypeDict).
  pendingDicts().push_back(PendingDict{type, methods, getsets, ownSlots(type), {}});
  type->flags |= TP_TYPE_DICT_PENDING;
  typeModified(type);
}

TpValue tp::buildTypeDict(TpType* type) {
  if (!(type->flags & TP_TYPE_DICT_PENDING)) return type->dict;
  PendingDict* found = findPending(type);
  if (!found) raiseSystemError("type '%s' has no pending dict", type->name);
  // Taken out first: building may build other types' dicts (a class method
  // is wrapped by calling classmethod).
  std::vector<PendingDict>& all = pendingDicts();
  PendingDict p = std::move(*found);
  *found = std::move(all.back());
  all.pop_back();
  type->flags &= ~TP_TYPE_DICT_PENDING;
  if (type->dict == TP_NULL) type->dict = tp_dict_new();
  const char* dot = strrchr(type->name, '.');
  if (dot) {
    // The str readyType made, unless the type's __module__ was set since.
    TpValue m = type->module;
    if (m == TP_NULL || !tp_is_str(m) || (size_t)tp_str_size(m) != (size_t)(dot - type->name) ||
        memcmp(tp_str_data(m), type->name, dot - type->name) != 0)
      m = tp_str_from_utf8(type->name, dot - type->name);
    tp_dict_setitem_str(type->dict, "__module__", m);
  }
  installMethods(type, p.methods);
  for (const GetSetDef* g = p.getsets; g && g->name; g++) {
    auto* d = allocObject<TpGetSet>(&tp_getset_type);
    d->def = g;
    d->owner = type;
    tp_dict_setitem_str(type->dict, g->name, tp_from_object(d));
  }
  addSlotWrappers(type, p.own);
  for (const DeferredAttr& a : p.extra) applyDeferred(type, a);
  typeModified(type);
  return type->dict;
}

void tp::addTypeMethod(TpType* type, const MethodDef& def, bool if_absent) {
  deferAttr(type, DeferredAttr{def, nullptr, if_absent});
}

void tp::setTypeAttrNone(TpType* type, const char* name, bool if_absent) {
  deferAttr(type, DeferredAttr{MethodDef{name, nullptr}, nullptr, if_absent});
}

void tp::addTypeMethods(TpType* type, const MethodDef* methods) {
  deferAttr(type, DeferredAttr{MethodDef{nullptr, nullptr}, methods, false});
}

namespace {
void installMethods(TpType* type, const MethodDef* methods) {
  for (const MethodDef* m = methods; m && m->name; m++) installMethod(type, *m);
}
}  // namespace

void tp::setTypeAttr(TpType* type, const char* name, TpValue value) {
  if (value == TP_NONE) return setTypeAttrNone(type, name);
  if (type->dict == TP_NULL && !(type->flags & TP_TYPE_DICT_PENDING)) type->dict = tp_dict_new();
  tp_dict_setitem_str(typeDict(type), name, value);
  typeModified(type);
}

// ---------------------------------------------------------------------------
// object and type behaviour.
// ---------------------------------------------------------------------------
namespace {

const char* moduleOf(TpType* t) {
  if (t->module == TP_NULL || !tp_is_str(t->module)) return nullptr;
  return tp_str_data(t->module);
}

TpValue objectRepr(TpValue self) {
  TpType* t = tp_type_of(self);
  const char* mod = moduleOf(t);
  const char* qual = t->qualname != TP_NULL ? tp_str_data(t->qualname) : t->name;
  char buf[512];
  if (mod && strcmp(mod, "builtins") != 0)
    snprintf(buf, sizeof buf, "<%s.%s object at %#llx>", mod, qual, (unsigned long long)self);
  else
    snprintf(buf, sizeof buf, "<%s object at %#llx>", qual, (unsigned long long)self);
  return tp_str_from_cstr(buf);
}

TpValue typeRepr(TpValue self) {
  TpType* t = asType(self);
  const char* mod = moduleOf(t);
  const char* qual = t->qualname != TP_NULL ? tp_str_data(t->qualname) : t->name;
  std::string s = "<class '";
  if (mod && strcmp(mod, "builtins") != 0) {
    s += mod;
    s += '.';
  }
  s += qual;
  s += "'>";
  return tp_str_from_utf8(s.data(), (int64_t)s.size());
}

// True when a heap class in t's MRO (before reaching a builtin) defines `dunder`.
// (By the name's bytes: no interning, no str made.)
bool hasUserSlot(TpType* type, const char* dunder) {
  int64_t n = (int64_t)strlen(dunder), h = -1;
  TpValue mro = type->mro;
  for (int64_t i = 0; i < tp_tuple_size(mro); i++) {
    TpType* k = asType(tp_tuple_get(mro, i));
    if (!(k->flags & TP_TYPE_HEAPTYPE) || k->dict == TP_NULL) continue;
    if (h == -1) h = tp::seq::hashBytes(dunder, n);
    if (tp::seq::dictGetUtf8(k->dict, dunder, n, h) != TP_NULL) return true;
  }
  return false;
}

TpValue objectNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (nargs || kwCount(kwnames)) {
    bool new_overridden = type->new_ != objectNew;
    bool init_overridden = type->init != objectInit;
    if (new_overridden || !init_overridden) {
      if (type == &tp_object_type) raiseTypeError("object() takes no arguments");
      raiseTypeError("%s() takes no arguments", type->name);
    }
  }
  if (type->flags & TP_TYPE_HEAPTYPE) {
    TpType* lb = layoutBase(type);
    if (lb != &tp_object_type && lb->new_ != objectNew)
      raiseTypeError("object.__new__(%s) is not safe, use %s.__new__()", type->name, lb->name);
    checkNotAbstract(type);
  }
  return tp_from_object(tp_alloc(type, type->instance_size));
}

void objectInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (nargs || kwCount(kwnames)) {
    TpType* type = tp_type_of(self);
    bool new_overridden = type->new_ != objectNew;
    bool init_overridden = type->init != objectInit;
    if (init_overridden || !new_overridden)
      raiseTypeError("%s.__init__() takes exactly one argument (the instance to initialize)",
                     init_overridden ? "object" : type->name);
  }
}

// Classes deriving from abc.ABC with abstract methods left cannot be instantiated.
void checkNotAbstract(TpType* type) {
  static const TpValue key = internCStr("__abstractmethods__");
  uint64_t version = typeVersion(type);
  if (type->concrete_version == version) return;
  TpValue names = tp_dict_get(typeDict(type), key);
  if (names == TP_NULL || !tp_truth(names)) {
    // Setting or deleting __abstractmethods__ (a class attribute) changes
    // the version; tp_truth above may have run user code that did.
    if (type->version_tag == version) type->concrete_version = version;
    return;
  }
  TpValue sorted = tp_list_from_iter(names);
  tp_list_sort(sorted, TP_NULL, false);
  std::string list;
  for (int64_t i = 0; i < tp_list_size(sorted); i++) {
    if (i) list += ", ";
    list += tp_str_data(tp_str(tp_list_get(sorted, i)));
  }
  raiseTypeError("Can't instantiate abstract class %s with abstract method%s %s", type->name,
                 tp_list_size(sorted) == 1 ? "" : "s", list.c_str());
}

// type.__call__: type(x), and for every class (type's instances, including
// classes made by a user metaclass) __new__ then, when it returned an
// instance of the class, type(obj).__init__.
TpValue typeCall(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpType* type = asType(self);
  if (type == &tp_type_type) {
    if (nargs == 1 && kwCount(kwnames) == 0) return tp_from_object(tp_type_of(args[0]));
    if (nargs != 3) raiseTypeError("type() takes 1 or 3 arguments");
  }
  if (!type->new_) raiseTypeError("cannot create '%s' instances", type->name);
  // int(...) and float(...): their __new__ does everything, their __init__
  // is object's, which ignores the arguments of a type with its own
  // __new__ (a parser's int(lit) and float(lit) per number).
  if (type == &tp_int_type || type == &tp_float_type) return type->new_(type, args, nargs, kwnames);
  // A plain user class (object.__new__, a user __init__ function, not
  // abstract): allocate and call the __init__ function with the instance in
  // front of the arguments, what objectNew and heapInit would do, without
  // their generic steps. The memo holds while the type's version tag does
  // (any change to the class or a base, including new slots, clears it).
  TpValue f = TP_NULL;
  if (type->ctor_version != 0 && type->ctor_version == type->version_tag) {
    f = type->ctor_init;
  } else {
    // object.__new__ refuses an abstract class (objectNew; CPython's
    // object_new): the memo path below stands in for it. Other __new__s do
    // not check (an exception class with __abstractmethods__ is made).
    if (type->new_ == objectNew && type->init == heapInit && layoutBase(type) == &tp_object_type) {
      if ((type->flags & TP_TYPE_HEAPTYPE)) checkNotAbstract(type);
      static const TpValue init_name = internCStr("__init__");
      f = lookupType(type, init_name);
      if (tp_type_of(f) != &tp_function_type) {
        f = TP_NULL;
      } else {
        type->ctor_init = f;
        type->ctor_version = typeVersion(type);
      }
    }
  }
  if (f != TP_NULL) {
    int64_t total = nargs + kwCount(kwnames);
    if (total < 12) {
      TpValue obj = tp_from_object(tp_alloc(type, type->instance_size));
      TpValue all[12];
      all[0] = obj;
      for (int64_t i = 0; i < total; i++) all[i + 1] = args[i];
      TpValue r = callCompiled(reinterpret_cast<TpFunction*>(tp_as_object(f)), all, nargs + 1, kwnames);
      if (r != TP_NONE) raiseTypeError("__init__() should return None, not '%s'", typeName(r));
      return obj;
    }
  }
  TpValue obj = type->new_(type, args, nargs, kwnames);
  if (type->init && obj != TP_NULL && tp_is_subtype(tp_type_of(obj), type)) {
    TpType* ot = tp_type_of(obj);
    ot->init(obj, args, nargs, kwnames);
  }
  return obj;
}

// type.__new__(meta, name, bases, ns, **kw): the class is made by the most
// derived metaclass of `meta` and the bases' metaclasses (handed to that
// metaclass's own __new__ when it has one); kw goes to __init_subclass__.
TpValue typeNew(TpType* meta, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (meta == &tp_type_type && nargs == 1 && kwCount(kwnames) == 0) return tp_from_object(tp_type_of(args[0]));
  if (nargs != 3) raiseTypeError("type.__new__() takes exactly 3 arguments (%lld given)", (long long)nargs);
  checkClassArgs(args[0], args[1], args[2]);
  TpType* winner = calculateMeta(meta, args[1]);
  if (winner != meta && winner->new_ != typeNew) return winner->new_(winner, args, nargs, kwnames);
  TpValue kw = TP_NULL;
  if (int64_t nk = kwCount(kwnames)) {
    kw = tp_dict_new();
    for (int64_t i = 0; i < nk; i++) tp_dict_setitem(kw, tp_tuple_get(kwnames, i), args[nargs + i]);
  }
  return newClass(winner, args[0], args[1], args[2], kw, TP_NULL);
}

// type.__init__: accepts type's own call shapes and ignores them.
void typeInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  if (nargs == 1 && kwCount(kwnames) != 0) raiseTypeError("type.__init__() takes no keyword arguments");
  if (nargs != 1 && nargs != 3) raiseTypeError("type.__init__() takes 1 or 3 arguments");
}

// type.__dict__-level attributes of type objects.
TpValue typeSpecialAttr(TpType* t, const char* n) {
  if (n[0] != '_' || n[1] != '_') return TP_NULL;
  if (!strcmp(n, "__name__")) return t->name_str;
  if (!strcmp(n, "__qualname__")) return t->qualname;
  if (!strcmp(n, "__module__")) {
    if (typeDict(t) != TP_NULL) {
      TpValue m = tp_dict_getitem_str(t->dict, "__module__");
      if (m != TP_NULL) return m;
    }
    return t->module != TP_NULL ? t->module : tp_str_intern("builtins");
  }
  if (!strcmp(n, "__bases__")) return t->bases;
  if (!strcmp(n, "__base__")) return t->base ? tp_from_object(t->base) : TP_NONE;
  if (!strcmp(n, "__mro__")) return t->mro;
  if (!strcmp(n, "__dict__")) return typeDict(t);  // (CPython returns a read-only proxy)
  if (!strcmp(n, "__class__")) return tp_from_object(tp_type_of(tp_from_object(t)));
  if (!strcmp(n, "__doc__")) {
    TpValue d = typeDict(t) != TP_NULL ? tp_dict_getitem_str(t->dict, "__doc__") : TP_NULL;
    return d != TP_NULL ? d : TP_NONE;
  }
  if (!strcmp(n, "__annotations__") && (t->flags & TP_TYPE_HEAPTYPE) && t->dict != TP_NULL) {
    // The class's own annotations, never a base's: a new {} stored in the
    // class when it has none (type.__annotations__ of CPython 3.10+).
    TpValue a = tp_dict_getitem_str(t->dict, "__annotations__");
    if (a != TP_NULL) {
      TpType* at = tp_type_of(a);
      return at->descr_get ? at->descr_get(a, TP_NONE, tp_from_object(t)) : a;
    }
    a = tp_dict_new();
    tp_dict_setitem_str(t->dict, "__annotations__", a);
    typeModified(t);
    tp::bumpTypeEpoch();
    return a;
  }
  return TP_NULL;
}

TpValue typeMroMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  checkArgCount("mro", nargs, 1, 1);
  TpValue m = asType(args[0])->mro;
  return tp_list_new(tp_tuple_size(m), tp_tuple_items(m));
}
TpValue typeSubclassesMethod(const TpValue* args, int64_t nargs, TpValue kwnames) {
  // Every class created with this base, in creation order (TpType::subclasses;
  // kept strongly, where CPython holds them weakly).
  checkArgCount("__subclasses__", nargs, 1, 1);
  if (asType(args[0]) == &tp_tuple_type) makeSysStructs(TP_NULL, TP_NULL);  // sys's struct sequences
  TpValue list = asType(args[0])->subclasses;
  if (list == TP_NULL) return tp_list_new(0, nullptr);
  return tp_list_new(tp_list_size(list), tp_list_items(list));
}

TpValue typeGetAttr(TpValue self, TpValue name) {
  TpType* t = asType(self);
  const char* n = tp_str_data(name);
  TpValue special = typeSpecialAttr(t, n);
  if (special != TP_NULL) return special;
  TpType* meta = tp_type_of(self);
  // Data descriptors of the metatype win over the class's own attributes
  // (type itself has none: its attributes are looked up only on a miss).
  TpValue meta_attr = meta != &tp_type_type ? lookupType(meta, name) : TP_NULL;
  if (meta_attr != TP_NULL && tp_type_of(meta_attr)->descr_set)
    return tp_type_of(meta_attr)->descr_get(meta_attr, self, tp_from_object(meta));
  TpValue v = lookupType(t, name);
  if (v != TP_NULL) {
    TpType* vt = tp_type_of(v);
    if (vt->descr_get) return vt->descr_get(v, TP_NULL, self);
    return v;
  }
  if (meta == &tp_type_type) meta_attr = lookupType(meta, name);
  if (meta_attr != TP_NULL) {
    TpType* vt = tp_type_of(meta_attr);
    if (vt->descr_get) return vt->descr_get(meta_attr, self, tp_from_object(meta));
    return meta_attr;
  }
  if (!strcmp(n, "mro")) {
    auto* f = reinterpret_cast<TpBuiltinFunction*>(tp_as_object(newBuiltinFunction("mro", typeMroMethod, meta)));
    f->self = self;
    return tp_from_object(f);
  }
  if (!strcmp(n, "__subclasses__")) {
    TpValue f = newBuiltinFunction("__subclasses__", typeSubclassesMethod, &tp_type_type);
    reinterpret_cast<TpBuiltinFunction*>(tp_as_object(f))->self = self;  // bound to the class
    return f;
  }
  return TP_NULL;
}

void resolveSlots(TpType* t);
// resolveSlots for t and every class deriving from it: a dunder assigned to a
// base changes the slots its subclasses inherit.
void resolveSlotsDeep(TpType* t) {
  resolveSlots(t);
  if (t->subclasses == TP_NULL) return;
  for (int64_t i = 0; i < tp_list_size(t->subclasses); i++) resolveSlotsDeep(asType(tp_list_get(t->subclasses, i)));
}

void typeSetAttr(TpValue self, TpValue name, TpValue value) {
  TpType* t = asType(self);
  TpType* meta = tp_type_of(self);
  if (meta != &tp_type_type) {
    // A data descriptor of a user metaclass (a property with a setter) wins.
    TpValue d = lookupType(meta, name);
    if (d != TP_NULL && (meta->flags & TP_TYPE_HEAPTYPE) && tp_type_of(d)->descr_set) {
      tp_type_of(d)->descr_set(d, self, value);
      return;
    }
  }
  if (!(t->flags & TP_TYPE_HEAPTYPE))
    raiseTypeError("cannot set '%s' attribute of immutable type '%s'", tp_str_data(name), t->name);
  const char* n = tp_str_data(name);
  if (!strcmp(n, "__name__") && value != TP_NULL) {
    if (!tp_is_str(value)) raiseTypeError("can only assign string to %s.__name__, not '%s'", t->name, typeName(value));
    t->name_str = value;
    t->name = tp_str_data(value);
    return;
  }
  if (!strcmp(n, "__qualname__") && value != TP_NULL) {
    t->qualname = value;
    return;
  }
  // Attribute inline caches depend on the data descriptors and the dunders
  // of heap types: a change to either invalidates them all.
  bool dunder = n[0] == '_' && n[1] == '_';
  TpValue old = tp_dict_get(t->dict, name);
  if (dunder || (old != TP_NULL && tp_type_of(old)->descr_set) || (value != TP_NULL && tp_type_of(value)->descr_set))
    tp::bumpTypeEpoch();
  if (value == TP_NULL) {
    if (!tp_dict_del(t->dict, name)) raiseAttributeError("type object '%s' has no attribute '%s'", t->name, n);
  } else {
    tp_dict_setitem(t->dict, name, value);
  }
  typeModified(t);
  if (dunder) resolveSlotsDeep(t);
}

}  // namespace

extern "C" void tp_raise_init_result(TpValue r) {
  raiseTypeError("__init__() should return None, not '%s'", typeName(r));
}

// ---------------------------------------------------------------------------
// Instance slots (object.h "Instance slots"): the attributes a class's
// methods assign live in fixed words of the instance until something needs
// the real __dict__.
// ---------------------------------------------------------------------------
extern "C" {
uint64_t tp_type_epoch = 1;
}

// Every attribute cache and layout site that has been filled, so that a
// change of tp_type_epoch can empty them all: a filled entry is then valid by
// construction: the inline hit tests and the out-of-line halves compare
// only the type (a non-null type is current). Sites live in the static data of generated code and are never
// freed; they are registered by their first fill (epoch fields still 0; the
// epoch fields are kept only as that mark).
namespace {
std::vector<TpAttrCache*> filledAttrCaches;
std::vector<TpLayoutSite*> filledLayoutSites;
}  // namespace

void tp::bumpTypeEpoch() {
  tp_type_epoch++;
  for (TpAttrCache* c : filledAttrCaches) {
    c->type = nullptr;
    c->type2 = nullptr;
    c->type3 = nullptr;
    c->type4 = nullptr;
    for (TpAttrEntry& e : c->more) e.type = nullptr;
  }
  for (TpLayoutSite* s : filledLayoutSites) {
    s->type = nullptr;
    s->alt_type = nullptr;
    s->type2 = nullptr;
  }
}

// The instance's dict word, for storing a dict: slotsToDict has run when the
// type has slots (in a merged layout the word holds the slot state until then).
static inline TpValue* instanceDictSlot(TpValue obj, TpType* t) {
  return reinterpret_cast<TpValue*>(reinterpret_cast<char*>(tp_as_object(obj)) + t->dict_offset);
}
static inline TpValue instanceDict(TpValue obj, TpType* t) { return tp_instance_dict(tp_as_object(obj), t); }

namespace {

inline TpSlotWords* slotWordsOf(TpValue obj, TpType* t) { return tp_slot_words(tp_as_object(obj), t); }

// The value of present slot i (a raw float is boxed: a new object each time).
inline TpValue slotValue(const TpSlotWords* w, int64_t i) {
  uint64_t word = w->slots[i];
  if (w->state & tp_slot_fbit(i)) {
    double d;
    memcpy(&d, &word, sizeof d);
    return tp_float_box(d);
  }
  return word;
}

// Stores v in slot i (raw when it is an exact float) and marks it present.
inline void slotStore(TpSlotWords* w, int64_t i, TpValue v) {
  bool raw = tp_is_object(v) && tp_type_of_object(v) == &tp_float_type;
  if (raw) {
    double d = reinterpret_cast<TpFloat*>(tp_as_object(v))->value;
    memcpy(&w->slots[i], &d, sizeof d);
  } else {
    w->slots[i] = v;
  }
  w->state = tp_slot_stored(w->state, i, raw);
}

inline bool isDataDescriptor(TpValue v) { return v != TP_NULL && tp_type_of(v)->descr_set != nullptr; }

}  // namespace

int64_t tp::slotIndex(TpType* t, TpValue name) {
  int64_t n = t->nslots;
  if (n == 0) return -1;
  const TpValue* names = tp_tuple_items(t->slot_names);
  for (int64_t i = 0; i < n; i++)
    if (names[i] == name) return i;
  // Names are interned, so an interned str that is not one of them is no
  // slot name; any other str is compared by content.
  if (!tp_is_str(name) || (tp_str_object(name)->flags & TP_STR_INTERNED)) return -1;
  for (int64_t i = 0; i < n; i++)
    if (tp_str_size(names[i]) == tp_str_size(name) &&
        memcmp(tp_str_data(names[i]), tp_str_data(name), (size_t)tp_str_size(name)) == 0)
      return i;
  return -1;
}

void tp::slotsToDict(TpValue obj, TpType* t) {
  TpSlotWords* w = slotWordsOf(obj, t);
  uint64_t state = w->state;
  if (!tp_slots_live(state)) return;
  // A merged layout's dict is the state word itself: always made here. A
  // separate dict word may already hold one (an exception's).
  bool merged = t->slots_offset == t->dict_offset;
  TpValue d = merged ? tp_dict_new() : *instanceDictSlot(obj, t);
  if (state != 0) {
    if (d == TP_NULL) d = *instanceDictSlot(obj, t) = tp_dict_new();
    const TpValue* names = tp_tuple_items(t->slot_names);
    for (int64_t i = 0; i < t->nslots; i++)
      if (tp_slot_present(state, i)) tp_dict_setitem(d, names[i], slotValue(w, i));
  }
  memset(w->slots, 0, sizeof(uint64_t) * (size_t)t->nslots);
  w->state = merged ? d : TP_SLOTS_DICT_STATE;
}

void tp::presentSlotNames(TpValue obj, std::vector<TpValue>& out) {
  TpType* t = tp_type_of(obj);
  if (!t->nslots || !tp_is_object(obj)) return;
  uint64_t state = slotWordsOf(obj, t)->state;
  if (!tp_slots_live(state)) return;
  const TpValue* names = tp_tuple_items(t->slot_names);
  for (int64_t i = 0; i < t->nslots; i++)
    if (tp_slot_present(state, i)) out.push_back(names[i]);
}

// ---------------------------------------------------------------------------
// Generic attribute access (object.__getattribute__ / __setattr__).
// ---------------------------------------------------------------------------
TpValue tp::genericGetAttr(TpValue obj, TpValue name) {
  TpType* t = tp_type_of(obj);
  TpValue descr = lookupType(t, name);
  TpType* dt = nullptr;
  if (descr != TP_NULL) {
    dt = tp_type_of(descr);
    if (dt->descr_get && dt->descr_set) return dt->descr_get(descr, obj, tp_from_object(t));
  }
  if (t->dict_offset && tp_is_object(obj)) {
    // The slots are instance-dict entries: consulted exactly where the dict is.
    if (t->nslots) {
      TpSlotWords* w = slotWordsOf(obj, t);
      if (w->state & 1) {
        int64_t i = slotIndex(t, name);
        if (i >= 0 && tp_slot_present(w->state, i)) return slotValue(w, i);
      }
    }
    TpValue d = instanceDict(obj, t);
    if (d != TP_NULL) {
      TpValue v = tp_dict_get(d, name);
      if (v != TP_NULL) return v;
    }
  }
  if (descr != TP_NULL) {
    if (dt->descr_get) return dt->descr_get(descr, obj, tp_from_object(t));
    return descr;
  }
  const char* n = tp_str_data(name);
  if (n[0] == '_' && n[1] == '_') {
    if (!strcmp(n, "__class__")) return tp_from_object(t);
    if (!strcmp(n, "__dict__") && t->dict_offset && tp_is_object(obj) && t->slots_allowed == TP_NULL) {
      if (t->nslots) slotsToDict(obj, t);
      TpValue* slot = instanceDictSlot(obj, t);
      if (*slot == TP_NULL) *slot = tp_dict_new();
      return *slot;
    }
  }
  return TP_NULL;
}

namespace {
// obj.__class__ = cls: allowed between heap classes whose instances have the
// same layout (CPython's rule, in the terms of this runtime's layouts).
void setClass(TpValue obj, TpType* t, TpValue value) {
  if (value == TP_NULL) raiseTypeError("can't delete __class__ attribute");
  if (!isTypeObject(value)) raiseTypeError("__class__ must be set to a class, not '%s' object", typeName(value));
  TpType* nt = asType(value);
  if (!(t->flags & TP_TYPE_HEAPTYPE) || !(nt->flags & TP_TYPE_HEAPTYPE) || !tp_is_object(obj))
    raiseTypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
  bool same = layoutBase(t) == layoutBase(nt) && t->dict_offset == nt->dict_offset &&
              (t->slots_allowed == TP_NULL) == (nt->slots_allowed == TP_NULL) &&
              (nt->nslots == 0 || (t->nslots && t->slots_offset == nt->slots_offset)) &&
              nt->instance_size <= t->instance_size;
  if (!same) raiseTypeError("__class__ assignment: '%s' object layout differs from '%s'", nt->name, t->name);
  // The slot words follow the old class's slot names: keep the values in the
  // instance dict from now on.
  if (t->nslots) slotsToDict(obj, t);
  tp_as_object(obj)->type = nt;
}
}  // namespace

void tp::genericSetAttr(TpValue obj, TpValue name, TpValue value) {
  TpType* t = tp_type_of(obj);
  const char* n = tp_str_data(name);
  if (n[0] == '_' && !strcmp(n, "__class__")) return setClass(obj, t, value);
  TpValue descr = lookupType(t, name);
  if (descr != TP_NULL) {
    TpType* dt = tp_type_of(descr);
    if (dt->descr_set) {
      dt->descr_set(descr, obj, value);
      return;
    }
  }
  if (!t->dict_offset || !tp_is_object(obj) ||
      (t->slots_allowed != TP_NULL && value != TP_NULL && !tp_set_contains(t->slots_allowed, name))) {
    if (descr != TP_NULL) raiseAttributeError("'%s' object attribute '%s' is read-only", t->name, tp_str_data(name));
    raiseAttributeError("'%s' object has no attribute '%s'", t->name, tp_str_data(name));
  }
  if (t->nslots) {
    TpSlotWords* w = slotWordsOf(obj, t);
    uint64_t state = w->state;
    if (tp_slots_live(state)) {
      int64_t i = slotIndex(t, name);
      if (value == TP_NULL) {
        if (i >= 0 && tp_slot_present(state, i)) {
          // Deleting the newest slot keeps the slots in insertion order.
          if ((state & TP_SLOTS_PMASK_ALL) == tp_slot_pbits_below(i + 1)) {
            state &= ~(tp_slot_pbit(i) | tp_slot_fbit(i));
            w->state = state == 1 ? 0 : state;
            w->slots[i] = 0;
            return;
          }
          slotsToDict(obj, t);
        }
        // An absent attribute: the dict path below raises.
      } else if (i >= 0 && tp_slot_may_store(state, i)) {
        slotStore(w, i, value);
        return;
      } else {
        // Out of order, not a slot, or __dict__ itself: the dict takes over.
        slotsToDict(obj, t);
      }
    }
  }
  if (value == TP_NULL) {
    TpValue d = instanceDict(obj, t);
    if (d == TP_NULL || !tp_dict_del(d, name))
      raiseAttributeError("'%s' object has no attribute '%s'", t->name, tp_str_data(name));
    return;
  }
  // Dict mode (or no slots): the dict word holds the dict or nothing.
  TpValue* slot = instanceDictSlot(obj, t);
  if (!strcmp(tp_str_data(name), "__dict__")) {
    if (!tp_is_dict(value)) raiseTypeError("__dict__ must be set to a dictionary, not a '%s'", typeName(value));
    *slot = value;
    return;
  }
  if (*slot == TP_NULL) *slot = tp_dict_new();
  tp_dict_setitem(*slot, name, value);
}

// ---------------------------------------------------------------------------
// User classes: generic slots forwarding to dunder methods.
// ---------------------------------------------------------------------------
namespace {

TpValue NotImpl() { return tp_from_object(&tp_NotImplemented_object); }

// Looks the dunder up on type(self) and calls it bound to self; TP_NULL if absent.
TpValue callDunder(TpValue self, const char* name, const TpValue* args, int64_t nargs) {
  return callMethodIfExists(self, name, args, nargs);
}

TpValue heapRepr(TpValue self) {
  TpValue r = callDunder(self, "__repr__", nullptr, 0);
  if (!tp_is_str(r)) raiseTypeError("__repr__ returned non-string (type %s)", typeName(r));
  return r;
}
TpValue heapStr(TpValue self) {
  TpValue r = callDunder(self, "__str__", nullptr, 0);
  if (!tp_is_str(r)) raiseTypeError("__str__ returned non-string (type %s)", typeName(r));
  return r;
}
int64_t heapHash(TpValue self) {
  TpValue f = lookupTypeCStr(tp_type_of(self), "__hash__");
  if (f == TP_NONE) raiseTypeError("unhashable type: '%s'", typeName(self));
  TpValue r = callDunder(self, "__hash__", nullptr, 0);
  if (!tp_is_small_int(r) && !isInstance(r, &tp_int_type)) raiseTypeError("__hash__ method should return an integer");
  // CPython keeps a result that fits in a machine word as it is (-1 becomes
  // -2) and hashes only larger ints: str.__hash__(self) in a str subclass's
  // __hash__ must give the str's own hash.
  int64_t h;
  if (tp_is_small_int(r))
    h = tp_small_int_value(r);
  else if (tp_type_of_object(r) != &tp_int_type || !tp_int_try_i64(r, &h))
    return hashValue(r);
  return h == -1 ? -2 : h;
}
int64_t unhashable(TpValue self) { raiseTypeError("unhashable type: '%s'", typeName(self)); }
TpValue heapRichCompare(TpValue a, TpValue b, int32_t op) {
  TpValue f = lookupTypeCStr(tp_type_of(a), kCmpDunders[op]);
  if (f == TP_NULL) return NotImpl();
  TpValue r = callDunder(a, kCmpDunders[op], &b, 1);
  return r == TP_NULL ? NotImpl() : r;
}
bool heapTruth(TpValue self) {
  TpType* t = tp_type_of(self);
  if (lookupTypeCStr(t, "__bool__") != TP_NULL) {
    TpValue r = callDunder(self, "__bool__", nullptr, 0);
    if (r == TP_TRUE) return true;
    if (r == TP_FALSE) return false;
    raiseTypeError("__bool__ should return bool, returned %s", typeName(r));
  }
  if (lookupTypeCStr(t, "__len__") != TP_NULL) return t->len(self) != 0;
  TpType* lb = layoutBase(t);
  return lb->truth ? lb->truth(self) : lb->len ? lb->len(self) != 0 : true;
}
int64_t heapLen(TpValue self) {
  TpValue r = callDunder(self, "__len__", nullptr, 0);
  if (!tp_is_small_int(r)) {
    if (isInstance(r, &tp_int_type)) raiseOverflowError("cannot fit 'int' into an index-sized integer");
    raiseTypeError("'%s' object cannot be interpreted as an integer", typeName(r));
  }
  int64_t n = tp_small_int_value(r);
  if (n < 0) raiseValueError("__len__() should return >= 0");
  return n;
}
TpValue heapBinop(TpValue a, TpValue b, int32_t op, bool reflected) {
  int base = op & ~TP_BINOP_INPLACE;
  const char* name = kBinopDunders[(op & TP_BINOP_INPLACE) ? 2 : reflected ? 1 : 0][base];
  TpValue self = reflected ? b : a, other = reflected ? a : b;
  TpType* t = tp_type_of(self);
  TpValue f = lookupTypeCStr(t, name);
  if (f == TP_NULL) {
    // Fall back to the builtin base's slot (e.g. a subclass of int).
    TpType* lb = layoutBase(t);
    if (lb->binop && !(op & TP_BINOP_INPLACE)) return lb->binop(a, b, op, reflected);
    return NotImpl();
  }
  return callDunder(self, name, &other, 1);
}
TpValue heapUnary(TpValue a, int32_t op) {
  static const char* syms[] = {"-", "+", "~"};
  TpValue r = callDunder(a, kUnaryDunders[op], nullptr, 0);
  if (r == TP_NULL) {
    TpType* lb = layoutBase(tp_type_of(a));
    if (lb->unaryop) return lb->unaryop(a, op);
    raiseTypeError("bad operand type for unary %s: '%s'", syms[op], typeName(a));
  }
  return r;
}
TpValue heapGetItem(TpValue self, TpValue key) {
  TpValue r = callDunder(self, "__getitem__", &key, 1);
  if (r == TP_NULL) {
    TpType* lb = layoutBase(tp_type_of(self));
    if (lb->getitem) return lb->getitem(self, key);
    raiseTypeError("'%s' object is not subscriptable", typeName(self));
  }
  return r;
}
void heapSetItem(TpValue self, TpValue key, TpValue value) {
  TpValue r;
  if (value == TP_NULL) {
    r = callDunder(self, "__delitem__", &key, 1);
    if (r == TP_NULL) {
      TpType* lb = layoutBase(tp_type_of(self));
      if (lb->setitem) return lb->setitem(self, key, value);
      raiseAttributeError("__delitem__");
    }
  } else {
    TpValue args[2] = {key, value};
    r = callDunder(self, "__setitem__", args, 2);
    if (r == TP_NULL) {
      TpType* lb = layoutBase(tp_type_of(self));
      if (lb->setitem) return lb->setitem(self, key, value);
      raiseTypeError("'%s' object does not support item assignment", typeName(self));
    }
  }
}
int heapContains(TpValue self, TpValue item) {
  TpValue r = callDunder(self, "__contains__", &item, 1);
  if (r == TP_NULL) {
    TpType* lb = layoutBase(tp_type_of(self));
    if (lb->contains) return lb->contains(self, item);
    // No __contains__ on the user class: iterate.
    TpValue it = tp_iter(self);
    for (TpValue v = tp_next(it); v != TP_NULL; v = tp_next(it))
      if (equalValues(v, item)) return 1;
    return 0;
  }
  return tp_truth(r) ? 1 : 0;
}
TpValue heapIter(TpValue self) {
  TpValue r = callDunder(self, "__iter__", nullptr, 0);
  if (r == TP_NULL) {
    TpType* lb = layoutBase(tp_type_of(self));
    if (lb->iter) return lb->iter(self);
    raiseTypeError("'%s' object is not iterable", typeName(self));
  }
  TpType* rt = tp_type_of(r);
  if (!rt->next) raiseTypeError("iter() returned non-iterator of type '%s'", rt->name);
  return r;
}
TpValue heapNext(TpValue self) {
  static TpValue name = TP_NULL;  // interned once: the loop calls this per item
  if (name == TP_NULL) name = internCStr("__next__");
  TpValue f = lookupType(tp_type_of(self), name);
  if (f == TP_NULL) {
    TpType* lb = layoutBase(tp_type_of(self));
    if (lb->next) return lb->next(self);
    raiseTypeError("'%s' object is not an iterator", typeName(self));
  }
  if (tp_is_object(f) && tp_type_of_object(f) == &tp_function_type) {
    // A compiled __next__ returns its StopIteration pending (decision 0017):
    // the end of the iteration costs no C++ throw.
    TpValue r = tp_call_pending(f, &self, 1, TP_NULL);
    if (__builtin_expect(tp_exc_pending != TP_NULL, 0)) {
      if (excIsInstance(tp_exc_pending, &tp_exc_StopIteration)) {
        tp_exc_pending = TP_NULL;
        return TP_NULL;
      }
      throwPending();
    }
    return r;
  }
  try {
    return callDunder(self, "__next__", nullptr, 0);
  } catch (TpRaised& r) {
    if (excIsInstance(r.exc, &tp_exc_StopIteration)) return TP_NULL;
    throw;
  }
}
TpValue heapCall(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue f = lookupTypeCStr(tp_type_of(self), "__call__");
  if (f == TP_NULL) raiseTypeError("'%s' object is not callable", typeName(self));
  return tp_call(bindToInstance(f, self), args, nargs, kwnames);
}
TpValue heapGetAttr(TpValue self, TpValue name) {
  TpType* t = tp_type_of(self);
  TpValue ga = lookupTypeCStr(t, "__getattribute__");
  TpValue v;
  if (ga != TP_NULL && tp_type_of(ga) != &tp_slot_wrapper_type) {
    try {
      v = callDunder(self, "__getattribute__", &name, 1);
    } catch (TpRaised& r) {
      if (!excIsInstance(r.exc, &tp_exc_AttributeError) || lookupTypeCStr(t, "__getattr__") == TP_NULL) throw;
      v = TP_NULL;
    }
  } else {
    // A metaclass's instances are classes: type's lookup, not object's.
    v = (t->flags & TP_TYPE_TYPE_SUBCLASS) ? typeGetAttr(self, name) : genericGetAttr(self, name);
  }
  if (v != TP_NULL) return v;
  if (lookupTypeCStr(t, "__getattr__") != TP_NULL) return callDunder(self, "__getattr__", &name, 1);
  return TP_NULL;
}
void heapSetAttr(TpValue self, TpValue name, TpValue value) {
  TpType* t = tp_type_of(self);
  const char* dunder = value == TP_NULL ? "__delattr__" : "__setattr__";
  TpValue f = lookupTypeCStr(t, dunder);
  if (f != TP_NULL && tp_type_of(f) != &tp_slot_wrapper_type) {
    TpValue args[2] = {name, value};
    callDunder(self, dunder, args, value == TP_NULL ? 1 : 2);
    return;
  }
  if (t->flags & TP_TYPE_TYPE_SUBCLASS) return typeSetAttr(self, name, value);
  genericSetAttr(self, name, value);
}
TpValue heapFormat(TpValue self, TpValue spec) {
  TpValue r = callDunder(self, "__format__", &spec, 1);
  if (r == TP_NULL) return objectFormat(self, spec);
  if (!tp_is_str(r)) raiseTypeError("__format__ must return a str, not %s", typeName(r));
  return r;
}
TpValue heapDescrGet(TpValue descr, TpValue obj, TpValue type) {
  TpValue args[2] = {obj == TP_NULL ? TP_NONE : obj, type};
  return callDunder(descr, "__get__", args, 2);
}
void heapDescrSet(TpValue descr, TpValue obj, TpValue value) {
  if (value == TP_NULL) {
    if (callDunder(descr, "__delete__", &obj, 1) == TP_NULL) raiseAttributeError("__delete__");
  } else {
    TpValue args[2] = {obj, value};
    if (callDunder(descr, "__set__", args, 2) == TP_NULL) raiseAttributeError("__set__");
  }
}
// `first` followed by args[0..n): the argument vector of a call that adds
// the instance or class in front. Small vectors live on the C stack (no
// malloc/free per construction, decision 0019); larger ones in GC memory.
class PrependedArgs {
 public:
  PrependedArgs(TpValue first, const TpValue* args, int64_t n) {
    buf_ = n < kInline ? inline_ : static_cast<TpValue*>(tp_gc_malloc((n + 1) * (int64_t)sizeof(TpValue)));
    buf_[0] = first;
    if (n) memcpy(buf_ + 1, args, (size_t)n * sizeof(TpValue));
  }
  TpValue* data() { return buf_; }

 private:
  static constexpr int64_t kInline = 16;
  TpValue inline_[kInline];
  TpValue* buf_;
};

TpValue heapNew(TpType* type, const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue f = lookupTypeCStr(type, "__new__");
  // __new__ is stored as a staticmethod; unwrap through the descriptor.
  TpType* ft = tp_type_of(f);
  TpValue fn = ft->descr_get ? ft->descr_get(f, TP_NULL, tp_from_object(type)) : f;
  PrependedArgs all(tp_from_object(type), args, nargs + kwCount(kwnames));
  return tp_call(fn, all.data(), nargs + 1, kwnames);
}
void heapInit(TpValue self, const TpValue* args, int64_t nargs, TpValue kwnames) {
  static const TpValue init_name = internCStr("__init__");
  TpValue f = lookupType(tp_type_of(self), init_name);
  TpType* ft = tp_type_of(f);
  TpValue r;
  if (ft == &tp_function_type) {
    PrependedArgs all(self, args, nargs + kwCount(kwnames));
    r = tp_call(f, all.data(), nargs + 1, kwnames);
  } else {
    r = tp_call(bindToInstance(f, self), args, nargs, kwnames);
  }
  if (r != TP_NONE) raiseTypeError("__init__() should return None, not '%s'", typeName(r));
}

// Installs the generic slots a heap class needs: a slot forwards to a dunder
// only when some heap class in the MRO defines it; otherwise the builtin
// base's slot is used directly (fast paths stay fast).
void resolveSlots(TpType* t) {
  TpType* lb = layoutBase(t);
  // Start from the builtin layout base's behaviour.
  t->new_ = lb->new_;
  t->init = lb->init;
  t->repr = lb->repr;
  t->str = lb->str;
  t->hash = lb->hash;
  t->richcompare = lb->richcompare;
  t->truth = lb->truth;
  t->len = lb->len;
  t->binop = lb->binop;
  t->unaryop = lb->unaryop;
  t->getitem = lb->getitem;
  t->setitem = lb->setitem;
  t->contains = lb->contains;
  t->iter = lb->iter;
  t->next = lb->next;
  t->call = lb->call;
  t->getattr = lb->getattr;
  t->setattr = lb->setattr;
  t->format = lb->format;
  t->descr_get = lb->descr_get;
  t->descr_set = lb->descr_set;
  auto has = [&](const char* n) { return hasUserSlot(t, n); };
  if (has("__new__")) t->new_ = heapNew;
  if (has("__init__")) t->init = heapInit;
  if (has("__repr__")) t->repr = heapRepr;
  if (has("__str__"))
    t->str = heapStr;
  else if (has("__repr__"))
    t->str = nullptr;  // str() falls back to repr()
  for (const char* n : {"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"})
    if (has(n)) t->richcompare = heapRichCompare;
  // A class body defining __eq__ alone got __hash__ = None when it was built;
  // __eq__ assigned to a class later keeps its hash, as in CPython.
  if (has("__hash__")) {
    TpValue h = lookupTypeCStr(t, "__hash__");
    t->hash = h == TP_NONE ? unhashable : heapHash;
  }
  if (has("__bool__") || has("__len__")) t->truth = heapTruth;
  if (has("__len__")) t->len = heapLen;
  for (int i = 0; i < 13 && t->binop != heapBinop; i++) {
    for (int form = 0; form < 3; form++)
      if (has(kBinopDunders[form][i])) t->binop = heapBinop;
  }
  if (has("__neg__") || has("__pos__") || has("__invert__")) t->unaryop = heapUnary;
  if (has("__getitem__")) t->getitem = heapGetItem;
  if (has("__setitem__") || has("__delitem__")) t->setitem = heapSetItem;
  if (has("__contains__")) t->contains = heapContains;
  if (has("__iter__")) t->iter = heapIter;
  if (has("__next__")) t->next = heapNext;
  if (has("__call__")) t->call = heapCall;
  if (has("__getattr__") || has("__getattribute__")) t->getattr = heapGetAttr;
  if (has("__setattr__") || has("__delattr__")) t->setattr = heapSetAttr;
  if (has("__format__")) t->format = heapFormat;
  if (has("__get__")) t->descr_get = heapDescrGet;
  if (has("__set__") || has("__delete__")) t->descr_set = heapDescrSet;
}

}  // namespace

// ---------------------------------------------------------------------------
// Attribute inline caches: the out-of-line halves of fastpath.h.
// ---------------------------------------------------------------------------
namespace {

// A user override of a dunder anywhere in the MRO (object's own slot
// wrappers do not count).
bool overridden(TpType* t, const char* dunder) {
  TpValue f = lookupTypeCStr(t, dunder);
  return f != TP_NULL && tp_type_of(f) != &tp_slot_wrapper_type;
}

// Which of t's slots a get site and a set site may cache, at the current
// epoch: the generic lookup must reach the instance dict for the name (no
// __getattribute__ / __setattr__ override, no data descriptor of that name).
void computeSlotCacheability(TpType* t) {
  bool get = (t->getattr == nullptr || t->getattr == heapGetAttr) && !overridden(t, "__getattribute__");
  bool set = (t->setattr == nullptr || t->setattr == heapSetAttr) && !overridden(t, "__setattr__");
  uint64_t ok = 0;
  const TpValue* names = tp_tuple_items(t->slot_names);
  for (int64_t i = 0; i < t->nslots; i++)
    if (!isDataDescriptor(lookupType(t, names[i]))) ok |= UINT64_C(1) << i;
  t->slot_get_ok = get ? ok : 0;
  t->slot_set_ok = set ? ok : 0;
  t->slot_ic_epoch = tp_type_epoch;
}

// The slot `obj.name` lives in if a site may cache it, else -1.
int64_t cacheableSlot(TpValue obj, TpValue name, bool set) {
  if (!tp_is_object(obj)) return -1;
  TpType* t = tp_type_of_object(obj);
  if (!t->nslots || !(t->flags & TP_TYPE_HEAPTYPE)) return -1;
  int64_t i = slotIndex(t, name);
  if (i < 0) return -1;
  if (t->slot_ic_epoch != tp_type_epoch) computeSlotCacheability(t);
  return (((set ? t->slot_set_ok : t->slot_get_ok) >> i) & 1) ? i : -1;
}

inline void fillCache(TpAttrCache* c, TpValue obj, int64_t i) {
  TpType* t = tp_type_of_object(obj);
  if (c->epoch == 0) filledAttrCaches.push_back(c);
  if (c->type != nullptr && c->type != t) {
    // The first entry is valid for another type: a polymorphic site. A type
    // holding the name in the same slot is tested inline (type2, type3,
    // type4).
    if (i == c->slot) {
      if (c->type2 == t || c->type3 == t || c->type4 == t) return;
      if (c->type2 == nullptr) {
        c->type2 = t;
        return;
      }
      if (c->type3 == nullptr) {
        c->type3 = t;
        return;
      }
      if (c->type4 == nullptr) {
        c->type4 = t;
        return;
      }
    }
    TpAttrEntry& e = c->more[c->next];
    c->next = (c->next + 1) % 3;
    e.type = t;
    e.slot = i;
    return;
  }
  c->type = t;
  c->slot = i;
  c->present = tp_slot_present_bits(i);
  c->fbit = tp_slot_fbit(i);
  c->order_mask = tp_slot_order_mask(i);
  c->order_want = tp_slot_order_want(i);
  c->epoch = tp_type_epoch;
}

// The slot cacheableSlot finds for obj.name, filling the site's cache; -1
// when none. Kept out of line: the secondary-entry hit below is the
// common case of a polymorphic site and should not pay for its frame.
__attribute__((noinline)) int64_t siteSlotMiss(TpAttrCache* c, TpValue obj, TpValue name, bool set) {
  int64_t i = cacheableSlot(obj, name, set);
  if (i >= 0) fillCache(c, obj, i);
  return i;
}

// The slot a site may use for obj.name: a secondary entry of the site's
// cache, else siteSlotMiss; -1 when none.
inline int64_t siteSlot(TpAttrCache* c, TpValue obj, TpValue name, bool set) {
  if (tp_is_object(obj)) {
    TpType* t = tp_type_of_object(obj);
    if (tp_ic_inline_type(c, t)) return c->slot;
    for (const TpAttrEntry& e : c->more)
      if (e.type == t) return e.slot;
  }
  return siteSlotMiss(c, obj, name, set);
}

// A set through a cacheable slot: true when done without the generic path.
bool storeCachedSlot(TpValue obj, int64_t i) {
  return tp_slot_may_store(slotWordsOf(obj, tp_type_of_object(obj))->state, i);
}

}  // namespace

extern "C" TpValue tp_getattr_ic_slow(TpValue obj, TpValue name, TpAttrCache* c) {
  int64_t i = siteSlot(c, obj, name, false);
  if (i >= 0) {
    TpSlotWords* w = slotWordsOf(obj, tp_type_of_object(obj));
    if (tp_slot_present(w->state, i)) return slotValue(w, i);
  }
  return tp_getattr(obj, name);
}

extern "C" TpValue tp_getattr_ic_f_slow(TpValue obj, TpValue name, TpAttrCache* c, double* out) {
  int64_t i = siteSlot(c, obj, name, false);
  if (i >= 0) {
    TpSlotWords* w = slotWordsOf(obj, tp_type_of_object(obj));
    if (tp_slot_present(w->state, i)) {
      if (!(w->state & tp_slot_fbit(i))) return w->slots[i];
      memcpy(out, &w->slots[i], sizeof *out);
      return TP_NULL;
    }
  }
  return tp_getattr(obj, name);
}

// The miss path of tp_attr_peek: the same cacheability rules as a get site
// (siteSlot), but None instead of the generic lookup.
extern "C" TpValue tp_attr_peek_slow(TpValue obj, TpValue name, TpAttrCache* c) {
  int64_t i = siteSlot(c, obj, name, false);
  if (i >= 0) {
    TpSlotWords* w = slotWordsOf(obj, tp_type_of_object(obj));
    if (tp_slot_present(w->state, i) && !(w->state & tp_slot_fbit(i))) return w->slots[i];
  }
  return TP_NONE;
}

extern "C" void tp_setattr_ic_slow(TpValue obj, TpValue name, TpValue v, TpAttrCache* c) {
  int64_t i = v != TP_NULL ? siteSlot(c, obj, name, true) : -1;
  if (i >= 0) {
    if (storeCachedSlot(obj, i)) return slotStore(slotWordsOf(obj, tp_type_of_object(obj)), i, v);
  }
  tp_setattr(obj, v, name);
}

extern "C" void tp_setattr_ic_f_slow(TpValue obj, TpValue name, double v, TpAttrCache* c) {
  int64_t i = siteSlot(c, obj, name, true);
  if (i >= 0) {
    if (storeCachedSlot(obj, i)) {
      TpSlotWords* w = slotWordsOf(obj, tp_type_of_object(obj));
      memcpy(&w->slots[i], &v, sizeof v);
      w->state = tp_slot_stored(w->state, i, true);
      return;
    }
  }
  tp_setattr(obj, tp_float_box(v), name);
}

// The miss path of a method call site (fastpath.h TpMethodCache). The cache
// is filled when the generic lookup (object.__getattribute__, no override)
// would find a plain function or a builtin method descriptor on the type and
// bind it to obj: nothing in the MRO before it (lookupType returns the first
// hit, and neither is a data descriptor), no instance slot of that name, and
// no entry in the instance dict (tested again on every hit that has a dict).
static_assert(sizeof(TpMethodCache) == 25 * 8, "lowering allocates a TpMethodCache as 25 words");
static_assert(sizeof(TpAttrCache) == 17 * 8, "lowering allocates a TpAttrCache as 17 words");

namespace {
__attribute__((noinline)) TpValue getMethodMiss(TpValue obj, TpValue name, TpMethodCache* c);
}

extern "C" TpValue tp_getmethod_ic_slow(TpValue obj, TpValue name, TpMethodCache* c) {
  if (tp_is_object(obj)) {
    TpType* t = tp_type_of_object(obj);
    // The secondary entries of a polymorphic site (the same test as the
    // inline one for entry 0); everything else is out of line.
    if (t->version_tag != 0 && (t->dict_offset == 0 || instanceDict(obj, t) == TP_NULL))
      for (int k = 1; k < TP_METHOD_CACHE_ENTRIES; k++)
        if (c->e[k].type == t && c->e[k].version == t->version_tag) return c->e[k].func | TP_METHOD_TAG;
  }
  return getMethodMiss(obj, name, c);
}

namespace {
TpValue getMethodMiss(TpValue obj, TpValue name, TpMethodCache* c) {
  if (tp_is_object(obj)) {
    TpType* t = tp_type_of_object(obj);
    bool generic = (t->getattr == nullptr || (t->getattr == heapGetAttr && !overridden(t, "__getattribute__"))) &&
                   !(t->flags & TP_TYPE_TYPE_SUBCLASS);
    if (generic) {
      TpValue f = lookupType(t, name);
      TpType* ft = f != TP_NULL ? tp_type_of(f) : nullptr;
      bool plain = ft == &tp_function_type;
      if (ft == &tp_builtin_function_type) {
        auto* b = reinterpret_cast<TpBuiltinFunction*>(tp_as_object(f));
        plain = b->owner != nullptr && b->self == TP_NULL;
      }
      if (plain && (!t->nslots || slotIndex(t, name) < 0)) {
        bool shadowed = false;
        if (t->dict_offset) {
          TpValue d = instanceDict(obj, t);
          shadowed = d != TP_NULL && tp_dict_get(d, name) != TP_NULL;
        }
        if (!shadowed) {
          if (tp_is_str(name) && (tp_str_object(name)->flags & TP_STR_INTERNED)) {
            // Entry 0 keeps the first type seen while it is valid; other
            // types take the secondary entries in turn.
            TpMethodEntry* e = &c->e[0];
            if (e->type != nullptr && e->type != t && e->version == e->type->version_tag) {
              e = &c->e[1 + c->next];
              c->next = (c->next + 1) % (TP_METHOD_CACHE_ENTRIES - 1);
            }
            e->type = t;
            e->version = typeVersion(t);
            e->func = f;
            e->nparams = -1;
            e->code = nullptr;
            e->info = nullptr;
            if (ft == &tp_function_type) {
              // callCompiled's fast case: plain positional parameters.
              const TpFuncInfo* info = reinterpret_cast<TpFunction*>(tp_as_object(f))->info;
              e->info = info;
              if (tp_func_positional_only(info)) {
                e->code = info->code;
                e->nparams = info->nparams;
              }
            } else {
              // A builtin method descriptor: its native entry, which the
              // call takes with the receiver in front (tp_call_method_slow).
              e->code = reinterpret_cast<TpCode>(
                  reinterpret_cast<void (*)()>(reinterpret_cast<TpBuiltinFunction*>(tp_as_object(f))->fn));
              e->nparams = TP_METHOD_NATIVE;
            }
          }
          return f | TP_METHOD_TAG;
        }
      }
    }
  }
  return tp_getattr(obj, name);
}
}  // namespace

// A tagged callee that is not entry 0's function: a secondary entry's code
// when the call fits it, else the generic call.
extern "C" TpValue tp_call_method_slow(TpValue callee, TpValue* args, int64_t nargs, TpValue kwnames,
                                       TpMethodCache* c) {
  TpValue f = callee & ~(TpValue)TP_METHOD_TAG;
  if (kwnames == TP_NULL)
    for (int k = 1; k < TP_METHOD_CACHE_ENTRIES; k++)
      if (c->e[k].func == f && c->e[k].nparams == nargs + 1) return c->e[k].code((TpFunction*)tp_as_object(f), args);
  if (tp_type_of_object(f) == &tp_builtin_function_type) {
    // An unbound builtin method descriptor found on type(receiver)'s MRO:
    // the receiver is an instance of its owner, so tp_call's check holds.
    auto* b = reinterpret_cast<TpBuiltinFunction*>(tp_as_object(f));
    return b->fn(args, nargs + 1, kwnames);
  }
  return tp_call(f, args, nargs + 1, kwnames);
}

// The layout guards of specialised regions (fastpath.h "layout guards").
// compiler/lower/lower.cpp reads these words at fixed offsets.
static_assert(offsetof(TpObject, type) == 0, "layout guards read the type at offset 0");
static_assert(offsetof(TpFunction, info) == 8, "tp_ctor_new reads a function's info at offset 8");
static_assert(offsetof(TpTuple, size) == 8, "the lowering's py.unpack reads a tuple's size at offset 8");
static_assert(offsetof(TpType, slots_offset) == 0x58, "layout guards read slots_offset at 0x58");
static_assert(offsetof(TpSlotWords, state) == 0 && offsetof(TpSlotWords, slots) == 8,
              "layout guards read the state word and the slots at 0 and 8");
static_assert(TP_MAX_SLOTS == 31,
              "compiler/ir/ir.h kMaxSlots is the same bound (layout.check specs, the lowering's "
              "presence bit 2i+1 and raw-float bit 2i+2)");
static_assert(offsetof(TpLayoutSite, type) == 0 && offsetof(TpLayoutSite, epoch) == 8 &&
                  offsetof(TpLayoutSite, type2) == 48 && sizeof(TpLayoutSite) == 56,
              "TpLayoutSite layout (compiler/lower/lower.cpp layoutSite, layoutCheck)");

namespace {
// Whether type t (with slots, cacheability current) meets the site's spec.
bool layoutSpecHolds(TpType* t, const char* spec);
}  // namespace

extern "C" bool tp_layout_bind(TpValue obj, TpLayoutSite* s) {
  if (!tp_is_object(obj) || !s->spec) return false;
  TpType* t = tp_type_of_object(obj);
  if (!t->nslots || !(t->flags & TP_TYPE_HEAPTYPE)) return false;
  if (s->epoch == 0 && s->alt_epoch == 0) filledLayoutSites.push_back(s);
  bool ok;
  if (s->alt_type == t) {
    ok = s->alt_ok != 0;
  } else {
    if (t->slot_ic_epoch != tp_type_epoch) computeSlotCacheability(t);
    ok = layoutSpecHolds(t, s->spec);
  }
  if (!ok) {
    s->alt_type = t;
    s->alt_epoch = tp_type_epoch;
    s->alt_ok = 0;
    return false;
  }
  // Bind t; a still valid previous binding becomes the memo and the
  // second type tested inline (the same spec holds for both, so the same
  // state masks apply).
  if (s->type != nullptr && s->type != t) {
    s->alt_type = s->type;
    s->alt_epoch = s->epoch;
    s->alt_ok = 1;
    s->type2 = s->type;
  }
  s->type = t;
  s->epoch = tp_type_epoch;
  return true;
}

namespace {
bool layoutSpecHolds(TpType* t, const char* spec) {
  const TpValue* names = tp_tuple_items(t->slot_names);
  // Entries "name@index:flags", comma-separated.
  for (const char* p = spec; *p;) {
    const char* at = strchr(p, '@');
    if (!at) return false;
    char* end = nullptr;
    long long index = strtoll(at + 1, &end, 10);
    if (!end || *end != ':' || index < 0 || index >= t->nslots) return false;
    TpValue slot = names[index];
    size_t len = (size_t)(at - p);
    if ((size_t)tp_str_size(slot) != len || memcmp(tp_str_data(slot), p, len) != 0) return false;
    const char* f = end + 1;
    for (; *f && *f != ','; f++) {
      if (*f != 'r' && *f != 'w' && *f != 'n') continue;  // f / o: the inline mask test's business
      uint64_t ok = *f == 'r' ? t->slot_get_ok : t->slot_set_ok;
      if (!((ok >> index) & 1)) return false;
    }
    p = *f == ',' ? f + 1 : f;
  }
  return true;
}
}  // namespace

// ---------------------------------------------------------------------------
// tp_class_new
// ---------------------------------------------------------------------------
namespace {
// Builtin layout bases whose instances are fixed-size and allocated with
// type->instance_size, so words after the __dict__ word are free for slots.
// (str, bytes, tuple and int keep variable-size data after their header.)
bool layoutAllowsSlots(TpType* lb) {
  return lb == &tp_object_type || (lb->flags & TP_TYPE_EXC_SUBCLASS) || lb == &tp_list_type || lb == &tp_dict_type ||
         lb == &tp_set_type || lb == &tp_frozenset_type || lb == &tp_float_type;
}

// The attribute names a class declaring __slots__ accepts, or TP_NULL when its
// instances have a __dict__: some class in the MRO does not declare
// __slots__, a __slots__ names '__dict__', or the builtin base has a dict.
TpValue slotsAllowed(TpType* t) {
  if (layoutBase(t)->dict_offset) return TP_NULL;
  TpValue names = tp_set_new();
  TpValue mro = t->mro;
  for (int64_t i = 0; i < tp_tuple_size(mro); i++) {
    TpType* k = asType(tp_tuple_get(mro, i));
    if (!(k->flags & TP_TYPE_HEAPTYPE)) continue;
    TpValue decl = tp_dict_getitem_str(k->dict, "__slots__");
    if (decl == TP_NULL) return TP_NULL;
    auto add = [&](TpValue n) {
      if (!tp_is_str(n)) raiseTypeError("__slots__ items must be strings, not '%s'", typeName(n));
      if (!strcmp(tp_str_data(n), "__dict__")) return false;
      tp_set_add(names, n);
      return true;
    };
    if (tp_is_str(decl)) {
      if (!add(decl)) return TP_NULL;
      continue;
    }
    TpValue it = tp_iter(decl);
    for (TpValue n; (n = tp_next(it)) != TP_NULL;)
      if (!add(n)) return TP_NULL;
  }
  return names;
}

// Lays out the instance slots of a new class (object.h "Instance slots"):
// the best base's slots at their offsets, then the slots of the other heap
// classes in the MRO, then the class's own names (`requested`, the
// __taipan_slots__ tuple, or TP_NULL), without duplicates, without names a
// data descriptor of the class intercepts, at most TP_MAX_SLOTS.
void layoutSlots(TpType* t, TpType* best, TpType* best_layout, TpValue requested) {
  if (!layoutAllowsSlots(best_layout) || !t->dict_offset) return;
  if (tp_dict_getitem_str(t->dict, "__slots__") != TP_NULL) return;
  std::vector<TpValue> names;
  if (best->nslots) names.assign(tp_tuple_items(best->slot_names), tp_tuple_items(best->slot_names) + best->nslots);
  size_t inherited = names.size();
  auto add = [&](TpValue n) {
    if (names.size() >= TP_MAX_SLOTS || !tp_is_str(n)) return;
    n = tp_const_str(tp_str_data(n), tp_str_size(n));
    const char* s = tp_str_data(n);
    if (!strcmp(s, "__dict__") || !strcmp(s, "__class__")) return;
    for (TpValue m : names)
      if (m == n) return;
    if (isDataDescriptor(lookupType(t, n))) return;
    names.push_back(n);
  };
  TpValue mro = t->mro;
  for (int64_t i = 1; i < tp_tuple_size(mro); i++) {
    TpType* k = asType(tp_tuple_get(mro, i));
    for (int64_t j = 0; j < k->nslots; j++) add(tp_tuple_get(k->slot_names, j));
  }
  if (requested != TP_NULL && tp_is_tuple(requested))
    for (int64_t j = 0; j < tp_tuple_size(requested); j++) add(tp_tuple_get(requested, j));
  if (names.empty()) return;
  if (names.size() == inherited) {
    t->slots_offset = best->slots_offset;
    t->nslots = best->nslots;
    t->slot_names = best->slot_names;
    return;
  }
  // The base's slots end its instance. A base without slots gets them from
  // its last word on when that is its __dict__ word (a plain class: the
  // state word takes the dict word's place, object.h), else after it.
  if (best->nslots)
    t->slots_offset = best->slots_offset;
  else if (t->dict_offset == t->instance_size - (int64_t)sizeof(TpValue))
    t->slots_offset = t->dict_offset;
  else
    t->slots_offset = t->instance_size;
  t->nslots = (int64_t)names.size();
  t->slot_names = tp_tuple_new(t->nslots, names.data());
  t->instance_size = t->slots_offset + (int64_t)sizeof(TpSlotWords) + t->nslots * (int64_t)sizeof(uint64_t);
}

// The names a class's own __slots__ declares (not __dict__/__weakref__)
// become member descriptors over words appended to its instances.
void addSlotMembers(TpType* t, TpType* best_layout) {
  TpValue decl = tp_dict_getitem_str(t->dict, "__slots__");
  if (decl == TP_NULL || !layoutAllowsSlots(best_layout)) return;
  std::vector<TpValue> names;
  if (tp_is_str(decl)) {
    names.push_back(decl);
  } else {
    TpValue it = tp_iter(decl);
    for (TpValue n; (n = tp_next(it)) != TP_NULL;) names.push_back(n);
  }
  for (TpValue n : names) {
    if (!tp_is_str(n)) raiseTypeError("__slots__ items must be strings, not '%s'", typeName(n));
    const char* s = tp_str_data(n);
    if (!strcmp(s, "__dict__") || !strcmp(s, "__weakref__")) continue;
    if (tp_dict_get(t->dict, n) != TP_NULL) raiseValueError("'%s' in __slots__ conflicts with class variable", s);
    auto* m = allocObject<TpMember>(&tp_member_type);
    m->name = tp_const_str(s, tp_str_size(n));
    m->owner = t;
    m->offset = t->instance_size;
    t->instance_size += (int64_t)sizeof(TpValue);
    tp_dict_setitem(t->dict, m->name, tp_from_object(m));
  }
}

bool isAbstract(TpValue v) {
  if (v == TP_NULL) return false;
  TpType* vt = tp_type_of(v);
  if (vt != &tp_function_type && !(vt == &tp_staticmethod_type || vt == &tp_classmethod_type ||
                                   vt == &tp_property_type || (vt->flags & TP_TYPE_HEAPTYPE)))
    return false;
  TpValue f = v;
  if (vt == &tp_property_type) f = tp_getattr(v, tp_str_intern("fget"));
  TpValue r = tp_type_of(f) == &tp_function_type || tp_type_of(f)->dict_offset || tp_type_of(f)->getattr
                  ? genericGetAttr(f, tp_str_intern("__isabstractmethod__"))
                  : TP_NULL;
  if (r == TP_NULL && tp_type_of(f) == &tp_function_type) {
    TpValue d = reinterpret_cast<TpFunction*>(tp_as_object(f))->dict;
    if (d != TP_NULL) r = tp_dict_getitem_str(d, "__isabstractmethod__");
  }
  if (r == TP_NULL && (vt == &tp_staticmethod_type || vt == &tp_classmethod_type))
    return isAbstract(tp_getattr(v, tp_str_intern("__func__")));
  return r != TP_NULL && tp_truth(r);
}

// __abstractmethods__ (a frozenset of names): abstract names defined
// here, plus inherited ones this class does not override concretely.
void computeAbstractMethods(TpType* t) {
  TpValue names = tp_list_new(0, nullptr);
  int64_t pos = 0;
  TpValue k, v;
  while (tp_dict_next(t->dict, &pos, &k, &v))
    if (isAbstract(v)) tp_list_append(names, k);
  for (int64_t i = 0; i < tp_tuple_size(t->bases); i++) {
    TpType* b = asType(tp_tuple_get(t->bases, i));
    if (typeDict(b) == TP_NULL) continue;
    TpValue inherited = tp_dict_getitem_str(b->dict, "__abstractmethods__");
    if (inherited == TP_NULL || !tp_is_anyset(inherited)) continue;
    int64_t spos = 0;
    for (TpValue n; tp_set_next(inherited, &spos, &n);)
      if (isAbstract(lookupType(t, n)) && !tp_truth(tp_compare(n, names, TP_CMP_IN))) tp_list_append(names, n);
  }
  tp_dict_setitem_str(t->dict, "__abstractmethods__", tp_frozenset_from_iter(names));
  typeModified(t);
}
}  // namespace

namespace {
// The arguments of type.__new__ (CPython's messages).
void checkClassArgs(TpValue name, TpValue bases, TpValue ns) {
  if (!tp_is_str(name)) raiseTypeError("type.__new__() argument 1 must be str, not %s", typeName(name));
  if (!tp_is_tuple(bases)) raiseTypeError("type.__new__() argument 2 must be tuple, not %s", typeName(bases));
  if (!tp_is_dict(ns)) raiseTypeError("type.__new__() argument 3 must be dict, not %s", typeName(ns));
}

// The most derived of `meta` and the metaclasses of the bases; TypeError
// when they are not all on one line of inheritance.
TpType* calculateMeta(TpType* meta, TpValue bases) {
  TpType* winner = meta;
  for (int64_t i = 0; i < tp_tuple_size(bases); i++) {
    TpType* mt = tp_type_of(tp_tuple_get(bases, i));
    if (tp_is_subtype(winner, mt)) continue;
    if (tp_is_subtype(mt, winner)) {
      winner = mt;
      continue;
    }
    raiseTypeError(
        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
        "of all its bases");
  }
  return winner;
}

// The instance slots irgen asked for, for a class a user metaclass creates
// from the namespace tp_class_build handed it (set around that call).
TpValue g_pending_ns = TP_NULL, g_pending_slots = TP_NULL;

// type.__new__ proper: a class of metatype `meta` (already the winner of
// calculateMeta). kw (a dict or TP_NULL) goes to __init_subclass__; slots
// (a tuple or TP_NULL) are the compiler's instance attribute names.
TpValue newClass(TpType* meta, TpValue name, TpValue bases, TpValue ns, TpValue kw, TpValue slots) {
  int64_t nb = tp_tuple_size(bases);
  if (nb == 0) {
    TpValue o = tp_from_object(&tp_object_type);
    bases = tp_tuple_new(1, &o);
    nb = 1;
  }
  // Validate the bases and pick the one whose layout is the most derived.
  TpType* best = nullptr;
  TpType* best_layout = nullptr;
  for (int64_t i = 0; i < nb; i++) {
    TpValue b = tp_tuple_get(bases, i);
    if (!isTypeObject(b)) raiseTypeError("bases must be types");
    TpType* bt = asType(b);
    if (!(bt->flags & TP_TYPE_BASETYPE)) raiseTypeError("type '%s' is not an acceptable base type", bt->name);
    for (int64_t j = 0; j < i; j++)
      if (tp_tuple_get(bases, j) == b) raiseTypeError("duplicate base class %s", bt->name);
    TpType* lb = layoutBase(bt);
    if (!best) {
      best = bt;
      best_layout = lb;
    } else if (tp_is_subtype(lb, best_layout)) {
      if (lb != best_layout) {
        best = bt;
        best_layout = lb;
      }
    } else if (!tp_is_subtype(best_layout, lb)) {
      // Unrelated layouts are compatible when one adds no fields to what
      // the other derives from (OSError and ValueError: io.UnsupportedOperation).
      TpType* sa = solidBase(best_layout);
      TpType* sb = solidBase(lb);
      if (tp_is_subtype(sb, sa)) {
        if (sb != sa) {
          best = bt;
          best_layout = lb;
        }
      } else if (!tp_is_subtype(sa, sb)) {
        raiseTypeError("multiple bases have instance lay-out conflict");
      }
    }
  }
  int64_t size = meta->instance_size > (int64_t)sizeof(TpType) ? meta->instance_size : (int64_t)sizeof(TpType);
  auto* t = allocObject<TpType>(meta, size);
  t->name = gcStrdup(tp_str_data(name), (size_t)tp_str_size(name));
  t->name_str = name;
  t->base = best;
  t->bases = bases;
  t->flags = TP_TYPE_HEAPTYPE | TP_TYPE_BASETYPE | (best->flags & kInheritedFlags);
  if (best_layout->flags & TP_TYPE_HEAPTYPE) __builtin_unreachable();
  // Layout: the base's instance plus a __dict__ word unless it already has
  // one. A metaclass's instances are classes: their attributes live in the
  // class namespace (type.__setattr__), so they get no __dict__ word.
  if (best->dict_offset || (best_layout->flags & TP_TYPE_TYPE_SUBCLASS)) {
    t->instance_size = best->instance_size;
    t->dict_offset = best->dict_offset;
  } else if (best_layout == &tp_str_type) {
    // The text follows the header: the __dict__ word is the one in front of
    // the object (str.h; strNew allocates it).
    t->instance_size = best->instance_size;
    t->dict_offset = -(int64_t)sizeof(TpValue);
  } else {
    t->dict_offset = best->instance_size;
    t->instance_size = best->instance_size + (int64_t)sizeof(TpValue);
  }
  TpValue mro = c3Merge(t, bases);
  if (mro == TP_NULL) {
    std::string names;
    for (int64_t i = 0; i < nb; i++) {
      if (i) names += ", ";
      names += asType(tp_tuple_get(bases, i))->name;
    }
    raiseTypeError("Cannot create a consistent method resolution\norder (MRO) for bases %s", names.c_str());
  }
  t->mro = mro;
  if (slots == TP_NULL && ns == g_pending_ns && g_pending_ns != TP_NULL) {
    slots = g_pending_slots;
    g_pending_ns = TP_NULL;
  }
  TpValue dict = tp_dict_copy(ns);
  // The compiler's attribute list: never visible in the class.
  TpValue slots_key = tp_str_intern("__taipan_slots__");
  TpValue slot_names = tp_dict_get(dict, slots_key);
  if (slot_names != TP_NULL) tp_dict_del(dict, slots_key);
  if (slots != TP_NULL) slot_names = slots;
  TpValue qn = tp_dict_getitem_str(dict, "__qualname__");
  if (qn != TP_NULL) {
    if (!tp_is_str(qn)) raiseTypeError("type __qualname__ must be a str, not %s", typeName(qn));
    t->qualname = qn;
    tp_dict_del(dict, tp_str_intern("__qualname__"));
  } else {
    t->qualname = name;
  }
  TpValue mod = tp_dict_getitem_str(dict, "__module__");
  if (mod == TP_NULL) {
    mod = tp_str_intern("__main__");
    tp_dict_setitem_str(dict, "__module__", mod);
  }
  t->module = mod;
  // __new__ is implicitly a staticmethod, __init_subclass__ and
  // __class_getitem__ implicitly classmethods.
  TpValue nw = tp_dict_getitem_str(dict, "__new__");
  if (nw != TP_NULL && tp_type_of(nw) == &tp_function_type)
    tp_dict_setitem_str(dict, "__new__", call(tp_from_object(&tp_staticmethod_type), {nw}));
  for (const char* cm : {"__init_subclass__", "__class_getitem__"}) {
    TpValue f = tp_dict_getitem_str(dict, cm);
    if (f != TP_NULL && tp_type_of(f) == &tp_function_type)
      tp_dict_setitem_str(dict, cm, call(tp_from_object(&tp_classmethod_type), {f}));
  }
  if (tp_dict_getitem_str(dict, "__doc__") == TP_NULL) tp_dict_setitem_str(dict, "__doc__", TP_NONE);
  // A class body that defines __eq__ but not __hash__ makes the class unhashable,
  // whatever its bases define.
  if (tp_dict_getitem_str(dict, "__eq__") != TP_NULL && tp_dict_getitem_str(dict, "__hash__") == TP_NULL)
    tp_dict_setitem_str(dict, "__hash__", TP_NONE);
  // The __class__ cell of the body's methods (zero-argument super()).
  TpValue cell_key = tp_str_intern("__classcell__");
  TpValue cell = tp_dict_get(dict, cell_key);
  if (cell != TP_NULL) {
    if (tp_type_of(cell) != &tp_cell_type) {
      TpValue r = tp_repr(tp_from_object(tp_type_of(cell)));
      raiseTypeError("__classcell__ must be a nonlocal cell, not %s", tp_str_data(r));
    }
    tp_dict_del(dict, cell_key);
  }
  t->dict = dict;
  // Each direct base lists the class, so a change to a base reaches it.
  for (int64_t i = 0; i < nb; i++) {
    TpType* bt = asType(tp_tuple_get(bases, i));
    if (bt->subclasses == TP_NULL) bt->subclasses = tp_list_new(0, nullptr);
    tp_list_append(bt->subclasses, tp_from_object(t));
  }
  addSlotMembers(t, best_layout);
  typeModified(t);
  t->slots_allowed = slotsAllowed(t);
  resolveSlots(t);
  layoutSlots(t, best, best_layout, slot_names);
  TpValue tv = tp_from_object(t);
  if (cell != TP_NULL) tp_cell_set(cell, tv);
  if (lookupTypeCStr(t, "_abc_impl") != TP_NULL || (tp_abc_meta && tp_is_subtype(meta, tp_abc_meta)))
    computeAbstractMethods(t);
  // __set_name__ on descriptors defined in the body (user classes' and
  // builtin ones such as property, which names itself in messages).
  int64_t pos = 0;
  TpValue k, v;
  while (tp_dict_next(dict, &pos, &k, &v)) {
    if (!tp_is_object(v) || lookupTypeCStr(tp_type_of(v), "__set_name__") == TP_NULL) continue;
    TpValue args[2] = {tv, k};
    callMethodIfExists(v, "__set_name__", args, 2);
  }
  // super(t, t).__init_subclass__(**kw): the nearest user one; object's
  // takes no keywords.
  TpValue init_sub = TP_NULL;
  for (int64_t i = 1; i < tp_tuple_size(mro) && init_sub == TP_NULL; i++) {
    TpType* k2 = asType(tp_tuple_get(mro, i));
    if (k2->flags & TP_TYPE_HEAPTYPE) init_sub = tp_dict_getitem_str(k2->dict, "__init_subclass__");
  }
  int64_t nkw = kw != TP_NULL ? tp_dict_size(kw) : 0;
  if (init_sub != TP_NULL) {
    TpType* it = tp_type_of(init_sub);
    TpValue bound = it->descr_get ? it->descr_get(init_sub, TP_NULL, tv) : init_sub;
    if (nkw == 0) {
      tp_call(bound, nullptr, 0, TP_NULL);
    } else {
      std::vector<TpValue> vals, names;
      pos = 0;
      while (tp_dict_next(kw, &pos, &k, &v)) {
        names.push_back(k);
        vals.push_back(v);
      }
      tp_call(bound, vals.data(), 0, tp_tuple_new((int64_t)names.size(), names.data()));
    }
  } else if (nkw) {
    raiseTypeError("%s.__init_subclass__() takes no keyword arguments", tp_str_data(t->qualname));
  }
  return tv;
}

// The metaclass a class statement uses: `metaclass=` from the keywords (a
// dict or None), else the type of the first base; for a type, the most
// derived one of it and the bases' metaclasses.
// PEP 560: a base that is not a class but has __mro_entries__ (Box[int])
// is replaced by what that returns; `bases` itself when nothing changes.
TpValue resolveMroEntries(TpValue bases) {
  std::vector<TpValue> out;
  bool changed = false;
  for (int64_t i = 0; i < tp_tuple_size(bases); i++) {
    TpValue b = tp_tuple_get(bases, i);
    TpValue m = isTypeObject(b) ? TP_NULL : lookupTypeCStr(tp_type_of(b), "__mro_entries__");
    if (m == TP_NULL) {
      out.push_back(b);
      continue;
    }
    TpValue r = tp_call(bindToInstance(m, b), &bases, 1, TP_NULL);
    if (!tp_is_tuple(r)) raiseTypeError("__mro_entries__ must return a tuple");
    for (int64_t j = 0; j < tp_tuple_size(r); j++) out.push_back(tp_tuple_get(r, j));
    changed = true;
  }
  return changed ? tp_tuple_new((int64_t)out.size(), out.data()) : bases;
}

TpValue classMeta(TpValue bases, TpValue kw, bool* isclass) {
  TpValue meta = kw != TP_NONE && kw != TP_NULL ? tp_dict_getitem_str(kw, "metaclass") : TP_NULL;
  *isclass = true;
  if (meta == TP_NULL)
    meta = tp_tuple_size(bases) ? tp_from_object(tp_type_of(tp_tuple_get(bases, 0))) : tp_from_object(&tp_type_type);
  else
    *isclass = isTypeObject(meta);
  if (*isclass) meta = tp_from_object(calculateMeta(asType(meta), bases));
  return meta;
}

// The class keywords other than metaclass, as kwnames plus values.
void classKeywords(TpValue kw, std::vector<TpValue>& names, std::vector<TpValue>& vals) {
  if (kw == TP_NONE || kw == TP_NULL) return;
  int64_t pos = 0;
  TpValue k, v;
  while (tp_dict_next(kw, &pos, &k, &v)) {
    if (!strcmp(tp_str_data(k), "metaclass")) continue;
    names.push_back(k);
    vals.push_back(v);
  }
}

TpValue typePrepare(const TpValue* args, int64_t nargs, TpValue kwnames) { return tp_dict_new(); }
}  // namespace

extern "C" {
TpType* tp_abc_meta = nullptr;
}

extern "C" TpValue tp_class_new(TpValue name, TpValue bases, TpValue ns) {
  tp_runtime_init();
  if (bases == TP_NULL || bases == TP_NONE) bases = tp_tuple_new(0, nullptr);
  TpValue args[3] = {name, bases, ns};
  return typeNew(&tp_type_type, args, 3, TP_NULL);
}

extern "C" TpValue tp_class_prepare(TpValue name, TpValue bases, TpValue kw) {
  bases = resolveMroEntries(bases);
  bool isclass;
  TpValue meta = classMeta(bases, kw, &isclass);
  if (meta == tp_from_object(&tp_type_type)) return tp_dict_new();
  TpValue prep;
  if (isclass) {
    prep = lookupTypeCStr(asType(meta), "__prepare__");
    if (prep == TP_NULL) return tp_dict_new();
    if (tp_type_of(prep) == &tp_classmethod_type && prep == tp_dict_getitem_str(typeDict(&tp_type_type), "__prepare__"))
      return tp_dict_new();
    prep = tp_getattr(meta, tp_str_intern("__prepare__"));
  } else {
    TpType* mt = tp_type_of(meta);
    prep = mt->getattr ? mt->getattr(meta, tp_str_intern("__prepare__"))
                       : genericGetAttr(meta, tp_str_intern("__prepare__"));
    if (prep == TP_NULL) return tp_dict_new();
  }
  std::vector<TpValue> names, vals;
  classKeywords(kw, names, vals);
  std::vector<TpValue> all{name, bases};
  all.insert(all.end(), vals.begin(), vals.end());
  TpValue ns =
      tp_call(prep, all.data(), 2, names.empty() ? TP_NULL : tp_tuple_new((int64_t)names.size(), names.data()));
  if (!tp_type_of(ns)->getitem) {
    if (isclass) raiseTypeError("%s.__prepare__() must return a mapping, not %s", asType(meta)->name, typeName(ns));
    raiseTypeError("<metaclass>.__prepare__() must return a mapping, not %s", typeName(ns));
  }
  return ns;
}

extern "C" TpValue tp_class_build(TpValue name, TpValue bases, TpValue ns, TpValue kw, TpValue slots) {
  TpValue orig_bases = bases;
  bases = resolveMroEntries(bases);
  if (bases != orig_bases) tp_setitem(ns, tp_str_intern("__orig_bases__"), orig_bases);
  bool isclass;
  TpValue meta = classMeta(bases, kw, &isclass);
  std::vector<TpValue> names, vals;
  classKeywords(kw, names, vals);
  if (slots == TP_NONE) slots = TP_NULL;
  if (meta == tp_from_object(&tp_type_type)) {
    checkClassArgs(name, bases, ns);
    TpValue rest = TP_NULL;
    if (!names.empty()) {
      rest = tp_dict_new();
      for (size_t i = 0; i < names.size(); i++) tp_dict_setitem(rest, names[i], vals[i]);
    }
    return newClass(&tp_type_type, name, bases, ns, rest, slots);
  }
  std::vector<TpValue> all{name, bases, ns};
  all.insert(all.end(), vals.begin(), vals.end());
  TpValue saved_ns = g_pending_ns, saved_slots = g_pending_slots;
  g_pending_ns = slots != TP_NULL ? ns : TP_NULL;
  g_pending_slots = slots;
  struct Restore {
    TpValue ns, slots;
    ~Restore() {
      g_pending_ns = ns;
      g_pending_slots = slots;
    }
  } restore{saved_ns, saved_slots};
  return tp_call(meta, all.data(), 3, names.empty() ? TP_NULL : tp_tuple_new((int64_t)names.size(), names.data()));
}

// ---------------------------------------------------------------------------
// Dispatch helpers.
// ---------------------------------------------------------------------------
TpValue tp::callMethodIfExists(TpValue obj, const char* name, const TpValue* args, int64_t nargs) {
  TpType* t = tp_type_of(obj);
  TpValue f = lookupTypeCStr(t, name);
  if (f == TP_NULL) return TP_NULL;
  TpType* ft = tp_type_of(f);
  if (ft == &tp_function_type) {
    // Call the plain function with self prepended (no bound-method object).
    TpValue buf[8];
    std::vector<TpValue> big;
    TpValue* all = buf;
    if (nargs + 1 > 8) {
      big.resize((size_t)nargs + 1);
      all = big.data();
    }
    all[0] = obj;
    for (int64_t i = 0; i < nargs; i++) all[i + 1] = args[i];
    return tp_call(f, all, nargs + 1, TP_NULL);
  }
  return tp_call(bindToInstance(f, obj), args, nargs, TP_NULL);
}

// ---- with statements (abi.h) ----
extern "C" TpValue tp_with_exit(TpValue mgr) {
  TpType* t = tp_type_of(mgr);
  if (lookupTypeCStr(t, "__enter__") == TP_NULL)
    raiseTypeError("'%s' object does not support the context manager protocol", t->name);
  TpValue exit = lookupTypeCStr(t, "__exit__");
  if (exit == TP_NULL)
    raiseTypeError("'%s' object does not support the context manager protocol (missed __exit__ method)", t->name);
  return bindToInstance(exit, mgr);
}

// tp_with_exit, always run first, has checked that __enter__ exists.
extern "C" TpValue tp_with_enter(TpValue mgr) { return callMethodIfExists(mgr, "__enter__", nullptr, 0); }

extern "C" bool tp_with_exit_exc(TpValue exit, TpValue exc) {
  TpValue args[3] = {tp_from_object(tp_type_of(exc)), exc, tp_getattr(exc, tp_str_intern("__traceback__"))};
  return tp_truth(tp_call(exit, args, 3, TP_NULL));
}

extern "C" TpValue tp_async_with_exit(TpValue mgr) {
  TpType* t = tp_type_of(mgr);
  if (lookupTypeCStr(t, "__aenter__") == TP_NULL)
    raiseTypeError("'%s' object does not support the asynchronous context manager protocol", t->name);
  TpValue exit = lookupTypeCStr(t, "__aexit__");
  if (exit == TP_NULL)
    raiseTypeError("'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)",
                   t->name);
  return bindToInstance(exit, mgr);
}

extern "C" TpValue tp_async_with_enter(TpValue mgr) { return callMethodIfExists(mgr, "__aenter__", nullptr, 0); }

extern "C" TpValue tp_with_exit_call(TpValue exit, TpValue exc) {
  TpValue args[3] = {tp_from_object(tp_type_of(exc)), exc, tp_getattr(exc, tp_str_intern("__traceback__"))};
  return tp_call(exit, args, 3, TP_NULL);
}

extern "C" TpValue tp_async_iter(TpValue obj) {
  TpType* t = tp_type_of(obj);
  TpValue m = lookupTypeCStr(t, "__aiter__");
  if (m == TP_NULL) raiseTypeError("'async for' requires an object with __aiter__ method, got %s", t->name);
  TpValue it = tp_call(bindToInstance(m, obj), nullptr, 0, TP_NULL);
  if (lookupTypeCStr(tp_type_of(it), "__anext__") == TP_NULL)
    raiseTypeError("'async for' received an object from __aiter__ that does not implement __anext__: %s", typeName(it));
  return it;
}

extern "C" TpValue tp_async_next(TpValue it) {
  TpType* t = tp_type_of(it);
  TpValue m = lookupTypeCStr(t, "__anext__");
  if (m == TP_NULL) raiseTypeError("'async for' requires an iterator with __anext__ method, got %s", t->name);
  return tp_call(bindToInstance(m, it), nullptr, 0, TP_NULL);
}

TpValue tp::callMethod(TpValue obj, const char* name, const TpValue* args, int64_t nargs) {
  TpValue f = tp_getattr(obj, tp_str_intern(name));
  return tp_call(f, args, nargs, TP_NULL);
}

TpValue tp::call(TpValue callee, std::initializer_list<TpValue> args) {
  return tp_call(callee, args.begin(), (int64_t)args.size(), TP_NULL);
}

int64_t tp::hashValue(TpValue v) {
  TpType* t = tp_type_of(v);
  if (!t->hash) raiseTypeError("unhashable type: '%s'", t->name);
  return t->hash(v);
}

bool tp::equalValues(TpValue a, TpValue b) {
  if (a == b) return true;
  return tp_truth(tp_compare(a, b, TP_CMP_EQ));
}

const char* tp::typeName(TpValue v) { return tp_type_of(v)->name; }

// ---------------------------------------------------------------------------
// Core initialisation (before numbers and sequences: only type objects and
// their readiness; dicts/strs/tuples work from their static type objects).
// ---------------------------------------------------------------------------
void initFunctions();    // func.cpp
void initExceptions();   // exceptions.cpp
void initDescriptors();  // descr.cpp
void initGenerators();   // gen.cpp

namespace {
// object.__init_subclass__ (a class method): takes nothing.
TpValue objectInitSubclass(const TpValue* args, int64_t nargs, TpValue kwnames) {
  const char* qn = tp_str_data(asType(args[0])->qualname);
  if (kwCount(kwnames)) raiseTypeError("%s.__init_subclass__() takes no keyword arguments", qn);
  if (nargs > 1) raiseTypeError("%s.__init_subclass__() takes no arguments (%lld given)", qn, (long long)(nargs - 1));
  return TP_NONE;
}
TpValue typeCheckArg(const char* name, const TpValue* args, int64_t nargs, TpValue kwnames) {
  noKeywords(name, kwnames);
  if (nargs != 2) raiseTypeError("type.%s() takes exactly one argument (%lld given)", name, (long long)(nargs - 1));
  return args[1];
}
// type.__instancecheck__ / type.__subclasscheck__: the plain subtype tests.
TpValue typeInstanceCheck(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue v = typeCheckArg("__instancecheck__", args, nargs, kwnames);
  return tp_bool(tp_is_subtype(tp_type_of(v), asType(args[0])));
}
TpValue typeSubclassCheck(const TpValue* args, int64_t nargs, TpValue kwnames) {
  TpValue v = typeCheckArg("__subclasscheck__", args, nargs, kwnames);
  if (!isTypeObject(v)) raiseTypeError("issubclass() arg 1 must be a class");
  return tp_bool(tp_is_subtype(asType(v), asType(args[0])));
}
const MethodDef kObjectMethods[] = {{"__init_subclass__", objectInitSubclass, kMethodClass}, {nullptr, nullptr}};
const MethodDef kTypeMethods[] = {{"__prepare__", typePrepare, kMethodClass},
                                  {"__instancecheck__", typeInstanceCheck},
                                  {"__subclasscheck__", typeSubclassCheck},
                                  {nullptr, nullptr}};
}  // namespace

void tp::initCore() {
  readyType(&tp_object_type);
  readyType(&tp_type_type);
  readyType(&tp_none_type, nullptr, nullptr, true);
  readyType(&tp_notimplemented_type, nullptr, nullptr, true);
  readyType(&tp_ellipsis_type, nullptr, nullptr, true);
  readyType(&tp_slot_wrapper_type, nullptr, nullptr, true);
  readyType(&tp_getset_type, nullptr, nullptr, true);
  initFunctions();
  initDescriptors();
  // (after the descriptors: class methods are wrapped in classmethod)
  addTypeMethods(&tp_object_type, kObjectMethods);
  addTypeMethods(&tp_type_type, kTypeMethods);
  readyType(&tp_member_type, kMemberMethods, kMemberGetSets, true);
  initExceptions();
  initGenerators();
}
