// --explain-types and --strict (driver/explain.h): runs the explain-types
// analysis (compiler/passes/explain_types.h) over the program's own modules
// (not Taipan's stdlib), and reports each fallback to `object` as a note
// (text), as an error (--strict), or writes an HTML page of each module's
// source in which every line is coloured by the number of dynamic operations
// on it, with the operations and the reasons in a tooltip (the idea of
// `cython -a`).
#include "driver/explain.h"

#include <cstdio>
#include <map>
#include <string>

#include "compiler/passes/explain_types.h"
#include "driver/modules.h"
#include "driver/output.h"

namespace taipan::driver {

namespace {

std::string htmlEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// The range of a line's text without its indentation, for the caret.
SrcRange lineRange(const SourceFile& file, uint32_t line) {
  if (line == 0 || line > file.lineCount()) return {0, 0};
  std::string_view text = file.lineText(line);
  uint32_t start = file.lineStart(line);
  uint32_t indent = 0;
  while (indent < text.size() && (text[indent] == ' ' || text[indent] == '\t')) ++indent;
  return {start + indent, start + indent};
}

std::string stemOf(const std::string& path) {
  std::string base = path;
  if (size_t slash = base.rfind('/'); slash != std::string::npos) base = base.substr(slash + 1);
  if (base.size() > 3 && base.compare(base.size() - 3, 3, ".py") == 0) base.resize(base.size() - 3);
  return base.empty() ? "stdin" : base;
}

// Background colour for a number of dynamic operations on one line.
const char* heat(uint32_t ops) {
  if (ops == 0) return "#ffffff";
  if (ops <= 1) return "#fff8d0";
  if (ops <= 3) return "#ffeb99";
  if (ops <= 6) return "#ffcc66";
  return "#ff9f59";
}

std::string htmlPage(const SourceFile& file, const passes::TypeReport& report) {
  std::map<uint32_t, std::vector<const passes::TypeFallback*>> by_line;
  for (const passes::TypeFallback& f : report.fallbacks) by_line[f.line].push_back(&f);
  uint32_t total_ops = 0;
  for (auto& [line, work] : report.lines) total_ops += work.dynamic_ops;
  std::string out;
  out += "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>taipan --explain-types: " +
         htmlEscape(file.path()) + "</title>\n";
  out +=
      "<style>body{font-family:sans-serif;margin:1em}pre{margin:0}"
      "table{border-collapse:collapse;font-family:monospace;font-size:13px}"
      "td.n{color:#888;text-align:right;padding-right:8px;user-select:none}"
      "td.c{white-space:pre;padding-right:12px}td.k{color:#a33;font-size:11px}"
      "</style></head><body>\n";
  out += "<h3>" + htmlEscape(file.path()) + "</h3>\n<p>" + std::to_string(report.fallbacks.size()) +
         " values fell back to <code>object</code>; " + std::to_string(total_ops) +
         " dynamic operations. Yellow to orange: more dynamic work on the line; hover for the operations and "
         "the reasons.</p>\n<table>\n";
  uint32_t last = file.lineCount();
  if (last > 0 && file.lineText(last).empty()) --last;  // after the final newline
  for (uint32_t line = 1; line <= last; ++line) {
    uint32_t ops = 0;
    std::string title;
    if (auto it = report.lines.find(line); it != report.lines.end()) {
      ops = it->second.dynamic_ops;
      title = std::to_string(ops) + " dynamic operation" + (ops == 1 ? "" : "s") + ":";
      for (const std::string& op : it->second.ops) title += " " + op + ";";
    }
    std::string reasons;
    if (auto it = by_line.find(line); it != by_line.end()) {
      for (const passes::TypeFallback* f : it->second) {
        title += "\n" + f->what + " is object: " + f->reason;
        reasons += (reasons.empty() ? "" : "; ") + f->what;
      }
    }
    out += "<tr style=\"background:" + std::string(heat(ops)) + "\"" +
           (title.empty() ? std::string() : " title=\"" + htmlEscape(title) + "\"") + "><td class=\"n\">" +
           std::to_string(line) + "</td><td class=\"c\">" + htmlEscape(file.lineText(line)) + "</td><td class=\"k\">" +
           htmlEscape(reasons) + "</td></tr>\n";
  }
  out += "</table>\n</body></html>\n";
  return out;
}

}  // namespace

bool explainTypes(const Invocation& inv, const std::vector<ModuleUnit>& units, const std::vector<ir::Module>& irms,
                  diag::DiagnosticEngine& diags) {
  bool ok = true;
  const std::string& stdlib = stdlibDir();
  for (size_t i = 0; i < units.size() && i < irms.size(); ++i) {
    const SourceFile& file = *units[i].file;
    if (!stdlib.empty() && file.path().rfind(stdlib + "/", 0) == 0) continue;
    passes::TypeReport report = passes::explainTypes(irms[i]);
    if (inv.strict || inv.explain_types == ExplainTypes::Text) {
      for (const passes::TypeFallback& f : report.fallbacks)
        diags.report(inv.strict ? diag::Kind::StrictTypeFallback : diag::Kind::TypeFallback, &file,
                     lineRange(file, f.line), f.what + " is object: " + f.reason + " (in " + f.function + ")");
    }
    if (inv.explain_types == ExplainTypes::Html) {
      std::string page = htmlPage(file, report);
      std::string path = stemOf(file.path()) + ".types.html";
      std::string error;
      if (!writeFileAtomically(path, page, error)) {
        diags.report(diag::Kind::OutputUnwritable, nullptr, {}, error);
        ok = false;
      } else {
        std::fprintf(stderr, "taipan: wrote %s (%zu fallbacks to object)\n", path.c_str(), report.fallbacks.size());
      }
    }
  }
  return ok && !diags.hasErrors();
}

}  // namespace taipan::driver
