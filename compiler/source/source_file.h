// The source manager: loads a Python source file, applies PEP 263/3120 decoding
// (UTF-8 by default, a UTF-8 BOM, or a `# -*- coding: NAME -*-` declaration on
// line 1 or 2, converted through iconv), and keeps the decoded UTF-8 text with
// a line table. Every later phase refers to source positions as byte offsets
// into `text()`; this file maps them to 1-based lines and columns.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace taipan {

// A half-open byte range [begin, end) into SourceFile::text().
struct SrcRange {
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct LineCol {
  uint32_t line = 1;         // 1-based
  uint32_t column = 1;       // 1-based, in code points (what editors show)
  uint32_t byte_column = 0;  // 0-based, in UTF-8 bytes (CPython's col_offset)
};

class SourceFile {
 public:
  // Why loading failed; `message` is already phrased for the user.
  // The largest source file accepted: positions are 32-bit offsets, and an
  // endless input (/dev/zero, a runaway pipe) must end in an error, not in
  // the compiler being killed for its memory.
  static constexpr size_t kMaxSourceBytes = size_t(100) << 20;

  struct LoadError {
    enum class Reason { NotFound, NotReadable, IsDirectory, Decode } reason;
    std::string message;
    uint32_t line = 0;  // for Decode: the line CPython would report, else 0
  };

  // Reads and decodes a file. On failure returns nullptr and fills `error`.
  static std::unique_ptr<SourceFile> load(const std::string& path, LoadError& error);
  // Decodes an in-memory buffer as if it had been read from `path`.
  static std::unique_ptr<SourceFile> fromBytes(std::string path, std::string_view bytes, LoadError& error);

  const std::string& path() const { return path_; }
  // Decoded UTF-8 text, without a BOM. Always followed by a NUL in memory.
  std::string_view text() const { return text_; }
  // The encoding named by a coding declaration, or "utf-8".
  const std::string& encoding() const { return encoding_; }

  LineCol lineCol(uint32_t offset) const;
  uint32_t lineCount() const { return static_cast<uint32_t>(line_starts_.size()); }
  // The text of 1-based line `line`, without its line terminator.
  std::string_view lineText(uint32_t line) const;
  uint32_t lineStart(uint32_t line) const { return line_starts_[line - 1]; }

 private:
  SourceFile() = default;
  void buildLineTable();

  std::string path_;
  std::string text_;
  std::string encoding_ = "utf-8";
  std::vector<uint32_t> line_starts_;
  // Code points before each 64-byte block of the text, so that lineCol
  // counts at most 64 bytes on each side instead of the whole line (a long
  // line would otherwise make every position lookup on it linear).
  std::vector<uint32_t> cp_blocks_;
  static constexpr uint32_t kCpBlock = 64;
  uint32_t codePointsBefore(uint32_t offset) const;
};

// Finds a PEP 263 coding declaration in one line of raw source, or nullopt.
std::optional<std::string> findCodingDeclaration(std::string_view line);

}  // namespace taipan
