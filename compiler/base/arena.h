// Bump-pointer arena for compiler data that lives as long as one compilation
// unit (AST nodes, identifier strings, node lists). Everything allocated here
// must be trivially destructible: the arena frees its slabs wholesale and never
// runs destructors. ArenaList<T> is the immutable array type the AST uses for
// its repeated fields.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace taipan {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  void* allocate(size_t size, size_t align) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(cur_) + align - 1) & ~(uintptr_t)(align - 1);
    if (p + size > reinterpret_cast<uintptr_t>(end_)) return allocateSlow(size, align);
    cur_ = reinterpret_cast<char*>(p + size);
    return reinterpret_cast<void*>(p);
  }

  template <class T, class... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
    return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
  }

  // Copies `s` into the arena; the view stays valid for the arena's lifetime.
  std::string_view copy(std::string_view s) {
    if (s.empty()) return {};
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  size_t bytesAllocated() const { return total_; }

 private:
  void* allocateSlow(size_t size, size_t align);
  char* cur_ = nullptr;
  char* end_ = nullptr;
  size_t total_ = 0;
  std::vector<char*> slabs_;
};

// An immutable, arena-backed array. Cheap to copy (pointer + size).
template <class T>
class ArenaList {
 public:
  ArenaList() = default;
  ArenaList(T* data, uint32_t size) : data_(data), size_(size) {}

  static ArenaList copyOf(Arena& arena, const T* src, size_t n) {
    if (n == 0) return {};
    static_assert(std::is_trivially_copyable_v<T>);
    T* p = static_cast<T*>(arena.allocate(sizeof(T) * n, alignof(T)));
    std::memcpy(static_cast<void*>(p), src, sizeof(T) * n);
    return {p, static_cast<uint32_t>(n)};
  }
  static ArenaList copyOf(Arena& arena, const std::vector<T>& v) { return copyOf(arena, v.data(), v.size()); }

  T* begin() const { return data_; }
  T* end() const { return data_ + size_; }
  uint32_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](uint32_t i) const { return data_[i]; }
  T& front() const { return data_[0]; }
  T& back() const { return data_[size_ - 1]; }

 private:
  T* data_ = nullptr;
  uint32_t size_ = 0;
};

}  // namespace taipan
