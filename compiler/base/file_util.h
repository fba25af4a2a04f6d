// Putting a finished output file in place. Outputs are written to a temporary
// file beside the destination and renamed over it, so a reader never sees a
// half-written file. A destination that exists but is not a regular file
// (/dev/null, a FIFO, a terminal) must not be replaced by rename: its
// content is copied into it instead. Temporary files are made with mkstemp
// (an unpredictable name, mode 0600, never an existing file) and registered,
// so that SIGINT, SIGTERM or SIGHUP during a build removes them (and stops
// the linker the driver is waiting for) before the compiler dies of the
// signal.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace taipan {

// What a path names (stat(2), following symlinks): a regular file, a
// directory, a regular file the process may execute.
bool isFile(const std::string& path);
bool isDirectory(const std::string& path);
bool isExecutable(const std::string& path);

// The lines of a text file, without their line ends; false when it cannot
// be opened.
bool readLines(const std::string& path, std::vector<std::string>& lines);

// Moves the finished temporary file `tmp` to `path` (see above). On failure
// returns false with `error` set; `tmp` is removed in every case.
bool replaceFile(const std::string& tmp, const std::string& path, std::string& error);

// Creates an empty temporary file beside `path` (".NAME.tmp-XXXXXX" in the
// same directory, so rename(2) stays within one file system); returns its
// name and an open descriptor. The name is registered for removal on
// interruption until replaceFile or removeTempFile is called with it.
bool makeTempFile(const std::string& path, std::string& tmp, int& fd, std::string& error);

// Removes a temporary file made by makeTempFile (a failed output).
void removeTempFile(const std::string& tmp);

// Installs the SIGINT/SIGTERM/SIGHUP handler described above. The signal's
// default action then runs, so the exit status still says "killed by SIGINT".
void installInterruptCleanup();

// The child process the driver is waiting for (0: none), the leader of its
// own process group; the interrupt handler passes the signal on to that
// group and waits for the child to end.
void setWaitedChild(pid_t pid);

// Stops the waited child's process group with `sig` (waiting for it, at
// most two seconds for the linker it started) and removes every registered
// temporary file. Async-signal-safe: the interrupt handler and the internal
// error paths (compiler/base/check.h) call it before the process ends.
void abandonOutputs(int sig);

}  // namespace taipan
