// Unicode classification for identifiers and error messages, on top of
// utf8proc. XID_Start/XID_Continue are approximated from general categories
// plus the Other_ID_Start/Other_ID_Continue lists; the few characters where
// XID differs from ID (NFKC closure) are rare enough not to matter here.
#include "compiler/lex/unicode.h"

#include <utf8proc.h>

#include <cstdlib>
#include <cstring>

#include "compiler/lex/unicode_names.h"

namespace taipan::lex::unicode {

int decodeUtf8(const char* p, const char* end, int32_t* cp) {
  utf8proc_int32_t c = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(p), end - p, &c);
  if (n <= 0) {
    *cp = 0xFFFD;
    return 1;
  }
  *cp = c;
  return static_cast<int>(n);
}

namespace {

bool isOtherIdStart(int32_t cp) {
  return cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E || cp == 0x309B || cp == 0x309C;
}

bool isOtherIdContinue(int32_t cp) {
  return cp == 0x00B7 || cp == 0x0387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA;
}

}  // namespace

bool isIdStart(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
      return true;
    default:
      return isOtherIdStart(cp);
  }
}

bool isIdContinue(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_' || (cp >= '0' && cp <= '9');
  if (isIdStart(cp)) return true;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
      return true;
    default:
      return isOtherIdContinue(cp);
  }
}

bool isPrintable(int32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  if (cp >= 0xD800 && cp <= 0xDFFF) return false;
  if (assignedAfterUnicode14(static_cast<char32_t>(cp))) return false;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_CS:
    case UTF8PROC_CATEGORY_CO:
    case UTF8PROC_CATEGORY_CN:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_ZS:
      return false;
    default:
      return true;
  }
}

bool nfkc(std::string_view in, std::string& out) {
  // utf8proc wants a NUL-terminated string; identifiers are short.
  std::string tmp(in);
  utf8proc_uint8_t* r = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(tmp.c_str()));
  if (!r) return false;
  bool changed = std::strcmp(reinterpret_cast<const char*>(r), tmp.c_str()) != 0;
  if (changed) out.assign(reinterpret_cast<const char*>(r));
  std::free(r);
  return changed;
}

}  // namespace taipan::lex::unicode
