// Implements lookupUnicodeName over the generated, sorted name table
// (unicode_names_data.cpp in the build directory): a binary search on the
// upper-cased name, plus the two algorithmic families CPython accepts.
#include "compiler/lex/unicode_names.h"

#include <cstdint>
#include <string>

namespace taipan::lex {

namespace unicode_names_data {
extern const uint32_t kNameCount;
extern const char kNameBlob[];
extern const uint32_t kNameOffsets[];
extern const uint32_t kNameCodes[];
extern const uint32_t kCjkRangeCount;
extern const uint32_t kCjkRanges[][2];
extern const uint32_t kNewerThan14Count;
extern const uint32_t kNewerThan14[][2];
}  // namespace unicode_names_data

namespace {

namespace data = unicode_names_data;

// Jamo short names (fixed forever by Unicode's stability policy), in the order
// of the Hangul syllable composition algorithm (Unicode chapter 3.12).
constexpr std::string_view kLeading[] = {"G",  "GG", "N", "D",  "DD", "R", "M", "B", "BB", "S",
                                         "SS", "",   "J", "JJ", "C",  "K", "T", "P", "H"};
constexpr std::string_view kVowel[] = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO", "YE", "O",  "WA", "WAE",
                                       "OE", "YO", "U",  "WEO", "WE", "WI", "YU",  "EU", "YI", "I"};
constexpr std::string_view kTrailing[] = {"",   "G",  "GG", "GS", "N",  "NJ", "NH", "D", "L",  "LG",
                                          "LM", "LB", "LS", "LT", "LP", "LH", "M",  "B", "BS", "S",
                                          "SS", "NG", "J",  "C",  "K",  "T",  "P",  "H"};

// Longest jamo name in `table` that `s` starts with (CPython matches greedily);
// returns its index and advances `s`, or -1.
template <size_t N>
int matchJamo(std::string_view& s, const std::string_view (&table)[N]) {
  int best = -1;
  size_t best_len = 0;
  for (size_t i = 0; i < N; ++i) {
    size_t len = table[i].size();
    if ((best < 0 || len > best_len) && s.substr(0, len) == table[i]) {
      best = static_cast<int>(i);
      best_len = len;
    }
  }
  if (best >= 0) s.remove_prefix(best_len);
  return best;
}

std::optional<char32_t> lookupHangul(std::string_view rest) {
  int l = matchJamo(rest, kLeading);
  int v = l < 0 ? -1 : matchJamo(rest, kVowel);
  int t = v < 0 ? -1 : matchJamo(rest, kTrailing);
  if (t < 0 || !rest.empty()) return std::nullopt;
  return static_cast<char32_t>(0xAC00 + (l * 21 + v) * 28 + t);
}

std::optional<char32_t> lookupCjk(std::string_view hex) {
  if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
  char32_t v = 0;
  for (char c : hex) {
    if (c >= '0' && c <= '9')
      v = v * 16 + (c - '0');
    else if (c >= 'A' && c <= 'F')
      v = v * 16 + (c - 'A' + 10);
    else
      return std::nullopt;  // CPython accepts upper-case hex digits only
  }
  for (uint32_t i = 0; i < data::kCjkRangeCount; ++i)
    if (v >= data::kCjkRanges[i][0] && v <= data::kCjkRanges[i][1]) return v;
  return std::nullopt;
}

std::string_view nameAt(uint32_t i) {
  return {data::kNameBlob + data::kNameOffsets[i], data::kNameOffsets[i + 1] - data::kNameOffsets[i]};
}

}  // namespace

std::optional<char32_t> lookupUnicodeName(std::string_view name) {
  constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";
  constexpr std::string_view kCjkPrefix = "CJK UNIFIED IDEOGRAPH-";
  // The algorithmic forms are matched case-sensitively, as CPython does.
  if (name.substr(0, kHangulPrefix.size()) == kHangulPrefix) return lookupHangul(name.substr(kHangulPrefix.size()));
  if (name.substr(0, kCjkPrefix.size()) == kCjkPrefix) return lookupCjk(name.substr(kCjkPrefix.size()));

  // The longest name in Unicode 15 has 88 characters; anything much longer
  // cannot match and needn't be copied.
  if (name.empty() || name.size() > 256) return std::nullopt;
  std::string upper(name);
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  uint32_t lo = 0, hi = data::kNameCount;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    int cmp = nameAt(mid).compare(upper);
    if (cmp == 0) return data::kNameCodes[mid];
    if (cmp < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return std::nullopt;
}

bool assignedAfterUnicode14(char32_t cp) {
  // A few dozen sorted ranges: binary search for the last range starting at
  // or before `cp`.
  uint32_t lo = 0, hi = data::kNewerThan14Count;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (data::kNewerThan14[mid][0] <= cp)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo > 0 && cp <= data::kNewerThan14[lo - 1][1];
}

}  // namespace taipan::lex
