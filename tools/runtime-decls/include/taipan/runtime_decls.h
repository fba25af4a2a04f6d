// The compiler's view of the runtime ABI: the kinds and attribute bits used by
// the generated table taipan/runtime_decls.def (tools/runtime-decls), and a
// constexpr array of every runtime function built from it, sorted by name, so
// lowering can look a function up by the name ops.def gives and declare it
// with the right LLVM types and attributes. Nothing here is written by hand
// per function: adding a TP_API function to a runtime header adds its row.
//
// Use either the table (findRuntimeFn) or the .def directly:
//   #define TP_RUNTIME_FN(Name, Ret, Params, Attrs) ...
//   #include "taipan/runtime_decls.def"
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

// Attribute bits (the .def spells them, OR-ed).
enum TpRuntimeAttr : unsigned {
  TP_ATTR_NONE = 0,
  TP_ATTR_NORETURN = 1,  // never returns: mark the call noreturn, follow it with unreachable
  TP_ATTR_PURE = 2,      // no side effects visible to compiled code: readonly/willreturn, CSE-able
  TP_ATTR_NOTHROW = 4,   // never raises: a plain call, no invoke/landing pad
};

namespace taipan::rt {

// How a value travels in the C ABI. I1 is C++ bool: zeroext on parameters
// and returns. Opaque appears only on globals (objects that are addressed).
enum class AbiKind : uint8_t { Void, I1, I32, I64, F64, Ptr, Opaque };

inline constexpr int kMaxRuntimeParams = 12;

struct RuntimeFn {
  std::string_view name;
  AbiKind ret;
  unsigned attrs;
  int nparams;
  AbiKind params[kMaxRuntimeParams];
};

struct RuntimeGlobal {
  std::string_view name;
  AbiKind kind;
};

namespace detail {
template <class... K>
constexpr RuntimeFn makeFn(std::string_view name, AbiKind ret, unsigned attrs, K... params) {
  static_assert(sizeof...(K) <= kMaxRuntimeParams, "raise kMaxRuntimeParams");
  return RuntimeFn{name, ret, attrs, static_cast<int>(sizeof...(K)), {params...}};
}
#define TP_RT_DETAIL_PARAMS(...) __VA_OPT__(, ) __VA_ARGS__
inline constexpr AbiKind Void = AbiKind::Void, I1 = AbiKind::I1, I32 = AbiKind::I32, I64 = AbiKind::I64,
                         F64 = AbiKind::F64, Ptr = AbiKind::Ptr, Opaque = AbiKind::Opaque;

inline constexpr RuntimeFn kFns[] = {
#define TP_RUNTIME_FN(Name, Ret, Params, Attrs) makeFn(#Name, Ret, Attrs TP_RT_DETAIL_PARAMS Params),
#define TP_RUNTIME_GLOBAL(Name, Kind)
#include "taipan/runtime_decls.def"
    makeFn("", Void, 0)  // sentinel: keeps the array non-empty while the runtime has no functions
};
inline constexpr RuntimeGlobal kGlobals[] = {
#define TP_RUNTIME_FN(Name, Ret, Params, Attrs)
#define TP_RUNTIME_GLOBAL(Name, Kind) RuntimeGlobal{#Name, Kind},
#include "taipan/runtime_decls.def"
    RuntimeGlobal{"", Void}};
#undef TP_RT_DETAIL_PARAMS
}  // namespace detail

// Every runtime function, sorted by name.
inline constexpr std::array<RuntimeFn, std::size(detail::kFns) - 1> kRuntimeFns = [] {
  std::array<RuntimeFn, std::size(detail::kFns) - 1> a{};
  for (size_t i = 0; i + 1 < std::size(detail::kFns); ++i) a[i] = detail::kFns[i];
  return a;
}();

// Every extern "C" runtime variable, sorted by name.
inline constexpr std::array<RuntimeGlobal, std::size(detail::kGlobals) - 1> kRuntimeGlobals = [] {
  std::array<RuntimeGlobal, std::size(detail::kGlobals) - 1> a{};
  for (size_t i = 0; i + 1 < std::size(detail::kGlobals); ++i) a[i] = detail::kGlobals[i];
  return a;
}();

// The row of runtime function `name`, or nullptr (binary search: the rows
// are sorted).
constexpr const RuntimeFn* findRuntimeFn(std::string_view name) {
  size_t lo = 0, hi = kRuntimeFns.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kRuntimeFns[mid].name < name)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < kRuntimeFns.size() && kRuntimeFns[lo].name == name ? &kRuntimeFns[lo] : nullptr;
}

constexpr const RuntimeGlobal* findRuntimeGlobal(std::string_view name) {
  for (const RuntimeGlobal& g : kRuntimeGlobals)
    if (g.name == name) return &g;
  return nullptr;
}

}  // namespace taipan::rt
