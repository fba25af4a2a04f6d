// Renders collected diagnostics for people (clang-style text with the source
// line, a gutter and a caret/underline) and for tools (JSON, one object per
// line). Positions shown to people are 1-based lines and code-point columns,
// the same numbers SourceFile::lineCol computes, so an editor jumping to
// `file:line:col` lands on the caret. Tabs in the quoted line are expanded to
// 8-column stops in both the source line and the caret line, so the caret
// stays under the character it points at whatever the terminal's tab width.
#include "compiler/diag/render.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace taipan::diag {

namespace {

constexpr int kTabStop = 8;
// Line numbers are right-aligned in a gutter at least this wide ("   12 | ").
constexpr int kMinGutterWidth = 5;
// Lines wider than this are quoted as a window of this many columns, starting
// this many columns before the caret.
constexpr int kMaxSnippetWidth = 160;
constexpr int kSnippetContext = 60;

// ANSI SGR sequences; emitted only when RenderOptions::color is set.
constexpr std::string_view kReset = "\033[0m";
constexpr std::string_view kBold = "\033[1m";
constexpr std::string_view kRed = "\033[1;31m";
constexpr std::string_view kMagenta = "\033[1;35m";
constexpr std::string_view kCyan = "\033[1;36m";
constexpr std::string_view kGreen = "\033[1;32m";

std::string_view severityWord(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Note:
      return "note";
  }
  return "error";
}

std::string_view severityColor(Severity s) {
  switch (s) {
    case Severity::Error:
      return kRed;
    case Severity::Warning:
      return kMagenta;
    case Severity::Note:
      return kCyan;
  }
  return kRed;
}

// Length in bytes of the UTF-8 sequence starting with `lead`; invalid lead
// bytes count as one byte so that a damaged line still advances.
size_t utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC2) return 2;
  return 1;
}

// The quoted source line and its caret line, built together so that every
// code point occupies the same number of display columns in both.
struct Snippet {
  std::string source;
  std::string marker;
};

Snippet buildSnippet(std::string_view line, uint32_t begin, uint32_t end) {
  // `begin`/`end` are byte offsets into `line`; end may lie past the line
  // (multi-line ranges are underlined to the end of the first line) and
  // begin may equal line.size() (errors at the end of a line, e.g. a missing
  // ':'), in which case the caret sits one column past the last character.
  Snippet s;
  int col = 0;
  bool caret_placed = false;
  // Where each code point starts: its display column and its byte offset in
  // s.source. Used to cut a window out of very long lines.
  std::vector<std::pair<int, size_t>> cells;
  size_t i = 0;
  while (i < line.size()) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    size_t len = std::min(utf8Length(c), line.size() - i);
    cells.emplace_back(col, s.source.size());
    int width = 1;
    if (c == '\t') {
      width = kTabStop - col % kTabStop;
      s.source.append(width, ' ');
    } else if (c < 0x20 || c == 0x7F) {
      // Form feeds, NULs and other control characters would move the cursor
      // or vanish; one space keeps the columns honest.
      s.source.push_back(' ');
    } else {
      s.source.append(line.substr(i, len));
    }
    if (!caret_placed && begin < i + len) {
      // The caret marks the code point holding `begin`; the rest of a wide
      // cell (a tab) continues the underline when the range goes on.
      s.marker.push_back('^');
      s.marker.append(static_cast<size_t>(width - 1), end > i + len ? '~' : ' ');
      caret_placed = true;
    } else {
      s.marker.append(static_cast<size_t>(width), caret_placed && i < end ? '~' : ' ');
    }
    col += width;
    i += len;
  }
  if (!caret_placed) s.marker.push_back('^');
  while (!s.marker.empty() && s.marker.back() == ' ') s.marker.pop_back();

  // A minified or generated file can have a line of megabytes; quoting it
  // whole for each error would bury the message. Show a window around the
  // caret instead, cut at code-point boundaries and marked with "...".
  int total = std::max(col, static_cast<int>(s.marker.size()));
  if (total > kMaxSnippetWidth) {
    int caret = static_cast<int>(s.marker.find('^'));
    int w0 = std::max(0, caret - kSnippetContext);
    int w1 = std::min(total, w0 + kMaxSnippetWidth);
    w0 = std::max(0, std::min(w0, w1 - kMaxSnippetWidth));
    auto cellAt = [&](int c) {
      auto it = std::lower_bound(cells.begin(), cells.end(), std::make_pair(c, size_t{0}));
      return it == cells.end() ? std::make_pair(col, s.source.size()) : *it;
    };
    auto [c0, b0] = cellAt(w0);
    auto [c1, b1] = cellAt(w1);
    std::string source = (c0 > 0 ? "..." : "") + s.source.substr(b0, b1 - b0) + (b1 < s.source.size() ? "..." : "");
    std::string marker = c0 > 0 ? "   " : "";
    if (static_cast<size_t>(c0) < s.marker.size()) {
      // The caret may sit one column past the end of the line (c1 == col).
      int end_col = c1 == col ? total : c1;
      marker += s.marker.substr(static_cast<size_t>(c0), static_cast<size_t>(end_col - c0));
    }
    s.source = std::move(source);
    s.marker = std::move(marker);
  }
  return s;
}

void appendLocation(std::string& out, const Diagnostic& d) {
  LineCol lc = d.file->lineCol(d.range.begin);
  out += d.file->path();
  out += ':';
  out += std::to_string(lc.line);
  out += ':';
  out += std::to_string(lc.column);
  out += ": ";
}

