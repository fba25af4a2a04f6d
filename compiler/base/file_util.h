// Putting a finished output file in place. Outputs are written to a temporary
// file beside the destination and renamed over it, so a reader never sees a
// half-written file. A destination that exists but is not a regular file
// (/dev/null, a FIFO, a terminal) must not be replaced by rename: its
// content is copied into it instead.
#pragma once

#include <string>

namespace taipan {

// Moves the finished temporary file `tmp` to `path` (see above). On failure
// returns false with `error` set; `tmp` is removed in every case.
bool replaceFile(const std::string& tmp, const std::string& path, std::string& error);

}  // namespace taipan
