// Rendering of collected diagnostics: clang-style text
//   file:line:col: error: message [Kind]
//      12 |     return n + s
//         |            ~~^~~
// with colours only when asked (the driver asks when stderr is a terminal),
// and JSON: one object per line with file, line, column, end, severity,
// kind, message (and notes), for CI and editors.
#pragma once

#include <ostream>

#include "compiler/diag/diagnostics.h"

namespace taipan::diag {

enum class Format : uint8_t { Text, Json };

struct RenderOptions {
  Format format = Format::Text;
  bool color = false;
};

void render(std::ostream& out, const Diagnostic& d, const RenderOptions& opts);
void renderAll(std::ostream& out, const DiagnosticEngine& engine, const RenderOptions& opts);

}  // namespace taipan::diag
