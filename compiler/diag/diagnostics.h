// The diagnostics engine: phases report user-facing problems here instead of
// printing or throwing. Each diagnostic has a kind from kinds.def, a severity,
// a source range and a message; notes attach to the diagnostic before them.
// The engine collects everything (a phase keeps going after an error where it
// can) and the driver renders the result as clang-style text or JSON
// (render.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/source/source_file.h"

namespace taipan::diag {

enum class Kind : uint16_t {
#define TP_DIAG(Name, Severity, PyException) Name,
#include "compiler/diag/kinds.def"
};

enum class Severity : uint8_t { Error, Warning, Note };

std::string_view kindName(Kind kind);
Severity kindSeverity(Kind kind);
// "SyntaxError", "IndentationError", "TabError" or "".
std::string_view kindPyException(Kind kind);

struct Diagnostic {
  Kind kind;
  Severity severity;
  const SourceFile* file = nullptr;  // null for diagnostics without a location
  SrcRange range;                    // byte offsets into file->text()
  std::string message;
  std::vector<Diagnostic> notes;
};

class DiagnosticEngine {
 public:
  // Reports a diagnostic of `kind` (its severity comes from the table).
  Diagnostic& report(Kind kind, const SourceFile* file, SrcRange range, std::string message);
  // Attaches a note to the most recent diagnostic.
  void note(const SourceFile* file, SrcRange range, std::string message);

  bool hasErrors() const { return error_count_ > 0; }
  size_t errorCount() const { return error_count_; }
  size_t warningCount() const { return warning_count_; }
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }
  void clear();

  // Warnings are dropped when false (-w).
  void setWarningsEnabled(bool on) { warnings_enabled_ = on; }
  // Promote warnings to errors (-Werror).
  void setWarningsAsErrors(bool on) { warnings_as_errors_ = on; }

 private:
  std::vector<Diagnostic> diags_;
  Diagnostic discarded_;
  size_t error_count_ = 0;
  size_t warning_count_ = 0;
  bool warnings_enabled_ = true;
  bool warnings_as_errors_ = false;
};

}  // namespace taipan::diag
