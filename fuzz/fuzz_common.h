// Shared glue of the libFuzzer targets in fuzz/ (one target per file, see
// fuzz/README.md): the input bound, the decoding of the raw bytes into a
// SourceFile as the driver does for a file, and the rendering of whatever
// diagnostics a phase reported (text and JSON), which reads lines and columns
// back from arbitrary positions and so is exercised by every target. Each
// target chains the phases exactly as driver/frontend.cpp does and stops
// where the driver would (a phase that reported errors ends the file).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string_view>

#include "compiler/diag/diagnostics.h"
#include "compiler/diag/render.h"
#include "compiler/source/source_file.h"

namespace taipan::fuzz {

// Inputs over 64 KiB are skipped: the targets measure the compiler on
// programs of realistic size, not its (expected) growth on huge inputs.
// tools/fuzz.sh also passes -max_len so that libFuzzer rarely makes them.
constexpr size_t kMaxInput = 64 * 1024;

inline bool tooLarge(size_t size) { return size > kMaxInput; }

// Decodes the input like a file on disk (BOM, coding declaration, UTF-8
// check); null when the driver would report a decode error.
inline std::unique_ptr<SourceFile> loadInput(const uint8_t* data, size_t size) {
  SourceFile::LoadError error{};
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::unique_ptr<SourceFile> file = SourceFile::fromBytes("fuzz.py", bytes, error);
  if (!file) {
    // The message quotes the bad line: make sure it was built.
    volatile size_t sink = error.message.size();
    (void)sink;
  }
  return file;
}

// Renders every diagnostic in both formats (text with colour on odd-sized
// inputs), discarding the output.
inline void renderDiagnostics(const diag::DiagnosticEngine& diags, size_t size) {
  if (diags.diagnostics().empty()) return;
  std::ostringstream out;
  diag::renderAll(out, diags, {diag::Format::Text, (size & 1) != 0});
  diag::renderAll(out, diags, {diag::Format::Json, false});
  volatile size_t sink = out.str().size();
  (void)sink;
}

}  // namespace taipan::fuzz
