// Structural pattern matching (PEP 634): the tests of the `match` statement
// that would be long instruction sequences in generated code. irgen emits the
// match.* ops (compiler/ir/ops.def) for sequence, mapping and class patterns;
// each returns TP_NULL (or false) when the pattern fails and raises
// CPython's TypeError/ValueError for malformed classes and keys. Literal,
// singleton, capture, or and as patterns need no runtime help.
#pragma once

#include "taipan/value.h"

// Sequence pattern with n sub-patterns, the one at `star` (when >= 0) a star
// pattern: TP_NULL unless the subject is a sequence (list, tuple, range or a
// subclass; never str, bytes or a mapping) of exactly n items (at least n - 1
// with a star); else a tuple of n items, the starred one a list of the rest.
// star <= -2 stands for a wildcard star `*_` at index -2 - star: its slot in
// the tuple is None and the other items are fetched by index.
TP_API TpValue tp_match_sequence(TpValue subject, int64_t n, int64_t star);
// Mapping pattern, first test: the subject is a mapping (dict or a subclass)
// with at least n items (len() may run user code).
TP_API bool tp_match_mapping(TpValue subject, int64_t n);
// Mapping pattern, the keys (a tuple): looks each one up with subject.get(key,
// <sentinel>) and returns the tuple of values, followed by a new dict of the
// other items when want_rest is 1 (`**rest`), or TP_NULL when a key is
// missing. ValueError "mapping pattern checks duplicate key (k)" when two keys
// are equal.
TP_API TpValue tp_match_keys(TpValue subject, TpValue keys, int64_t want_rest);
// Class pattern cls(p1, ..., pN, k1=q1, ...): TP_NULL unless
// isinstance(subject, cls) and every attribute exists; else the tuple of the
// N positional attributes (named by cls.__match_args__, or the subject
// itself for the builtin types that match themselves) followed by the
// keyword ones (kwnames: a tuple of str). TypeError for a non-type cls, a
// bad __match_args__, too many positional sub-patterns or a repeated
// attribute, with CPython's messages.
TP_API TpValue tp_match_class(TpValue subject, TpValue cls, TpValue kwnames, int64_t npos);
