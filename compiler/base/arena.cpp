// Slow path of the bump allocator: grabs a new slab (doubling up to 1 MiB, or
// exactly the request for oversized allocations) and frees all slabs at the end.
#include "compiler/base/arena.h"

#include <algorithm>
#include <cstdlib>

namespace taipan {

Arena::~Arena() {
  for (char* s : slabs_) std::free(s);
}

void* Arena::allocateSlow(size_t size, size_t align) {
  size_t slab = std::min<size_t>(size_t(4096) << std::min<size_t>(slabs_.size(), 8), size_t(1) << 20);
  slab = std::max(slab, size + align);
  char* mem = static_cast<char*>(std::malloc(slab));
  if (!mem) throw std::bad_alloc();
  slabs_.push_back(mem);
  total_ += slab;
  cur_ = mem;
  end_ = mem + slab;
  return allocate(size, align);
}

}  // namespace taipan
