// Transparent huge pages for a large collector heap (decision 0063). A
// program links with `-Wl,--wrap=mmap` (codegen's linkExecutable), so every
// mmap call of the objects it is linked from (libgc's heap growth, the
// runtime's own mappings) comes here first. Once the heap has outgrown
// kSmallHeap (core.cpp's heap-resize hook sets tp_heap_hugepages), a new
// anonymous writable mapping of at least kMinHugeMapping bytes is advised
// MADV_HUGEPAGE: with the kernel's THP mode `madvise` (Debian's default),
// its 2 MB-aligned parts are then backed by huge pages, which cuts the page
// faults of a growing heap and the TLB misses of marking it and of probing
// big dicts. Small programs keep 4 KB pages (and their small RSS). A kernel
// without THP rejects the advice; the mapping is used as it is.
//
// This file is only linked into programs (an archive member is pulled in by
// the undefined `__wrap_mmap` that --wrap creates), so the unit tests, which
// link the runtime without --wrap, never see `__real_mmap`.
#include <sys/mman.h>

#include <atomic>
#include <cstddef>

extern "C" std::atomic<bool> tp_heap_hugepages;
extern "C" void* __real_mmap(void* addr, size_t len, int prot, int flags, int fd, off_t off);

namespace {
constexpr size_t kMinHugeMapping = size_t(1) << 20;
}

extern "C" void* __wrap_mmap(void* addr, size_t len, int prot, int flags, int fd, off_t off) {
  void* p = __real_mmap(addr, len, prot, flags, fd, off);
  if (p != MAP_FAILED && len >= kMinHugeMapping && (flags & MAP_ANONYMOUS) && !(flags & (MAP_NORESERVE | MAP_STACK)) &&
      (prot & PROT_WRITE) && tp_heap_hugepages.load(std::memory_order_relaxed))
    (void)madvise(p, len, MADV_HUGEPAGE);
  return p;
}
