// Source loading and decoding (PEP 263 / PEP 3120) and the line table.
#include "compiler/source/source_file.h"

#include <iconv.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace taipan {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// CPython's normalisation of encoding names for the fast paths.
std::string normalizeEncodingName(const std::string& name) {
  std::string n = lower(name);
  std::replace(n.begin(), n.end(), '_', '-');
  // "utf8" is deliberately not folded: CPython rejects it after a BOM.
  if (n == "utf-8" || n.rfind("utf-8-", 0) == 0) return "utf-8";
  if (n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" || n.rfind("latin-1-", 0) == 0 ||
      n.rfind("iso-8859-1-", 0) == 0 || n.rfind("iso-latin-1-", 0) == 0)
    return "iso-8859-1";
  return n;
}

// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
// Surrogate code points (ED A0..BF xx) are invalid, as in CPython's decoder.
size_t findInvalidUtf8(std::string_view s, const char** reason) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
      len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      *reason = "invalid start byte";
      return i;
    }
    for (int k = 1; k < len; ++k) {
      if (i + k >= n) {
        *reason = "unexpected end of data";
        return i;
      }
      unsigned char b = p[i + k];
      if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
        *reason = "invalid continuation byte";
        return i;
      }
    }
    i += len;
  }
  return std::string_view::npos;
}

bool convertWithIconv(const std::string& encoding, std::string_view in, std::string& out) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == (iconv_t)-1) return false;
  out.assign(in.size() * 4 + 16, '\0');
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  char* dst = out.data();
  size_t dst_left = out.size();
  size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (r == (size_t)-1) return false;
  out.resize(out.size() - dst_left);
  return true;
}

}  // namespace

std::optional<std::string> findCodingDeclaration(std::string_view line) {
  // ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return std::nullopt;
  size_t pos = line.find("coding", i);
  while (pos != std::string_view::npos) {
    size_t j = pos + 6;
    if (j < line.size() && (line[j] == ':' || line[j] == '=')) {
      ++j;
      while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
      size_t k = j;
      while (k < line.size() &&
             (std::isalnum(static_cast<unsigned char>(line[k])) || line[k] == '-' || line[k] == '_' || line[k] == '.'))
        ++k;
      if (k > j) return std::string(line.substr(j, k - j));
    }
    pos = line.find("coding", pos + 1);
  }
  return std::nullopt;
}

std::unique_ptr<SourceFile> SourceFile::load(const std::string& path, LoadError& error) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    error = {errno == ENOENT ? LoadError::Reason::NotFound : LoadError::Reason::NotReadable,
             std::string("cannot open '") + path + "': " + std::strerror(errno)};
    return nullptr;
  }
  if (S_ISDIR(st.st_mode)) {
    error = {LoadError::Reason::IsDirectory, "'" + path + "' is a directory, not a Python source file"};
    return nullptr;
  }
  std::FILE* in = std::fopen(path.c_str(), "rb");
  if (!in) {
    error = {LoadError::Reason::NotReadable, std::string("cannot read '") + path + "': " + std::strerror(errno)};
    return nullptr;
  }
  std::string bytes;
  if (S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) <= kMaxSourceBytes)
    bytes.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  size_t n;
  while (bytes.size() <= kMaxSourceBytes && (n = std::fread(buf, 1, sizeof buf, in)) > 0) bytes.append(buf, n);
  bool bad = std::ferror(in);
  int saved = errno;
  std::fclose(in);
  if (bad) {
    error = {LoadError::Reason::NotReadable, std::string("cannot read '") + path + "': " + std::strerror(saved)};
    return nullptr;
  }
  if (bytes.size() > kMaxSourceBytes) {
    error = {LoadError::Reason::NotReadable, std::string("cannot read '") + path + "': larger than " +
                                                 std::to_string(kMaxSourceBytes >> 20) +
                                                 " MiB, the limit for a source file"};
    return nullptr;
  }
  return fromBytes(path, bytes, error);
}

