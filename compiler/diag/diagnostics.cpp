// The diagnostics engine and the kind table lookups (kinds.def).
#include "compiler/diag/diagnostics.h"

namespace taipan::diag {

namespace {
struct KindInfo {
  std::string_view name;
  Severity severity;
  std::string_view py_exception;
};
constexpr KindInfo kKinds[] = {
#define TP_DIAG(Name, Sev, PyException) {#Name, Severity::Sev, PyException},
#include "compiler/diag/kinds.def"
};
}  // namespace

std::string_view kindName(Kind kind) { return kKinds[static_cast<int>(kind)].name; }
Severity kindSeverity(Kind kind) { return kKinds[static_cast<int>(kind)].severity; }
std::string_view kindPyException(Kind kind) { return kKinds[static_cast<int>(kind)].py_exception; }

Diagnostic& DiagnosticEngine::report(Kind kind, const SourceFile* file, SrcRange range, std::string message) {
  Severity sev = kindSeverity(kind);
  if (sev == Severity::Warning && !warnings_enabled_) {
    discarded_ = Diagnostic{kind, sev, file, range, std::move(message), {}};
    return discarded_;
  }
  if (sev == Severity::Warning && warnings_as_errors_) sev = Severity::Error;
  if (sev == Severity::Error) ++error_count_;
  if (sev == Severity::Warning) ++warning_count_;
  diags_.push_back(Diagnostic{kind, sev, file, range, std::move(message), {}});
  return diags_.back();
}

void DiagnosticEngine::note(const SourceFile* file, SrcRange range, std::string message) {
  if (diags_.empty()) return;
  diags_.back().notes.push_back(Diagnostic{Kind::Note, Severity::Note, file, range, std::move(message), {}});
}

void DiagnosticEngine::clear() {
  diags_.clear();
  error_count_ = warning_count_ = 0;
}

}  // namespace taipan::diag
