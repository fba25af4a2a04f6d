// Writing what --emit produces: to stdout in one write, or to a file that is
// replaced atomically (a temporary file in the same directory, renamed into
// place), so that an interrupted or failed compile never leaves a
// half-written output behind.
#pragma once

#include <string>
#include <string_view>

namespace taipan::driver {

// Writes `data` to stdout; returns false (with `error` set) on a write error.
bool writeStdout(std::string_view data, std::string& error);

// Writes `data` to `path` through a temporary file and rename(2). On failure
// the temporary file is removed, `path` is untouched, and `error` says why.
bool writeFileAtomically(const std::string& path, std::string_view data, std::string& error);

}  // namespace taipan::driver