std::unique_ptr<SourceFile> SourceFile::fromBytes(std::string path, std::string_view bytes, LoadError& error) {
  std::unique_ptr<SourceFile> f(new SourceFile());
  f->path_ = std::move(path);
  bool bom = bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF";
  if (bom) bytes.remove_prefix(3);

  // A coding declaration may sit on line 1, or on line 2 if line 1 is a
  // comment or blank.
  std::optional<std::string> decl;
  uint32_t decl_line = 0;
  size_t eol1 = bytes.find('\n');
  std::string_view line1 = bytes.substr(0, eol1);
  decl = findCodingDeclaration(line1);
  if (decl) decl_line = 1;
  if (!decl && eol1 != std::string_view::npos) {
    size_t k = 0;
    while (k < line1.size() && (line1[k] == ' ' || line1[k] == '\t' || line1[k] == '\f' || line1[k] == '\r')) ++k;
    if (k == line1.size() || line1[k] == '#') {
      std::string_view rest = bytes.substr(eol1 + 1);
      decl = findCodingDeclaration(rest.substr(0, rest.find('\n')));
      if (decl) decl_line = 2;
    }
  }
  std::string enc = decl ? normalizeEncodingName(*decl) : "utf-8";
  if (bom && enc != "utf-8") {
    // CPython names the normalised encoding here ("iso-8859-1" for latin-1).
    error = {LoadError::Reason::Decode, "encoding problem: " + enc + " with BOM", decl_line};
    return nullptr;
  }
  if (enc == "utf-8" || enc == "utf8") {
    const char* reason = nullptr;
    size_t bad = findInvalidUtf8(bytes, &reason);
    if (bad != std::string_view::npos) {
      char msg[300];
      uint32_t line = 1 + static_cast<uint32_t>(std::count(bytes.begin(), bytes.begin() + bad, '\n'));
      if (!decl) {
        // What `python3 file.py` says when no encoding is declared.
        std::snprintf(msg, sizeof msg,
                      "Non-UTF-8 code starting with '\\x%02x' in file %s on line %u, but no encoding declared; see "
                      "https://peps.python.org/pep-0263/ for details",
                      static_cast<unsigned char>(bytes[bad]), f->path_.c_str(), line);
      } else {
        // CPython decodes token by token and counts from the token's text;
        // the offset within the line is the closest cheap equivalent.
        size_t line_start = bytes.rfind('\n', bad == 0 ? 0 : bad - 1);
        size_t column = (line_start == std::string_view::npos || bad == 0) ? bad : bad - line_start - 1;
        std::snprintf(msg, sizeof msg, "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
                      static_cast<unsigned char>(bytes[bad]), column, reason);
      }
      error = {LoadError::Reason::Decode, msg, line};
      return nullptr;
    }
    f->text_.assign(bytes);
  } else {
    f->encoding_ = *decl;
    if (!convertWithIconv(enc, bytes, f->text_)) {
      // `python3 file.py` reports both an unknown codec and undecodable
      // bytes as an "encoding problem".
      error = {LoadError::Reason::Decode, "encoding problem: " + *decl, decl_line};
      return nullptr;
    }
  }
  f->buildLineTable();
  return f;
}

void SourceFile::buildLineTable() {
  line_starts_.clear();
  line_starts_.push_back(0);
  const std::string& t = text_;
  cp_blocks_.clear();
  cp_blocks_.reserve(t.size() / kCpBlock + 1);
  uint32_t cps = 0;
  for (size_t i = 0; i < t.size(); ++i) {
    if (i % kCpBlock == 0) cp_blocks_.push_back(cps);
    if ((static_cast<unsigned char>(t[i]) & 0xC0) != 0x80) ++cps;
  }
  if (t.size() % kCpBlock == 0) cp_blocks_.push_back(cps);
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n')
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
    else if (t[i] == '\r') {
      if (i + 1 < t.size() && t[i + 1] == '\n') ++i;
      line_starts_.push_back(static_cast<uint32_t>(i + 1));
    }
  }
}

LineCol SourceFile::lineCol(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - line_starts_.begin());
  uint32_t start = line_starts_[line - 1];
  uint32_t cps = codePointsBefore(offset) - codePointsBefore(start);
  return {line, cps + 1, offset - start};
}

uint32_t SourceFile::codePointsBefore(uint32_t offset) const {
  uint32_t block = offset / kCpBlock;
  uint32_t cps = cp_blocks_[block];
  for (uint32_t i = block * kCpBlock; i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++cps;
  return cps;
}

std::string_view SourceFile::lineText(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t start = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] : static_cast<uint32_t>(text_.size());
  std::string_view s(text_.data() + start, end - start);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace taipan