void renderTextOne(std::string& out, const Diagnostic& d, const RenderOptions& opts) {
  auto color = [&](std::string_view code) {
    if (opts.color) out += code;
  };
  color(kBold);
  if (d.file) {
    appendLocation(out, d);
  } else {
    out += "taipan: ";
  }
  color(severityColor(d.severity));
  out += severityWord(d.severity);
  out += ':';
  color(kReset);
  color(kBold);
  out += ' ';
  out += d.message;
  color(kReset);
  // Notes share one kind; their tag would add nothing.
  if (d.severity != Severity::Note || d.kind != Kind::Note) {
    out += " [";
    out += kindName(d.kind);
    out += ']';
  }
  out += '\n';
  if (!d.file) return;

  LineCol lc = d.file->lineCol(d.range.begin);
  std::string_view line = d.file->lineText(lc.line);
  uint32_t line_start = d.file->lineStart(lc.line);
  uint32_t begin = d.range.begin - line_start;
  uint32_t end = d.range.end >= d.range.begin ? d.range.end - line_start : begin;
  if (begin > line.size()) begin = static_cast<uint32_t>(line.size());
  Snippet snip = buildSnippet(line, begin, end);

  std::string number = std::to_string(lc.line);
  int width = std::max(kMinGutterWidth, static_cast<int>(number.size()) + 1);
  out.append(static_cast<size_t>(width) - number.size(), ' ');
  out += number;
  out += " | ";
  out += snip.source;
  out += '\n';
  out.append(static_cast<size_t>(width), ' ');
  out += " | ";
  color(kGreen);
  out += snip.marker;
  color(kReset);
  out += '\n';
}

// Appends `s` as a JSON string. Valid UTF-8 passes through unchanged; the
// lone surrogates that Python strings may hold (stored as WTF-8 in messages
// that quote literals) become \uXXXX escapes and any other invalid byte
// becomes U+FFFD, so the output is always valid UTF-8 JSON.
void appendJsonString(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\b':
          out += "\\b";
          break;
        case '\f':
          out += "\\f";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xF];
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    size_t len = utf8Length(c);
    bool valid = len > 1 && i + len <= s.size();
    uint32_t cp = len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; valid && k < len; ++k) {
      unsigned char b = static_cast<unsigned char>(s[i + k]);
      if ((b & 0xC0) != 0x80) valid = false;
      cp = (cp << 6) | (b & 0x3F);
    }
    // Reject overlong forms and out-of-range values; keep surrogates apart.
    if (valid && ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))) valid = false;
    if (valid && cp >= 0xD800 && cp <= 0xDFFF) {
      out += "\\u";
      for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(cp >> shift) & 0xF];
      i += len;
    } else if (valid) {
      out.append(s.substr(i, len));
      i += len;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  out += '"';
}

void renderJsonOne(std::string& out, const Diagnostic& d, bool with_notes) {
  out += "{\"file\":";
  if (d.file) {
    LineCol b = d.file->lineCol(d.range.begin);
    LineCol e = d.file->lineCol(std::max(d.range.end, d.range.begin));
    appendJsonString(out, d.file->path());
    out += ",\"line\":" + std::to_string(b.line);
    out += ",\"column\":" + std::to_string(b.column);
    out += ",\"end\":{\"line\":" + std::to_string(e.line) + ",\"column\":" + std::to_string(e.column) + "}";
  } else {
    out += "null,\"line\":null,\"column\":null,\"end\":null";
  }
  out += ",\"severity\":\"";
  out += severityWord(d.severity);
  out += "\",\"kind\":";
  appendJsonString(out, kindName(d.kind));
  out += ",\"message\":";
  appendJsonString(out, d.message);
  if (with_notes) {
    out += ",\"notes\":[";
    for (size_t i = 0; i < d.notes.size(); ++i) {
      if (i) out += ',';
      renderJsonOne(out, d.notes[i], false);
    }
    out += ']';
  }
  out += '}';
}

void renderInto(std::string& out, const Diagnostic& d, const RenderOptions& opts) {
  if (opts.format == Format::Json) {
    renderJsonOne(out, d, true);
    out += '\n';
    return;
  }
  renderTextOne(out, d, opts);
  for (const Diagnostic& n : d.notes) renderTextOne(out, n, opts);
}

std::string plural(size_t n, std::string_view word) {
  std::string s = std::to_string(n);
  s += ' ';
  s += word;
  if (n != 1) s += 's';
  return s;
}

}  // namespace

void render(std::ostream& out, const Diagnostic& d, const RenderOptions& opts) {
  std::string text;
  renderInto(text, d, opts);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

void renderAll(std::ostream& out, const DiagnosticEngine& engine, const RenderOptions& opts) {
  // Built as one string and written once: error-heavy inputs (a mutated file
  // can produce hundreds of diagnostics) stay cheap.
  std::string text;
  for (const Diagnostic& d : engine.diagnostics()) renderInto(text, d, opts);
  if (opts.format == Format::Text && (engine.errorCount() > 0 || engine.warningCount() > 0)) {
    // clang's summary: "1 warning generated.", "2 errors generated.",
    // "1 warning and 2 errors generated."
    if (engine.warningCount() > 0) text += plural(engine.warningCount(), "warning");
    if (engine.warningCount() > 0 && engine.errorCount() > 0) text += " and ";
    if (engine.errorCount() > 0) text += plural(engine.errorCount(), "error");
    text += " generated.\n";
  }
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

}  // namespace taipan::diag
