// Drift test for the generated runtime declarations: every row of
// taipan/runtime_decls.def is checked against the real C++ declaration in the
// runtime headers, through a compile-time mapping from C++ types to ABI kinds
// written independently of the generator. A generator bug, or a header type
// the generator maps wrongly, fails here naming the function.
#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <vector>

#include "taipan/runtime_decls.h"
#include "taipan/runtime_headers.h"

namespace {

using taipan::rt::AbiKind;

// The ABI kind of a C++ type; Opaque when it has none (the test then fails).
template <class T>
constexpr AbiKind kindOf() {
  using U = std::remove_cv_t<T>;
  if constexpr (std::is_void_v<U>)
    return AbiKind::Void;
  else if constexpr (std::is_same_v<U, bool>)
    return AbiKind::I1;
  else if constexpr (std::is_pointer_v<U> || std::is_reference_v<U>)
    return AbiKind::Ptr;
  else if constexpr (std::is_enum_v<U>)
    return kindOf<std::underlying_type_t<U>>();
  else if constexpr (std::is_same_v<U, char> || std::is_same_v<U, signed char> || std::is_same_v<U, unsigned char> ||
                     std::is_same_v<U, wchar_t> || std::is_same_v<U, char8_t> || std::is_same_v<U, char16_t> ||
                     std::is_same_v<U, char32_t>)
    return AbiKind::Opaque;
  else if constexpr (std::is_integral_v<U> && sizeof(U) == 8)
    return AbiKind::I64;
  else if constexpr (std::is_integral_v<U> && sizeof(U) == 4)
    return AbiKind::I32;
  else if constexpr (std::is_same_v<U, double>)
    return AbiKind::F64;
  else
    return AbiKind::Opaque;
}

struct Signature {
  AbiKind ret;
  std::vector<AbiKind> params;
};

template <class F>
struct SignatureOf;
template <class R, class... A>
struct SignatureOf<R(A...)> {
  static Signature get() { return {kindOf<R>(), {kindOf<A>()...}}; }
};
template <class R, class... A>
struct SignatureOf<R(A...) noexcept> : SignatureOf<R(A...)> {};

template <class V>
AbiKind globalKind() {
  if constexpr (std::is_class_v<V> || std::is_array_v<V>)
    return AbiKind::Opaque;
  else
    return kindOf<V>();
}

std::string show(AbiKind k) {
  static const char* names[] = {"Void", "I1", "I32", "I64", "F64", "Ptr", "Opaque"};
  return names[static_cast<int>(k)];
}

std::string show(AbiKind ret, const std::vector<AbiKind>& params) {
  std::string s = show(ret) + " (";
  for (size_t i = 0; i < params.size(); ++i) s += (i ? ", " : "") + show(params[i]);
  return s + ")";
}

struct Row {
  const char* name;
  Signature declared;   // from the C++ declaration
  Signature generated;  // from the .def row
};

template <class... K>
std::vector<AbiKind> kinds(K... k) {
  return {k...};
}

std::vector<Row> functionRows() {
  using namespace taipan::rt::detail;  // the kind names I64, Ptr, ... used by the .def
  std::vector<Row> rows;
#define TP_RUNTIME_FN(Name, Ret, Params, Attrs) \
  rows.push_back({#Name, SignatureOf<decltype(Name)>::get(), {Ret, kinds Params}});
#include "taipan/runtime_decls.def"
  return rows;
}

TEST(sanity, EveryFunctionRowMatchesItsDeclaration) {
  std::vector<Row> rows = functionRows();
  EXPECT_GT(rows.size(), 10u);
  for (const Row& r : rows) {
    EXPECT_EQ(show(r.declared.ret, r.declared.params), show(r.generated.ret, r.generated.params))
        << "runtime_decls.def row for " << r.name << " does not match its header declaration";
  }
}

TEST(sanity, EveryGlobalRowMatchesItsDeclaration) {
  using namespace taipan::rt::detail;
  int n = 0;
#define TP_RUNTIME_GLOBAL(Name, Kind) \
  ++n;                                \
  EXPECT_EQ(show(globalKind<std::remove_cv_t<decltype(Name)>>()), show(Kind)) << #Name;
#include "taipan/runtime_decls.def"
  EXPECT_GT(n, 0);
}

TEST(sanity, KnownRows) {
  const taipan::rt::RuntimeFn* raise = taipan::rt::findRuntimeFn("tp_raise");
  ASSERT_NE(raise, nullptr);
  EXPECT_EQ(raise->ret, AbiKind::Void);
  ASSERT_EQ(raise->nparams, 1);
  EXPECT_EQ(raise->params[0], AbiKind::I64);
  EXPECT_TRUE(raise->attrs & TP_ATTR_NORETURN);

  const taipan::rt::RuntimeFn* type_of = taipan::rt::findRuntimeFn("tp_type_of");
  ASSERT_NE(type_of, nullptr);
  EXPECT_EQ(type_of->ret, AbiKind::Ptr);
  EXPECT_EQ(type_of->attrs, unsigned(TP_ATTR_PURE | TP_ATTR_NOTHROW));

  EXPECT_EQ(taipan::rt::findRuntimeFn("tp_no_such_function"), nullptr);
  ASSERT_NE(taipan::rt::findRuntimeGlobal("tp_None_object"), nullptr);
  EXPECT_EQ(taipan::rt::findRuntimeGlobal("tp_None_object")->kind, AbiKind::Opaque);
  ASSERT_NE(taipan::rt::findRuntimeGlobal("tp_int_type"), nullptr);
}

TEST(sanity, RowsAreSortedAndUnique) {
  for (size_t i = 1; i < taipan::rt::kRuntimeFns.size(); ++i)
    EXPECT_LT(taipan::rt::kRuntimeFns[i - 1].name, taipan::rt::kRuntimeFns[i].name);
  for (size_t i = 1; i < taipan::rt::kRuntimeGlobals.size(); ++i)
    EXPECT_LT(taipan::rt::kRuntimeGlobals[i - 1].name, taipan::rt::kRuntimeGlobals[i].name);
}

}  // namespace
