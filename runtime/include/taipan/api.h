// Marks the runtime's C ABI. Every function the compiler may call is declared
// in a runtime/include/taipan/*.h header with TP_API; at build time the
// libTooling tool tools/runtime-decls reads these headers and generates
// runtime_decls.def (name, ABI signature, attributes), which lower/ uses to
// declare the functions. Nobody retypes a signature.
//
// ABI types the generator understands: TpValue (i64 word), int64_t/uint64_t
// (i64), int32_t (i32), double (f64), bool (i1), any pointer (ptr), void.
#pragma once

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
#define TP_EXTERN_C extern "C"
#else
#define TP_EXTERN_C
#endif

// The markers are clang annotations, read only by the generator (a clang
// tool); other compilers (GCC builds the runtime) would warn on each one,
// and the runtime bitcode defines TAIPAN_NO_ANNOTATIONS so that no
// llvm.global.annotations table is linked into compiled programs.
#if defined(__clang__) && !defined(TAIPAN_NO_ANNOTATIONS)
#define TP_ANNOTATE(text) __attribute__((annotate(text)))
#else
#define TP_ANNOTATE(text)
#endif

// A runtime entry point callable from compiled code.
#define TP_API TP_EXTERN_C TP_ANNOTATE("taipan.api")
// The function never returns (it raises). Generated code marks calls noreturn.
#define TP_NORETURN __attribute__((noreturn)) TP_ANNOTATE("taipan.noreturn")
// The function neither raises nor has side effects visible to compiled code.
#define TP_PURE TP_ANNOTATE("taipan.pure")
// The function cannot raise a Python exception (calls need no unwind edge).
#define TP_NOTHROW TP_ANNOTATE("taipan.nothrow")
