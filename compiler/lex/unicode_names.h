// Lookup of Unicode character names for \N{...} escapes, with CPython's rules:
// names and aliases match case-insensitively (ASCII case only), Hangul
// syllables ("HANGUL SYLLABLE GAG") and CJK unified ideographs ("CJK UNIFIED
// IDEOGRAPH-4E00") are recognised algorithmically and only in upper case, and
// named sequences are not accepted. The table itself is generated at build
// time by tools/gen_unicode_names.py, which also lists the code points newer
// than Unicode 14.0 (see assignedAfterUnicode14).
#pragma once

#include <optional>
#include <string_view>

namespace taipan::lex {

// The code point named `name`, or nullopt when no character has that name.
std::optional<char32_t> lookupUnicodeName(std::string_view name);

// True when `cp` was assigned after Unicode 14.0, the database of CPython
// 3.11, our ast.dump oracle (unicode::isPrintable treats such code points as
// unassigned, i.e. not printable).
bool assignedAfterUnicode14(char32_t cp);

}  // namespace taipan::lex
