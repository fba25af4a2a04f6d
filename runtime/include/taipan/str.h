// The str type: immutable Unicode text stored as UTF-8 (WTF-8 for lone
// surrogates) with its code-point length cached and an is-ASCII flag, so
// len/index/slice are O(1) for ASCII text; non-ASCII indexing uses a lazily
// built table of the byte offsets of every 64th code point. Other runtime
// parts create strs through tp_str_from_utf8 / tp_str_alloc and read them
// through the inline accessors; everything here is safe to call from any
// runtime file once the runtime is initialised.
#pragma once

#include "taipan/object.h"

// The header is 40 bytes, CPython's compact ASCII header (decision 0043).
// Two words live outside it, after the text, where only the strs that need
// them pay for them:
// - a non-ASCII str has the lazily built code-point index (int64_t*: byte
//   offsets of code points 0, 64, 128, ...) in the word at
//   tp_str_index_offset(size) bytes from the start (past the NUL, 8-aligned);
// - an instance of a str subclass has its __dict__ in the word just before
//   the object (the type's dict_offset is -8): it is allocated one word
//   early, and the collector keeps the block alive through the object's
//   (interior) address.
typedef struct TpStr {
  TpObject ob;
  int64_t size;      // bytes of UTF-8, excluding the trailing NUL
  int64_t length;    // code points
  int64_t hash;      // -1 until computed
  uint32_t flags;    // TP_STR_ASCII | TP_STR_INTERNED
  uint32_t reserved;
  char data[];       // size bytes followed by a NUL
} TpStr;
static inline int64_t tp_str_index_offset(int64_t size) {
  return ((int64_t)sizeof(TpStr) + size + 1 + 7) & ~(int64_t)7;
}
// The code-point index word of a non-ASCII str (NULL until built).
static inline int64_t** tp_str_index_slot(TpStr* s) { return (int64_t**)((char*)s + tp_str_index_offset(s->size)); }

#define TP_STR_ASCII 1u
#define TP_STR_INTERNED 2u
#define TP_STR_INDEX_STRIDE 64

static inline TpStr* tp_str_object(TpValue s) { return (TpStr*)tp_as_object(s); }
static inline const char* tp_str_data(TpValue s) { return tp_str_object(s)->data; }
static inline int64_t tp_str_size(TpValue s) { return tp_str_object(s)->size; }    // bytes
static inline int64_t tp_str_length(TpValue s) { return tp_str_object(s)->length; }  // code points
static inline bool tp_str_is_ascii(TpValue s) { return (tp_str_object(s)->flags & TP_STR_ASCII) != 0; }
// True for str and instances of str subclasses.
static inline bool tp_is_str(TpValue v) {
  return tp_is_object(v) && (tp_type_of_object(v) == &tp_str_type ||
                             (tp_type_of_object(v)->flags & TP_TYPE_STR_SUBCLASS) != 0);
}

// A new str holding a copy of `size` bytes of UTF-8 (assumed valid).
TP_API TP_NOTHROW TpValue tp_str_from_utf8(const char* utf8, int64_t size);
TP_API TP_NOTHROW TpValue tp_str_from_cstr(const char* utf8);
// Two-step construction for builders: tp_str_alloc returns a str whose
// data[0..size) the caller fills, then tp_str_finish computes length/flags.
TP_API TP_NOTHROW TpStr* tp_str_alloc(int64_t size);
TP_API TP_NOTHROW TpValue tp_str_finish(TpStr* s);
// The interned str for a C string (same object for equal text); used for
// attribute and global names.
TP_API TP_NOTHROW TpValue tp_str_intern(const char* utf8);
// The one-code-point str for code point `cp` (cached for Latin-1).
TP_API TP_NOTHROW TpValue tp_str_from_codepoint(uint32_t cp);
// The character of s (an exact str) whose UTF-8 starts at byte `offset`
// (a character boundary below the size): the out-of-line half of
// tp_str_char_at (fastpath.h).
TP_API TP_NOTHROW TpValue tp_str_char_at_slow(TpValue s, int64_t offset);
TP_API TP_NOTHROW TpValue tp_str_empty(void);
// The interned one-code-point strs of code points 0..255 (set at start-up):
// what tp_str_from_codepoint returns for them, readable inline
// (runtime/bitcode/fastpath.cpp).
TP_EXTERN_C TpValue tp_str_latin1[256];

TP_API TP_PURE TP_NOTHROW bool tp_str_eq(TpValue a, TpValue b);  // both str
TP_API TP_NOTHROW int64_t tp_str_hash(TpValue s);
// Code-point order: <0, 0, >0.
TP_API TP_PURE TP_NOTHROW int32_t tp_str_compare(TpValue a, TpValue b);
TP_API TpValue tp_str_getitem_int(TpValue s, int64_t i);  // IndexError "string index out of range"
TP_API TP_NOTHROW TpValue tp_str_substr(TpValue s, int64_t start, int64_t stop);  // code-point range, clamped
TP_API TP_NOTHROW int64_t tp_str_codepoint_at(TpValue s, int64_t i);          // 0 <= i < length
TP_API TP_NOTHROW TpValue tp_str_concat2(TpValue a, TpValue b);
TP_API TpValue tp_str_repeat(TpValue s, int64_t n);
TP_API TP_NOTHROW TpValue tp_str_repr(TpValue s);   // 'text' with CPython's quoting and escapes
TP_API TP_NOTHROW TpValue tp_str_ascii(TpValue s);  // ascii(): like repr with \x/\u/\U escapes
TP_API TP_NOTHROW bool tp_str_contains(TpValue haystack, TpValue needle);
// format(str, spec): fill, align, width, precision ("<10.3").
TP_API TpValue tp_str_format_spec(TpValue s, TpValue spec);
// Applies a parsed standard format spec's fill/align/width to an already
// formatted body (used by the number formatters too). align is one of
// '<', '>', '^', '=' or 0 for the default given by default_align.
TP_API TP_NOTHROW TpValue tp_str_pad(TpValue body, uint32_t fill, int32_t align, int64_t width);
// `fmt % args` (printf-style).
TP_API TpValue tp_str_mod(TpValue fmt, TpValue args);
// str.format(*args, **kwargs) with args/kwargs already collected (kwargs dict or TP_NULL).
TP_API TpValue tp_str_format_call(TpValue fmt, TpValue args_tuple, TpValue kwargs);
// s.encode('utf-8') -> bytes.
TP_API TpValue tp_str_encode_utf8(TpValue s);

// Direct entries of str's own methods (docs/decisions/0055): tp_str_m_NAME
// is str.NAME called with args[0] an exact str (the receiver) and the
// positional arguments after it, nargs counting the receiver; no keywords.
// Compiled code calls them instead of the method cache when the receiver is
// known or tested to be exactly str: str is immutable and its instances have
// no __dict__, so `s.NAME` is always the builtin method. Lowering looks up
// `tp_str_m_` + NAME, so a method missing here keeps the generic call.
// Argument errors are the method's own (the same code checks them).
// join is left out: called directly it left json_roundtrip's 20 MB `out`
// list reachable from a dead runtime frame that a later live frame still
// spans (the collector's conservative stack scan), 2.5 MB more peak RSS for
// no fewer instructions (decision 0055).
// clang-format off
#define TP_STR_DIRECT_METHODS(X)                                                                         \
  X(find) X(rfind) X(index) X(rindex) X(count) X(startswith) X(endswith) X(split) X(rsplit)             \
  X(strip) X(lstrip) X(rstrip) X(replace) X(upper) X(lower) X(swapcase) X(title) X(capitalize)         \
  X(casefold) X(isdigit) X(isdecimal) X(isnumeric) X(isalpha) X(isalnum) X(isspace) X(isascii)         \
  X(isupper) X(islower) X(istitle) X(center) X(ljust) X(rjust) X(zfill) X(partition) X(rpartition)     \
  X(splitlines) X(removeprefix) X(removesuffix) X(format)
// clang-format on
#define TP_STR_DIRECT_DECL(NAME) TP_API TpValue tp_str_m_##NAME(const TpValue* args, int64_t nargs);
TP_STR_DIRECT_METHODS(TP_STR_DIRECT_DECL)
#undef TP_STR_DIRECT_DECL

#ifdef __cplusplus
#include <string_view>
inline std::string_view tp_str_view(TpValue s) {
  return std::string_view(tp_str_data(s), (size_t)tp_str_size(s));
}
inline TpValue tp_str_from(std::string_view v) { return tp_str_from_utf8(v.data(), (int64_t)v.size()); }
#endif
